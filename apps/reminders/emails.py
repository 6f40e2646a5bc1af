"""Turning a claimed row into an e-mail: the kind's triad, a stable Message-ID, and the
RFC 8058 one-click unsubscribe headers."""

import hashlib
import hmac
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse

from apps.core.emails import email_render
from apps.reminders.kinds import ReminderKind, Rendered
from apps.reminders.models import Reminder
from apps.reminders.unsubscribe import subscription_state, unsubscribe_path


def _mail_domain() -> str:
    _, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return address.rpartition("@")[2] or "debrief.invalid"


def message_id_for(reminder: Reminder) -> str:
    """The same Message-ID every time this row is rendered: the row's idempotency key.

    A mail server or client that sees it twice (a staff requeue after an unknown outcome)
    can recognise the duplicate; the signature keeps ids unguessable across installations.
    """
    digest = hmac.new(settings.SECRET_KEY.encode(), f"reminder:{reminder.pk}".encode(), hashlib.sha256)
    return f"<reminder.{reminder.pk}.{digest.hexdigest()[:16]}@{_mail_domain()}>"


def absolute(path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return f"{settings.SITE_URL}{path}"


def reminder_message(*, reminder: Reminder, kind: ReminderKind, rendered: Rendered) -> EmailMultiAlternatives:
    state = ""
    if reminder.recipient_id:
        # Loaded with the batch (select_related), so binding the link to it costs no query.
        preferences = getattr(reminder.recipient, "preferences", None)
        state = subscription_state(preferences_updated_at=preferences.updated_at if preferences else None)
    unsubscribe_url = absolute(unsubscribe_path(recipient_key=reminder.recipient_key, kind=kind.name, state=state))
    headers = {
        "Message-ID": message_id_for(reminder),
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "X-Debrief-Kind": kind.name,
    }
    context = {
        **rendered.context,
        "recipient": reminder.recipient,
        "kind_label": kind.label,
        "link": absolute(rendered.link),
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": absolute(reverse("reminders:preferences")) if reminder.recipient_id else "",
    }
    return email_render(
        name=rendered.email,
        to=[reminder.to_address],
        context=context,
        headers=headers,
        reply_to=rendered.reply_to or None,
    )
