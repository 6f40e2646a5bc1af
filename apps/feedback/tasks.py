"""Thin task interface for feedback. Acknowledged on receipt like every task of ours (see
apps/reminders/tasks.py): the state lives in rows, and beat sends a fresh one every hour."""

from celery import shared_task

from apps.feedback.services import requests_close_due


@shared_task(name="apps.feedback.tasks.close_unanswered", ignore_result=True, acks_late=False)
def close_unanswered() -> int:
    """Close requests that waited long enough as "no response". Safe to run twice."""
    return requests_close_due()
