"""docker compose supervises every service: a restart policy and a health check each, the
worker's through the broker, beat's through the sweeper's heartbeat row."""

from datetime import timedelta
from io import StringIO

import pytest
import yaml
from django.core.management import CommandError, call_command
from django.utils import timezone

from apps.core.health import heartbeat_record
from config import env

COMPOSE = yaml.safe_load((env.BASE_DIR / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_DEFAULTS = COMPOSE["x-app"]


def _setting(service: str, key: str):
    return SERVICES[service].get(key, APP_DEFAULTS.get(key) if "build" in SERVICES[service] else None)


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_every_service_has_a_restart_policy(service):
    assert _setting(service, "restart") in ("unless-stopped", "always", "on-failure")


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_every_service_declares_its_health_check(service):
    assert "healthcheck" in SERVICES[service]


def test_the_worker_is_healthy_only_if_it_answers_a_ping_through_the_broker():
    assert "inspect ping" in " ".join(SERVICES["worker"]["healthcheck"]["test"])


def test_a_stopping_worker_has_time_to_finish_its_sweep_before_sigkill():
    assert SERVICES["worker"]["stop_grace_period"] == "60s"  # the sweep's budget is 45 s


def test_beat_is_healthy_only_while_sweeps_finish():
    assert SERVICES["beat"]["healthcheck"]["test"][-4:] == ["heartbeat_check", "reminders-sweep", "--max-age", "180"]


@pytest.mark.django_db
def test_the_heartbeat_check_passes_after_a_recent_sweep():
    heartbeat_record(name="reminders-sweep")
    out = StringIO()

    call_command("heartbeat_check", "reminders-sweep", "--max-age", "180", stdout=out)

    assert "reminders-sweep: last heartbeat" in out.getvalue()


@pytest.mark.django_db
def test_the_heartbeat_check_fails_when_the_last_sweep_is_too_old():
    heartbeat_record(name="reminders-sweep", now=timezone.now() - timedelta(minutes=4))

    with pytest.raises(CommandError, match="allowed 180 s"):
        call_command("heartbeat_check", "reminders-sweep", "--max-age", "180")


@pytest.mark.django_db
def test_the_heartbeat_check_fails_before_any_sweep():
    with pytest.raises(CommandError, match="no heartbeat yet"):
        call_command("heartbeat_check", "reminders-sweep")
