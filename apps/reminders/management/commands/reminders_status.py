"""manage.py reminders_status: how the outbox is doing (the same figures as the admin)."""

import json

from django.core.management.base import BaseCommand

from apps.reminders.apps import SWEEPER_MAX_AGE
from apps.reminders.selectors import reminders_status

SWEEP_FRESH_SECONDS = SWEEPER_MAX_AGE.total_seconds()


class Command(BaseCommand):
    help = "Counts of reminders by status, the oldest due reminder, rows in flight and recent failures."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print machine-readable JSON.")

    def handle(self, *args, **options):
        status = reminders_status()
        if options["json"]:
            self.stdout.write(json.dumps(status, default=str, indent=2))
            return
        self.stdout.write("Reminders by status:")
        for name, count in status["counts"].items():
            self.stdout.write(f"  {name:<10} {count:>8}")
        if status["last_sweep"]:
            self.stdout.write(
                f"Last sweep finished {status['last_sweep']:%Y-%m-%d %H:%M:%S} UTC "
                f"({status['sweep_age_seconds']:.0f} s ago)"
            )
        else:
            self.stdout.write(self.style.WARNING("No sweep has ever finished: is a worker and beat running?"))
        if status["oldest_due"]:
            self.stdout.write(
                f"Due now: {status['due_now']} (oldest due {status['oldest_due']:%Y-%m-%d %H:%M:%S} UTC, "
                f"{status['lag_seconds']:.0f} s behind)"
            )
        elif status["stuck"] or not status["last_sweep"] or status["sweep_age_seconds"] > SWEEP_FRESH_SECONDS:
            self.stdout.write("Due now: 0")
        else:
            self.stdout.write("Due now: 0 (the sweep is keeping up)")
        if status["in_flight"]:
            self.stdout.write(
                f"In flight: {status['in_flight']} (oldest claim {status['oldest_claim']:%Y-%m-%d %H:%M:%S} UTC)"
            )
        if status["stuck"]:
            self.stdout.write(
                self.style.ERROR(
                    f"Stuck in sending past their lease: {status['stuck']} "
                    f"({status['stuck_after_handoff']} after handing over). No sweep is recovering them: "
                    "check that a worker and beat run."
                )
            )
        if status["recent_failures"]:
            self.stdout.write(self.style.WARNING("Latest failures:"))
            for failure in status["recent_failures"]:
                self.stdout.write(
                    f"  #{failure['id']} {failure['kind']} → {failure['recipient_key']} "
                    f"(attempts {failure['attempts']}): {failure['last_error'][:160]}"
                )
