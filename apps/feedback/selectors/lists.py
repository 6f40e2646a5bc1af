"""Lists of the candidate's feedback rows (each one fixed number of queries, stated)."""

from datetime import date

from django.db.models import Prefetch, QuerySet

from apps.feedback.models import (
    ActionItem,
    ActionStatus,
    FeedbackItem,
    FeedbackReply,
    FeedbackRequest,
    ThankYou,
    ThankYouStatus,
)
from apps.feedback.permissions import (
    action_items_visible_to,
    items_visible_to,
    replies_visible_to,
    requests_visible_to,
    thank_yous_visible_to,
)


def requests_for(*, user) -> QuerySet[FeedbackRequest]:
    """With thread, application, company, outbox rows and reply link. 1 query."""
    return requests_visible_to(user).select_related(
        "thread__application__company", "outbox", "follow_up_outbox", "reply_link"
    )


def replies_for(*, user) -> QuerySet[FeedbackReply]:
    """With thread, application, company and thank-you; items prefetched. 2 queries."""
    return (
        replies_visible_to(user)
        .select_related("thread__application__company", "thank_you")
        .prefetch_related(Prefetch("items", queryset=FeedbackItem.objects.order_by("position", "id")))
    )


def items_for(*, user) -> QuerySet[FeedbackItem]:
    """With reply, thread, application and company. 1 query."""
    return items_visible_to(user).select_related("reply__thread__application__company")


def thank_yous_for(*, user) -> QuerySet[ThankYou]:
    """With reply, thread, application, company and outbox row. 1 query."""
    return thank_yous_visible_to(user).select_related("reply__thread__application__company", "outbox")


def thank_yous_owed(*, user) -> QuerySet[ThankYou]:
    """Pending thank-yous, oldest first. 1 query."""
    return thank_yous_for(user=user).filter(status=ThankYouStatus.PENDING).order_by("created_at", "id")


def action_items_for(*, user) -> QuerySet[ActionItem]:
    """With the feedback items behind each. 2 queries."""
    return action_items_visible_to(user).prefetch_related(
        Prefetch("items", queryset=FeedbackItem.objects.select_related("reply__thread__application__company"))
    )


def action_items_due(*, user, until: date) -> QuerySet[ActionItem]:
    """Open steps with a due date on or before ``until``, soonest first. 1 query."""
    return (
        action_items_visible_to(user)
        .filter(status=ActionStatus.OPEN, due_on__isnull=False, due_on__lte=until)
        .order_by("due_on", "id")
    )


def gratitude_ledger(*, user) -> dict:
    """Thank-yous owed and sent, to whom, newest first. 1 query.

    ``{"owed": [ThankYou…], "sent": [ThankYou…], "skipped": int, "owed_count": int, "sent_count": int}``
    """
    rows = list(thank_yous_for(user=user).order_by("-created_at", "-id"))
    owed = [row for row in rows if row.status == ThankYouStatus.PENDING]
    sent = [row for row in rows if row.status == ThankYouStatus.SENT]
    return {
        "owed": owed,
        "sent": sent,
        "owed_count": len(owed),
        "sent_count": len(sent),
        "skipped": sum(1 for row in rows if row.status == ThankYouStatus.SKIPPED),
    }
