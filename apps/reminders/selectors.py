"""Reads owned by the reminder engine."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Min, Q
from django.utils import timezone

from apps.accounts.models import User
from apps.reminders.models import Notification, Reminder


def notifications_visible_to(user: User):
    """A person sees only their own notifications. 1 query when evaluated."""
    if not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user)


def notification_unread_count(*, user: User) -> int:
    """1 query (the partial index on unread rows)."""
    return notifications_visible_to(user).filter(read_at__isnull=True).count()


def reminders_for_subject(*, subject: models.Model):
    """Every row about a subject, newest first: the visible delivery status of outgoing mail."""
    subject_type = ContentType.objects.get_for_model(subject, for_concrete_model=True)
    return Reminder.objects.filter(subject_type=subject_type, subject_id=str(subject.pk)).order_by("-due_at", "-id")


def reminders_status(*, now=None) -> dict:
    """The operator's figures: counts by status, the oldest due row, failures. 3 queries."""
    now = now or timezone.now()
    counts = dict.fromkeys(Reminder.Status.values, 0)
    counts.update(Reminder.objects.values_list("status").annotate(n=Count("id")).order_by())
    due = Reminder.objects.filter(status=Reminder.Status.PENDING, due_at__lte=now).aggregate(
        due_now=Count("id"), oldest_due=Min("due_at")
    )
    failures = list(
        Reminder.objects.filter(status=Reminder.Status.FAILED)
        .order_by("-updated_at")
        .values("id", "kind", "recipient_key", "attempts", "last_error", "updated_at")[:10]
    )
    stuck = Reminder.objects.filter(status=Reminder.Status.SENDING).aggregate(
        in_flight=Count("id"), oldest_claim=Min("claimed_at"), unknown=Count("id", filter=Q(handoff_at__isnull=False))
    )
    return {
        "counts": counts,
        "due_now": due["due_now"],
        "oldest_due": due["oldest_due"],
        "lag_seconds": (now - due["oldest_due"]).total_seconds() if due["oldest_due"] else 0.0,
        "in_flight": stuck["in_flight"],
        "oldest_claim": stuck["oldest_claim"],
        "recent_failures": failures,
    }
