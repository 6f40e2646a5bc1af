"""CSV import of applications from other trackers.

1. ``import_job_create`` reads the upload (limits below), finds the header row and guesses which
   column holds what; the job waits in "mapping" for the person to check it on a preview screen.
2. ``import_job_start`` stores the mapping and enqueues the task after commit.
3. ``import_job_run`` (the Celery task's body) claims the job with a conditional UPDATE, imports
   row by row and writes progress as it goes. Bad rows are listed with their row number and the
   reason; good rows are imported anyway. Each row gets a fingerprint (``import_key``), so
   importing the same file again — or running the task twice — adds nothing twice.
"""

import csv
import hashlib
import io
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.candidates.models import Application, ImportJob, Stage
from apps.candidates.services import application_create
from apps.core.errors import ApplicationError

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # 5 MB: tens of thousands of rows; anything bigger is not a tracker export
MAX_ROWS = 5000
MAX_ERRORS_KEPT = 200
PROGRESS_EVERY = 20
# A running job whose progress has not moved for this long is taken to have crashed, and is resumed.
STALE_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class Target:
    name: str
    label: str
    required: bool
    aliases: tuple[str, ...]


TARGETS = (
    Target("role_title", "Role", True, ("role", "title", "job title", "position", "job", "role title", "job name")),
    Target("company", "Company", True, ("company", "employer", "organisation", "organization", "company name")),
    Target("applied_on", "Date applied", False, ("applied", "date applied", "applied on", "application date", "date")),
    Target("stage", "Stage", False, ("stage", "status", "state")),
    Target("job_url", "Job ad link", False, ("url", "link", "job url", "job link", "posting", "job posting")),
    Target("source", "Source", False, ("source", "found via", "found on", "channel")),
    Target("notes", "Notes", False, ("notes", "note", "comments", "comment")),
    Target(
        "rejected_on",
        "Date rejected",
        False,
        ("rejected", "rejected on", "rejected at", "rejection date", "date rejected"),
    ),
    Target("rejection_reason", "Rejection reason", False, ("reason", "rejection reason", "why rejected", "why")),
)
TARGET_NAMES = {target.name for target in TARGETS}

STAGE_WORDS = {
    Stage.APPLIED: ("applied", "application sent", "submitted", "new", "open", "sent"),
    Stage.SCREENING: ("screening", "screen", "phone screen", "recruiter call", "recruiter screen"),
    Stage.INTERVIEWING: ("interviewing", "interview", "interviews", "onsite", "on site", "technical", "final round"),
    Stage.OFFER: ("offer", "offered", "offer received"),
    Stage.HIRED: ("hired", "accepted", "offer accepted", "signed"),
    Stage.REJECTED: ("rejected", "rejection", "declined", "turned down", "no", "unsuccessful", "closed"),
    Stage.WITHDRAWN: ("withdrawn", "withdrew", "withdraw", "not interested"),
}
STAGE_LOOKUP = {word: stage for stage, words in STAGE_WORDS.items() for word in words}
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
)


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# --- Reading the file ---------------------------------------------------------------------


def decode_upload(data: bytes) -> str:
    if len(data) > MAX_UPLOAD_BYTES:
        raise ApplicationError(
            f"This file is {len(data) / 1024 / 1024:.1f} MB; the limit is {MAX_UPLOAD_BYTES // 1024 // 1024} MB "
            f"(about {MAX_ROWS:,} rows). Split it into smaller files and import them one by one. Nothing was imported.",
            code="file_too_large",
            status=413,
        )
    if b"\x00" in data[:4096]:
        raise ApplicationError(
            "This doesn't look like a CSV file (it has binary content — perhaps a spreadsheet). "
            "Save it as “CSV UTF-8” and upload that. Nothing was imported.",
            code="malformed_csv",
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ApplicationError(
        "We couldn't read the text of this file. Save it as “CSV UTF-8” and upload it again. Nothing was imported.",
        code="malformed_csv",
    )


def read_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """The header and the data rows. Refuses a file with no usable header or no rows."""
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [row for row in csv.reader(io.StringIO(text), dialect, strict=True) if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise ApplicationError(
            f"We couldn't read this CSV ({error}). Check that quotes are balanced, then upload it again. "
            "Nothing was imported.",
            code="malformed_csv",
        ) from error
    if not rows:
        raise ApplicationError("This file is empty. Nothing was imported.", code="malformed_csv")
    header = [cell.strip() for cell in rows[0]]
    if sum(1 for cell in header if cell) < 2:
        raise ApplicationError(
            "The first row should name the columns (for example “Company, Role, Date applied, Status”). "
            "Add a header row and upload again. Nothing was imported.",
            code="malformed_csv",
        )
    data_rows = rows[1:]
    if not data_rows:
        raise ApplicationError("This file has a header but no rows. Nothing was imported.", code="malformed_csv")
    if len(data_rows) > MAX_ROWS:
        raise ApplicationError(
            f"This file has {len(data_rows):,} rows; the limit is {MAX_ROWS:,} per import. "
            "Split it and import the parts one by one. Nothing was imported.",
            code="too_many_rows",
            status=413,
        )
    return header, data_rows


def guess_mapping(header: list[str]) -> dict[str, int | None]:
    """Which column holds what, by the column names other trackers use."""
    normalised = [_normalise(cell) for cell in header]
    mapping: dict[str, int | None] = {}
    taken: set[int] = set()
    for target in TARGETS:
        mapping[target.name] = None
        for alias in target.aliases:
            if alias in normalised and normalised.index(alias) not in taken:
                mapping[target.name] = normalised.index(alias)
                taken.add(mapping[target.name])
                break
    return mapping


def validate_mapping(mapping: dict, header: list[str]) -> dict[str, int | None]:
    clean: dict[str, int | None] = {}
    errors = {}
    for target in TARGETS:
        value = mapping.get(target.name)
        if value in (None, ""):
            clean[target.name] = None
        else:
            try:
                index = int(value)
            except (TypeError, ValueError):
                index = -1
            if not 0 <= index < len(header):
                errors[target.name] = "Pick one of the file's columns."
                continue
            clean[target.name] = index
        if target.required and clean.get(target.name) is None:
            errors[target.name] = f"Pick the column that holds the {target.label.lower()}."
    used = [index for index in clean.values() if index is not None]
    if len(used) != len(set(used)):
        errors["__all__"] = "Each column can fill only one field."
    if errors:
        raise ValidationError(errors)
    return clean


# --- Jobs ---------------------------------------------------------------------------------


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
    from apps.candidates.tasks import import_job_run_task

    try:
        import_job_run_task.delay(job_id)
    except Exception:  # the broker is down: the sweep (import_jobs_resume) starts it later
        logger.exception("Could not enqueue import job %s; the sweep will pick it up", job_id)


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


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    value = row[index].strip()
    # Our own export guards formula-like cells with a leading ' (see exporting._cell).
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value


def parse_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    candidate = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", value) else value
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(candidate, fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
    raise ValueError(f"the date “{value}” is not one we can read (use 2026-03-31 or 31/03/2026)")


def _fingerprint(owner_id: int, company: str, role: str, applied_on: date | None, job_url: str) -> str:
    basis = "|".join([str(owner_id), _normalise(company), _normalise(role), str(applied_on or ""), job_url.lower()])
    return hashlib.sha256(basis.encode()).hexdigest()


def _import_row(job: ImportJob, row: list[str], seen: set[str]) -> tuple[str, str]:
    mapping = job.mapping
    role = _cell(row, mapping.get("role_title"))
    company = _cell(row, mapping.get("company"))
    if not role:
        return "error", "the role is empty"
    if not company:
        return "error", "the company is empty"
    if len(role) > 200:
        return "error", "the role is longer than 200 characters"
    try:
        applied_on = parse_date(_cell(row, mapping.get("applied_on")))
        rejected_on = parse_date(_cell(row, mapping.get("rejected_on")))
    except ValueError as error:
        return "error", str(error)
    if applied_on and applied_on > timezone.localdate() + timedelta(days=1):
        return "error", f"the date applied ({applied_on:%Y-%m-%d}) is in the future"
    stage_text = _normalise(_cell(row, mapping.get("stage")))
    stage = STAGE_LOOKUP.get(stage_text, Stage.APPLIED if not stage_text else None)
    if stage is None:
        return "error", f"the stage “{_cell(row, mapping.get('stage'))}” is not one we know"
    job_url = _cell(row, mapping.get("job_url"))
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
        rejection = {"rejected_on": rejected_on, "rejection_reason": _cell(row, mapping.get("rejection_reason"))}
    try:
        with transaction.atomic():
            application_create(
                owner=job.owner,
                company_name=company,
                role_title=role,
                applied_on=applied_on,
                job_url=job_url,
                source=_cell(row, mapping.get("source"))[:100],
                notes=_cell(row, mapping.get("notes")),
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
