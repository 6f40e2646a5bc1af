"""Writes for the candidate's records. Keyword-only, typed; each owns its transaction, validates
with full_clean(), and raises ValidationError or ApplicationError with a message fit to show.

Reminders are armed and cancelled through ``reminder_hooks`` in the same transaction as the
change that makes them due; nothing is enqueued from here.
"""

import secrets
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.candidates import hooks, reminder_hooks
from apps.candidates.models import (
    TRANSITIONS,
    Application,
    ApplicationContact,
    CalendarFeed,
    CandidateProfile,
    Company,
    Contact,
    Interview,
    Stage,
    StageChange,
)
from apps.core.errors import ApplicationError

APPLICATION_FIELDS = {"company", "role_title", "job_url", "source", "notes", "applied_on"}
INTERVIEW_FIELDS = {"starts_at", "duration_minutes", "timezone", "kind", "location"}


# --- Profile ------------------------------------------------------------------------------


@transaction.atomic
def profile_update(*, user, **fields) -> CandidateProfile:
    allowed = {"headline", "target_roles", "location", "timezone"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field does not exist."))
    profile, _ = CandidateProfile.objects.select_for_update().get_or_create(user=user)
    for name, value in fields.items():
        setattr(profile, name, value.strip() if isinstance(value, str) else value)
    profile.full_clean()
    profile.save()
    return profile


# --- Companies ----------------------------------------------------------------------------


def company_for_name(*, owner, name: str) -> Company:
    """The owner's company of that name (any letter case), created if new. Call inside a transaction."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"company": "Name the company."})
    company = Company.objects.filter(owner=owner, name__iexact=name).first()
    if company is None:
        company = Company(owner=owner, name=name[:160])
        company.full_clean()
        company.save()
    return company


@transaction.atomic
def company_create(*, owner, name: str, website: str = "") -> Company:
    name = " ".join(name.split())
    if Company.objects.filter(owner=owner, name__iexact=name).exists():
        raise ValidationError({"name": f"You already have a company called “{name}”."})
    company = Company(owner=owner, name=name, website=website)
    company.full_clean()
    company.save()
    return company


@transaction.atomic
def company_update(*, company: Company, **fields) -> Company:
    allowed = {"name", "website"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field does not exist."))
    if "name" in fields:
        fields["name"] = " ".join(fields["name"].split())
        clash = Company.objects.filter(owner_id=company.owner_id, name__iexact=fields["name"]).exclude(pk=company.pk)
        if clash.exists():
            raise ValidationError({"name": f"You already have a company called “{fields['name']}”."})
    for name, value in fields.items():
        setattr(company, name, value)
    company.full_clean()
    company.save()
    return company


@transaction.atomic
def company_delete(*, company: Company) -> None:
    count = company.applications.count()
    if count:
        raise ApplicationError(
            f"{company.name} still has {count} application(s). Delete or move them first; nothing was deleted.",
            code="company_in_use",
            status=409,
        )
    company.delete()


# --- Contacts -----------------------------------------------------------------------------


def _resolve_company(owner, *, company: Company | None = None, company_name: str | None = None) -> Company | None:
    if company is not None:
        if company.owner_id != owner.pk:
            raise ValidationError({"company": "That company is not one of yours."})
        return company
    if company_name:
        return company_for_name(owner=owner, name=company_name)
    return None


@transaction.atomic
def contact_create(
    *,
    owner,
    name: str,
    email: str = "",
    title: str = "",
    role: str = Contact.Role.INTERVIEWER,
    notes: str = "",
    company: Company | None = None,
    company_name: str = "",
    application: Application | None = None,
) -> Contact:
    contact = Contact(
        owner=owner,
        name=name.strip(),
        email=email.strip().lower(),
        title=title.strip(),
        role=role,
        notes=notes,
        company=_resolve_company(owner, company=company, company_name=company_name),
    )
    contact.full_clean()
    contact.save()
    if application is not None:
        application_contact_link(application=application, contact=contact, role=role)
    return contact


@transaction.atomic
def contact_update(*, contact: Contact, company_name: str | None = None, **fields) -> Contact:
    allowed = {"name", "email", "title", "role", "notes", "company"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field does not exist."))
    if "company" in fields or company_name is not None:
        contact.company = _resolve_company(
            contact.owner, company=fields.pop("company", None), company_name=company_name
        )
    for name, value in fields.items():
        setattr(contact, name, value.strip() if isinstance(value, str) and name != "notes" else value)
    contact.email = contact.email.lower()
    contact.full_clean()
    contact.save()
    return contact


@transaction.atomic
def contact_delete(*, contact: Contact) -> None:
    contact.delete()


@transaction.atomic
def application_contact_link(*, application: Application, contact: Contact, role: str) -> ApplicationContact:
    if contact.owner_id != application.owner_id:
        raise ValidationError({"contact": "That contact is not one of yours."})
    link, _ = ApplicationContact.objects.get_or_create(
        application=application, contact=contact, defaults={"role": role}
    )
    if link.role != role:
        link.role = role
        link.full_clean()
        link.save(update_fields=["role"])
    return link


@transaction.atomic
def application_contact_unlink(*, application: Application, contact: Contact) -> None:
    ApplicationContact.objects.filter(application=application, contact=contact).delete()


# --- Applications -------------------------------------------------------------------------


def _rejected_at(rejected_on: date | None, *, zone, now: datetime) -> datetime:
    """A rejection that arrived today is 'now'; an earlier one is midday of that day, in the person's zone."""
    if rejected_on is None or rejected_on >= timezone.localdate(now, zone):
        return now
    return datetime.combine(rejected_on, time(12, 0), tzinfo=zone)


def _user_zone(user):
    from apps.accounts.selectors import preferences_for

    return preferences_for(user=user).zone


@transaction.atomic
def application_create(
    *,
    owner,
    role_title: str,
    company: Company | None = None,
    company_name: str = "",
    applied_on: date | None = None,
    job_url: str = "",
    source: str = "",
    notes: str = "",
    stage: str = Stage.APPLIED,
    import_key: str = "",
    rejection: dict | None = None,
) -> Application:
    """Add an application. A stage beyond "applied" is recorded as one step of history from
    "applied", through the same rules as any later move."""
    now = timezone.now()
    company = _resolve_company(owner, company=company, company_name=company_name)
    if company is None:
        raise ValidationError({"company": "Name the company."})
    application = Application(
        owner=owner,
        company=company,
        role_title=role_title.strip(),
        job_url=job_url.strip(),
        source=source.strip(),
        notes=notes,
        applied_on=applied_on or timezone.localdate(now),
        stage=Stage.APPLIED,
        furthest_stage=Stage.APPLIED,
        stage_changed_at=now,
        import_key=import_key,
    )
    if applied_on and applied_on > timezone.localdate(now) + timedelta(days=1):
        raise ValidationError({"applied_on": "The application date is in the future. Check the year."})
    application.full_clean()
    application.save()
    StageChange.objects.create(application=application, from_stage="", to_stage=Stage.APPLIED, changed_at=now)
    if stage == Stage.HIRED:  # hired is reached through an offer
        application = application_stage_change(application=application, to_stage=Stage.OFFER)
    if stage != Stage.APPLIED:
        application = application_stage_change(application=application, to_stage=stage, **(rejection or {}))
    return application


@transaction.atomic
def application_update(*, application: Application, company_name: str | None = None, **fields) -> Application:
    """Change the facts of an application. The stage moves only through application_stage_change."""
    unknown = set(fields) - APPLICATION_FIELDS
    if "stage" in unknown:
        raise ValidationError({"stage": "Change the stage with the stage action, so the history stays right."})
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field does not exist."))
    if company_name is not None or "company" in fields:
        company = _resolve_company(application.owner, company=fields.pop("company", None), company_name=company_name)
        if company is None:
            raise ValidationError({"company": "Name the company."})
        application.company = company
    for name, value in fields.items():
        setattr(application, name, value.strip() if isinstance(value, str) and name != "notes" else value)
    application.full_clean()
    application.save()
    return application


@transaction.atomic
def application_delete(*, application: Application) -> None:
    reminder_hooks.ask_feedback_cancel(application=application)
    for interview in application.interviews.all():
        reminder_hooks.interview_debrief_cancel(interview=interview)
    company = application.company
    application.delete()
    # A company that only existed for this application goes with it.
    if not company.applications.exists() and not company.contacts.exists():
        company.delete()


@transaction.atomic
def application_stage_change(
    *,
    application: Application,
    to_stage: str,
    note: str = "",
    rejected_on: date | None = None,
    rejection_via: str = "",
    rejection_reason: str = "",
    rejection_stage_reached: str = "",
) -> Application:
    """Move an application to another stage: validate the move, record it in the history, keep the
    rejection details with a rejection, and arm or cancel the "ask for feedback" reminder."""
    application = Application.objects.select_for_update().select_related("company").get(pk=application.pk)
    current = application.stage
    if to_stage not in Stage.values:
        raise ApplicationError(
            f"“{to_stage}” is not a stage. Use one of: {', '.join(Stage.values)}.",
            code="unknown_stage",
        )
    if to_stage == current:
        raise ApplicationError(
            f"This application is already at “{Stage(current).label}”. Nothing was changed.",
            code="impossible_stage_change",
            status=409,
        )
    if to_stage not in TRANSITIONS[current]:
        allowed = ", ".join(Stage(stage).label for stage in TRANSITIONS[current]) or "none — it is final"
        raise ApplicationError(
            f"An application can't move from “{Stage(current).label}” to “{Stage(to_stage).label}”. "
            f"From here it can go to: {allowed}. Nothing was changed.",
            code="impossible_stage_change",
            status=409,
            extra={"allowed": list(TRANSITIONS[current])},
        )

    now = timezone.now()
    if to_stage in Stage.PROGRESS and Stage.PROGRESS[to_stage] > Stage.PROGRESS[application.furthest_stage]:
        application.furthest_stage = to_stage
    if to_stage == Stage.HIRED:
        application.furthest_stage = Stage.HIRED

    if to_stage == Stage.REJECTED:
        reached = rejection_stage_reached or (
            application.furthest_stage if application.furthest_stage != Stage.HIRED else Stage.OFFER
        )
        application.rejected_at = _rejected_at(rejected_on, zone=_user_zone(application.owner), now=now)
        application.rejection_via = rejection_via
        application.rejection_stage_reached = reached
        application.rejection_reason = rejection_reason.strip()
    else:
        # The history keeps the earlier rejection; the live fields describe only the current one.
        application.rejected_at = None
        application.rejection_via = ""
        application.rejection_stage_reached = ""
        application.rejection_reason = ""

    application.stage = to_stage
    application.stage_changed_at = now
    application.full_clean()
    application.save()
    StageChange.objects.create(
        application=application, from_stage=current, to_stage=to_stage, changed_at=now, note=note.strip()[:300]
    )

    if to_stage == Stage.REJECTED:
        if application.had_human_contact:
            reminder_hooks.ask_feedback_schedule(application=application)
    elif current == Stage.REJECTED:
        reminder_hooks.ask_feedback_cancel(application=application)
    for listener in hooks.stage_changed:
        listener(application=application, from_stage=current, to_stage=to_stage)
    return application


# --- Interviews ---------------------------------------------------------------------------


def _check_interviewers(application: Application, interviewers) -> list[Contact]:
    interviewers = list(interviewers or [])
    for contact in interviewers:
        if contact.owner_id != application.owner_id:
            raise ValidationError({"interviewers": "Pick interviewers from your own contacts."})
    return interviewers


@transaction.atomic
def interview_create(
    *,
    application: Application,
    starts_at: datetime,
    timezone_name: str,
    duration_minutes: int = 45,
    kind: str = Interview.Kind.VIDEO,
    location: str = "",
    interviewers=None,
    journal: dict | None = None,
) -> Interview:
    """Log an interview. Logging one on an application still at "applied"/"screening" moves it on."""
    if timezone.is_naive(starts_at):
        raise ValidationError({"starts_at": "Give the time with its time zone."})
    interview = Interview(
        application=application,
        starts_at=starts_at,
        timezone=timezone_name,
        duration_minutes=duration_minutes,
        kind=kind,
        location=location.strip(),
    )
    for name, value in (journal or {}).items():
        if name not in Interview.JOURNAL_FIELDS:
            raise ValidationError({name: "This field does not exist."})
        setattr(interview, name, value.strip())
    if not interview.journal_is_empty:
        interview.journal_written_at = timezone.now()
    interview.full_clean()
    interview.save()
    contacts = _check_interviewers(application, interviewers)
    if contacts:
        interview.interviewers.set(contacts)
        for contact in contacts:
            ApplicationContact.objects.get_or_create(
                application=application, contact=contact, defaults={"role": Contact.Role.INTERVIEWER}
            )

    target = Stage.SCREENING if kind == Interview.Kind.PHONE_SCREEN else Stage.INTERVIEWING
    if application.stage in (Stage.APPLIED, Stage.SCREENING) and target in TRANSITIONS[application.stage]:
        application_stage_change(application=application, to_stage=target, note="Interview logged")

    if interview.journal_is_empty:
        reminder_hooks.interview_debrief_schedule(interview=interview)
    return interview


@transaction.atomic
def interview_update(*, interview: Interview, interviewers=None, **fields) -> Interview:
    if "timezone_name" in fields:
        fields["timezone"] = fields.pop("timezone_name")
    unknown = set(fields) - INTERVIEW_FIELDS
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field does not exist."))
    if "starts_at" in fields and timezone.is_naive(fields["starts_at"]):
        raise ValidationError({"starts_at": "Give the time with its time zone."})
    moved = any(
        name in fields and fields[name] != getattr(interview, name) for name in ("starts_at", "duration_minutes")
    )
    for name, value in fields.items():
        setattr(interview, name, value.strip() if isinstance(value, str) else value)
    interview.full_clean()
    interview.save()
    if interviewers is not None:
        interview.interviewers.set(_check_interviewers(interview.application, interviewers))
    if moved and interview.journal_is_empty:
        reminder_hooks.interview_debrief_schedule(interview=interview)
    return interview


@transaction.atomic
def interview_journal_update(*, interview: Interview, **journal) -> Interview:
    """Write the debrief journal. Once anything is written the debrief reminder stops."""
    unknown = set(journal) - set(Interview.JOURNAL_FIELDS)
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field does not exist."))
    for name, value in journal.items():
        setattr(interview, name, (value or "").strip())
    if interview.journal_is_empty:
        interview.journal_written_at = None
    elif interview.journal_written_at is None:
        interview.journal_written_at = timezone.now()
    interview.full_clean()
    interview.save()
    if not interview.journal_is_empty:
        reminder_hooks.interview_debrief_cancel(interview=interview)
    return interview


@transaction.atomic
def interview_delete(*, interview: Interview) -> None:
    reminder_hooks.interview_debrief_cancel(interview=interview)
    interview.delete()


# --- Calendar feed ------------------------------------------------------------------------


@transaction.atomic
def calendar_feed_rotate(*, user) -> str:
    """Make a new secret feed address (ending any old one) and return its token — the only time
    it is known in clear; the database keeps its SHA-256."""
    from apps.candidates.selectors import calendar_token_hash

    token = secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(
        user=user, defaults={"token_hash": calendar_token_hash(token), "last_used_at": None}
    )
    return token


@transaction.atomic
def calendar_feed_revoke(*, user) -> bool:
    deleted, _ = CalendarFeed.objects.filter(user=user).delete()
    return bool(deleted)


def calendar_feed_touch(*, feed: CalendarFeed) -> None:
    """Note when a calendar app last fetched the feed (at most once an hour: no write per poll)."""
    now = timezone.now()
    if feed.last_used_at is None or now - feed.last_used_at > timedelta(hours=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
