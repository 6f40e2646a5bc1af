"""Operators: manage.py reminders_status and the admin changelist show the same figures."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from apps.reminders.models import Reminder
from apps.reminders.services import reminder_schedule
from tests.factories import CandidateFactory
from tests.reminders.conftest import TEST_KIND

pytestmark = pytest.mark.django_db


@pytest.fixture
def outbox(candidate):
    rows = []
    for minutes, status in [(-30, "pending"), (-5, "pending"), (60, "pending"), (-90, "sent"), (-120, "failed")]:
        person = CandidateFactory()
        row = reminder_schedule(
            kind=TEST_KIND, subject=person, recipient=person, due_at=timezone.now() + timedelta(minutes=minutes)
        )
        Reminder.objects.filter(pk=row.pk).update(
            status=status, last_error="SMTP 550 no such user" if status == "failed" else ""
        )
        rows.append(row)
    return rows


def test_the_status_command_counts_by_status_and_names_the_oldest_due_and_failures(outbox):
    out = StringIO()
    call_command("reminders_status", stdout=out)
    text = out.getvalue()
    assert "pending           3" in text and "sent              1" in text and "failed            1" in text
    assert "Due now: 2" in text and "SMTP 550 no such user" in text


def test_the_status_command_speaks_json(outbox):
    out = StringIO()
    call_command("reminders_status", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["counts"]["pending"] == 3 and data["due_now"] == 2 and 1790 < data["lag_seconds"] < 1900


def test_the_admin_changelist_shows_the_same_summary_and_requeues_failures(outbox, staff):
    from django.test import Client

    client = Client()
    client.force_login(staff)
    url = reverse("admin:reminders_reminder_changelist")
    response = client.get(url)
    assert response.status_code == 200
    assert b"Outbox now" in response.content and b"Due now: <strong>2</strong>" in response.content
    assert b"SMTP 550 no such user" in response.content
    assert client.get(url, {"status__exact": "failed"}).status_code == 200

    failed = outbox[-1]
    client.post(url, {"action": "requeue", "_selected_action": [failed.pk]})
    failed.refresh_from_db()
    assert failed.status == Reminder.Status.PENDING and failed.attempts == 0


@pytest.fixture
def dead_sweeper(candidate):
    """Rows claimed ten minutes ago by a sweeper that died; no sweep has run since."""
    rows = []
    for handed_over in (False, False, True):
        person = CandidateFactory()
        row = reminder_schedule(kind=TEST_KIND, subject=person, recipient=person, due_at=timezone.now())
        Reminder.objects.filter(pk=row.pk).update(
            status=Reminder.Status.SENDING,
            claimed_at=timezone.now() - timedelta(minutes=10),
            handoff_at=timezone.now() - timedelta(minutes=10) if handed_over else None,
        )
        rows.append(row)
    return rows


def test_the_status_command_counts_rows_stuck_in_sending_past_their_lease(dead_sweeper):
    out = StringIO()
    call_command("reminders_status", stdout=out)

    assert "Stuck in sending past their lease: 3 (1 after handing over)" in out.getvalue()


def test_the_status_command_never_says_the_sweep_keeps_up_when_no_sweep_ran(dead_sweeper):
    out = StringIO()
    call_command("reminders_status", stdout=out)

    assert "keeping up" not in out.getvalue()
    assert "No sweep has ever finished" in out.getvalue()


def test_the_status_command_says_the_sweep_keeps_up_after_a_recent_sweep():
    from apps.core.health import heartbeat_record
    from apps.reminders.tasks import SWEEP_HEARTBEAT

    heartbeat_record(name=SWEEP_HEARTBEAT)
    out = StringIO()
    call_command("reminders_status", stdout=out)

    assert "Due now: 0 (the sweep is keeping up)" in out.getvalue()


def test_the_admin_changelist_counts_rows_stuck_past_their_lease(dead_sweeper, staff):
    from django.test import Client

    client = Client()
    client.force_login(staff)
    response = client.get(reverse("admin:reminders_reminder_changelist"))

    assert b"Stuck in sending past their lease: <strong>3</strong>" in response.content
