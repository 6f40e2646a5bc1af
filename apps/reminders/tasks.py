"""Thin task interface: beat calls these every minute / hour; they take no arguments and are
safe to run twice or concurrently (the sweep claims rows, the planner relies on the unique key).

Every task here is acknowledged when a worker takes it (``acks_late=False``), not when it
ends: their state lives in rows (claims and leases) and beat sends fresh ones every minute,
so redelivering a half-done task gains nothing. And a worker holding an unacknowledged task
when Redis drops dies for good (issue 8; tests/integration/test_reminders_faults.py reproduces
it every time with acks_late): the consumer, waiting on Redis (BRPOP) for its free pool slot,
gets a connection error; celery 5.7 ``collect()``s the kombu connection, whose first channel
close fails on the BRPOP read and whose transport teardown clears ``transport.client``; the
second close restores the unacked message through a new Redis pool built from
``transport.client.hostname`` → ``AttributeError: 'NoneType' object has no attribute
'hostname'``, which ``ignore_errors`` does not ignore → "Unrecoverable error", exit. With
nothing unacknowledged there is nothing to restore. (Supervision restarts a worker that dies
anyway: runstack for ``make run``, the restart policy in docker-compose.yml.)
"""

import logging

from celery import shared_task

from apps.core.health import heartbeat_record
from apps.reminders.digest import digests_plan
from apps.reminders.sweep import reminders_sweep

logger = logging.getLogger("apps.reminders.sweep")

SWEEP_HEARTBEAT = "reminders-sweep"


@shared_task(name="apps.reminders.tasks.sweep", ignore_result=True, acks_late=False)
def sweep() -> dict:
    result = reminders_sweep()
    logger.info("reminders sweep finished: %s", result.as_dict())
    # Durable proof of life for /healthz and reminders_status: written only after a sweep finished.
    heartbeat_record(name=SWEEP_HEARTBEAT, detail=result.as_dict())
    return result.as_dict()


@shared_task(name="apps.reminders.tasks.plan_digests", ignore_result=True, acks_late=False)
def plan_digests() -> int:
    return digests_plan()
