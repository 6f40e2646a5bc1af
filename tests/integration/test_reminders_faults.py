"""The reminder outbox under faults, with real processes (issue 8): Celery worker and beat
against a private Redis and the PostgreSQL test database, delivering over real SMTP to a
server in this process that can refuse, stall, hang up, or take one message per connection.

Every test injects one fault while reminders are going out and then checks the contract:

* every reminder was delivered exactly once, unless its SMTP DATA phase began when the fault
  hit — then it is "outcome unknown" and was never sent twice;
* nothing is stuck (no row left pending-and-due or sending);
* the worker is alive afterwards;
* /healthz told the truth: 503 naming the broker while Redis was down, 503 naming the
  sweeper while no sweep finished, 200 once all was well.

Locally without PostgreSQL these skip with a reason; in CI (CI=true) they fail instead.
"""

import signal
import time
from collections import Counter
from datetime import timedelta

import pytest
from celery import Celery
from django.db import connection
from django.db.models import Count

from apps.core import health
from apps.core.health import ExpectedHeartbeat, expected_heartbeats
from apps.reminders.models import Notification, Reminder
from apps.reminders.tasks import SWEEP_HEARTBEAT
from tests.factories import CandidateFactory
from tests.integration.test_reminders_reliability import PrivateRedis, Stack, _due_rows
from tests.integration.test_reminders_reliability import _services as _services  # noqa: F401 (autouse)
from tests.reminders.smtp_server import FakeSMTPServer

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

SMTP_SETTINGS = "tests.integration.reminders_worker.smtp_settings"
SWEEPER_MAX_AGE = timedelta(seconds=4)  # beat fires every second here; the real one is 3 minutes
Status = Reminder.Status


class FaultStack(Stack):
    def __init__(self, tmp_path, redis, smtp):
        super().__init__(tmp_path, redis)
        self.env |= {
            "DJANGO_SETTINGS_MODULE": SMTP_SETTINGS,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp.port),
        }

    def worker(self, name: str, *, pool: str = "prefork", concurrency: int = 2):
        """As production runs it: with gossip, mingle and the event heartbeat (their broadcast
        channels are part of what a Redis outage tears down)."""
        args = ["worker", f"--pool={pool}", f"--concurrency={concurrency}", "-n", f"{name}@%h", "--loglevel=INFO"]
        return self._spawn(name, args)


@pytest.fixture
def smtp():
    server = FakeSMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def redis(tmp_path):
    server = PrivateRedis(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def stack(tmp_path, redis, smtp):
    stack = FaultStack(tmp_path, redis, smtp)
    yield stack
    stack.stop()


@pytest.fixture
def healthz(redis, monkeypatch):
    """/healthz as this process would answer it, about the private Redis and a sweeper that
    must have finished within SWEEPER_MAX_AGE."""
    monkeypatch.setattr(health, "celery_app", Celery("probe", set_as_current=False, broker=redis.url))
    original = expected_heartbeats.get(SWEEP_HEARTBEAT)
    expected_heartbeats.register(
        SWEEP_HEARTBEAT, ExpectedHeartbeat(name=SWEEP_HEARTBEAT, label="sweeper", max_age=SWEEPER_MAX_AGE)
    )
    yield lambda: health.health_report()[1]
    expected_heartbeats.register(SWEEP_HEARTBEAT, original)


def _wait_for(condition, *, timeout: float, stack: Stack, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    counts = dict(Reminder.objects.values_list("status").annotate(n=Count("id")).order_by())
    pytest.fail(f"timed out after {timeout} s waiting for {what}; rows {counts}\n{stack.logs()}")


def _settled(expected: int):
    def check():
        open_rows = Reminder.objects.filter(status__in=[Status.PENDING, Status.SENDING])
        return not open_rows.exists() and Reminder.objects.count() == expected

    return check


def _healthy(report) -> bool:
    return report["status"] == "ok"


def _failing(healthz, name: str):
    """A condition: /healthz answers 503 naming ``name``; the report, or None."""

    def check():
        report = healthz()
        return report if report["status"] == "unavailable" and name in report["failing"] else None

    return check


def _assert_contract(stack: FaultStack, smtp: FakeSMTPServer, *, rows: int, worker, allow_unknown: int = 0):
    """Exactly once unless DATA began; nothing stuck; the worker alive."""
    statuses = Counter(Reminder.objects.values_list("status", flat=True))
    delivered = smtp.counts()
    sent = set(Reminder.objects.filter(status=Status.SENT).values_list("message_id", flat=True))
    unknown = list(Reminder.objects.filter(status=Status.FAILED))
    print(f"final {dict(statuses)}; {sum(delivered.values())} e-mails; {smtp.incomplete} cut mid-DATA")

    assert statuses[Status.SENT] + len(unknown) == rows, stack.logs()
    assert max(delivered.values()) == 1, "no reminder was sent twice"
    assert sent <= set(delivered), "every reminder marked sent really arrived"
    assert len(unknown) <= allow_unknown, [row.last_error for row in unknown]
    for row in unknown:
        assert row.last_error.startswith("Outcome unknown"), row.last_error
    # A row is unknown only if its DATA phase began: the server saw it whole, or saw it cut off.
    assert len(unknown) <= smtp.incomplete + len(smtp.cut_off) + len(set(delivered) - sent)
    assert set(delivered) - sent <= {row.message_id for row in unknown}
    assert Notification.objects.count() == rows, "the in-app side is exactly once in every case"
    assert worker.poll() is None, "the worker is alive afterwards"


def _start(stack: FaultStack, *, pool="prefork", concurrency=2):
    worker = stack.worker("worker", pool=pool, concurrency=concurrency)
    stack.beat("beat")
    return worker


def test_redis_dropped_while_a_sweep_runs_loses_nothing_and_the_worker_lives(stack, redis, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 60)
    smtp.delay = 0.05
    worker = stack.worker("worker", concurrency=2)
    # One sweep and no beat yet: the worker runs that task with a free slot, so its consumer is
    # also waiting on Redis (BRPOP) when Redis drops — the case that killed workers for good.
    stack.client().send_task("apps.reminders.tasks.sweep")
    _wait_for(lambda: len(smtp.messages) >= 10, timeout=30, stack=stack, what="the first e-mails")

    redis.stop()
    report = _wait_for(_failing(healthz, "broker"), timeout=10, stack=stack, what="healthz to see Redis down")
    assert report["broker"]["ok"] is False
    time.sleep(3)
    redis.start()
    stack.beat("beat")

    _wait_for(_settled(60), timeout=60, stack=stack, what="every reminder to settle")
    _wait_for(lambda: _healthy(healthz()), timeout=15, stack=stack, what="healthz to recover")
    _assert_contract(stack, smtp, rows=60, worker=worker)
    assert "Unrecoverable error" not in stack.logs(tail=10**7)


def test_a_mail_server_refusing_connections_delays_reminders_and_loses_none(stack, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 20)
    smtp.stop()
    worker = _start(stack)

    _wait_for(lambda: Reminder.objects.filter(attempts__gte=2).count() == 20, timeout=30, stack=stack, what="retries")
    assert not Reminder.objects.filter(handoff_at__isnull=False).exists(), "nothing was handed over"
    assert _healthy(healthz()), "the sweeper keeps sweeping: the outage is the mail server's, not ours"
    smtp.start()  # same port: the server is back

    _wait_for(_settled(20), timeout=45, stack=stack, what="every reminder to settle")
    _assert_contract(stack, smtp, rows=20, worker=worker)


def test_a_slow_mail_server_gets_every_reminder_once_and_none_fails(stack, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 16)
    smtp.delay = 0.7  # a 3 s sweep budget sends about four; the 6 s soft limit is never reached
    worker = _start(stack, concurrency=1)

    _wait_for(_settled(16), timeout=60, stack=stack, what="every reminder to settle")

    _assert_contract(stack, smtp, rows=16, worker=worker)
    assert set(Reminder.objects.values_list("attempts", flat=True)) == {1}, "a released row used no attempt"
    assert "SoftTimeLimitExceeded" not in stack.logs(tail=10**7)
    assert _healthy(healthz())


def test_a_server_taking_one_message_per_connection_and_dropping_one_mid_data(stack, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 20)
    smtp.one_per_connection = True
    smtp.fail("data")  # one connection drops after the content, before the reply
    worker = _start(stack, concurrency=1)

    _wait_for(_settled(20), timeout=45, stack=stack, what="every reminder to settle")

    _assert_contract(stack, smtp, rows=20, worker=worker, allow_unknown=1)
    (unknown,) = Reminder.objects.filter(status=Status.FAILED)
    assert smtp.cut_off_ids() == {unknown.message_id}, "only the row whose DATA was cut is unknown"
    assert set(Reminder.objects.filter(status=Status.SENT).values_list("attempts", flat=True)) == {1}


def _terminate_other_backends() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def test_database_connections_terminated_mid_batch_lose_nothing(stack, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 60)
    smtp.delay = 0.05
    worker = _start(stack, concurrency=1)
    _wait_for(lambda: len(smtp.messages) >= 10, timeout=30, stack=stack, what="the first e-mails")

    terminated = 0
    for _ in range(3):
        terminated += _terminate_other_backends()
        time.sleep(0.7)
    assert terminated >= 1, "the worker's connection was cut"

    _wait_for(_settled(60), timeout=60, stack=stack, what="every reminder to settle")
    _assert_contract(stack, smtp, rows=60, worker=worker)
    _wait_for(lambda: _healthy(healthz()), timeout=15, stack=stack, what="healthz to recover")


def test_a_worker_stopped_with_sigterm_finishes_its_sweep_and_strands_nothing(stack, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 40)
    smtp.delay = 0.1
    doomed = stack.worker("doomed", concurrency=1)
    stack.beat("beat")
    _wait_for(lambda: len(smtp.messages) >= 5, timeout=30, stack=stack, what="the first e-mails")

    doomed.send_signal(signal.SIGTERM)  # warm shutdown: the running sweep ends at its deadline
    assert doomed.wait(timeout=20) == 0
    assert not Reminder.objects.filter(status=Status.SENDING).exists(), "released, not left to the lease"
    _wait_for(
        _failing(healthz, "sweeper"),
        timeout=15,
        stack=stack,
        what="healthz to name the stopped sweeper",
    )

    worker = stack.worker("worker", concurrency=1)
    _wait_for(_settled(40), timeout=45, stack=stack, what="every reminder to settle")
    _assert_contract(stack, smtp, rows=40, worker=worker)
    assert not Reminder.objects.filter(status=Status.FAILED).exists()


def test_a_worker_killed_with_sigkill_leaves_at_most_one_unknown_and_no_duplicate(stack, smtp, healthz):
    person = CandidateFactory()
    _due_rows(person, 40)
    smtp.delay = 0.1
    doomed = stack.worker("doomed", pool="solo")
    stack.beat("beat")
    _wait_for(lambda: len(smtp.messages) >= 5, timeout=30, stack=stack, what="the first e-mails")

    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    _wait_for(_failing(healthz, "sweeper"), timeout=15, stack=stack, what="healthz to name the sweeper")

    worker = stack.worker("worker", concurrency=1)
    _wait_for(_settled(40), timeout=60, stack=stack, what="every reminder to settle")  # after the 8 s lease
    _assert_contract(stack, smtp, rows=40, worker=worker, allow_unknown=1)
    _wait_for(lambda: _healthy(healthz()), timeout=15, stack=stack, what="healthz to recover")
