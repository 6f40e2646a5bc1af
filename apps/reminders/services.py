"""Writes owned by the reminder engine. Domain apps call these inside their own transactions."""

from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from apps.accounts.models import User
from apps.accounts.selectors import preferences_for
from apps.accounts.services import preferences_update
from apps.reminders.kinds import kind_get, kinds_for_audience
from apps.reminders.models import EmailSuppression, Notification, Reminder
from apps.reminders.unsubscribe import UnsubscribeLinkStale, subscription_state_for, unsubscribe_token_payload

# A cancelled row comes back to life when the domain makes it due again (an application
# moved back to "rejected"); rows already in flight or finished are left alone, so a
# reminder that went out is never re-armed into a second one.
REARMABLE = (Reminder.Status.PENDING, Reminder.Status.CANCELLED)


def _subject_key(subject: models.Model) -> tuple[ContentType, str]:
    if subject.pk is None:
        raise ValueError("A reminder's subject must be saved first.")
    return ContentType.objects.get_for_model(subject, for_concrete_model=True), str(subject.pk)


def reminder_schedule(
    *,
    kind: str,
    subject: models.Model,
    recipient: User | None = None,
    recipient_email: str = "",
    due_at: datetime,
    cycle: int = 0,
    payload: dict | None = None,
) -> Reminder:
    """Create (or re-arm, if still pending or cancelled) the row keyed by
    (kind, subject, recipient or recipient_email, cycle). Idempotent.

    Call it inside the caller's transaction: the row is written with the domain change and
    nothing is enqueued; the beat sweep picks it up when it is due.
    """
    if not kind:
        raise ValueError("A reminder needs a kind.")
    if recipient is None and not recipient_email.strip():
        raise ValueError("A reminder needs a recipient: a user or an e-mail address.")
    if timezone.is_naive(due_at):
        raise ValueError("due_at must be timezone-aware.")
    subject_type, subject_id = _subject_key(subject)
    key = Reminder.key_for(recipient=recipient, recipient_email=recipient_email)
    lookup = {
        "kind": kind,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "recipient_key": key,
        "cycle": cycle,
    }
    with transaction.atomic():
        reminder = Reminder.objects.select_for_update().filter(**lookup).first()
        if reminder is None:
            reminder = Reminder(
                **lookup,
                recipient=recipient,
                recipient_email="" if recipient is not None else recipient_email.strip(),
                due_at=due_at,
                payload=payload or {},
            )
            try:
                reminder.full_clean(
                    exclude=["subject_type", "recipient"], validate_unique=False, validate_constraints=False
                )
                with transaction.atomic():
                    reminder.save()
            except IntegrityError:
                # Another transaction wrote the same key first: re-arm theirs instead.
                reminder = Reminder.objects.select_for_update().get(**lookup)
            else:
                return reminder
        if reminder.status in REARMABLE:
            reminder.status = Reminder.Status.PENDING
            reminder.due_at = due_at
            if payload is not None:
                reminder.payload = payload
            reminder.last_error = ""
            reminder.save(update_fields=["status", "due_at", "payload", "last_error", "updated_at"])
        return reminder


def reminder_cancel(
    *,
    kind: str,
    subject: models.Model,
    recipient: User | None = None,
    recipient_email: str = "",
    cycle: int | None = None,
) -> int:
    """Cancel the pending rows of that kind and subject (optionally one recipient or cycle).

    Returns how many rows were cancelled. Rows already being sent are not touched here; the
    kind's "still wanted?" check at send time drops them if the action was done meanwhile.
    """
    if subject.pk is None:
        return 0
    subject_type, subject_id = _subject_key(subject)
    rows = Reminder.objects.filter(
        kind=kind, subject_type=subject_type, subject_id=subject_id, status=Reminder.Status.PENDING
    )
    if recipient is not None or recipient_email:
        rows = rows.filter(recipient_key=Reminder.key_for(recipient=recipient, recipient_email=recipient_email))
    if cycle is not None:
        rows = rows.filter(cycle=cycle)
    return rows.update(status=Reminder.Status.CANCELLED, updated_at=timezone.now())


def reminders_cancel_for_subject(*, subject: models.Model) -> int:
    """Cancel every pending reminder about a subject (it is being deleted)."""
    if subject.pk is None:
        return 0
    subject_type, subject_id = _subject_key(subject)
    return Reminder.objects.filter(
        subject_type=subject_type, subject_id=subject_id, status=Reminder.Status.PENDING
    ).update(status=Reminder.Status.CANCELLED, updated_at=timezone.now())


# --- In-app notifications ------------------------------------------------------------


def notification_mark_read(*, notification: Notification) -> Notification:
    """Idempotent: the first read time is kept."""
    if notification.read_at is None:
        now = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=now, updated_at=now)
        notification.read_at = now
    return notification


def notifications_mark_all_read(*, user: User) -> int:
    now = timezone.now()
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=now, updated_at=now)


# --- E-mail choices and unsubscribe ---------------------------------------------------


def email_kinds_update(*, user: User, email_on: set[str]) -> list[str]:
    """Set which of the kinds this person may switch off arrive by e-mail. Returns the off list."""
    switchable = {kind.name for kind in kinds_for_audience(user.role)}
    unknown = email_on - switchable
    if unknown:
        raise ValidationError({"email_on": f"Unknown reminder kinds: {', '.join(sorted(unknown))}."})
    preferences = preferences_for(user=user)
    # Keep "off" entries for kinds not shown to this person (e.g. registered later).
    kept = [name for name in preferences.email_off_kinds if name not in switchable]
    off = kept + sorted(switchable - email_on)
    preferences_update(user=user, email_off_kinds=off)
    return off


def unsubscribe_apply(*, token: str) -> tuple[str, str]:
    """Turn off one kind of e-mail for the signed (recipient, kind). Idempotent.

    Returns (address, kind label). Raises signing.BadSignature for a forged, damaged or
    expired link, UnsubscribeLinkStale when the person's e-mail choices changed since the
    link was sent (and the kind is on again), and ValueError for a recipient who no longer
    exists.
    """
    recipient_key, kind_name, state = unsubscribe_token_payload(token)
    kind = kind_get(kind_name)
    label = kind.label if kind else kind_name
    scheme, _, value = recipient_key.partition(":")
    if scheme == "user":
        with transaction.atomic():
            user = User.objects.filter(pk=value).select_for_update().first()
            if user is None:
                raise ValueError("This account no longer exists.")
            current = subscription_state_for(recipient_key)
            off = list(preferences_for(user=user).email_off_kinds)
            if kind_name in off:
                return user.email, label  # already off: nothing to change
            if state != current:
                raise UnsubscribeLinkStale("The e-mail choices changed after this link was sent.")
            preferences_update(user=user, email_off_kinds=[*off, kind_name])
        return user.email, label
    if scheme == "email" and value:
        EmailSuppression.objects.get_or_create(email=value, kind=kind_name)
        return value, label
    raise signing.BadSignature("Unknown recipient in unsubscribe token")


def reminders_requeue(*, ids: list[int]) -> int:
    """Staff only: send failed rows again on the next sweep.

    For a row whose outcome was unknown this may produce a second copy; it carries the same
    Message-ID, so mail clients can recognise it. That is the operator's explicit choice.
    """
    now = timezone.now()
    return Reminder.objects.filter(pk__in=ids, status=Reminder.Status.FAILED).update(
        status=Reminder.Status.PENDING,
        due_at=now,
        attempts=0,
        claimed_at=None,
        lease_token=None,
        handoff_at=None,
        updated_at=now,
    )
