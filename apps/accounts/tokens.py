"""API keys: how they look, how they are hashed, and how a request proves one.

A key is ``dbf_`` plus 43 URL-safe characters (256 random bits). The database keeps its
SHA-256 digest: a leaked table gives nobody a working key, and because the key is random
and long, a plain (unsalted, fast) hash is enough — there is nothing to guess.
"""

import hashlib
import hmac
import logging
import secrets
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from apps.accounts.models import ApiToken, User

logger = logging.getLogger(__name__)

KEY_PREFIX = "dbf_"
# A verified token and its person are kept in the cache this long, keyed by the digest, so an
# API call costs no query for authentication. Revocation stays immediate: deleting a token (one,
# all, or with the account) and saving the person (switched off, password changed) drop the
# entries straight away (``token_cache_forget``).
TOKEN_CACHE_SECONDS = 60
# Writing last_used_at on every call would make every API request a write; once a minute
# is precise enough for "last used 3 hours ago".
LAST_USED_PRECISION = timedelta(minutes=1)


def token_key_new() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def token_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenAuthentication(authentication.BaseAuthentication):
    """``Authorization: Token <key>``. ``request.auth`` is the ApiToken row."""

    keyword = "Token"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Send the token as: Authorization: Token <key>.")
        try:
            key = parts[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed("That API token is not valid.") from None
        return self.authenticate_credentials(key)

    def authenticate_credentials(self, key: str):
        digest = token_digest(key)
        token = _token_cached(digest)
        if token is None:
            token = ApiToken.objects.select_related("user").filter(digest=digest).first()
            if token is not None:
                _token_cache_set(token)
        # The digest is looked up through a unique index; compare it in constant time anyway.
        if token is None or not hmac.compare_digest(token.digest, digest):
            raise exceptions.AuthenticationFailed("That API token is not valid.")
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed("This account is switched off.")
        now = timezone.now()
        if token.is_expired(now):
            raise exceptions.AuthenticationFailed(
                "That API token has expired. Create a new one in Settings → API tokens.", code="token_expired"
            )
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
            token.last_used_at = now
            _token_cache_set(token)
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword


def _cache_key(digest: str) -> str:
    return f"api-token:{digest}"


def _token_cached(digest: str) -> ApiToken | None:
    try:
        return cache.get(_cache_key(digest))
    except Exception as error:  # the cache is a shortcut: when it is away, ask the database
        logger.warning("API token cache unreachable: %s", error)
        return None


def _token_cache_set(token: ApiToken) -> None:
    try:
        cache.set(_cache_key(token.digest), token, TOKEN_CACHE_SECONDS)
    except Exception as error:
        logger.warning("API token cache unreachable: %s", error)


def token_cache_forget(digests) -> None:
    """Drop cached tokens now, and again once the transaction commits (a request in between
    could have cached the row the transaction is deleting). A failure here must not leave a
    revoked token usable for the cache's lifetime, so it is raised: the revoking request fails."""
    keys = [_cache_key(digest) for digest in digests]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def _forget_deleted_token(sender, instance, **kwargs):
    token_cache_forget([instance.digest])


def _forget_tokens_of_saved_user(sender, instance, created, update_fields=None, **kwargs):
    if not created and update_fields != frozenset({"last_login"}):  # signing in changes nothing here
        token_cache_forget(ApiToken.objects.filter(user=instance).values_list("digest", flat=True))


def token_cache_connect() -> None:
    """Called from AccountsConfig.ready(), so every process that can revoke also forgets."""
    post_delete.connect(_forget_deleted_token, sender=ApiToken, dispatch_uid="api-token-cache-forget")
    post_save.connect(_forget_tokens_of_saved_user, sender=User, dispatch_uid="api-token-cache-forget-user")


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = ApiTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`; create keys at POST /api/v1/auth/tokens/ or in Settings → API tokens.",
        }
