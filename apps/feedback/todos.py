"""The feedback loop's part of the dashboard's to-do panel (``apps.candidates.todos``).

Each provider runs a fixed number of queries whatever the data (the dashboard's budget):
- ``ask`` (replaces the candidates' provider): rejections after a human stage with nothing sent
  yet, linking to the composer — 1 query;
- ``follow_up``: requests sent a week ago or more without an answer or a follow-up — 1 query;
- ``thank``: thank-yous owed — 1 query;
- ``action``: open improvement steps due within a week (or overdue) — 1 query.
"""

from datetime import datetime, time, timedelta

from django.db.models import Exists, OuterRef
from django.utils import timezone

from apps.candidates.selectors import rejections_to_ask
from apps.candidates.todos import Todo, register
from apps.feedback.models import FeedbackRequest, RequestStatus
from apps.feedback.reminder_hooks import FOLLOW_UP_AFTER
from apps.feedback.reminder_kinds import page_url, thread_url
from apps.feedback.selectors import action_items_due, thank_yous_owed

LIMIT = 20


def feedback_to_ask(user) -> list[Todo]:
    """Rejections after a human stage with no request sent yet (a draft still counts as to do). 1 query."""
    sent = FeedbackRequest.objects.filter(thread__application=OuterRef("pk")).exclude(status=RequestStatus.DRAFT)
    applications = rejections_to_ask(user=user).filter(~Exists(sent))[:LIMIT]
    return [
        Todo(
            kind="ask",
            title=f"Ask for feedback: {application.role_title} at {application.company.name}",
            detail=f"{application.rejection_summary}. A short, specific question often gets an answer.",
            url=page_url(
                "feedback:request-create", query=f"application={application.pk}", fallback="feedback:thread-list"
            ),
            action="Ask for feedback",
            due_at=application.rejected_at,
        )
        for application in applications
    ]


def follow_ups_due(user) -> list[Todo]:
    """Sent a week ago or more, no answer, not followed up. 1 query."""
    cutoff = timezone.now() - FOLLOW_UP_AFTER
    requests = (
        FeedbackRequest.objects.filter(
            owner=user, status=RequestStatus.SENT, followed_up_at__isnull=True, sent_at__lte=cutoff
        )
        .select_related("thread__application__company")
        .order_by("sent_at", "id")[:LIMIT]
    )
    return [
        Todo(
            kind="follow_up",
            title=f"Follow up with {request.recipient_name}",
            detail=(
                f"About {request.thread.application.role_title} at {request.thread.application.company.name}. "
                "One friendly follow-up is fine; we'll draft it."
            ),
            url=thread_url(request.thread_id),
            action="Follow up once",
            due_at=request.sent_at + FOLLOW_UP_AFTER,
        )
        for request in requests
    ]


def thanks_to_say(user) -> list[Todo]:
    """Thank-yous owed. 1 query."""
    return [
        Todo(
            kind="thank",
            title=f"Say thanks to {thank_you.recipient_name}",
            detail=(
                f"They answered about {thank_you.reply.thread.application.role_title}"
                f"{' (and chose not to say more)' if thank_you.reply.declined else ''}. Thanks keep doors open."
            ),
            url=thread_url(thank_you.reply.thread_id),
            action="Say thanks",
            due_at=thank_you.created_at,
        )
        for thank_you in thank_yous_owed(user=user)[:LIMIT]
    ]


def actions_due(user) -> list[Todo]:
    """Open steps due within a week, or overdue. 1 query."""
    horizon = timezone.localdate() + timedelta(days=7)
    zone = timezone.get_current_timezone()
    return [
        Todo(
            kind="action",
            title=action_item.title,
            detail=f"A step of your plan ({action_item.get_topic_display().lower()}).",
            url=page_url("feedback:plan"),
            action="Work on it",
            due_at=datetime.combine(action_item.due_on, time(9, 0), tzinfo=zone),
        )
        for action_item in action_items_due(user=user, until=horizon)[:LIMIT]
    ]


register("ask", feedback_to_ask)
register("follow_up", follow_ups_due)
register("thank", thanks_to_say)
register("action", actions_due)
