"""Unsubscribe links are bound to the e-mail choices they were sent under, and expire."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from apps.accounts.services import preferences_update
from apps.reminders.services import reminder_schedule
from apps.reminders.sweep import reminders_sweep
from apps.reminders.unsubscribe import MAX_AGE, unsubscribe_token
from tests.reminders.conftest import TEST_KIND

pytestmark = pytest.mark.django_db


def _url(candidate) -> str:
    return reverse(
        "reminders:unsubscribe", args=[unsubscribe_token(recipient_key=f"user:{candidate.pk}", kind=TEST_KIND)]
    )


def _off_kinds(candidate) -> list[str]:
    candidate.preferences.refresh_from_db()
    return candidate.preferences.email_off_kinds


def test_the_link_in_a_sent_reminder_unsubscribes(candidate):
    reminder_schedule(kind=TEST_KIND, subject=candidate, recipient=candidate, due_at=timezone.now())
    reminders_sweep()
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")

    response = Client().post(link)

    assert response.status_code == 200
    assert _off_kinds(candidate) == [TEST_KIND]


def test_an_old_link_stops_working_once_the_person_switched_the_e_mail_back_on(candidate):
    url = _url(candidate)
    Client().post(url)
    preferences_update(user=candidate, email_off_kinds=[])  # re-subscribed on the settings page

    response = Client().post(url)

    assert response.status_code == 404
    assert _off_kinds(candidate) == []


def test_a_used_link_clicked_again_still_says_unsubscribed(candidate):
    url = _url(candidate)
    Client().post(url)

    response = Client().post(url)

    assert (response.status_code, b"unsubscribed" in response.content) == (200, True)


def test_a_link_older_than_its_lifetime_changes_nothing(candidate, monkeypatch):
    url = _url(candidate)
    later = timezone.now() + MAX_AGE + timedelta(minutes=1)
    monkeypatch.setattr("django.core.signing.time.time", lambda: later.timestamp())

    response = Client().post(url)

    assert response.status_code == 404
    assert _off_kinds(candidate) == []
