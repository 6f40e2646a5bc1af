"""Reliability of the reminder outbox with real processes: Celery workers and beat against a
private Redis and the PostgreSQL test database, delivering into a countable mailbox.

* beat firing twice, two sweepers at once, one task delivered twice → each reminder once;
* a worker killed with SIGKILL mid-batch, then Redis stopped and restarted → every overdue
  reminder goes out once, none twice (the one row whose handoff the kill interrupted, if
  any, is reported as "outcome unknown" and never re-sent);
* a reminder cancelled before it is due never goes out.

Locally without PostgreSQL these skip with a reason; in CI (CI=true) they fail instead.
The Redis they stop is their own throwaway ``redis-server`` on a free port, never the
machine's.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from celery import Celery
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone

from apps.reminders.models import Notification, Reminder
from apps.reminders.services import reminder_cancel, reminder_schedule
from config import env
from tests.factories import CandidateFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

WORKER_SETTINGS = "tests.integration.reminders_worker.settings"
Status = Reminder.Status


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if env.is_ci():
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _services():
    _require(connection.vendor == "postgresql", "needs PostgreSQL (set DATABASE_URL); CI always has it")
    _require(shutil.which("redis-server") is not None, "needs the redis-server binary for a private Redis")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateRedis:
    """Our own redis-server on a free port: stopping it never touches anyone else's."""

    def __init__(self, workdir: Path):
        self.port = _free_port()
        self.workdir = workdir
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, cwd=self.workdir, stdout=subprocess.DEVNULL)
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("private redis-server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


class Stack:
    """Worker and beat processes pointed at the test database and the private Redis."""

    def __init__(self, tmp_path: Path, redis: PrivateRedis):
        self.tmp = tmp_path
        self.redis = redis
        self.mailbox = tmp_path / "mailbox"
        self.processes: list[subprocess.Popen] = []
        settings = connection.settings_dict
        auth = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
        host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": WORKER_SETTINGS,
            "DATABASE_URL": f"postgres://{auth}@{host}:{port}/{settings['NAME']}",
            "DATABASE_CONN_MAX_AGE": "0",
            "REDIS_URL": redis.url,
            "DATA_DIR": str(tmp_path),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "LOG_LEVEL": "INFO",
        }

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(self.tmp / f"{name}.log", "ab")  # noqa: SIM115 — closed with the process
        command = [sys.executable, "-m", "celery", "-A", "config", *args]
        process = subprocess.Popen(command, cwd=env.BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.processes.append(process)
        return process

    def worker(self, name: str, *, pool: str = "prefork", concurrency: int = 2) -> subprocess.Popen:
        args = ["worker", f"--pool={pool}", f"--concurrency={concurrency}", "-n", f"{name}@%h", "--loglevel=INFO"]
        return self._spawn(name, [*args, "--without-heartbeat", "--without-mingle", "--without-gossip"])

    def beat(self, name: str) -> subprocess.Popen:
        schedule, pidfile = self.tmp / f"{name}-schedule", self.tmp / f"{name}.pid"
        return self._spawn(name, ["beat", "-s", str(schedule), f"--pidfile={pidfile}", "--loglevel=INFO"])

    def client(self) -> Celery:
        app = Celery("probe", set_as_current=False)
        app.conf.update(broker_url=self.redis.url, broker_connection_retry_on_startup=True, task_serializer="json")
        return app

    def logs(self, tail: int = 3000) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text()[-tail:]}" for p in sorted(self.tmp.glob("*.log")))

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def redis_server(tmp_path):
    redis = PrivateRedis(tmp_path)
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture
def stack(tmp_path, redis_server):
    stack = Stack(tmp_path, redis_server)
    yield stack
    stack.stop()


def _due_rows(recipient, count: int, *, first_cycle: int = 0, due_in: timedelta = timedelta(minutes=-5)):
    subject_type = ContentType.objects.get_for_model(recipient)
    rows = [
        Reminder(
            kind="it_nudge",
            subject_type=subject_type,
            subject_id=str(recipient.pk),
            recipient=recipient,
            recipient_key=f"user:{recipient.pk}",
            cycle=cycle,
            due_at=timezone.now() + due_in,
        )
        for cycle in range(first_cycle, first_cycle + count)
    ]
    return Reminder.objects.bulk_create(rows)


def _mail_counts(mailbox: Path) -> Counter:
    parser = BytesHeaderParser()
    counts = Counter()
    for path in mailbox.glob("*.eml"):
        with path.open("rb") as handle:
            counts[parser.parse(handle)["Message-ID"]] += 1
    return counts


def _wait_until_settled(stack: Stack, expected: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        open_rows = Reminder.objects.filter(status__in=[Status.PENDING, Status.SENDING], due_at__lte=timezone.now())
        settled = Reminder.objects.filter(status__in=[Status.SENT, Status.FAILED]).count()
        if not open_rows.exists() and settled >= expected:
            return
        time.sleep(0.25)
    counts = dict(Reminder.objects.values_list("status").annotate(n=__import__("django").db.models.Count("id")))
    pytest.fail(f"reminders did not settle in {timeout} s: {counts}\n{stack.logs()}")


def test_beat_twice_two_sweepers_and_a_task_delivered_twice_send_every_reminder_once(stack):
    person = CandidateFactory()
    rows = _due_rows(person, 200)
    # Scheduled for a moment from now, then the action is done: these must never go out.
    later = [
        reminder_schedule(
            kind="it_nudge",
            subject=person,
            recipient=person,
            cycle=1000 + n,
            due_at=timezone.now() + timedelta(seconds=2),
        )
        for n in range(10)
    ]
    assert reminder_cancel(kind="it_nudge", subject=person) == 210  # everything pending for that subject …
    Reminder.objects.filter(pk__in=[r.pk for r in rows]).update(status=Status.PENDING)  # … so re-arm the 200

    stack.worker("w1")
    stack.worker("w2")
    stack.beat("beat1")
    stack.beat("beat2")  # beat started twice
    app = stack.client()
    for _ in range(2):  # the same task delivered twice, plus a burst of extra sweeps
        app.send_task("apps.reminders.tasks.sweep", task_id="the-same-sweep-task")
    for _ in range(6):
        app.send_task("apps.reminders.tasks.sweep")

    _wait_until_settled(stack, expected=200, timeout=60)
    time.sleep(3)  # let the beats fire a few more sweeps over the finished rows

    sent = dict(Reminder.objects.filter(pk__in=[r.pk for r in rows]).values_list("message_id", "status"))
    assert set(sent.values()) == {Status.SENT}, stack.logs()
    counts = _mail_counts(stack.mailbox)
    assert sum(counts.values()) == 200
    assert set(counts) == set(sent), "every row's Message-ID arrived, and nothing else"
    assert max(counts.values()) == 1, "no reminder was sent twice"
    assert Notification.objects.filter(recipient=person).count() == 200
    assert Reminder.objects.filter(pk__in=[r.pk for r in later], status=Status.CANCELLED).count() == 10
    assert "reminders sweep: batch of" in stack.logs(tail=10**7), "the sweep logs how long each batch took"


def test_a_worker_killed_mid_batch_and_redis_stopped_lose_nothing_and_send_nothing_twice(stack, redis_server):
    person = CandidateFactory()
    _due_rows(person, 300)
    doomed = stack.worker("doomed", pool="solo")
    stack.client().send_task("apps.reminders.tasks.sweep")

    deadline = time.monotonic() + 30
    while len(list(stack.mailbox.glob("*.eml"))) < 30:
        assert time.monotonic() < deadline, stack.logs()
        time.sleep(0.05)
    doomed.send_signal(signal.SIGKILL)  # mid-batch: rows claimed, some handed over, none finished
    doomed.wait()
    delivered_before = len(list(stack.mailbox.glob("*.eml")))
    assert delivered_before < 300
    assert Reminder.objects.filter(status=Status.SENDING).exists(), "the kill should leave rows in flight"

    redis_server.stop()
    # While the broker is down, the web keeps writing reminders: nothing needs Redis for that.
    _due_rows(person, 50, first_cycle=300)
    stack.worker("survivor")
    stack.beat("beat")
    time.sleep(4)  # broker still down: nothing can be swept
    assert len(list(stack.mailbox.glob("*.eml"))) == delivered_before
    redis_server.start()  # service returns

    _wait_until_settled(stack, expected=350, timeout=75)

    statuses = Counter(Reminder.objects.values_list("status", flat=True))
    print(f"killed after {delivered_before} e-mails; final {dict(statuses)}")
    unknown = list(Reminder.objects.filter(status=Status.FAILED))
    assert statuses[Status.SENT] + len(unknown) == 350, statuses
    assert len(unknown) <= 1, "at most the one row whose handoff the SIGKILL interrupted"
    for row in unknown:
        assert row.last_error.startswith("Outcome unknown"), row.last_error
    counts = _mail_counts(stack.mailbox)
    assert max(counts.values()) == 1, "no reminder was sent twice"
    sent_ids = set(Reminder.objects.filter(status=Status.SENT).values_list("message_id", flat=True))
    assert sent_ids <= set(counts), "every reminder marked sent really went out"
    assert set(counts) - sent_ids <= {row.message_id for row in unknown}
    # The in-app side is exactly once in every case, the interrupted row included.
    assert Notification.objects.filter(recipient=person).count() == 350
