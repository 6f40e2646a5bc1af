"""Signed one-click unsubscribe links: one per (recipient, kind), bound to the recipient's
e-mail choices when the e-mail was sent, and valid for ``MAX_AGE``.

A link stops working once the choices it was made for have changed: unsubscribing and then
switching that e-mail back on leaves every older link dead, so a forwarded or old e-mail
cannot switch it off again. (A link for a kind that is already off still answers "you're
unsubscribed": it changes nothing.) Addresses without an account have no choices to change,
so only the age limit applies to them.
"""

import hashlib
from datetime import timedelta

from django.core import signing
from django.urls import reverse

SALT = "apps.reminders.unsubscribe.v2"
MAX_AGE = timedelta(days=90)


class UnsubscribeLinkStale(ValueError):
    """A genuine link whose e-mail choices have changed since it was sent."""


def subscription_state(*, preferences_updated_at) -> str:
    """A short fingerprint of a person's e-mail choices: it changes every time they are saved."""
    if preferences_updated_at is None:
        return ""
    return hashlib.sha256(preferences_updated_at.isoformat().encode()).hexdigest()[:16]


def subscription_state_for(recipient_key: str) -> str:
    """The current fingerprint for a recipient key (1 query for a person, none for an address)."""
    from apps.accounts.models import NotificationPreferences

    scheme, _, value = recipient_key.partition(":")
    if scheme != "user" or not value.isdigit():
        return ""
    stamp = NotificationPreferences.objects.filter(user_id=value).values_list("updated_at", flat=True).first()
    return subscription_state(preferences_updated_at=stamp)


def unsubscribe_token(*, recipient_key: str, kind: str, state: str | None = None) -> str:
    """``state``: the recipient's ``subscription_state`` now (looked up when not given)."""
    if state is None:
        state = subscription_state_for(recipient_key)
    return signing.dumps({"r": recipient_key, "k": kind, "s": state}, salt=SALT, compress=True)


def unsubscribe_token_payload(token: str) -> tuple[str, str, str]:
    """(recipient_key, kind, state), or raise signing.BadSignature (SignatureExpired when too old)."""
    data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    if not isinstance(data, dict) or not all(isinstance(data.get(key), str) for key in ("r", "k", "s")):
        raise signing.BadSignature("Malformed unsubscribe token")
    return data["r"], data["k"], data["s"]


def unsubscribe_token_read(token: str) -> tuple[str, str]:
    """(recipient_key, kind), or raise signing.BadSignature (SignatureExpired when too old)."""
    recipient_key, kind, _ = unsubscribe_token_payload(token)
    return recipient_key, kind


def unsubscribe_path(*, recipient_key: str, kind: str, state: str | None = None) -> str:
    token = unsubscribe_token(recipient_key=recipient_key, kind=kind, state=state)
    return reverse("reminders:unsubscribe", kwargs={"token": token})
