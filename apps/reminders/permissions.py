"""Who may do what with notifications, written once (see HOUSE_RULES rule 6)."""

from django.http import Http404

from apps.reminders.models import Notification
from apps.reminders.selectors import notifications_visible_to


def can_change_notification(user, notification: Notification) -> bool:
    return notification.recipient_id == user.pk


def notification_get_for_user(user, public_id) -> Notification:
    """Fetch and authorise in one step: someone else's notification is a 404."""
    try:
        return notifications_visible_to(user).get(public_id=public_id)
    except Notification.DoesNotExist:
        raise Http404("No such notification.") from None
