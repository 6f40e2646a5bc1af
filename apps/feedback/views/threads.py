"""Feedback threads: the list (filter by state, pages) and one thread's timeline with the actions
in context (follow up once, revoke the link, record an answer, retag items, thank, make a step)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from apps.feedback import selectors
from apps.feedback.forms import ItemForm, ThreadFilterForm
from apps.feedback.models import ReplyLink, ThankYou, ThreadState, Topic
from apps.feedback.reminder_hooks import FOLLOW_UP_AFTER
from apps.feedback.views.shell import candidate_page, is_htmx

PAGE_SIZE = 20


@candidate_page
@require_safe
def thread_list(request):
    """Threads newest first, with state, person and last activity. A fixed 6 queries (see the test)."""
    filters = ThreadFilterForm(request.GET or None)
    state = filters.cleaned_data.get("state") if filters.is_valid() else ""
    threads = selectors.threads_for(user=request.user, state=state or None)
    page = Paginator(threads, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for thread in page.object_list:
        latest = selectors.latest_request(thread)
        activity = max(
            [
                thread.opened_at,
                *(d for r in thread.requests.all() for d in (r.sent_at, r.followed_up_at, r.closed_at) if d),
            ]
        )
        state_now = thread.state
        rows.append(
            {
                "thread": thread,
                "latest": latest,
                "state": state_now,
                "state_label": ThreadState(state_now).label,
                "activity": activity,
                "recent": (timezone.now() - activity).total_seconds() < 60,
            }
        )
    query = f"state={state}&" if state else ""
    context = {
        "filters": filters if filters.is_bound else ThreadFilterForm(),
        "page": page,
        "rows": rows,
        "state": state,
        "state_label": ThreadState(state).label if state else "",
        "page_query": query,
    }
    template = "feedback/thread_list.html#results" if is_htmx(request) else "feedback/thread_list.html"
    return render(request, template, context)


@candidate_page
@require_safe
def thread_detail(request, pk):
    """The timeline of one rejection's feedback and what to do next. A fixed number of queries."""
    thread = selectors.thread_detail(user=request.user, pk=pk)
    now = timezone.now()
    requests = []
    for sent in thread.request_list:
        link = getattr(sent, "reply_link", None) if _has_link(sent) else None
        requests.append(
            {
                "obj": sent,
                "topics": [Topic(value).label.lower() for value in sent.topics if value in Topic.values],
                "link": link,
                "link_problem": link.problem(now=now) if link else "",
                "follow_up_from": sent.sent_at + FOLLOW_UP_AFTER if sent.sent_at else None,
                "can_follow_up_now": sent.can_follow_up and sent.sent_at + FOLLOW_UP_AFTER <= now,
                "reply": next((r for r in thread.reply_list if r.request_id == sent.pk), None),
            }
        )
    replies = []
    for reply in thread.reply_list:
        items = list(reply.items.all())
        replies.append(
            {
                "obj": reply,
                "items": items,
                "thank_you": getattr(reply, "thank_you", None) if _has_thanks(reply) else None,
            }
        )
    context = {
        "thread": thread,
        "application": thread.application,
        "requests": requests,
        "replies": replies,
        "timeline": _with_rejection(thread),
        "item_form": ItemForm(),
        "open_request": next((r for r in requests if r["obj"].is_open), None),
    }
    return render(request, "feedback/thread_detail.html", context)


def _with_rejection(thread) -> list[dict]:
    """The thread's events with the rejection itself in its place (it may predate the thread row)."""
    rejected_at = thread.application.rejected_at or thread.opened_at
    events = [{"at": rejected_at, "kind": "rejected", "text": "Turned down"}]
    events += [{"at": event.at, "kind": event.kind, "text": event.text} for event in thread.timeline]
    return sorted(events, key=lambda event: event["at"])


def _has_link(request_obj) -> bool:
    try:
        return request_obj.reply_link is not None
    except ReplyLink.DoesNotExist:
        return False


def _has_thanks(reply) -> bool:
    try:
        return reply.thank_you is not None
    except ThankYou.DoesNotExist:
        return False
