"""Who may see and change feedback rows — each rule written once.

Only the owner (the candidate) sees her threads, requests, replies, items, thank-yous, action
items and templates. A representing recruiter also sees, read-only, the threads of applications
shared with their active representation (``threads_visible_to``); requests, replies and the rest
stay the owner's (the portal reads them through the thread). Changing stays the owner's.
"""

from django.db.models import QuerySet

from apps.accounts.permissions import can_use_candidate_area
from apps.core.permissions import get_for_user
from apps.feedback.models import (
    ActionItem,
    FeedbackItem,
    FeedbackReply,
    FeedbackRequest,
    FeedbackThread,
    MessageTemplate,
    ThankYou,
)


def _owned[T](model: type[T], user) -> QuerySet:
    if not can_use_candidate_area(user):
        return model.objects.none()
    return model.objects.filter(owner=user)


def threads_visible_to(user) -> QuerySet[FeedbackThread]:
    # The candidate's own threads. A representing recruiter reads shared threads through the
    # recruiters app's audited scopes, never through this one.
    return _owned(FeedbackThread, user)


def requests_visible_to(user) -> QuerySet[FeedbackRequest]:
    return _owned(FeedbackRequest, user)


def replies_visible_to(user) -> QuerySet[FeedbackReply]:
    return _owned(FeedbackReply, user)


def items_visible_to(user) -> QuerySet[FeedbackItem]:
    return _owned(FeedbackItem, user)


def thank_yous_visible_to(user) -> QuerySet[ThankYou]:
    return _owned(ThankYou, user)


def action_items_visible_to(user) -> QuerySet[ActionItem]:
    return _owned(ActionItem, user)


def templates_visible_to(user) -> QuerySet[MessageTemplate]:
    return _owned(MessageTemplate, user)


def _is_owner(user, obj) -> bool:
    return obj.owner_id == user.pk


can_change_thread = _is_owner
can_change_request = _is_owner
can_change_reply = _is_owner
can_change_item = _is_owner
can_change_thank_you = _is_owner
can_change_action_item = _is_owner
can_change_template = _is_owner


def thread_get_for_user(user, pk, *, for_change: bool = False) -> FeedbackThread:
    return get_for_user(
        threads_visible_to(user).select_related("application__company"),
        pk,
        user=user,
        can_change=can_change_thread if for_change else None,
    )


def request_get_for_user(user, pk, *, for_change: bool = False) -> FeedbackRequest:
    return get_for_user(
        requests_visible_to(user).select_related("thread__application__company", "outbox"),
        pk,
        user=user,
        can_change=can_change_request if for_change else None,
    )


def reply_get_for_user(user, pk, *, for_change: bool = False) -> FeedbackReply:
    return get_for_user(
        replies_visible_to(user).select_related("thread__application__company"),
        pk,
        user=user,
        can_change=can_change_reply if for_change else None,
    )


def item_get_for_user(user, pk, *, for_change: bool = False) -> FeedbackItem:
    return get_for_user(items_visible_to(user), pk, user=user, can_change=can_change_item if for_change else None)


def thank_you_get_for_user(user, pk, *, for_change: bool = False) -> ThankYou:
    return get_for_user(
        thank_yous_visible_to(user).select_related("reply__thread__application__company", "outbox"),
        pk,
        user=user,
        can_change=can_change_thank_you if for_change else None,
    )


def action_item_get_for_user(user, pk, *, for_change: bool = False) -> ActionItem:
    return get_for_user(
        action_items_visible_to(user), pk, user=user, can_change=can_change_action_item if for_change else None
    )
