"""Reminder kinds of the feedback loop, registered with the reminder engine (see
``reminder_hooks.py`` for when each is armed and cancelled).

Candidate kinds render the shared ``reminders/notice`` triad; the three outgoing-mail kinds
render ``emails/feedback-message-*`` with the candidate's own words (escaped in the HTML part),
Reply-To the candidate, and — for a request and its follow-up — the reply link, whose token is
re-derived here from the link's nonce (it is never stored).
"""

from django.urls import NoReverseMatch, reverse

from apps.feedback import reminder_hooks as hooks
from apps.feedback.models import (
    ActionItem,
    ActionStatus,
    FeedbackReply,
    FeedbackRequest,
    RequestStatus,
    ThankYou,
    ThankYouStatus,
)
from apps.reminders.kinds import ReminderKind, Rendered, register, subjects_prefetch
from apps.reminders.models import Reminder


def page_url(name: str, *args, query: str = "", fallback: str = "feedback:thread-list") -> str:
    """A page of the feedback UI, falling back to its list while a page is not there yet."""
    try:
        return reverse(name, args=args) + (f"?{query}" if query else "")
    except NoReverseMatch:
        try:
            return reverse(fallback)
        except NoReverseMatch:
            return "/dashboard/"


def thread_url(thread_id: int) -> str:
    return page_url("feedback:thread-detail", thread_id)


def _requests_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(
        rows, FeedbackRequest.objects.select_related("owner", "thread__application__company", "reply_link")
    )


def _thank_yous_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, ThankYou.objects.select_related("owner", "reply__thread__application__company"))


def _action_items_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, ActionItem.objects.select_related("owner"))


def _mine(reminder: Reminder) -> bool:
    return reminder.subject is not None and reminder.subject.owner_id == reminder.recipient_id


# --- Follow up once ---------------------------------------------------------------------------


def _follow_up_wanted(reminder: Reminder) -> bool:
    return _mine(reminder) and reminder.subject.can_follow_up


def _follow_up_render(reminder: Reminder) -> Rendered:
    request = reminder.subject
    application = request.thread.application
    text = (
        f"No answer yet from {request.recipient_name} about {application.role_title} at "
        f"{application.company.name}. One short, friendly follow-up is fine."
    )
    return Rendered(
        email="reminders/notice",
        context={"headline": "Time for one friendly follow-up", "body": text, "link_label": "Write the follow-up"},
        text=text,
        link=thread_url(request.thread_id),
    )


register(
    ReminderKind(
        name=hooks.FOLLOW_UP_DUE,
        label="Follow up once",
        description="A week after you asked for feedback, if no answer came.",
        audience="candidate",
        render=_follow_up_render,
        is_wanted=_follow_up_wanted,
        default_delay=hooks.FOLLOW_UP_AFTER,
        prefetch=_requests_prefetch,
    )
)


# --- Close gently as "no response" ------------------------------------------------------------


def _close_wanted(reminder: Reminder) -> bool:
    """A plain notice: the feedback.close_unanswered task closes the request (so a stuck or failed
    notice never keeps a request open); this only says so, while it is still closed."""
    return _mine(reminder) and reminder.subject.status == RequestStatus.NO_RESPONSE


def _close_render(reminder: Reminder) -> Rendered:
    request = reminder.subject
    application = request.thread.application
    text = (
        f"No answer from {request.recipient_name} about {application.role_title} — that happens often and says "
        "nothing about you. We closed the request; an answer can still be added if one comes."
    )
    return Rendered(
        email="reminders/notice",
        context={"headline": "We closed one request, gently", "body": text, "link_label": "See your feedback"},
        text=text,
        link=thread_url(request.thread_id),
    )


register(
    ReminderKind(
        name=hooks.CLOSE_NO_RESPONSE,
        label="Request closed without an answer",
        description="Two weeks after a follow-up that got no answer; reminders about it stop.",
        audience="candidate",
        render=_close_render,
        is_wanted=_close_wanted,
        default_delay=hooks.CLOSE_AFTER_FOLLOW_UP,
        prefetch=_requests_prefetch,
    )
)


# --- An answer arrived ------------------------------------------------------------------------


def _replies_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, FeedbackReply.objects.select_related("thread__application__company"))


def _answered_render(reminder: Reminder) -> Rendered:
    reply = reminder.subject
    application = reply.thread.application
    who = reply.answered_by_name or "The person you asked"
    if reply.declined:
        text = (
            f"{who} answered about {application.role_title} at {application.company.name}: they'd rather not "
            "say. That's an answer too — and still worth a short thank-you."
        )
    else:
        text = (
            f"{who} answered your request about {application.role_title} at {application.company.name}. "
            "Read it while it's fresh, and say thanks."
        )
    return Rendered(
        email="reminders/notice",
        context={"headline": "You have an answer", "body": text, "link_label": "Read the answer"},
        text=text,
        link=thread_url(reply.thread_id),
    )


register(
    ReminderKind(
        name=hooks.ANSWERED,
        label="An answer arrived",
        description="When someone answers your request through its reply link.",
        audience="candidate",
        render=_answered_render,
        is_wanted=_mine,
        prefetch=_replies_prefetch,
    )
)


# --- Say thanks -------------------------------------------------------------------------------


def _thank_wanted(reminder: Reminder) -> bool:
    return _mine(reminder) and reminder.subject.status == ThankYouStatus.PENDING


def _thank_render(reminder: Reminder) -> Rendered:
    thank_you = reminder.subject
    application = thank_you.reply.thread.application
    text = (
        f"{thank_you.recipient_name} took the time to answer about {application.role_title} at "
        f"{application.company.name}. A two-line thank-you keeps the door open."
    )
    return Rendered(
        email="reminders/notice",
        context={"headline": f"Say thanks to {thank_you.recipient_name}", "body": text, "link_label": "Say thanks"},
        text=text,
        link=thread_url(thank_you.reply.thread_id),
    )


register(
    ReminderKind(
        name=hooks.THANK_DUE,
        label="Say thanks",
        description="A day after someone answered your request (and once more two days later).",
        audience="candidate",
        render=_thank_render,
        is_wanted=_thank_wanted,
        default_delay=hooks.THANK_AFTER[0],
        prefetch=_thank_yous_prefetch,
    )
)


# --- Action item due --------------------------------------------------------------------------


def _action_wanted(reminder: Reminder) -> bool:
    return _mine(reminder) and reminder.subject.status == ActionStatus.OPEN


def _action_render(reminder: Reminder) -> Rendered:
    action_item = reminder.subject
    text = f"“{action_item.title}” is due today. Small steps count — note what you did."
    return Rendered(
        email="reminders/notice",
        context={"headline": "A step of your plan is due", "body": text, "link_label": "Open your plan"},
        text=text,
        link=page_url("feedback:plan"),
    )


register(
    ReminderKind(
        name=hooks.ACTION_DUE,
        label="Improvement step due",
        description="On the morning a step of your plan is due.",
        audience="candidate",
        render=_action_render,
        is_wanted=_action_wanted,
        prefetch=_action_items_prefetch,
    )
)


# --- Outgoing mail to the people asked --------------------------------------------------------


def _absolute_reply_url(request: FeedbackRequest) -> str:
    from apps.reminders.emails import absolute

    link = getattr(request, "reply_link", None)
    if link is None or link.problem():
        return ""
    return absolute(reverse("reply:page", args=[link.token]))


def _request_mail_wanted(reminder: Reminder) -> bool:
    request = reminder.subject
    return request is not None and request.status in (RequestStatus.SENT, RequestStatus.FOLLOWED_UP)


def _request_mail_render(reminder: Reminder) -> Rendered:
    request = reminder.subject
    payload = reminder.payload
    return Rendered(
        email="feedback-message",
        context={
            "subject": payload.get("subject", ""),
            "body": payload.get("body", ""),
            "from_name": payload.get("from_name", ""),
            "reply_link": _absolute_reply_url(request),
            "link_label": "Answer in two minutes",
        },
        text="",
        reply_to=[payload["reply_to"]] if payload.get("reply_to") else [],
    )


def _thank_you_mail_wanted(reminder: Reminder) -> bool:
    return reminder.subject is not None and reminder.subject.status == ThankYouStatus.SENT


def _thank_you_mail_render(reminder: Reminder) -> Rendered:
    payload = reminder.payload
    return Rendered(
        email="feedback-message",
        context={
            "subject": payload.get("subject", ""),
            "body": payload.get("body", ""),
            "from_name": payload.get("from_name", ""),
            "reply_link": "",
        },
        text="",
        reply_to=[payload["reply_to"]] if payload.get("reply_to") else [],
    )


for name, label, description, render, wanted, prefetch in (
    (
        hooks.REQUEST_MAIL,
        "Requests for feedback",
        "A candidate's request for feedback, sent for them by Debrief.",
        _request_mail_render,
        _request_mail_wanted,
        _requests_prefetch,
    ),
    (
        hooks.FOLLOW_UP_MAIL,
        "Follow-ups of requests for feedback",
        "A candidate's one follow-up, sent for them by Debrief.",
        _request_mail_render,
        _request_mail_wanted,
        _requests_prefetch,
    ),
    (
        hooks.THANK_YOU_MAIL,
        "Thank-you notes",
        "A candidate's thanks for your feedback, sent for them by Debrief.",
        _thank_you_mail_render,
        _thank_you_mail_wanted,
        _thank_yous_prefetch,
    ),
):
    register(
        ReminderKind(
            name=name,
            label=label,
            description=description,
            audience="external",
            render=render,
            is_wanted=wanted,
            in_app=False,
            respects_quiet_hours=False,
            prefetch=prefetch,
        )
    )
