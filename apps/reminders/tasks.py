"""Thin task interface: beat calls these every minute / hour; they take no arguments and are
safe to run twice or concurrently (the sweep claims rows, the planner relies on the unique key)."""

import logging

from celery import shared_task

from apps.reminders.digest import digests_plan
from apps.reminders.sweep import reminders_sweep

logger = logging.getLogger("apps.reminders.sweep")


@shared_task(name="apps.reminders.tasks.sweep", ignore_result=True)
def sweep() -> dict:
    result = reminders_sweep()
    logger.info("reminders sweep finished: %s", result.as_dict())
    return result.as_dict()


@shared_task(name="apps.reminders.tasks.plan_digests", ignore_result=True)
def plan_digests() -> int:
    return digests_plan()
