"""Throughput of the main pages and endpoints, as a ratio to a bare Django JSON view.

Everything runs in one process through Django's test client (no network, no server), on a
throwaway test database (PostgreSQL when DATABASE_URL is set, else SQLite), filled by the
demo loader plus extra applications. Each target is timed for the same wall-clock budget
right after the bare view, so the ratio is measured in the same run on the same machine.
"""

import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

BUDGET_SECONDS = float(os.environ.get("BENCH_SECONDS", "2.0"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def bare_json_view(request):
    from django.http import JsonResponse

    return JsonResponse({"ok": True})


urlpatterns = []  # filled in _urlconf(); this module doubles as the benchmark's ROOT_URLCONF


def _urlconf():
    from django.urls import include, path

    urlpatterns[:] = [path("__bench__/bare/", bare_json_view), path("", include("config.urls"))]


def _rate(client, url: str) -> tuple[float, int]:
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    # Each request clears the query log when it starts; start the capture from an empty log.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    query_count = len(queries)  # read now: later requests clear the log it points into
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < BUDGET_SECONDS:
        client.get(url)
        count += 1
    return count / (time.perf_counter() - started), query_count


def _targets(candidate):
    from django.urls import NoReverseMatch, reverse

    wanted = [
        ("landing page (anonymous)", "core:landing", None),
        ("log-in page", "accounts:login", None),
        ("candidate dashboard", "candidates:dashboard", candidate),
        ("applications list page", "candidates:application-list", candidate),
        ("settings page", "accounts:settings", candidate),
        ("notifications page", "reminders:notification-list", candidate),
        ("API: me", "accounts-api:me", candidate),
        ("API: applications list", "candidates-api:application-list", candidate),
        ("API: notifications list", "reminders-api:notification-list", candidate),
    ]
    for label, name, user in wanted:
        try:
            yield label, reverse(name), user
        except NoReverseMatch:
            print(f"  (skipped {label}: no route {name!r} yet)")


def main() -> dict:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    from apps.accounts.models import User

    _urlconf()
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    results = {"budget_seconds": BUDGET_SECONDS, "rounds": ROUNDS, "database": connection.vendor, "targets": []}
    try:
        with override_settings(ROOT_URLCONF=__name__, DEBUG=False):
            call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
            candidate = User.objects.get(email="cara@example.com")
            anonymous, signed_in = Client(), Client()
            signed_in.force_login(candidate)
            print(f"Page benchmark on {connection.vendor}, {BUDGET_SECONDS}s per measurement, {ROUNDS} rounds")
            print(f"{'target':<28} {'req/s':>8} {'bare req/s':>11} {'ratio':>7} {'queries':>8}")
            for label, url, user in _targets(candidate):
                client = signed_in if user else anonymous
                ratios, rates, bares = [], [], []
                for _ in range(ROUNDS):
                    bare, _ = _rate(anonymous, "/__bench__/bare/")
                    rate, queries = _rate(client, url)
                    bares.append(bare)
                    rates.append(rate)
                    ratios.append(rate / bare)
                row = {
                    "target": label,
                    "url": url,
                    "requests_per_second": round(statistics.median(rates), 1),
                    "bare_requests_per_second": round(statistics.median(bares), 1),
                    "ratio_to_bare": round(statistics.median(ratios), 3),
                    "queries": queries,
                }
                results["targets"].append(row)
                print(
                    f"{label:<28} {row['requests_per_second']:>8} {row['bare_requests_per_second']:>11} "
                    f"{row['ratio_to_bare']:>7} {queries:>8}"
                )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    out = settings.BASE_DIR / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "pages.json").write_text(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
