"""`make run`: web, Celery worker and beat in one terminal; Ctrl-C stops all three.

A supervisor, not just a launcher: a worker or beat that exits (a crash, a broker outage it
did not survive) is started again after a back-off that doubles from 1 s to 60 s and resets
once the process has stayed up for a minute; every exit and restart is logged. The web
server exiting stops everything (that is a mistake to fix, not an outage to ride out).
"""

import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

from django.core.management.base import BaseCommand

GRACE_SECONDS = 10
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 60.0
STABLE_AFTER = 60.0  # seconds up before a process counts as healthy again
SUPERVISED = ("worker", "beat")


@dataclass
class Supervised:
    name: str
    argv: list[str]
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    backoff: float = FIRST_BACKOFF
    restart_at: float | None = None
    restarts: int = field(default=0)

    def start(self, now: float) -> None:
        self.process = subprocess.Popen(self.argv)
        self.started_at = now
        self.restart_at = None


def restart_delay(child: Supervised, *, uptime: float) -> float:
    """How long to wait before starting ``child`` again; doubles each time, resets after a stable run."""
    if uptime >= STABLE_AFTER:
        child.backoff = FIRST_BACKOFF
    delay = child.backoff
    child.backoff = min(child.backoff * 2, MAX_BACKOFF)
    return delay


class Command(BaseCommand):
    help = "Start the development web server, a Celery worker and Celery beat together, restarting worker and beat."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000")

    def handle(self, *args, addr: str, **options):
        python = sys.executable
        commands = {
            "web": [python, "manage.py", "runserver", addr],
            "worker": [python, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO", "--concurrency=2"],
            "beat": [python, "-m", "celery", "-A", "config", "beat", "--loglevel=INFO"],
        }
        now = time.monotonic()
        children = {name: Supervised(name, argv) for name, argv in commands.items()}
        for child in children.values():
            child.start(now)
        self.stdout.write(
            self.style.SUCCESS(
                f"Debrief is starting at http://{addr}  (Ctrl-C stops web, worker and beat; "
                "worker and beat are restarted if they exit)"
            )
        )

        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                stopping = self._supervise(children, time.monotonic())
                time.sleep(0.5)
        finally:
            self._shutdown(children)

    def _supervise(self, children: dict[str, Supervised], now: float) -> bool:
        """One round: restart what is due, note what exited. True when everything must stop."""
        for child in children.values():
            if child.process is None:
                if child.restart_at is not None and now >= child.restart_at:
                    child.restarts += 1
                    self.stderr.write(f"runstack: starting {child.name} again (restart {child.restarts}).")
                    child.start(now)
                continue
            code = child.process.poll()
            if code is None:
                continue
            if child.name not in SUPERVISED:
                self.stderr.write(f"{child.name} exited with code {code}; stopping the others.")
                return True
            uptime = now - child.started_at
            delay = restart_delay(child, uptime=uptime)
            child.process = None
            child.restart_at = now + delay
            self.stderr.write(
                f"runstack: {child.name} exited with code {code} after {uptime:.0f} s; restarting it in {delay:.0f} s."
            )
        return False

    def _shutdown(self, children: dict[str, Supervised]):
        running = [child for child in children.values() if child.process is not None]
        for child in running:
            if child.process.poll() is None:
                child.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + GRACE_SECONDS
        for child in running:
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.stderr.write(f"{child.name} did not stop in {GRACE_SECONDS}s; killing it.")
                child.process.kill()
                child.process.wait()
        self.stdout.write("Stopped web, worker and beat.")
