"""Reminder sweep throughput at 10,000 and 100,000 due rows.

Runs the real claim/deliver loop (apps.reminders.sweep) against a throwaway database —
PostgreSQL when DATABASE_URL is set (the number that matters), else SQLite — delivering to
Django's in-memory mail backend. Reports rows per second, queries per batch (which must
not grow with the number of due rows), and the ratio of the 100k run's per-row cost to the
10k run's (goal: <= 1.2). Results go to bench/results/sweep.json.
"""

import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

SIZES = [int(n) for n in os.environ.get("BENCH_SWEEP_SIZES", "10000,100000").split(",")]
BATCH = int(os.environ.get("BENCH_SWEEP_BATCH", "200"))
KIND = "bench_nudge"


def _register_kind():
    from apps.reminders.kinds import ReminderKind, Rendered, register

    register(
        ReminderKind(
            name=KIND,
            label="Benchmark nudge",
            description="Only in the benchmark.",
            audience="candidate",
            render=lambda reminder: Rendered(
                email="reminders/notice",
                context={"headline": "A gentle nudge", "body": "Time to write it down while it is fresh."},
                text="Time to write it down while it is fresh.",
                link="/home/",
            ),
        )
    )


def _fill(count: int, recipient) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone

    from apps.reminders.models import Notification, Reminder

    Notification.objects.all().delete()
    Reminder.objects.all().delete()
    subject_type = ContentType.objects.get_for_model(recipient)
    due = timezone.now() - timezone.timedelta(minutes=5)
    chunk = 5000
    for start in range(0, count, chunk):
        Reminder.objects.bulk_create(
            [
                Reminder(
                    kind=KIND,
                    subject_type=subject_type,
                    subject_id=str(recipient.pk),
                    recipient=recipient,
                    recipient_key=f"user:{recipient.pk}",
                    cycle=cycle,
                    due_at=due,
                )
                for cycle in range(start, min(start + chunk, count))
            ]
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE reminders_reminder")


def _run(count: int) -> dict:
    from django.core import mail
    from django.db import connection

    from apps.reminders.sweep import SweepResult, batch_claim, batch_deliver, leases_recover

    queries = []
    per_batch = []

    def counter(execute, sql, params, many, context):
        queries.append(1)
        return execute(sql, params, many, context)

    result = SweepResult()
    batch_seconds = []
    started = time.perf_counter()
    with connection.execute_wrapper(counter):
        leases_recover()
        while True:
            before = len(queries)
            t0 = time.perf_counter()
            token, rows = batch_claim(size=BATCH)
            if not rows:
                break
            batch_deliver(token=token, rows=rows, result=result)
            batch_seconds.append(time.perf_counter() - t0)
            per_batch.append(len(queries) - before)
            mail.outbox.clear()
    elapsed = time.perf_counter() - started
    assert result.sent == count, result.as_dict()
    return {
        "due_rows": count,
        "seconds": round(elapsed, 2),
        "rows_per_second": round(count / elapsed, 1),
        "ms_per_row": round(elapsed / count * 1000, 4),
        "batches": len(per_batch),
        "queries_per_full_batch": sorted(set(per_batch[:-1] or per_batch)),
        "median_batch_seconds": round(statistics.median(batch_seconds), 4),
        # Within one run: does a batch get slower as the table drains? (first vs last tenth)
        "median_batch_seconds_first_tenth": round(
            statistics.median(batch_seconds[: max(1, len(batch_seconds) // 10)]), 4
        ),
        "median_batch_seconds_last_tenth": round(
            statistics.median(batch_seconds[-max(1, len(batch_seconds) // 10) :]), 4
        ),
    }


def main() -> dict:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    from tests.factories import CandidateFactory

    _register_kind()
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    results = {"database": connection.vendor, "batch_size": BATCH, "runs": []}
    try:
        recipient = CandidateFactory()
        print(f"Sweep benchmark on {connection.vendor}, batches of {BATCH}, in-memory mail backend")
        print(f"{'due rows':>9} {'seconds':>8} {'rows/s':>8} {'ms/row':>8} {'batches':>8} {'queries/batch':>14}")
        # Warm up (template and ORM caches, connection) so the first measured run is not penalised.
        _fill(1000, recipient)
        _run(1000)
        for count in SIZES:
            _fill(count, recipient)
            run = _run(count)
            results["runs"].append(run)
            print(
                f"{run['due_rows']:>9} {run['seconds']:>8} {run['rows_per_second']:>8} {run['ms_per_row']:>8} "
                f"{run['batches']:>8} {str(run['queries_per_full_batch']):>14}   batch s first/last tenth: "
                f"{run['median_batch_seconds_first_tenth']}/{run['median_batch_seconds_last_tenth']}"
            )
        if len(results["runs"]) >= 2:
            first, last = results["runs"][0], results["runs"][-1]
            results["per_row_cost_ratio"] = round(last["ms_per_row"] / first["ms_per_row"], 3)
            print(
                f"per-row cost, {last['due_rows']} vs {first['due_rows']} rows: "
                f"{results['per_row_cost_ratio']} (goal <= 1.2)"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    out = settings.BASE_DIR / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "sweep.json").write_text(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
