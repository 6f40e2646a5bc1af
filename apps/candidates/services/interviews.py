"""Interviews and their debrief journal."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone as tz

from apps.candidates import reminder_hooks
from apps.candidates.models import TRANSITIONS, Application, ApplicationContact, Contact, Interview, Stage
from apps.candidates.services.applications import application_stage_change
from apps.candidates.services.owned import owned_application, owned_contacts
from apps.core.services import model_update

INTERVIEW_FIELDS = ("starts_at", "duration_minutes", "timezone", "kind", "location")


def _interviewers(
    application: Application, *, contacts: list[Contact] | None, ids: list[int] | None
) -> list[Contact] | None:
    """The interviewers given as authorised contacts or as ids from a body; None if neither was given."""
    if ids is not None:
        return owned_contacts(owner=application.owner, ids=ids)
    if contacts is None:
        return None
    contacts = list(contacts)
    if any(contact.owner_id != application.owner_id for contact in contacts):
        raise ValidationError({"interviewers": "Pick interviewers from your own contacts."})
    return contacts


def _refuse_naive(starts_at: datetime | None) -> None:
    if starts_at is not None and tz.is_naive(starts_at):
        raise ValidationError({"starts_at": "Give the time with its time zone."})


def _write_journal(interview: Interview, journal: dict) -> None:
    unknown = set(journal) - set(Interview.JOURNAL_FIELDS)
    if unknown:
        raise TypeError(f"Interview journal has no {', '.join(sorted(unknown))}.")
    for name, value in journal.items():
        setattr(interview, name, (value or "").strip())
    if interview.journal_is_empty:
        interview.journal_written_at = None
    elif interview.journal_written_at is None:
        interview.journal_written_at = tz.now()


@transaction.atomic
def interview_create(
    *,
    starts_at: datetime,
    timezone: str,
    application: Application | None = None,
    owner=None,
    application_id: int | None = None,
    duration_minutes: int = 45,
    kind: str = Interview.Kind.VIDEO,
    location: str = "",
    interviewers: list[Contact] | None = None,
    interviewer_ids: list[int] | None = None,
    journal: dict | None = None,
) -> Interview:
    """Log an interview on an application (an authorised instance, or ``owner`` + ``application_id``
    from a request body). Logging one on an application still at "applied"/"screening" moves it on."""
    if application is None:
        application = owned_application(owner=owner, pk=application_id)
    _refuse_naive(starts_at)
    interview = Interview(
        application=application,
        starts_at=starts_at,
        timezone=timezone,
        duration_minutes=duration_minutes,
        kind=kind,
        location=location.strip(),
    )
    _write_journal(interview, journal or {})
    interview.full_clean()
    interview.save()
    contacts = _interviewers(application, contacts=interviewers, ids=interviewer_ids)
    if contacts:
        interview.interviewers.set(contacts)
        for contact in contacts:
            ApplicationContact.objects.get_or_create(
                application=application, contact=contact, defaults={"role": Contact.Role.INTERVIEWER}
            )

    target = Stage.SCREENING if kind == Interview.Kind.PHONE_SCREEN else Stage.INTERVIEWING
    if application.stage in (Stage.APPLIED, Stage.SCREENING) and target in TRANSITIONS[application.stage]:
        application_stage_change(
            application=application, to_stage=target, note="Interview logged", happened_at=interview.starts_at
        )

    if interview.journal_is_empty:
        reminder_hooks.interview_debrief_schedule(interview=interview)
    return interview


@transaction.atomic
def interview_update(
    *,
    interview: Interview,
    starts_at: datetime | None = None,
    timezone: str | None = None,
    duration_minutes: int | None = None,
    kind: str | None = None,
    location: str | None = None,
    interviewers: list[Contact] | None = None,
    interviewer_ids: list[int] | None = None,
) -> Interview:
    """Reschedule or correct an interview (None leaves a field as it is). A move re-arms the debrief reminder."""
    _refuse_naive(starts_at)
    given = {
        "starts_at": starts_at,
        "timezone": timezone,
        "duration_minutes": duration_minutes,
        "kind": kind,
        "location": location.strip() if location is not None else None,
    }
    data = {name: value for name, value in given.items() if value is not None}
    moved = any(name in data and data[name] != getattr(interview, name) for name in ("starts_at", "duration_minutes"))
    interview, _ = model_update(instance=interview, fields=INTERVIEW_FIELDS, data=data)
    contacts = _interviewers(interview.application, contacts=interviewers, ids=interviewer_ids)
    if contacts is not None:
        interview.interviewers.set(contacts)
    if moved and interview.journal_is_empty:
        reminder_hooks.interview_debrief_schedule(interview=interview)
    return interview


@transaction.atomic
def interview_journal_update(
    *,
    interview: Interview,
    asked: str | None = None,
    answered: str | None = None,
    went_well: str | None = None,
    do_differently: str | None = None,
    cues: str | None = None,
) -> Interview:
    """Write the debrief journal (None leaves a part as it is). Once anything is written the debrief reminder stops."""
    given = {
        "asked": asked,
        "answered": answered,
        "went_well": went_well,
        "do_differently": do_differently,
        "cues": cues,
    }
    _write_journal(interview, {name: value for name, value in given.items() if value is not None})
    interview.full_clean()
    interview.save()
    if not interview.journal_is_empty:
        reminder_hooks.interview_debrief_cancel(interview=interview)
    return interview


@transaction.atomic
def interview_delete(*, interview: Interview) -> None:
    reminder_hooks.interview_debrief_cancel(interview=interview)
    interview.delete()
