"""Reads owned by the reminder engine."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Min, Q
from django.utils import timezone

from apps.accounts.models import User
from apps.core.models import Heartbeat
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
    """The operator's figures: counts by status, the oldest due row, rows stuck in
    ``sending`` past their lease, failures, and when the last sweep finished. 4 queries."""
    from apps.reminders.claims import lease, lease_slack
    from apps.reminders.tasks import SWEEP_HEARTBEAT

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
    expired = Q(claimed_at__lte=now - lease() + lease_slack())
    flight = Reminder.objects.filter(status=Reminder.Status.SENDING).aggregate(
        in_flight=Count("id"),
        oldest_claim=Min("claimed_at"),
        stuck=Count("id", filter=expired),
        stuck_after_handoff=Count("id", filter=expired & Q(handoff_at__isnull=False)),
    )
    last_sweep = Heartbeat.objects.filter(name=SWEEP_HEARTBEAT).values_list("beat_at", flat=True).first()
    return {
        "counts": counts,
        "due_now": due["due_now"],
        "oldest_due": due["oldest_due"],
        "lag_seconds": (now - due["oldest_due"]).total_seconds() if due["oldest_due"] else 0.0,
        "in_flight": flight["in_flight"],
        "oldest_claim": flight["oldest_claim"],
        # Claimed longer ago than the lease: their sweeper stopped, and no sweep has recovered them.
        "stuck": flight["stuck"],
        "stuck_after_handoff": flight["stuck_after_handoff"],
        "last_sweep": last_sweep,
        "sweep_age_seconds": (now - last_sweep).total_seconds() if last_sweep else None,
        "recent_failures": failures,
    }
