"""Writes of the feedback loop. Every service is keyword-only, owns its transaction, validates
(``ValidationError`` with field messages, or ``ApplicationError`` with a ``code`` and HTTP
``status``) and resolves ids from a request body in the owner's scope. Nothing here sends mail:
outgoing e-mail is an outbox row (``apps/feedback/reminder_hooks.py``) the sweep delivers.

Threads (``threads.py``)
- ``thread_open(*, application, now=None) -> FeedbackThread`` — the ``stage_changed`` listener
  opens it on rejection (idempotent; reopens); ``thread_close(*, application)`` when it leaves.

Requests (``requests.py``: drafting; ``sending.py``: send, follow up, close, revoke)
- ``request_draft(*, owner, kind="request", application, contact=None, contact_name="", topics=None) -> Draft``
  — template filled for (kind, application, person, topics); no write. ``Draft(subject, body)``.
  ``request_draft_for(*, owner, kind, application_id, contact_id=None, contact_name="", topics=None)`` by ids.
- ``request_create(*, owner, application_id, contact_id=None, recipient_name="", recipient_email="",
  recipient_role="", topics=None, subject=None, body=None) -> FeedbackRequest`` — a draft; no
  subject/body → from the template.
- ``request_update(*, request, contact_id=UNCHANGED, recipient_name=None, recipient_email=None,
  recipient_role=None, topics=None, subject=None, body=None) -> (request, changed)`` — drafts only (409).
- ``request_delete(*, request)`` — drafts only.
- ``request_send(*, request, channel, now=None)`` — ``channel`` "debrief" (reply link + outbox
  row, Reply-To the candidate) or "own_mail"; validates body (non-empty, ≤ 10,000 chars,
  ≤ 1,000 words), ≥ 1 topic, an e-mail for "debrief"; stops "ask for feedback", arms +7 d follow-up.
- ``request_mark_sent(*, request, now=None)`` — sent from her own mail.
- ``request_save_and_send(*, owner, application_id, draft=None, fields, send="")`` — the composer's
  create-or-update then send (``SEND_BY_DEBRIEF``) or mark sent (``MARK_SENT``), all or nothing.
- ``request_follow_up(*, request, body, subject="", now=None)`` — once (second → 409
  ``already_followed_up``); closes as no response 14 days later.
- ``request_close_no_response(*, request, now=None) -> bool`` — one request, once due.
- ``requests_close_due(*, now=None) -> int`` — every due request (the ``close_unanswered`` task).
- ``reply_link_revoke(*, request, now=None) -> ReplyLink``.
- ``check_body(body, *, field="body", what="Your message") -> str`` — the length rules, for forms.
- ``tone_findings(text, kind) -> list[dict]``.

Replies and items (``replies.py``)
- ``reply_submit(*, token, answers=None, free_text="", declined=False, answered_by_name="", now=None)``
  — public, by token; unknown 404 / answered another way, revoked, used, expired 410 (codes ``reply_link_<problem>``).
- ``reply_record_pasted(*, request, text, answered_by_name="", received_at=None)``;
  ``reply_record(*, owner, request_id, text="", declined=False, answered_by_name="")`` by id (API).
- ``reply_record_declined(*, request, note="", received_at=None)``.
- ``item_update(*, item, topic=None, polarity=None, text=None) -> (item, changed)``;
  ``item_split(*, item, at) -> (first, second)``; ``item_merge(*, owner, item_ids) -> item``.

Thanks (``thanks.py``)
- ``thank_you_send(*, thank_you, channel, body="", subject="", now=None)`` — twice → 409 ``already_thanked``.
- ``thank_you_skip(*, thank_you)``.

Action items (``actions.py``)
- ``action_item_create(*, owner, title, topic="other", due_on=None, notes="", item_ids=None)``;
  ``action_item_update(*, action_item, title=None, topic=None, due_on=UNCHANGED, notes=None,
  status=None, item_ids=None) -> (item, changed)``; ``action_item_complete(*, action_item)``;
  ``action_item_delete(*, action_item)``.

Templates (``templates.py``)
- ``template_update(*, owner, kind, subject, body)``; ``template_reset(*, owner, kind)``.
"""

from apps.feedback.services.actions import (
    action_item_complete,
    action_item_create,
    action_item_delete,
    action_item_update,
)
from apps.feedback.services.replies import (
    item_merge,
    item_split,
    item_update,
    reply_record,
    reply_record_declined,
    reply_record_pasted,
    reply_submit,
)
from apps.feedback.services.requests import (
    UNCHANGED,
    Draft,
    check_body,
    request_create,
    request_delete,
    request_draft,
    request_draft_for,
    request_update,
)
from apps.feedback.services.sending import (
    MARK_SENT,
    SEND_BY_DEBRIEF,
    reply_link_revoke,
    request_close_no_response,
    request_follow_up,
    request_mark_sent,
    request_save_and_send,
    request_send,
    requests_close_due,
    tone_findings,
)
from apps.feedback.services.templates import template_reset, template_update
from apps.feedback.services.thanks import thank_you_send, thank_you_skip
from apps.feedback.services.threads import thread_close, thread_open

__all__ = [
    "UNCHANGED",
    "Draft",
    "action_item_complete",
    "action_item_create",
    "action_item_delete",
    "action_item_update",
    "check_body",
    "item_merge",
    "item_split",
    "item_update",
    "reply_link_revoke",
    "reply_record",
    "reply_record_declined",
    "reply_record_pasted",
    "reply_submit",
    "request_close_no_response",
    "request_create",
    "request_delete",
    "request_draft",
    "request_draft_for",
    "request_follow_up",
    "request_mark_sent",
    "MARK_SENT",
    "SEND_BY_DEBRIEF",
    "request_save_and_send",
    "request_send",
    "requests_close_due",
    "request_update",
    "template_reset",
    "template_update",
    "thank_you_send",
    "thank_you_skip",
    "thread_close",
    "thread_open",
    "tone_findings",
]
