"""Celery tasks: thin. They take ids, re-fetch, and are safe to run twice (see importing.py)."""

from celery import shared_task

from apps.candidates import importing


@shared_task(name="apps.candidates.tasks.import_job_run", acks_late=True)
def import_job_run_task(job_id: int) -> str:
    job = importing.import_job_run(job_id=job_id)
    return job.status if job else "missing"


@shared_task(name="apps.candidates.tasks.import_jobs_resume")
def import_jobs_resume_task() -> int:
    """Beat: start imports whose enqueue was lost (broker down) or whose worker died."""
    return importing.import_jobs_resume()
