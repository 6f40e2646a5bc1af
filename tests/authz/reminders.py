from apps.reminders.models import Notification
from apps.reminders.unsubscribe import unsubscribe_token
from tests.authz.base import API_ANON, LOGIN, Route, everyone, signed_in


def build(world):
    world.objects["notification"] = Notification.objects.create(
        recipient=world.candidate, kind="test_nudge", text="Write your debrief", link="/home/"
    )
    world.objects["unsubscribe_token"] = unsubscribe_token(
        recipient_key=f"user:{world.candidate.pk}", kind="weekly_digest"
    )


def _notification(world):
    return {"public_id": world.notification.public_id}


ROUTES = [
    Route("reminders:notification-list", signed_in(200)),
    Route("reminders:notification-bell", signed_in(200)),
    # Only Cara's own notification: everyone else gets a 404, never a 403.
    Route(
        "reminders:notification-read",
        signed_in(404, candidate=302),
        method="post",
        kwargs=_notification,
    ),
    Route("reminders:notification-read-all", signed_in(302), method="post"),
    Route("reminders:preferences", signed_in(301)),  # now Settings → Notifications
    # The signed link is the authorisation: it works without a session, for anyone holding it.
    Route("reminders:unsubscribe", everyone(200), kwargs=lambda w: {"token": w.unsubscribe_token}),
    Route(
        "reminders:unsubscribe",
        everyone(200),
        method="post",
        kwargs=lambda w: {"token": w.unsubscribe_token},
        data={"List-Unsubscribe": "One-Click"},
    ),
]

__all__ = ["API_ANON", "LOGIN", "ROUTES"]

ROUTES += [
    Route("reminders-api:notification-list", signed_in(200, anon=API_ANON)),
    Route("reminders-api:notification-unread-count", signed_in(200, anon=API_ANON)),
    Route("reminders-api:notification-read-all", signed_in(200, anon=API_ANON), method="post"),
    Route(
        "reminders-api:notification-read",
        signed_in(404, anon=API_ANON, candidate=200),
        method="post",
        kwargs=_notification,
    ),
]
