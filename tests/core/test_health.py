"""/healthz: the database answers, the broker accepts a connection, and the sweeper (every
declared periodic job) finished recently — kept in a database row, not the cache."""

import time
from datetime import datetime, timedelta

import pytest
from celery import Celery
from django.db.utils import OperationalError
from django.urls import reverse
from django.utils import timezone

from apps.core import health
from apps.core.health import heartbeat_record
from apps.core.models import Heartbeat
from apps.core.tasks import heartbeat
from apps.reminders.tasks import SWEEP_HEARTBEAT, sweep

pytestmark = pytest.mark.django_db


@pytest.fixture
def swept():
    """A sweep finished just now."""
    heartbeat_record(name=SWEEP_HEARTBEAT)


DEAD_BROKER = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def test_it_reports_healthy_with_database_and_broker_ok_and_a_recent_sweep(client, swept):
    response = client.get(reverse("core:healthz"))

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True, "detail": health.connection.vendor}
    assert body["broker"]["ok"] is True
    assert "no-cache" in response["Cache-Control"], "a probe must never see a cached answer"


def test_it_answers_503_quickly_with_a_readable_reason_when_the_broker_is_unreachable(client, monkeypatch, swept):
    monkeypatch.setattr(health, "celery_app", Celery("dead", set_as_current=False, broker=DEAD_BROKER))

    started = time.monotonic()
    response = client.get(reverse("core:healthz"))
    elapsed = time.monotonic() - started

    assert elapsed < 5, f"healthz took {elapsed:.1f}s with the broker down"
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["database"]["ok"] is True
    assert body["broker"]["ok"] is False
    assert body["broker"]["detail"].startswith("unreachable (")
    # /healthz is public: no host names, users or raw driver messages.
    assert "127.0.0.1" not in body["broker"]["detail"]


def test_it_answers_503_when_the_database_is_down(client, monkeypatch, swept):
    class BrokenConnection:
        vendor = "postgresql"

        def cursor(self):
            raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(health, "connection", BrokenConnection())

    response = client.get(reverse("core:healthz"))

    assert response.status_code == 503
    assert response.json()["database"] == {
        "ok": False,
        "detail": "unreachable (OperationalError)",
    }


def test_it_reports_no_heartbeat_before_the_worker_ran(client):
    assert client.get(reverse("core:healthz")).json()["last_heartbeat"] is None


def test_it_reports_the_time_of_the_last_heartbeat(client):
    heartbeat.delay()  # eager in tests: a worker would run exactly this

    reported = client.get(reverse("core:healthz")).json()["last_heartbeat"]

    assert reported is not None
    assert timezone.now() - datetime.fromisoformat(reported) < timedelta(seconds=30)


def test_it_reports_the_newest_heartbeat(client, monkeypatch):
    heartbeat()
    first = client.get(reverse("core:healthz")).json()["last_heartbeat"]
    later = timezone.now() + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    heartbeat()

    assert client.get(reverse("core:healthz")).json()["last_heartbeat"] == later.isoformat() != first


def test_it_answers_only_safe_methods(client):
    assert client.post(reverse("core:healthz")).status_code == 405


def test_it_schedules_the_heartbeat_every_minute_under_its_registered_name(settings):
    from config.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["core-heartbeat"]

    assert entry["task"] == heartbeat.name
    assert heartbeat.name in app.tasks
    assert entry["schedule"].minute == set(range(60))


def test_it_answers_503_naming_the_sweeper_when_no_sweep_ever_finished(client):
    response = client.get(reverse("core:healthz"))

    assert response.status_code == 503
    assert response.json()["failing"] == ["sweeper"]
    assert response.json()["jobs"]["sweeper"]["last"] is None


def test_it_answers_503_naming_the_sweeper_when_the_last_sweep_is_older_than_three_minutes(client):
    heartbeat_record(name=SWEEP_HEARTBEAT, now=timezone.now() - timedelta(minutes=3, seconds=5))

    response = client.get(reverse("core:healthz"))

    assert response.status_code == 503
    assert response.json()["failing"] == ["sweeper"]


def test_a_sweep_two_minutes_ago_is_recent_enough(client):
    heartbeat_record(name=SWEEP_HEARTBEAT, now=timezone.now() - timedelta(minutes=2))

    assert client.get(reverse("core:healthz")).status_code == 200


def test_a_finished_sweep_task_writes_the_sweepers_heartbeat_row(client):
    sweep.delay()  # eager in tests: a worker would run exactly this

    assert Heartbeat.objects.filter(name=SWEEP_HEARTBEAT).exists()


def test_the_heartbeat_survives_a_cache_flush(client, swept):
    from django.core.cache import cache

    cache.clear()

    assert client.get(reverse("core:healthz")).status_code == 200


def test_it_reuses_one_broker_connection_across_probes(client, monkeypatch, swept):
    opened = []
    real = health.celery_app.connection_for_write

    def counting():
        opened.append(1)
        return real()

    monkeypatch.setattr(health.celery_app, "connection_for_write", counting)
    health._broker_drop()

    for _ in range(3):
        assert client.get(reverse("core:healthz")).status_code == 200

    assert len(opened) == 1
