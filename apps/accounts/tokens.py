"""API keys: how they look, how they are hashed, and how a request proves one.

A key is ``dbf_`` plus 43 URL-safe characters (256 random bits). The database keeps its
SHA-256 digest: a leaked table gives nobody a working key, and because the key is random
and long, a plain (unsalted, fast) hash is enough — there is nothing to guess.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from apps.accounts.models import ApiToken

KEY_PREFIX = "dbf_"
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
        token = ApiToken.objects.select_related("user").filter(digest=digest).first()
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
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword


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
