"""The sweep: claim, deliver outside the lock, mark sent; retries, leases, quiet hours."""

import smtplib
from datetime import time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from apps.reminders import sweep as sweep_module
from apps.reminders.models import EmailSuppression, Notification, Reminder
from apps.reminders.services import reminder_schedule
from apps.reminders.sweep import TransientMailError, batch_claim, reminders_sweep
from tests.factories import CandidateFactory
from tests.reminders.conftest import TEST_KIND, TEST_MAIL_KIND

pytestmark = pytest.mark.django_db

Status = Reminder.Status


def _due(recipient, *, kind=TEST_KIND, minutes_ago=1, **extra):
    return reminder_schedule(
        kind=kind,
        subject=recipient,
        recipient=recipient,
        due_at=timezone.now() - timedelta(minutes=minutes_ago),
        **extra,
    )


class FailingConnection:
    """A mail connection that raises ``error`` on send (and counts what it was given)."""

    def __init__(self, error=None, open_error=None):
        self.error, self.open_error, self.sent = error, open_error, []

    def open(self):
        if self.open_error:
            raise self.open_error

    def close(self):
        pass

    def send_messages(self, messages):
        if self.error:
            raise self.error
        self.sent.extend(messages)
        return len(messages)


def test_it_sends_a_due_reminder_once_by_e_mail_and_in_the_app(candidate):
    reminder = _due(candidate)
    result = reminders_sweep()
    again = reminders_sweep()

    assert (result.sent, again.claimed) == (1, 0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [candidate.email]
    assert message.subject == "A gentle nudge"
    assert "Time to write it down while it is fresh." in message.body
    html = message.alternatives[0].content
    assert "Time to write it down while it is fresh." in html and "<a href=" in html
    reminder.refresh_from_db()
    assert reminder.status == Status.SENT and reminder.sent_at and reminder.attempts == 1
    assert message.extra_headers["Message-ID"] == reminder.message_id
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/notifications/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "unsubscribe" in message.body.lower() and "unsubscribe" in html.lower()
    notification = Notification.objects.get(reminder=reminder)
    assert (notification.recipient, notification.text, notification.link) == (
        candidate,
        "Time to write it down while it is fresh.",
        "/home/",
    )


def test_a_reminder_not_yet_due_waits(candidate):
    reminder = reminder_schedule(
        kind=TEST_KIND, subject=candidate, recipient=candidate, due_at=timezone.now() + timedelta(minutes=5)
    )
    assert reminders_sweep().claimed == 0
    reminder.refresh_from_db()
    assert reminder.status == Status.PENDING and not mail.outbox


def test_the_action_done_before_the_send_cancels_it(candidate):
    reminder = _due(candidate, payload={"wanted": False})
    result = reminders_sweep()
    reminder.refresh_from_db()
    assert result.cancelled == 1 and reminder.status == Status.CANCELLED
    assert not mail.outbox and not Notification.objects.exists()


def test_a_kind_switched_off_for_e_mail_still_arrives_in_the_app(candidate):
    candidate.preferences.email_off_kinds = [TEST_KIND]
    candidate.preferences.save()
    reminder = _due(candidate)
    result = reminders_sweep()
    reminder.refresh_from_db()
    assert result.email_skipped == 1 and not mail.outbox
    assert reminder.status == Status.SENT and reminder.email_skipped
    assert Notification.objects.filter(reminder=reminder).count() == 1


def test_a_reminder_due_in_quiet_hours_waits_until_they_end_in_the_recipients_zone(candidate):
    preferences = candidate.preferences
    preferences.timezone = "Europe/Berlin"
    local_now = timezone.now().astimezone(preferences.zone)
    # Quiet hours that started an hour ago (they run across midnight unless that is before 06:30).
    preferences.quiet_hours_start = (local_now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    preferences.quiet_hours_end = time(6, 30) if preferences.quiet_hours_start > time(6, 30) else time(23, 59)
    preferences.save()
    reminder = _due(candidate)

    result = reminders_sweep()
    reminder.refresh_from_db()
    assert result.deferred == 1 and not mail.outbox
    assert reminder.status == Status.PENDING and reminder.attempts == 0
    local_due = reminder.due_at.astimezone(preferences.zone)
    assert local_due.time() == preferences.quiet_hours_end
    assert local_due > local_now


def test_a_transient_mail_error_retries_with_backoff_then_fails_visibly(candidate, settings):
    settings.REMINDER_RETRY_DELAYS = [60, 300]
    reminder = _due(candidate)
    connection = FailingConnection(error=smtplib.SMTPResponseException(421, b"try later"))

    first = reminders_sweep(connection=connection)
    reminder.refresh_from_db()
    assert first.retried == 1 and reminder.status == Status.PENDING and reminder.attempts == 1
    assert "421" in reminder.last_error and reminder.handoff_at is None
    assert timedelta(seconds=55) < reminder.due_at - timezone.now() <= timedelta(seconds=60)

    for expected_attempts in (2, 3):
        Reminder.objects.filter(pk=reminder.pk).update(due_at=timezone.now())
        reminders_sweep(connection=connection)
        reminder.refresh_from_db()
        assert reminder.attempts == expected_attempts
    assert reminder.status == Status.FAILED
    assert "Gave up after 3 attempts" in reminder.last_error
    # The in-app notification was written once, on the first handoff.
    assert Notification.objects.filter(reminder=reminder).count() == 1


def test_a_transient_error_then_success_sends_exactly_one_e_mail(candidate):
    reminder = _due(candidate)
    reminders_sweep(connection=FailingConnection(error=TransientMailError("greylisted")))
    Reminder.objects.filter(pk=reminder.pk).update(due_at=timezone.now())
    reminders_sweep()
    reminder.refresh_from_db()
    assert reminder.status == Status.SENT and reminder.attempts == 2 and len(mail.outbox) == 1


def test_a_permanent_refusal_fails_at_once(candidate):
    reminder = _due(candidate)
    reminders_sweep(connection=FailingConnection(error=smtplib.SMTPResponseException(550, b"no such user")))
    reminder.refresh_from_db()
    assert reminder.status == Status.FAILED and "550" in reminder.last_error


def test_an_error_during_the_handoff_is_never_retried_automatically(candidate):
    reminder = _due(candidate)
    reminders_sweep(connection=FailingConnection(error=smtplib.SMTPServerDisconnected("connection dropped")))
    reminder.refresh_from_db()
    assert reminder.status == Status.FAILED and reminder.last_error.startswith("Outcome unknown")
    assert reminders_sweep().claimed == 0


def test_a_mail_server_that_cannot_be_reached_leaves_the_whole_batch_waiting(candidate, other_candidate):
    rows = [_due(candidate), _due(other_candidate)]
    result = reminders_sweep(connection=FailingConnection(open_error=ConnectionRefusedError("refused")))
    assert result.retried == 2
    for row in rows:
        row.refresh_from_db()
        assert row.status == Status.PENDING and row.handoff_at is None and "refused" in row.last_error
    assert not Notification.objects.exists()


def test_a_row_claimed_by_a_sweeper_that_died_before_sending_goes_out_later(candidate, settings):
    reminder = _due(candidate)
    batch_claim(size=10)  # the sweeper dies here, holding the lease
    assert reminders_sweep().claimed == 0  # the lease still holds
    Reminder.objects.filter(pk=reminder.pk).update(claimed_at=timezone.now() - timedelta(seconds=301))

    result = reminders_sweep()
    reminder.refresh_from_db()
    assert result.recovered == 1 and result.sent == 1
    assert reminder.status == Status.SENT and len(mail.outbox) == 1


def test_a_row_whose_sweeper_died_during_the_handoff_is_never_sent_twice(candidate):
    reminder = _due(candidate)
    token, _ = batch_claim(size=10)
    # The sweeper wrote its marker, handed the e-mail over, and died before marking it sent.
    Reminder.objects.filter(pk=reminder.pk).update(
        handoff_at=timezone.now(), claimed_at=timezone.now() - timedelta(minutes=6)
    )
    result = reminders_sweep()
    reminder.refresh_from_db()
    assert result.failed_unknown == 1 and result.claimed == 0
    assert reminder.status == Status.FAILED and "Outcome unknown" in reminder.last_error
    assert not mail.outbox


def test_a_slow_sweeper_that_lost_its_lease_sends_nothing(candidate):
    reminder = _due(candidate)
    token, rows = batch_claim(size=10)
    Reminder.objects.filter(pk=reminder.pk).update(claimed_at=timezone.now() - timedelta(minutes=6))
    assert reminders_sweep().sent == 1  # recovered and sent by a second sweeper

    late = sweep_module.SweepResult()
    sweep_module.batch_deliver(token=token, rows=rows, result=late)  # the first sweeper wakes up
    assert late.lost_lease == 1 and late.sent == 0
    assert len(mail.outbox) == 1


def test_two_sweepers_never_claim_the_same_row(candidate):
    for _ in range(5):
        _due(CandidateFactory())
    _, first = batch_claim(size=3)
    _, second = batch_claim(size=10)
    assert len(first) == 3 and len(second) == 2
    assert not {r.pk for r in first} & {r.pk for r in second}


def test_an_unknown_kind_fails_visibly(candidate):
    reminder = _due(candidate, kind="nobody_registered_this")
    reminders_sweep()
    reminder.refresh_from_db()
    assert reminder.status == Status.FAILED and "Unknown reminder kind" in reminder.last_error


def test_outgoing_mail_to_an_address_without_an_account_carries_the_written_body_and_reply_to(candidate):
    reminder = reminder_schedule(
        kind=TEST_MAIL_KIND,
        subject=candidate,
        recipient_email="dana@example.com",
        due_at=timezone.now(),
        payload={
            "subject": "Your view on my interview",
            "body": "Dear Dana,\nThank you & best",
            "reply_to": candidate.email,
        },
    )
    reminders_sweep()
    reminder.refresh_from_db()
    assert reminder.status == Status.SENT
    (message,) = mail.outbox
    assert message.to == ["dana@example.com"] and message.reply_to == [candidate.email]
    assert message.subject == "Your view on my interview"
    assert "Thank you & best" in message.body
    assert "Thank you &amp; best" in message.alternatives[0].content
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert not Notification.objects.exists()


def test_an_address_that_unsubscribed_gets_no_more_of_that_kind(candidate):
    EmailSuppression.objects.create(email="dana@example.com", kind=TEST_MAIL_KIND)
    reminder = reminder_schedule(
        kind=TEST_MAIL_KIND,
        subject=candidate,
        recipient_email="dana@example.com",
        due_at=timezone.now(),
        payload={"subject": "s", "body": "b"},
    )
    reminders_sweep()
    reminder.refresh_from_db()
    assert reminder.status == Status.SENT and reminder.email_skipped and not mail.outbox


def _sweep_queries(count: int) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(count):
        _due(CandidateFactory())
    with CaptureQueriesContext(connection) as captured:
        result = reminders_sweep(size=100)
    assert result.sent == count
    return [q["sql"] for q in captured.captured_queries]


def test_a_batch_runs_a_fixed_five_queries_plus_a_constant_number_per_row():
    # Fixed: 2 lease-recovery UPDATEs (no marker → pending, marker → outcome unknown); the
    # claim's SELECT … FOR UPDATE SKIP LOCKED of ids,
    # its conditional UPDATE, and one SELECT of the rows with recipient and preferences.
    # Per row, one commit: on PostgreSQL one statement (the previous row's "sent", this row's
    # handoff marker with its attempt, and the notification INSERT, as data-modifying CTEs);
    # elsewhere those as three statements (the first row has no previous "sent", so 3n - 1).
    # Then the last row's "sent" UPDATE. (Transaction control statements are not counted.)
    from django.db import connection

    def counted(queries):
        return [q for q in queries if not q.upper().startswith(("SAVEPOINT", "RELEASE", "BEGIN", "COMMIT", "ROLLBACK"))]

    per_row = 1 if connection.vendor == "postgresql" else 3
    first_row_saves = 0 if connection.vendor == "postgresql" else 1
    assert len(counted(_sweep_queries(1))) == 5 + per_row - first_row_saves + 1
    assert len(counted(_sweep_queries(50))) == 5 + per_row * 50 - first_row_saves + 1


def test_outgoing_mail_has_a_visible_delivery_status_per_subject(candidate):
    from apps.reminders.selectors import reminders_for_subject

    reminder_schedule(
        kind=TEST_MAIL_KIND,
        subject=candidate,
        recipient_email="dana@example.com",
        due_at=timezone.now(),
        payload={"subject": "s", "body": "b"},
    )
    (row,) = reminders_for_subject(subject=candidate)
    assert row.get_status_display() == "Pending"
    reminders_sweep(connection=FailingConnection(error=smtplib.SMTPResponseException(451, b"greylisted")))
    (row,) = reminders_for_subject(subject=candidate)
    assert row.status == Status.PENDING and "451" in row.last_error and row.attempts == 1
    Reminder.objects.filter(pk=row.pk).update(due_at=timezone.now())
    reminders_sweep()
    (row,) = reminders_for_subject(subject=candidate)
    assert row.status == Status.SENT and row.sent_at is not None
