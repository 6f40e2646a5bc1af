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
