"""The sweep under faults (issue 8): a deadline checked before each send, attempts counted
only when a send is tried, a real SMTP server that drops connections, database errors in
the bookkeeping, and lease recovery on the minute."""

import time
from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError
from django.utils import timezone

from apps.reminders import claims
from apps.reminders import sweep as sweep_module
from apps.reminders.kinds import ReminderKind, register, unregister
from apps.reminders.models import Notification, Reminder
from apps.reminders.services import reminder_schedule
from apps.reminders.sweep import batch_claim, leases_recover, reminders_sweep
from tests.factories import CandidateFactory
from tests.reminders.conftest import TEST_KIND
from tests.reminders.smtp_server import FakeSMTPServer

pytestmark = pytest.mark.django_db

Status = Reminder.Status


def _due_rows(count: int, *, kind=TEST_KIND) -> list[Reminder]:
    rows = []
    for minutes in range(count, 0, -1):
        person = CandidateFactory()
        rows.append(
            reminder_schedule(
                kind=kind, subject=person, recipient=person, due_at=timezone.now() - timedelta(minutes=minutes)
            )
        )
    return rows


def _eventually(condition, tries: int = 100) -> bool:
    """The SMTP server runs in another thread: give it a moment to notice a hang-up."""
    for _ in range(tries):
        if condition():
            return True
        time.sleep(0.02)
    return False


def _fresh(rows: list[Reminder]) -> list[Reminder]:
    return list(Reminder.objects.filter(pk__in=[row.pk for row in rows]).order_by("due_at", "id"))


class FakeClock:
    """Stands in for the sweep's ``time`` module: each send takes ``per_send`` seconds."""

    def __init__(self):
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def perf_counter(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class SlowConnection:
    """A mail connection whose every send takes ``seconds`` on the fake clock."""

    def __init__(self, clock: FakeClock, seconds: float):
        self.clock, self.seconds, self.sent = clock, seconds, []

    def open(self):
        pass

    def close(self):
        pass

    def send_messages(self, messages):
        self.clock.now += self.seconds
        self.sent.extend(messages)
        return len(messages)


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(sweep_module, "time", fake)
    return fake


@pytest.fixture
def no_db_retry_wait(monkeypatch):
    monkeypatch.setattr(claims, "DB_RETRY_DELAYS", (0, 0, 0))


@pytest.fixture
def smtp(settings):
    server = FakeSMTPServer().start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": server.port, "timeout": 5},
        }
    }
    yield server
    server.stop()


# --- A slow mail server: the deadline, and attempts -------------------------------------


def test_a_slow_mail_server_stops_the_sweep_at_its_deadline_checked_before_each_send(clock):
    rows = _due_rows(6)
    connection = SlowConnection(clock, seconds=10)

    result = reminders_sweep(time_budget=25, connection=connection)

    # Sends start at 0, 10 and 20 s; at 30 s the budget is spent before the fourth starts.
    assert result.sent == 3
    assert result.released == 3
    assert [row.status for row in _fresh(rows)] == [Status.SENT] * 3 + [Status.PENDING] * 3


def test_rows_released_at_the_deadline_keep_their_due_time_and_use_no_attempt(clock):
    rows = _due_rows(4)
    reminders_sweep(time_budget=15, connection=SlowConnection(clock, seconds=10))

    released = [row for row in _fresh(rows) if row.status == Status.PENDING]
    assert [(row.attempts, row.due_at, row.handoff_at, row.lease_token) for row in released] == [
        (0, original.due_at, None, None) for original in rows[2:]
    ]


def test_the_next_sweep_delivers_what_the_deadline_released(clock):
    rows = _due_rows(4)
    connection = SlowConnection(clock, seconds=10)
    reminders_sweep(time_budget=15, connection=connection)

    reminders_sweep(time_budget=100, connection=connection)

    assert {row.status for row in _fresh(rows)} == {Status.SENT}
    assert len(connection.sent) == 4


def test_claiming_is_not_an_attempt_only_a_send_is(candidate):
    (row,) = _due_rows(1)
    batch_claim(size=10)
    row.refresh_from_db()
    assert row.attempts == 0


def test_a_time_limit_while_rendering_releases_the_row_instead_of_failing_it(candidate):
    def render(reminder):
        raise SoftTimeLimitExceeded()

    register(ReminderKind(name="it_slow_render", label="Slow", description="", audience="candidate", render=render))
    try:
        rows = _due_rows(2, kind="it_slow_render")
        result = reminders_sweep()
    finally:
        unregister("it_slow_render")

    assert result.failed == 0
    assert [(row.status, row.attempts) for row in _fresh(rows)] == [(Status.PENDING, 0), (Status.PENDING, 0)]


def test_a_time_limit_during_a_send_that_cannot_be_placed_is_outcome_unknown(candidate):
    class Interrupted(SlowConnection):
        def send_messages(self, messages):
            raise SoftTimeLimitExceeded()

    rows = _due_rows(2)
    reminders_sweep(connection=Interrupted(FakeClock(), 0))

    first, second = _fresh(rows)
    assert first.status == Status.FAILED and first.last_error.startswith("Outcome unknown")
    assert (second.status, second.attempts) == (Status.PENDING, 0)


# --- A real SMTP server that drops connections -------------------------------------------


def test_a_server_that_takes_one_message_per_connection_gets_every_reminder_once(smtp):
    smtp.one_per_connection = True
    rows = _due_rows(4)

    result = reminders_sweep()

    assert result.sent == 4
    assert sorted(smtp.counts().values()) == [1, 1, 1, 1]
    assert {(row.status, row.attempts) for row in _fresh(rows)} == {(Status.SENT, 1)}


def test_a_connection_dropped_before_data_is_retried_on_a_fresh_one_at_once(smtp):
    smtp.fail("mail")
    (row,) = _due_rows(1)

    reminders_sweep()

    row.refresh_from_db()
    assert (row.status, row.attempts) == (Status.SENT, 1)
    assert list(smtp.counts().values()) == [1]


def test_a_connection_dropped_before_data_twice_is_a_transient_error_retried_later(smtp):
    smtp.fail("mail", times=2)
    (row,) = _due_rows(1)

    result = reminders_sweep()

    row.refresh_from_db()
    assert result.retried == 1
    assert (row.status, row.handoff_at) == (Status.PENDING, None)
    assert not row.last_error.startswith("Outcome unknown")


def test_a_connection_dropped_during_data_is_outcome_unknown_and_never_resent(smtp):
    smtp.fail("data")
    rows = _due_rows(2)

    reminders_sweep()
    reminders_sweep()

    first, second = _fresh(rows)
    assert first.status == Status.FAILED and first.last_error.startswith("Outcome unknown")
    assert smtp.cut_off_ids() == {first.message_id}
    assert smtp.counts() == {second.message_id: 1}


def test_a_sweeper_that_lost_its_lease_hangs_up_mid_data_and_the_server_discards_it(smtp):
    (row,) = _due_rows(1)
    token, rows = batch_claim(size=10)
    Reminder.objects.filter(pk=row.pk).update(lease_token=None)  # recovered by another sweeper meanwhile

    late = sweep_module.SweepResult()
    sweep_module.batch_deliver(token=token, rows=rows, result=late)

    assert late.lost_lease == 1
    assert _eventually(lambda: smtp.incomplete == 1), "the server saw DATA begin and the client hang up"
    assert smtp.counts() == {}


def test_a_4xx_reply_to_rcpt_is_retried_with_backoff(smtp):
    smtp.rcpt_code = 451
    (row,) = _due_rows(1)

    reminders_sweep()

    row.refresh_from_db()
    assert (row.status, row.attempts) == (Status.PENDING, 1)
    assert "451" in row.last_error


def test_the_in_app_notification_does_not_wait_for_a_mail_server_that_says_try_later(smtp):
    smtp.rcpt_code = 451
    (row,) = _due_rows(1)

    reminders_sweep()

    assert Notification.objects.filter(reminder=row).count() == 1


def test_the_retry_that_delivers_the_mail_adds_no_second_notification(smtp):
    smtp.rcpt_code = 451
    (row,) = _due_rows(1)
    reminders_sweep()
    smtp.rcpt_code = 250
    Reminder.objects.filter(pk=row.pk).update(due_at=timezone.now())

    reminders_sweep()

    assert Notification.objects.filter(reminder=row).count() == 1


def test_a_mail_server_that_refuses_connections_leaves_the_batch_pending(smtp):
    smtp.stop()
    rows = _due_rows(2)

    reminders_sweep()

    assert {(row.status, row.handoff_at) for row in _fresh(rows)} == {(Status.PENDING, None)}


# --- Database errors in the bookkeeping --------------------------------------------------


class FlakyHandoff:
    """Handoff writes (the previous rows' "sent", the marker and the notification, one atomic
    write) fail on chosen calls, as a dropped connection would: nothing of that write lands."""

    def __init__(self, real, failing_calls):
        self.real, self.failing_calls, self.calls = real, set(failing_calls), 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls in self.failing_calls:
            raise OperationalError("server closed the connection unexpectedly")
        return self.real(*args, **kwargs)


def test_a_brief_database_error_in_a_handoff_loses_nothing_the_server_accepted(monkeypatch, no_db_retry_wait):
    rows = _due_rows(3)
    # The second handoff also records the first row as sent; that transaction fails once.
    monkeypatch.setattr(sweep_module, "handoff_record", FlakyHandoff(sweep_module.handoff_record, failing_calls={2}))
    connection = SlowConnection(FakeClock(), 0)

    reminders_sweep(connection=connection)

    assert {row.status for row in _fresh(rows)} == {Status.SENT}
    assert len(connection.sent) == 3


def test_a_lasting_database_error_releases_the_rest_of_the_batch_and_keeps_what_was_sent(monkeypatch, no_db_retry_wait):
    rows = _due_rows(3)
    flaky = FlakyHandoff(sweep_module.handoff_record, failing_calls=set(range(2, 100)))
    monkeypatch.setattr(sweep_module, "handoff_record", flaky)
    connection = SlowConnection(FakeClock(), 0)

    result = reminders_sweep(connection=connection)

    assert [row.status for row in _fresh(rows)] == [Status.SENT, Status.PENDING, Status.PENDING]
    assert result.released == 2
    assert len(connection.sent) == 1


# --- Lease recovery on the minute ------------------------------------------------------------


def test_a_lease_is_recovered_by_the_beat_five_minutes_later_even_a_little_early(candidate):
    (row,) = _due_rows(1)
    batch_claim(size=10)
    row.refresh_from_db()
    # The beat that claimed it ran at 10:00:00.4; five beats later it runs at 10:05:00.1.
    five_beats_later = row.claimed_at + timedelta(minutes=5) - timedelta(milliseconds=300)

    assert leases_recover(now=five_beats_later) == (1, 0)


def test_a_lease_four_minutes_old_is_left_alone(candidate):
    (row,) = _due_rows(1)
    batch_claim(size=10)
    row.refresh_from_db()

    assert leases_recover(now=row.claimed_at + timedelta(minutes=4)) == (0, 0)
