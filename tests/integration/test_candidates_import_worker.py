"""The CSV import runs in a real Celery worker process against PostgreSQL and a private Redis:
the task arrives twice (a redelivery), the job is claimed once, every good row is imported once.

Reuses the worker harness of the reminders reliability test. Locally without PostgreSQL it skips
with a reason; in CI it fails instead."""

import time

import pytest

from apps.candidates.importing import import_job_create
from apps.candidates.models import Application, ImportJob
from tests.factories import CandidateFactory
from tests.integration.test_reminders_reliability import _services, redis_server, stack  # noqa: F401 - fixtures

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

CSV = b"Company,Role,Status\n" + b"".join(f"Company {n},Analyst,applied\n".encode() for n in range(60)) + b"Bad,,\n"


def test_a_real_worker_imports_each_row_once_even_when_the_task_arrives_twice(stack):  # noqa: F811
    candidate = CandidateFactory()
    job = import_job_create(owner=candidate, filename="big.csv", data=CSV)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.QUEUED)
    stack.worker("importer", concurrency=2)
    client = stack.client()
    for _ in range(2):
        client.send_task("apps.candidates.tasks.import_job_run", args=[job.pk])

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status == ImportJob.Status.DONE:
            break
        time.sleep(0.25)
    assert job.status == ImportJob.Status.DONE, stack.logs()
    assert (job.imported_count, job.duplicate_count, len(job.errors)) == (60, 0, 1)
    assert job.errors[0]["row"] == 62
    assert Application.objects.filter(owner=candidate).count() == 60
