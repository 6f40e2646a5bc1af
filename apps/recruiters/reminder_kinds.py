"""Reminder kinds of the recruiter side, registered with the reminder engine (see
``reminder_hooks.py`` for when each is armed and cancelled).

Every kind re-checks at send time that it is still wanted — above all that the representation is
still ACTIVE (or, for an invitation, still open): ending a representation cancels its rows, and a
row already claimed when it ended is dropped here. No kind ever renders a relay's raw notes: the
candidate's notice about a relay names the recruiter and the application, nothing more.
"""

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from apps.feedback.models import OPEN_STATUSES, FeedbackReply
from apps.recruiters import reminder_hooks as hooks
from apps.recruiters.models import (
    AgencyInvitation,
    RecruiterAsk,
    Relay,
    RelayStatus,
    Representation,
    RepresentationStatus,
)
from apps.reminders.kinds import ReminderKind, Rendered, register, subjects_prefetch
from apps.reminders.models import Reminder


def page_url(name: str, *args, fallback: str = "recruiters:home") -> str:
    """A page of the portal (or the candidate's recruiters page), falling back while it is not there yet."""
    for candidate, candidate_args in ((name, args), (fallback, ())):
        try:
            return reverse(candidate, args=candidate_args)
        except NoReverseMatch:
            continue
    return "/"


def _name(user) -> str:
    return user.full_name or user.email


# --- Relay pending (recruiter) ---------------------------------------------------------------------


def _asks_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(
        rows,
        RecruiterAsk.objects.select_related(
            "representation__candidate", "representation__recruiter", "request__thread__application__company"
        ),
    )


def _ask_wanted(reminder: Reminder) -> bool:
    ask = reminder.subject
    if ask is None or ask.representation.recruiter_id != reminder.recipient_id:
        return False
    if ask.representation.status != RepresentationStatus.ACTIVE:
        return False
    if ask.request.status not in OPEN_STATUSES:
        return False
    return not Relay.objects.filter(request_id=ask.request_id, status=RelayStatus.PUBLISHED).exists()


def _ask_render(reminder: Reminder) -> Rendered:
    ask = reminder.subject
    application = ask.request.thread.application
    candidate = _name(ask.representation.candidate)
    if reminder.cycle == 0:
        headline = f"{candidate} asked you for feedback"
        text = (
            f"{candidate} was turned down for {application.role_title} at {application.company.name} and asked "
            "you what the hiring manager said. Relay what you heard, redacted and in your words."
        )
    else:
        headline = f"{candidate} is still waiting for a relay"
        text = (
            f"{candidate}'s question about {application.role_title} at {application.company.name} has no relay "
            "yet. Even a short note that you asked and are waiting helps."
        )
    return Rendered(
        email="reminders/notice",
        context={"headline": headline, "body": text, "link_label": "Open your work queue"},
        text=text,
        link=page_url("recruiters:home"),
    )


register(
    ReminderKind(
        name=hooks.RELAY_PENDING,
        label="Relay pending",
        description="When a candidate asks you for feedback, and again at 3 and 7 days until you relay.",
        audience="recruiter",
        render=_ask_render,
        is_wanted=_ask_wanted,
        prefetch=_asks_prefetch,
    )
)


# --- Draft unpublished (recruiter) ---------------------------------------------------------------


def _relays_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, Relay.objects.select_related("representation__candidate", "thread__application__company"))


def _draft_wanted(reminder: Reminder) -> bool:
    relay = reminder.subject
    return (
        relay is not None
        and relay.recruiter_id == reminder.recipient_id
        and relay.status == RelayStatus.DRAFT
        and relay.representation.status == RepresentationStatus.ACTIVE
        and relay.representation.shares.filter(application_id=relay.thread.application_id).exists()
    )


def _draft_render(reminder: Reminder) -> Rendered:
    relay = reminder.subject
    application = relay.thread.application
    candidate = _name(relay.representation.candidate)
    text = (
        f"Your relay for {candidate} about {application.role_title} at {application.company.name} has been a "
        "draft for two days. Check it, preview it and publish it while it is still useful."
    )
    return Rendered(
        email="reminders/notice",
        context={"headline": "A relay is waiting to be published", "body": text, "link_label": "Finish the relay"},
        text=text,
        link=page_url("recruiters:relay-edit", relay.pk, fallback="recruiters:home"),
    )


register(
    ReminderKind(
        name=hooks.RELAY_DRAFT,
        label="Relay draft unpublished",
        description="Two days after you last saved a relay you haven't published.",
        audience="recruiter",
        render=_draft_render,
        is_wanted=_draft_wanted,
        default_delay=hooks.DRAFT_AFTER,
        prefetch=_relays_prefetch,
    )
)


# --- Invitation to a candidate ---------------------------------------------------------------------


def _representations_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, Representation.objects.select_related("recruiter", "candidate", "agency"))


def _invitation_wanted(reminder: Reminder) -> bool:
    representation = reminder.subject
    return representation is not None and representation.invitation_problem(now=timezone.now()) == ""


def _invitation_render(reminder: Reminder) -> Rendered:
    from apps.reminders.emails import absolute

    representation = reminder.subject
    recruiter = _name(representation.recruiter)
    if representation.candidate_id is not None:
        text = (
            f"{recruiter} of {representation.agency.name} would like to represent you. If you accept, they see only "
            "the applications you choose to share, and you can end it at any time."
        )
        return Rendered(
            email="reminders/notice",
            context={"headline": f"{recruiter} invited you", "body": text, "link_label": "Accept or decline"},
            text=text,
            link=page_url("representations:list", fallback="core:home"),
        )
    text = (
        f"{recruiter} of {representation.agency.name} invites you to Debrief, where they can pass on what hiring "
        f"managers say about your applications. Sign up as a candidate at {absolute(reverse('accounts:signup'))} "
        f"and enter this code under Recruiters: {representation.code} (valid until "
        f"{representation.expires_at:%d %b %Y}). You choose what they see, and you can end it at any time."
    )
    return Rendered(
        email="reminders/notice",
        context={"headline": f"{recruiter} invited you to Debrief", "body": text, "link_label": "Sign up"},
        text=text,
        link=reverse("accounts:signup"),
    )


register(
    ReminderKind(
        name=hooks.REPRESENTATION_INVITED,
        label="Invitations from recruiters",
        description="When a recruiter invites you to let them represent you.",
        audience="candidate",
        render=_invitation_render,
        is_wanted=_invitation_wanted,
        prefetch=_representations_prefetch,
        optional=False,
    )
)


def _answered_wanted(reminder: Reminder) -> bool:
    representation = reminder.subject
    return representation is not None and representation.recruiter_id == reminder.recipient_id


def _answered_render(reminder: Reminder) -> Rendered:
    representation = reminder.subject
    who = _name(representation.candidate) if representation.candidate_id else representation.invited_email
    if representation.status == RepresentationStatus.ACTIVE:
        text = f"{who} accepted your invitation. You'll see the applications they choose to share."
    elif representation.status == RepresentationStatus.DECLINED:
        text = f"{who} declined your invitation. Nothing was shared."
    else:
        text = f"Your representation of {who} has ended; their data is no longer visible to you."
    return Rendered(
        email="reminders/notice",
        context={"headline": "An answer to your invitation", "body": text, "link_label": "See your candidates"},
        text=text,
        link=page_url("recruiters:candidate-list"),
    )


register(
    ReminderKind(
        name=hooks.REPRESENTATION_ANSWERED,
        label="Candidates' answers",
        description="When a candidate accepts or declines your invitation.",
        audience="recruiter",
        render=_answered_render,
        is_wanted=_answered_wanted,
        prefetch=_representations_prefetch,
    )
)


# --- A relay arrived (candidate) ---------------------------------------------------------------------


def _replies_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, FeedbackReply.objects.select_related("thread__application__company"))


def _published_wanted(reminder: Reminder) -> bool:
    reply = reminder.subject
    return reply is not None and reply.owner_id == reminder.recipient_id


def _published_render(reminder: Reminder) -> Rendered:
    reply = reminder.subject
    application = reply.thread.application
    text = (
        f"{reply.answered_by_name} passed on feedback about {application.role_title} at "
        f"{application.company.name}. Read it while it's fresh, and say thanks."
    )
    try:
        link = reverse("feedback:thread-detail", args=[reply.thread_id])
    except NoReverseMatch:
        link = "/dashboard/"
    return Rendered(
        email="reminders/notice",
        context={"headline": "Your recruiter relayed feedback", "body": text, "link_label": "Read it"},
        text=text,
        link=link,
    )


register(
    ReminderKind(
        name=hooks.RELAY_PUBLISHED,
        label="Feedback relayed by your recruiter",
        description="When your recruiter passes on what a hiring manager said.",
        audience="candidate",
        render=_published_render,
        is_wanted=_published_wanted,
        prefetch=_replies_prefetch,
    )
)


# --- Invitation to join an agency (an address) -----------------------------------------------------


def _agency_invitations_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, AgencyInvitation.objects.select_related("agency", "invited_by"))


def _agency_invitation_wanted(reminder: Reminder) -> bool:
    invitation = reminder.subject
    return invitation is not None and invitation.problem() == ""


def _agency_invitation_render(reminder: Reminder) -> Rendered:
    from apps.reminders.emails import absolute

    invitation = reminder.subject
    inviter = _name(invitation.invited_by) if invitation.invited_by_id else "An admin"
    link = page_url("recruiters:agency-join", invitation.token, fallback="accounts:signup")
    text = (
        f"{inviter} invites you to join {invitation.agency.name} on Debrief. The link works once, until "
        f"{invitation.expires_at:%d %b %Y}: {absolute(link)}"
    )
    return Rendered(
        email="reminders/notice",
        context={"headline": f"Join {invitation.agency.name} on Debrief", "body": text, "link_label": "Join"},
        text=text,
        link=link,
    )


register(
    ReminderKind(
        name=hooks.AGENCY_INVITATION,
        label="Agency invitations",
        description="An agency's invitation to join it on Debrief.",
        audience="external",
        render=_agency_invitation_render,
        is_wanted=_agency_invitation_wanted,
        in_app=False,
        respects_quiet_hours=False,
        optional=False,
        prefetch=_agency_invitations_prefetch,
    )
)
