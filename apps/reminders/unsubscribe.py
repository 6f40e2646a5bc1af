"""Signed one-click unsubscribe links: one per (recipient, kind), valid until used."""

from django.core import signing
from django.urls import reverse

SALT = "apps.reminders.unsubscribe"


def unsubscribe_token(*, recipient_key: str, kind: str) -> str:
    return signing.dumps({"r": recipient_key, "k": kind}, salt=SALT, compress=True)


def unsubscribe_token_read(token: str) -> tuple[str, str]:
    """(recipient_key, kind), or raise signing.BadSignature."""
    data = signing.loads(token, salt=SALT)
    if not isinstance(data, dict) or not isinstance(data.get("r"), str) or not isinstance(data.get("k"), str):
        raise signing.BadSignature("Malformed unsubscribe token")
    return data["r"], data["k"]


def unsubscribe_path(*, recipient_key: str, kind: str) -> str:
    return reverse("reminders:unsubscribe", kwargs={"token": unsubscribe_token(recipient_key=recipient_key, kind=kind)})
