"""Threads: opened when an application is rejected (the ``stage_changed`` listener)."""

from django.db import transaction
from django.utils import timezone

from apps.candidates.models import Stage
from apps.feedback.models import FeedbackThread


@transaction.atomic
def thread_open(*, application, now=None) -> FeedbackThread:
    """Open (or reopen) the application's thread. Idempotent: one thread per application."""
    now = now or timezone.now()
    thread, created = FeedbackThread.objects.get_or_create(
        application=application, defaults={"owner_id": application.owner_id, "opened_at": now}
    )
    if not created and thread.closed_at is not None:
        thread.closed_at = None
        thread.save(update_fields=["closed_at", "updated_at"])
    return thread


@transaction.atomic
def thread_close(*, application, now=None) -> int:
    """The application left "rejected" (they came back to you): the thread rests, nothing is lost."""
    now = now or timezone.now()
    return FeedbackThread.objects.filter(application=application, closed_at__isnull=True).update(
        closed_at=now, updated_at=now
    )


def on_stage_changed(*, application, from_stage: str, to_stage: str) -> None:
    """Listener on ``apps.candidates.hooks.stage_changed`` (inside the stage-change transaction)."""
    if to_stage == Stage.REJECTED:
        thread_open(application=application)
    elif from_stage == Stage.REJECTED:
        thread_close(application=application)
