"""Celery tasks: thin. They take ids, re-fetch, and are safe to run twice (see importing/jobs.py).
The import job enqueues ``import_job_run`` by its name, so this module imports ``importing`` and
never the other way round."""

from celery import shared_task

from apps.candidates.importing import RUN_TASK, import_job_run, import_jobs_resume


# Acked on receipt: a crashed run is resumed by import_jobs_resume (a stale RUNNING job), and a
# worker holding an unacked task dies when Redis drops (issue 8; see apps/reminders/tasks.py).
@shared_task(name=RUN_TASK, acks_late=False)
def import_job_run_task(job_id: int) -> str:
    job = import_job_run(job_id=job_id)
    return job.status if job else "missing"


@shared_task(name="apps.candidates.tasks.import_jobs_resume", acks_late=False)
def import_jobs_resume_task() -> int:
    """Beat: start imports whose enqueue was lost (broker down) or whose worker died."""
    return import_jobs_resume()
