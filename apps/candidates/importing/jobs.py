"""Import jobs: created from an upload, started with a checked mapping, run by a Celery task.

1. ``import_job_create`` reads the upload (limits in ``parsing``), finds the header row and guesses
   which column holds what; the job waits in "mapping" for the person to check it on a preview.
2. ``import_job_start`` stores the mapping and enqueues the task after commit.
3. ``import_job_run`` (the Celery task's body) claims the job with a conditional UPDATE, imports
   row by row and writes progress as it goes. Bad rows are listed with their row number and the
   reason; good rows are imported anyway. Each row gets a fingerprint (``import_key``), so
   importing the same file again — or running the task twice — adds nothing twice.

The task is looked up by name in the Celery app (``tasks`` imports this module, never the reverse).
"""

import hashlib
import logging
from datetime import date, timedelta

from celery import current_app
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.candidates.importing.mapping import STAGE_LOOKUP, TARGET_NAMES, guess_mapping, validate_mapping
from apps.candidates.importing.parsing import cell, decode_upload, normalise, parse_date, read_rows
from apps.candidates.models import Application, ImportJob, Stage
from apps.candidates.services import application_create
from apps.core.errors import ApplicationError
from apps.core.tasks import publish

logger = logging.getLogger(__name__)

RUN_TASK = "apps.candidates.tasks.import_job_run"
MAX_ERRORS_KEPT = 200
PROGRESS_EVERY = 20
# A running job whose progress has not moved for this long is taken to have crashed, and is resumed.
STALE_AFTER = timedelta(minutes=5)


@transaction.atomic
def import_job_create(*, owner, filename: str, data: bytes) -> ImportJob:
    """Read an upload and keep it for the mapping screen. Refuses files that cannot be imported at all."""
    text = decode_upload(data)
    header, rows = read_rows(text)
    job = ImportJob(
        owner=owner,
        filename=(filename or "upload.csv")[:255],
        content=text,
        content_sha256=hashlib.sha256(data).hexdigest(),
        mapping=guess_mapping(header),
        total_rows=len(rows),
    )
    job.full_clean()
    job.save()
    return job


def import_job_preview(job: ImportJob, *, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    header, data_rows = read_rows(job.content)
    return header, data_rows[:rows]


def import_job_header(job: ImportJob) -> list[str]:
    return read_rows(job.content)[0]


@transaction.atomic
def import_job_start(*, job: ImportJob, mapping: dict) -> ImportJob:
    """Fix the mapping and queue the import; the task is sent only once this commits."""
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    if job.status != ImportJob.Status.MAPPING:
        raise ApplicationError(
            "This import has already started. Its progress is below.", code="import_started", status=409
        )
    job.mapping = validate_mapping(mapping, import_job_header(job))
    job.status = ImportJob.Status.QUEUED
    job.save(update_fields=["mapping", "status", "updated_at"])
    transaction.on_commit(lambda: _enqueue(job.pk))
    return job


@transaction.atomic
def import_job_submit(*, owner, filename: str, data: bytes, mapping_by_name: dict[str, str]) -> ImportJob:
    """Create and start in one step (the API): the mapping names columns by header; fields left out
    are guessed. A refused mapping leaves nothing behind."""
    job = import_job_create(owner=owner, filename=filename, data=data)
    header = import_job_header(job)
    mapping = dict(job.mapping)
    for target, column in mapping_by_name.items():
        if target not in TARGET_NAMES:
            raise ValidationError({"mapping": f"“{target}” is not a field we import."})
        if column == "":
            mapping[target] = None
        elif column in header:
            mapping[target] = header.index(column)
        else:
            raise ValidationError({"mapping": f"The file has no column “{column}”."})
    try:
        return import_job_start(job=job, mapping=mapping)
    except ValidationError as error:
        raise ValidationError(
            {
                "mapping": [
                    f"{field}: {message}" for field, messages in error.message_dict.items() for message in messages
                ]
            }
        ) from error


def _enqueue(job_id: int) -> None:
    # Bounded wait, never raises: with the broker down the sweep (import_jobs_resume) starts it later.
    publish(current_app.tasks[RUN_TASK], args=[job_id])


def import_jobs_resume() -> int:
    """Re-enqueue jobs that were queued but never started, or whose worker died. For beat."""
    now = timezone.now()
    stuck = ImportJob.objects.filter(status=ImportJob.Status.QUEUED, updated_at__lt=now - timedelta(minutes=1)) | (
        ImportJob.objects.filter(status=ImportJob.Status.RUNNING, updated_at__lt=now - STALE_AFTER)
    )
    ids = list(stuck.values_list("pk", flat=True)[:50])
    for job_id in ids:
        _enqueue(job_id)
    return len(ids)


def _claim(job_id: int) -> bool:
    """Conditional UPDATE: only one worker runs a job; a crashed run is resumed after STALE_AFTER."""
    now = timezone.now()
    fresh = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.RUNNING, started_at=now, updated_at=now
    )
    if fresh:
        return True
    return bool(
        ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.RUNNING, updated_at__lt=now - STALE_AFTER).update(
            updated_at=now
        )
    )


def import_job_run(*, job_id: int) -> ImportJob | None:
    """Import every row of a queued job. Safe to run twice: a second run finds the job claimed or
    done and returns; a resumed run finds rows already imported by their fingerprint."""
    if not _claim(job_id):
        return ImportJob.objects.filter(pk=job_id).first()
    job = ImportJob.objects.select_related("owner").get(pk=job_id)
    try:
        header, rows = read_rows(job.content)
    except ApplicationError as error:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, failure=error.message, finished_at=timezone.now()
        )
        return ImportJob.objects.get(pk=job.pk)

    imported = duplicates = 0
    errors: list[dict] = []
    error_total = 0
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):  # row 1 is the header, as a spreadsheet numbers it
        outcome, detail = _import_row(job, row, seen)
        if outcome == "imported":
            imported += 1
        elif outcome == "duplicate":
            duplicates += 1
        else:
            error_total += 1
            if len(errors) < MAX_ERRORS_KEPT:
                errors.append({"row": number, "reason": detail})
        processed = number - 1
        if processed % PROGRESS_EVERY == 0:
            ImportJob.objects.filter(pk=job.pk).update(
                processed_rows=processed,
                imported_count=imported,
                duplicate_count=duplicates,
                errors=errors,
                updated_at=timezone.now(),
            )
    if error_total > len(errors):
        errors.append({"row": None, "reason": f"…and {error_total - len(errors)} more rows with problems."})
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE,
        processed_rows=len(rows),
        imported_count=imported,
        duplicate_count=duplicates,
        errors=errors,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
    return ImportJob.objects.get(pk=job.pk)


def _fingerprint(owner_id: int, company: str, role: str, applied_on: date | None, job_url: str) -> str:
    basis = "|".join([str(owner_id), normalise(company), normalise(role), str(applied_on or ""), job_url.lower()])
    return hashlib.sha256(basis.encode()).hexdigest()


def _import_row(job: ImportJob, row: list[str], seen: set[str]) -> tuple[str, str]:
    mapping = job.mapping
    role = cell(row, mapping.get("role_title"))
    company = cell(row, mapping.get("company"))
    if not role:
        return "error", "the role is empty"
    if not company:
        return "error", "the company is empty"
    if len(role) > 200:
        return "error", "the role is longer than 200 characters"
    try:
        applied_on = parse_date(cell(row, mapping.get("applied_on")))
        rejected_on = parse_date(cell(row, mapping.get("rejected_on")))
    except ValueError as error:
        return "error", str(error)
    if applied_on and applied_on > timezone.localdate() + timedelta(days=1):
        return "error", f"the date applied ({applied_on:%Y-%m-%d}) is in the future"
    stage_text = normalise(cell(row, mapping.get("stage")))
    stage = STAGE_LOOKUP.get(stage_text, Stage.APPLIED if not stage_text else None)
    if stage is None:
        return "error", f"the stage “{cell(row, mapping.get('stage'))}” is not one we know"
    job_url = cell(row, mapping.get("job_url"))
    if job_url:
        try:
            URLValidator()(job_url)
        except ValidationError:
            return "error", f"the link “{job_url[:60]}” is not a web address"

    key = _fingerprint(job.owner_id, company, role, applied_on, job_url)
    if key in seen:
        return "duplicate", ""
    seen.add(key)
    existing = Application.objects.filter(owner_id=job.owner_id, import_key=key).values_list("notes", flat=True).first()
    if existing is not None:
        return "duplicate", ""
    rejection = None
    if stage == Stage.REJECTED:
        rejection = {"rejected_on": rejected_on, "rejection_reason": cell(row, mapping.get("rejection_reason"))}
    try:
        with transaction.atomic():
            application_create(
                owner=job.owner,
                company_name=company,
                role_title=role,
                applied_on=applied_on,
                job_url=job_url,
                source=cell(row, mapping.get("source"))[:100],
                notes=cell(row, mapping.get("notes")),
                stage=stage,
                import_key=key,
                rejection=rejection,
            )
    except IntegrityError:
        # Another run imported this very row a moment ago: the unique fingerprint held.
        return "duplicate", ""
    except ValidationError as error:
        return "error", "; ".join(error.messages)
    except ApplicationError as error:
        return "error", error.message
    return "imported", ""
