"""Reads of threads: the list with each thread's state and latest request, and one thread's
timeline (requests, replies with their items, thank-yous)."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, QuerySet

from apps.feedback.models import FeedbackItem, FeedbackReply, FeedbackRequest, FeedbackThread
from apps.feedback.permissions import thread_get_for_user, threads_visible_to


def _requests_newest_first() -> Prefetch:
    return Prefetch(
        "requests", queryset=FeedbackRequest.objects.select_related("outbox").order_by("-created_at", "-id")
    )


def threads_for(*, user, state: str | None = None) -> QuerySet[FeedbackThread] | list[FeedbackThread]:
    """Newest first, with application and company; ``thread.state`` and ``thread.latest_request``
    come from the prefetched requests. 2 queries (threads, requests)."""
    threads = (
        threads_visible_to(user)
        .select_related("application__company")
        .prefetch_related(_requests_newest_first())
        .order_by("-opened_at", "-id")
    )
    if state is None:
        return threads
    return [thread for thread in threads if thread.state == state]


def latest_request(thread: FeedbackThread) -> FeedbackRequest | None:
    """From the prefetched requests (no query)."""
    requests = list(thread.requests.all())
    return requests[0] if requests else None


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str  # "asked", "sent", "followed_up", "answered", "declined", "no_response", "thanked"
    text: str
    obj: object


def thread_detail(*, user, pk) -> FeedbackThread:
    """One thread (404 outside the user's scope) with requests (outbox rows, reply link), replies
    with items and thank-yous. 4 queries (thread, requests, replies + thank-yous, items)."""
    thread = thread_get_for_user(user, pk)
    requests = list(
        FeedbackRequest.objects.filter(thread=thread)
        .select_related("outbox", "follow_up_outbox", "reply_link", "contact")
        .order_by("created_at", "id")
    )
    replies = list(
        FeedbackReply.objects.filter(thread=thread)
        .select_related("thank_you__outbox")
        .prefetch_related(Prefetch("items", queryset=FeedbackItem.objects.order_by("position", "id")))
        .order_by("received_at", "id")
    )
    for row in [*requests, *replies]:
        row.thread = thread  # already loaded: no query per row
    thread.request_list = requests
    thread.reply_list = replies
    thread.timeline = timeline(requests=requests, replies=replies)
    return thread


def timeline(*, requests: list[FeedbackRequest], replies: list[FeedbackReply]) -> list[Event]:
    """What happened, oldest first. No queries (works on loaded rows)."""
    events: list[Event] = []
    for request in requests:
        if request.sent_at is None:
            events.append(Event(request.created_at, "asked", f"Draft to {request.recipient_name}", request))
            continue
        how = "Sent by Debrief" if request.channel == request.Channel.DEBRIEF else "Sent from your mail"
        events.append(Event(request.sent_at, "sent", f"{how} to {request.recipient_name}", request))
        if request.followed_up_at:
            events.append(Event(request.followed_up_at, "followed_up", "Followed up once", request))
        if request.status == request.Status.NO_RESPONSE and request.closed_at:
            events.append(Event(request.closed_at, "no_response", "Closed without an answer", request))
    for reply in replies:
        kind = "declined" if reply.declined else "answered"
        who = reply.answered_by_name or "They"
        text = f"{who} would rather not say" if reply.declined else f"{who} answered"
        events.append(Event(reply.received_at, kind, text, reply))
        thank_you = getattr(reply, "thank_you", None)
        if thank_you is not None and thank_you.sent_at:
            events.append(Event(thank_you.sent_at, "thanked", f"You thanked {thank_you.recipient_name}", thank_you))
    events.sort(key=lambda event: event.at)
    return events
