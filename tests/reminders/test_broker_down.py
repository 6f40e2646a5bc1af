"""A web request never waits for the broker: request paths only write rows; the sweep
delivers them later. Here every way of enqueueing a task hangs (as a publish to an
unreachable Redis would) and records the attempt; the pages still answer at once.

The one request path that does publish (starting a CSV import) goes through
``apps.core.tasks.publish``: a bounded wait, and the beat's repair job sends it later."""

import time
from datetime import timedelta

import pytest
from celery import Celery
from celery.app.task import Task
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from apps.candidates.models import ImportJob
from apps.core.tasks import PUBLISH_TIMEOUT, publish
from apps.reminders.models import Reminder
from apps.reminders.sweep import reminders_sweep
from config.celery import app as celery_app
from tests.candidates.factories import ApplicationFactory
from tests.reminders.factories import NotificationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hanging_broker(monkeypatch):
    """Every enqueue hangs for 10 s. Eager mode is off, as with a real broker."""
    attempts = []

    def hang(*args, **kwargs):
        attempts.append((args, kwargs))
        time.sleep(10)

    monkeypatch.setattr(Task, "apply_async", hang)
    monkeypatch.setattr(Task, "delay", hang)
    monkeypatch.setattr(Celery, "send_task", hang)
    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    return attempts


def _timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def test_logging_an_interview_answers_at_once_and_the_debrief_reminder_goes_out_later(
    candidate, candidate_client, hanging_broker
):
    application = ApplicationFactory(owner=candidate)
    starts = (timezone.now() - timedelta(hours=6)).astimezone(candidate.preferences.zone)
    url = reverse("candidates:interview-create", args=[application.pk])
    data = {
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "timezone": candidate.preferences.timezone,
        "duration_minutes": 60,
        "kind": "video",
    }
    response, seconds = _timed(lambda: candidate_client.post(url, data))
    assert response.status_code == 302 and seconds < 2
    assert hanging_broker == [], "a request path tried to enqueue a task"
    reminder = Reminder.objects.get(kind="interview_debrief")
    assert reminder.status == Reminder.Status.PENDING

    # Later, the beat sweep (whenever the broker is back) picks the row up.
    assert reminders_sweep().sent == 1 and len(mail.outbox) == 1


def test_notification_pages_and_api_never_touch_the_broker(candidate, candidate_client, candidate_api, hanging_broker):
    notification = NotificationFactory(recipient=candidate)
    calls = [
        lambda: candidate_client.get(reverse("reminders:notification-list")),
        lambda: candidate_client.get(reverse("reminders:notification-bell")),
        lambda: candidate_client.post(reverse("reminders:notification-read", args=[notification.public_id])),
        lambda: candidate_client.post(reverse("reminders:notification-read-all")),
        lambda: candidate_client.post(reverse("reminders:preferences"), {"email_on": []}),
        lambda: candidate_api.get(reverse("reminders-api:notification-list")),
    ]
    for call in calls:
        response, seconds = _timed(call)
        assert response.status_code in (200, 302) and seconds < 2
    assert hanging_broker == []


def test_starting_a_csv_import_through_the_api_answers_within_the_publish_bound(
    candidate_api, hanging_broker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response, seconds = _timed(
            lambda: candidate_api.post(
                reverse("candidates-api:import-list"),
                {"csv": "Firm,Position\nAcme,Analyst\n", "mapping": {"company": "Firm", "role_title": "Position"}},
                format="json",
            )
        )

    assert response.status_code == 202
    assert seconds < PUBLISH_TIMEOUT + 1, f"the request waited {seconds:.1f} s for the broker"
    assert len(hanging_broker) == 1, "the request tried to publish once, after commit"
    # Still queued: the beat's import_jobs_resume sends it once the broker answers.
    assert ImportJob.objects.get(pk=response.json()["id"]).status == ImportJob.Status.QUEUED


def test_publish_reports_a_broker_that_refuses_at_once_without_raising(monkeypatch):
    from apps.core.tasks import ping

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("nothing listens")

    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    monkeypatch.setattr(Task, "apply_async", refuse)

    assert publish(ping, args=["x"]) is False
