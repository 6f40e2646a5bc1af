"""The feedback side of the reminder contract: the one place that arms and cancels reminders
and outgoing mail about feedback rows. Called from services, inside their transactions; the
kinds themselves (rendering, "still wanted?") are in ``reminder_kinds.py``.

Candidate reminders (subject → due):
- ``feedback_follow_up``: the request, SENT + 7 days, while it is unanswered and not followed up;
- ``feedback_no_response``: the request, 14 days after the follow-up (or 21 days after sending
  if no follow-up comes); its sweep closes the request gently as "no response";
- ``feedback_thank``: the thank-you, 24 h after the reply (cycle 0) and once more at 72 h
  (cycle 1); cancelled when the thanks are sent or skipped;
- ``feedback_action_due``: the action item, 9:00 (the candidate's zone) on its due date;
- ``feedback_answered``: the reply, at once, when an answer arrives through the reply link.

Outgoing mail (external recipient, no account), each one outbox row sent once:
``feedback_request_mail``, ``feedback_follow_up_mail``, ``feedback_thank_you_mail``.
"""

from datetime import datetime, time, timedelta

from apps.reminders.models import Reminder
from apps.reminders.services import reminder_cancel, reminder_schedule

FOLLOW_UP_DUE = "feedback_follow_up"
CLOSE_NO_RESPONSE = "feedback_no_response"
THANK_DUE = "feedback_thank"
ACTION_DUE = "feedback_action_due"
ANSWERED = "feedback_answered"
REQUEST_MAIL = "feedback_request_mail"
FOLLOW_UP_MAIL = "feedback_follow_up_mail"
THANK_YOU_MAIL = "feedback_thank_you_mail"

FOLLOW_UP_AFTER = timedelta(days=7)
CLOSE_AFTER_FOLLOW_UP = timedelta(days=14)
CLOSE_WITHOUT_FOLLOW_UP = FOLLOW_UP_AFTER + CLOSE_AFTER_FOLLOW_UP
THANK_AFTER = (timedelta(hours=24), timedelta(hours=72))
ACTION_DUE_AT = time(9, 0)


def close_due_at(request) -> datetime:
    if request.followed_up_at is not None:
        return request.followed_up_at + CLOSE_AFTER_FOLLOW_UP
    return request.sent_at + CLOSE_WITHOUT_FOLLOW_UP


def request_sent(*, request) -> None:
    """Arm the follow-up nudge and the eventual gentle close; the ask is done."""
    reminder_schedule(
        kind=FOLLOW_UP_DUE, subject=request, recipient=request.owner, due_at=request.sent_at + FOLLOW_UP_AFTER
    )
    # The gentle close is not a reminder: the feedback.close_unanswered task closes due requests
    # (request_closed_no_response then tells the candidate).


def request_followed_up(*, request) -> None:
    reminder_cancel(kind=FOLLOW_UP_DUE, subject=request)


def request_finished(*, request) -> None:
    """Answered, declined or closed: nothing more to remind about, nothing more to send."""
    for kind in (FOLLOW_UP_DUE, CLOSE_NO_RESPONSE, REQUEST_MAIL, FOLLOW_UP_MAIL):
        reminder_cancel(kind=kind, subject=request)


def request_closed_no_response(*, request, now: datetime) -> None:
    """Closed as "no response": nothing more to send, and one plain notice that it happened."""
    request_finished(request=request)
    reminder_schedule(kind=CLOSE_NO_RESPONSE, subject=request, recipient=request.owner, due_at=now)


def outgoing_mail(*, kind: str, subject, to: str, due_at: datetime, payload: dict) -> Reminder:
    """One e-mail to someone without an account, through the outbox (sent by the sweep)."""
    return reminder_schedule(kind=kind, subject=subject, recipient_email=to, due_at=due_at, payload=payload)


def answer_arrived(*, reply) -> None:
    """Tell the candidate at once (the sweep delivers it within a minute)."""
    reminder_schedule(kind=ANSWERED, subject=reply, recipient=reply.owner, due_at=reply.received_at)


def thanks_owed(*, thank_you, replied_at: datetime) -> None:
    for cycle, delay in enumerate(THANK_AFTER):
        reminder_schedule(
            kind=THANK_DUE, subject=thank_you, recipient=thank_you.owner, due_at=replied_at + delay, cycle=cycle
        )


def thanks_settled(*, thank_you) -> None:
    reminder_cancel(kind=THANK_DUE, subject=thank_you)


def action_item_changed(*, action_item, zone) -> None:
    """(Re)arm the due-date nudge of an open item with a date; otherwise cancel it."""
    if action_item.status != action_item.Status.OPEN or action_item.due_on is None:
        reminder_cancel(kind=ACTION_DUE, subject=action_item)
        return
    due_at = datetime.combine(action_item.due_on, ACTION_DUE_AT, tzinfo=zone)
    reminder_schedule(kind=ACTION_DUE, subject=action_item, recipient=action_item.owner, due_at=due_at)


def action_item_gone(*, action_item) -> None:
    reminder_cancel(kind=ACTION_DUE, subject=action_item)
