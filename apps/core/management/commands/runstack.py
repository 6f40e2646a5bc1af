"""`make run`: web, Celery worker and beat in one terminal; Ctrl-C stops all three."""

import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand

GRACE_SECONDS = 10


class Command(BaseCommand):
    help = "Start the development web server, a Celery worker and Celery beat together."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000")

    def handle(self, *args, addr: str, **options):
        python = sys.executable
        commands = {
            "web": [python, "manage.py", "runserver", addr],
            "worker": [python, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO", "--concurrency=2"],
            "beat": [python, "-m", "celery", "-A", "config", "beat", "--loglevel=INFO"],
        }
        processes = {name: subprocess.Popen(argv) for name, argv in commands.items()}
        self.stdout.write(
            self.style.SUCCESS(f"Debrief is starting at http://{addr}  (Ctrl-C stops web, worker and beat)")
        )

        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                for name, process in processes.items():
                    if process.poll() is not None:
                        self.stderr.write(f"{name} exited with code {process.returncode}; stopping the others.")
                        stopping = True
                        break
                time.sleep(0.5)
        finally:
            self._shutdown(processes)

    def _shutdown(self, processes):
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + GRACE_SECONDS
        for name, process in processes.items():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.stderr.write(f"{name} did not stop in {GRACE_SECONDS}s; killing it.")
                process.kill()
                process.wait()
        self.stdout.write("Stopped web, worker and beat.")
