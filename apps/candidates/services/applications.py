"""Applications: added, corrected, moved from stage to stage (with their history), deleted."""

from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.accounts.selectors import preferences_for
from apps.candidates import hooks, reminder_hooks
from apps.candidates.models import TRANSITIONS, Application, Stage, StageChange
from apps.candidates.services.companies import company_resolve
from apps.core.errors import ApplicationError
from apps.core.services import model_update

APPLICATION_FIELDS = ("company", "role_title", "job_url", "source", "notes", "applied_on")


def _moment(day: date | None, *, zone, now: datetime) -> datetime:
    """A step taken today is 'now'; an earlier one is midday of that day, in the person's zone."""
    if day is None or day >= timezone.localdate(now, zone):
        return now
    return datetime.combine(day, time(12, 0), tzinfo=zone)


def _refuse_impossible_day(happened_on: date | None, *, application: Application, zone, now: datetime) -> None:
    if happened_on is None:
        return
    if happened_on > timezone.localdate(now, zone):
        raise ValidationError({"happened_on": "That date is in the future. When did it happen?"})
    if happened_on < application.applied_on:
        raise ValidationError(
            {"happened_on": f"That is before you applied ({application.applied_on:%-d %b %Y}). Check the date."}
        )


def _refuse_future(applied_on: date | None, now: datetime) -> None:
    if applied_on and applied_on > timezone.localdate(now) + timedelta(days=1):
        raise ValidationError({"applied_on": "The application date is in the future. Check the year."})


@transaction.atomic
def application_create(
    *,
    owner,
    role_title: str,
    company_id: int | None = None,
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
    zone = preferences_for(user=owner).zone
    company = company_resolve(owner=owner, company_id=company_id, company_name=company_name)
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
    _refuse_future(applied_on, now)
    application.full_clean()
    application.save()
    StageChange.objects.create(
        application=application,
        from_stage="",
        to_stage=Stage.APPLIED,
        changed_at=_moment(application.applied_on, zone=zone, now=now),
        recorded_at=now,
    )
    if stage == Stage.HIRED:  # hired is reached through an offer
        application = application_stage_change(application=application, to_stage=Stage.OFFER)
    if stage != Stage.APPLIED:
        application = application_stage_change(application=application, to_stage=stage, **(rejection or {}))
    return application


@transaction.atomic
def application_update(
    *,
    application: Application,
    company_id: int | None = None,
    company_name: str | None = None,
    role_title: str | None = None,
    applied_on: date | None = None,
    job_url: str | None = None,
    source: str | None = None,
    notes: str | None = None,
) -> Application:
    """Change the facts of an application (None leaves one as it is). The stage moves only through
    application_stage_change, so the history stays right."""
    data: dict[str, object] = {}
    if company_id is not None or company_name is not None:
        company = company_resolve(owner=application.owner, company_id=company_id, company_name=company_name)
        if company is None:
            raise ValidationError({"company": "Name the company."})
        data["company"] = company
    for field, value in (("role_title", role_title), ("job_url", job_url), ("source", source)):
        if value is not None:
            data[field] = value.strip()
    if notes is not None:
        data["notes"] = notes
    moved_applied_on = applied_on is not None and applied_on != application.applied_on
    if applied_on is not None:
        _refuse_future(applied_on, timezone.now())
        data["applied_on"] = applied_on
    application, _ = model_update(instance=application, fields=APPLICATION_FIELDS, data=data)
    if moved_applied_on:
        # The first line of the history is the application itself: it moves with the corrected date.
        now = timezone.now()
        zone = preferences_for(user=application.owner).zone
        application.stage_changes.filter(from_stage="").update(
            changed_at=_moment(application.applied_on, zone=zone, now=now)
        )
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


def _refuse_impossible_move(current: str, to_stage: str) -> None:
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
            extra={"allowed": list(TRANSITIONS[current])},
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


@transaction.atomic
def application_stage_change(
    *,
    application: Application,
    to_stage: str,
    note: str = "",
    happened_on: date | None = None,
    happened_at: datetime | None = None,
    rejected_on: date | None = None,
    rejection_via: str = "",
    rejection_reason: str = "",
    rejection_stage_reached: str = "",
) -> Application:
    """Move an application to another stage: validate the move, record it in the history, keep the
    rejection details with a rejection, and arm or cancel the "ask for feedback" reminder.

    The history line carries the date of the step itself: the day the person gives
    (``happened_on``, not in the future nor before the application), the moment of the event
    that caused it (``happened_at``, e.g. an interview; never later than now), or the day the
    rejection arrived. Without any of them it is now."""
    application = Application.objects.select_for_update().select_related("company").get(pk=application.pk)
    current = application.stage
    _refuse_impossible_move(current, to_stage)

    now = timezone.now()
    zone = preferences_for(user=application.owner).zone
    _refuse_impossible_day(happened_on, application=application, zone=zone, now=now)
    happened = min(happened_at, now) if happened_at is not None else _moment(happened_on, zone=zone, now=now)
    if to_stage in Stage.PROGRESS and Stage.PROGRESS[to_stage] > Stage.PROGRESS[application.furthest_stage]:
        application.furthest_stage = to_stage

    if to_stage == Stage.REJECTED:
        reached = rejection_stage_reached or (
            application.furthest_stage if application.furthest_stage != Stage.HIRED else Stage.OFFER
        )
        application.rejected_at = _moment(rejected_on or happened_on, zone=zone, now=now)
        happened = application.rejected_at
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
    # ``happened`` is within range: bounded by the application's date and today, or taken from
    # an interview or rejection that has been validated already.
    StageChange.objects.create(
        application=application,
        from_stage=current,
        to_stage=to_stage,
        changed_at=happened,
        recorded_at=now,
        note=note.strip()[:300],
    )

    if to_stage == Stage.REJECTED:
        if application.had_human_contact:
            reminder_hooks.ask_feedback_schedule(application=application)
    elif current == Stage.REJECTED:
        reminder_hooks.ask_feedback_cancel(application=application)
    for listener in hooks.stage_changed:
        listener(application=application, from_stage=current, to_stage=to_stage)
    return application
