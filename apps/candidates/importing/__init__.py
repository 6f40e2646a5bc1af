"""CSV import of applications from other trackers, in three parts: ``parsing`` (bytes → rows,
no database), ``mapping`` (which column holds what) and ``jobs`` (the import job's life, run by
the Celery task in ``apps.candidates.tasks``)."""

from apps.candidates.importing.jobs import (
    MAX_ERRORS_KEPT,
    PROGRESS_EVERY,
    RUN_TASK,
    STALE_AFTER,
    import_job_create,
    import_job_header,
    import_job_preview,
    import_job_run,
    import_job_start,
    import_job_submit,
    import_jobs_resume,
)
from apps.candidates.importing.mapping import STAGE_LOOKUP, TARGET_NAMES, TARGETS, Target, guess_mapping
from apps.candidates.importing.parsing import MAX_ROWS, MAX_UPLOAD_BYTES, decode_upload, parse_date, read_rows

__all__ = [
    "MAX_ERRORS_KEPT",
    "MAX_ROWS",
    "MAX_UPLOAD_BYTES",
    "PROGRESS_EVERY",
    "RUN_TASK",
    "STAGE_LOOKUP",
    "STALE_AFTER",
    "TARGETS",
    "TARGET_NAMES",
    "Target",
    "decode_upload",
    "guess_mapping",
    "import_job_create",
    "import_job_header",
    "import_job_preview",
    "import_job_run",
    "import_job_start",
    "import_job_submit",
    "import_jobs_resume",
    "parse_date",
    "read_rows",
]
