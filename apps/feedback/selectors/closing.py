"""Requests whose wait is over: no answer 14 days after the follow-up, or 21 after sending
without one (the same rule as ``reminder_hooks.close_due_at``)."""

from datetime import datetime

from django.db.models import Q, QuerySet

from apps.feedback.models import FeedbackRequest, RequestStatus
from apps.feedback.reminder_hooks import CLOSE_AFTER_FOLLOW_UP, CLOSE_WITHOUT_FOLLOW_UP


def requests_due_to_close(*, now: datetime) -> QuerySet[FeedbackRequest]:
    """Still open and past their close date. 1 query (ids and the two dates only)."""
    return (
        FeedbackRequest.objects.filter(
            Q(status=RequestStatus.SENT, followed_up_at=None, sent_at__lte=now - CLOSE_WITHOUT_FOLLOW_UP)
            | Q(status=RequestStatus.FOLLOWED_UP, followed_up_at__lte=now - CLOSE_AFTER_FOLLOW_UP)
        )
        .only("pk", "status", "sent_at", "followed_up_at")
        .order_by("pk")
    )
