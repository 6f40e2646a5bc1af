"""Thin task interface: beat calls these every minute / hour; they take no arguments and are
safe to run twice or concurrently (the sweep claims rows, the planner relies on the unique key).

The sweep is acknowledged when a worker takes it (``acks_late=False``), not when it ends:
its state lives in the rows and beat sends a fresh one every minute, so redelivering a
half-done sweep gains nothing. It also means a worker holds no unacknowledged sweep when
Redis drops mid-sweep, so kombu has nothing to restore (the restore path is where workers
died with ``AttributeError: 'NoneType' object has no attribute 'hostname'``, issue 8).
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
