"""`make run`'s supervisor restarts a worker or beat that exits, with a growing back-off."""

from io import StringIO

import pytest

from apps.core.management.commands import runstack
from apps.core.management.commands.runstack import Command, Supervised


class FakeProcess:
    def __init__(self):
        self.code = None

    def poll(self):
        return self.code


@pytest.fixture
def fake_start(monkeypatch):
    def start(self, now):
        self.process = FakeProcess()
        self.started_at = now
        self.restart_at = None

    monkeypatch.setattr(Supervised, "start", start)


@pytest.fixture
def supervisor():
    return Command(stdout=StringIO(), stderr=StringIO())


def _children():
    children = {name: Supervised(name, [name]) for name in ("web", "worker", "beat")}
    for child in children.values():
        child.start(0.0)
    return children


def _crash(child, code=1):
    child.process.code = code


def test_a_worker_that_exits_is_started_again_after_a_second(fake_start, supervisor):
    children = _children()
    _crash(children["worker"])

    assert supervisor._supervise(children, now=10.0) is False
    supervisor._supervise(children, now=11.0)

    assert children["worker"].process.poll() is None
    assert children["worker"].restarts == 1


def test_the_wait_doubles_while_the_worker_keeps_exiting(fake_start, supervisor):
    children = _children()
    waits = []
    now = 0.0
    for _ in range(4):
        _crash(children["beat"])
        supervisor._supervise(children, now=now)
        waits.append(children["beat"].restart_at - now)
        now = children["beat"].restart_at
        supervisor._supervise(children, now=now)

    assert waits == [1.0, 2.0, 4.0, 8.0]


def test_the_wait_starts_again_at_a_second_after_a_stable_run(fake_start, supervisor):
    children = _children()
    children["worker"].backoff = 32.0
    _crash(children["worker"])

    supervisor._supervise(children, now=runstack.STABLE_AFTER + 5)

    assert children["worker"].restart_at == runstack.STABLE_AFTER + 5 + 1.0


def test_every_exit_and_restart_is_logged(fake_start, supervisor):
    children = _children()
    _crash(children["worker"], code=70)
    supervisor._supervise(children, now=3.0)
    supervisor._supervise(children, now=4.0)

    log = supervisor.stderr._out.getvalue()
    assert "worker exited with code 70 after 3 s; restarting it in 1 s" in log
    assert "starting worker again (restart 1)" in log


def test_the_web_server_exiting_stops_everything(fake_start, supervisor):
    children = _children()
    _crash(children["web"])

    assert supervisor._supervise(children, now=1.0) is True
