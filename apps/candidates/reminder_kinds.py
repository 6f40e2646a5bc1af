"""Reminder kinds about the candidate's own records, registered with the reminder engine.

Written by the reminders side of the contract (see apps/candidates/reminder_hooks.py for
where they are armed and cancelled). Each kind answers at send time whether it is still
wanted — the candidate may have done the thing already — and how it reads.
"""

from datetime import datetime

from django.urls import reverse

from apps.candidates.models import Application, Interview, Stage
from apps.candidates.reminder_hooks import ASK_FEEDBACK, ASK_FEEDBACK_DELAY, DEBRIEF_DELAY, INTERVIEW_DEBRIEF
from apps.reminders.digest import DigestSection, digest_section_register
from apps.reminders.kinds import ReminderKind, Rendered, register, subjects_prefetch
from apps.reminders.models import Reminder


def _local(moment: datetime, reminder: Reminder) -> datetime:
    preferences = getattr(reminder.recipient, "preferences", None)
    return moment.astimezone(preferences.zone) if preferences is not None else moment


# --- Interview debrief --------------------------------------------------------------------


def _interviews_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, Interview.objects.select_related("application__company"))


def _debrief_wanted(reminder: Reminder) -> bool:
    interview = reminder.subject
    return (
        interview is not None and interview.application.owner_id == reminder.recipient_id and interview.journal_is_empty
    )


def _debrief_render(reminder: Reminder) -> Rendered:
    interview = reminder.subject
    application = interview.application
    company = application.company.name
    return Rendered(
        email="reminders/interview-debrief",
        context={
            "interview": interview,
            "application": application,
            "company": company,
            "starts_at_local": _local(interview.starts_at, reminder),
        },
        text=f"Write your debrief of the {application.role_title} interview at {company} while it is fresh.",
        link=reverse("candidates:interview-debrief", args=[interview.pk]),
    )


register(
    ReminderKind(
        name=INTERVIEW_DEBRIEF,
        label="Interview debrief",
        description="A few hours after an interview, if you haven't written down how it went.",
        audience="candidate",
        render=_debrief_render,
        is_wanted=_debrief_wanted,
        default_delay=DEBRIEF_DELAY,
        prefetch=_interviews_prefetch,
    )
)


# --- Ask for feedback ---------------------------------------------------------------------


def _applications_prefetch(rows: list[Reminder]) -> None:
    subjects_prefetch(rows, Application.objects.select_related("company"))


def _ask_wanted(reminder: Reminder) -> bool:
    application = reminder.subject
    # Still rejected, still hers, and someone there actually met her: an automated
    # rejection before any contact has nobody to ask.
    return (
        application is not None
        and application.owner_id == reminder.recipient_id
        and application.stage == Stage.REJECTED
        and application.had_human_contact
    )


def _ask_render(reminder: Reminder) -> Rendered:
    application = reminder.subject
    company = application.company.name
    return Rendered(
        email="reminders/ask-feedback",
        context={"application": application, "company": company, "summary": application.rejection_summary},
        text=f"Ask {company} what would have made your application for {application.role_title} stronger.",
        link=reverse("feedback:request-create") + f"?application={application.pk}",
    )


register(
    ReminderKind(
        name=ASK_FEEDBACK,
        label="Ask for feedback",
        description="A day after a rejection that followed a screen or an interview.",
        audience="candidate",
        render=_ask_render,
        is_wanted=_ask_wanted,
        default_delay=ASK_FEEDBACK_DELAY,
        prefetch=_applications_prefetch,
    )
)


# --- The candidate's part of the weekly digest ---------------------------------------------


def _digest_section(user, since: datetime, until: datetime) -> DigestSection | None:
    """Last week's applications, interviews and rejections, and debriefs still to write. 4 queries."""
    if not user.is_candidate:
        return None
    applications = Application.objects.filter(owner=user)
    applied = applications.filter(created_at__gte=since, created_at__lt=until).count()
    rejected = applications.filter(rejected_at__gte=since, rejected_at__lt=until).count()
    interviews = Interview.objects.filter(application__owner=user)
    held = interviews.filter(starts_at__gte=since, starts_at__lt=until).count()
    undone = interviews.journal_empty().filter(starts_at__lt=until).count()
    lines = []
    if applied:
        lines.append(f"{applied} new application{'s' if applied != 1 else ''} — well done.")
    if held:
        lines.append(f"{held} interview{'s' if held != 1 else ''}.")
    if rejected:
        lines.append(
            f"{rejected} rejection{'s' if rejected != 1 else ''}: each one is a chance to ask what would have helped."
        )
    if undone:
        lines.append(f"{undone} interview debrief{'s' if undone != 1 else ''} still to write.")
    if not lines:
        return None
    return DigestSection(title="Your search", lines=lines, link=reverse("candidates:dashboard"))


digest_section_register("candidates", _digest_section)
