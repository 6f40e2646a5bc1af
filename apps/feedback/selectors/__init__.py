"""Reads of the feedback loop. Each returns rows already scoped to the user, owns its
select_related/prefetch_related, and states its query budget; none writes.

- ``threads_for(*, user, state=None)`` — 2 queries; ``thread.state``, ``latest_request(thread)``.
- ``thread_detail(*, user, pk)`` — 4 queries; ``.request_list``, ``.reply_list``, ``.timeline``.
- ``requests_for`` (1), ``replies_for`` (2), ``items_for`` (1), ``thank_yous_for`` (1),
  ``thank_yous_owed`` (1), ``action_items_for`` (2), ``action_items_due(*, user, until)`` (1).
- ``gratitude_ledger(*, user)`` — 1 query: owed / sent / skipped, to whom.
- ``insights_for(*, user)`` — 3 queries (in ``apps/feedback/insights.py``).
- ``requests_due_to_close(*, now)`` — 1 query: open requests past their gentle-close date.
- ``reply_page_for(*, token)`` — 1 query: what the public reply page may show (never spends the link).
- ``request_draft`` lives with the services (it reads templates but is the composer's helper).
"""

from apps.feedback.insights import Insights, Yield, insights_for
from apps.feedback.selectors.closing import requests_due_to_close
from apps.feedback.selectors.lists import (
    action_items_due,
    action_items_for,
    gratitude_ledger,
    items_for,
    replies_for,
    requests_for,
    thank_yous_for,
    thank_yous_owed,
)
from apps.feedback.selectors.public import AskedTopic, ReplyPage, reply_page_for
from apps.feedback.selectors.threads import Event, latest_request, thread_detail, threads_for, timeline

__all__ = [
    "AskedTopic",
    "ReplyPage",
    "reply_page_for",
    "requests_due_to_close",
    "Event",
    "Insights",
    "Yield",
    "action_items_due",
    "action_items_for",
    "gratitude_ledger",
    "insights_for",
    "items_for",
    "latest_request",
    "replies_for",
    "requests_for",
    "thank_yous_for",
    "thank_yous_owed",
    "thread_detail",
    "threads_for",
    "timeline",
]
