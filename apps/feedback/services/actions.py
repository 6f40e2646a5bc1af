"""Action items: improvement steps made from feedback items, with a due date and progress notes."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.accounts.selectors import preferences_for
from apps.core.services import model_update
from apps.feedback import reminder_hooks
from apps.feedback.models import ActionItem, ActionStatus, FeedbackItem, Topic
from apps.feedback.permissions import items_visible_to
from apps.feedback.services.requests import UNCHANGED


def _items_in_scope(owner, item_ids) -> list[FeedbackItem]:
    ids = list(dict.fromkeys(item_ids or []))
    if any(not isinstance(i, int) or isinstance(i, bool) for i in ids):
        raise ValidationError({"item_ids": "Item ids are whole numbers."})
    items = list(items_visible_to(owner).filter(pk__in=ids))
    if len(items) != len(ids):
        raise ValidationError({"item_ids": "Pick items from your own feedback."})
    return items


def _check_topic(topic: str) -> None:
    if topic not in Topic.values:
        raise ValidationError({"topic": f"Choose one of: {', '.join(Topic.values)}."})


def _rearm(action_item: ActionItem) -> None:
    reminder_hooks.action_item_changed(action_item=action_item, zone=preferences_for(user=action_item.owner).zone)


@transaction.atomic
def action_item_create(
    *,
    owner,
    title: str,
    topic: str = Topic.OTHER,
    due_on: date | None = None,
    notes: str = "",
    item_ids: list[int] | None = None,
) -> ActionItem:
    """A step to work on, optionally from feedback items (resolved in the owner's scope); the
    topic defaults to the first item's. A due date arms the "action item due" reminder."""
    items = _items_in_scope(owner, item_ids)
    if topic == Topic.OTHER and items:
        topic = items[0].topic
    _check_topic(topic)
    action_item = ActionItem(owner=owner, title=(title or "").strip(), topic=topic, due_on=due_on, notes=notes.strip())
    action_item.full_clean()
    action_item.save()
    action_item.items.set(items)
    _rearm(action_item)
    return action_item


@transaction.atomic
def action_item_update(
    *,
    action_item: ActionItem,
    title: str | None = None,
    topic: str | None = None,
    due_on: date | None | object = UNCHANGED,
    notes: str | None = None,
    status: str | None = None,
    item_ids: list[int] | None = None,
) -> tuple[ActionItem, bool]:
    """Edit an item; ``status`` moves it between open, done (stamps ``completed_at``) and dropped."""
    action_item = ActionItem.objects.select_for_update().select_related("owner").get(pk=action_item.pk)
    data: dict = {}
    if title is not None:
        data["title"] = title.strip()
    if topic is not None:
        _check_topic(topic)
        data["topic"] = topic
    if due_on is not UNCHANGED:
        data["due_on"] = due_on
    if notes is not None:
        data["notes"] = notes.strip()
    if status is not None:
        if status not in ActionStatus.values:
            raise ValidationError({"status": f"Choose one of: {', '.join(ActionStatus.values)}."})
        data["status"] = status
        data["completed_at"] = (action_item.completed_at or timezone.now()) if status == ActionStatus.DONE else None
    action_item, changed = model_update(
        instance=action_item, fields=("title", "topic", "due_on", "notes", "status", "completed_at"), data=data
    )
    if item_ids is not None:
        action_item.items.set(_items_in_scope(action_item.owner, item_ids))
        changed = True
    _rearm(action_item)
    return action_item, changed


def action_item_complete(*, action_item: ActionItem) -> ActionItem:
    """Done — well done. Idempotent; the due reminder stops."""
    action_item, _ = action_item_update(action_item=action_item, status=ActionStatus.DONE)
    return action_item


@transaction.atomic
def action_item_delete(*, action_item: ActionItem) -> None:
    reminder_hooks.action_item_gone(action_item=action_item)
    action_item.delete()
