"""Throughput of the main pages and API endpoints behind a real server, as ratios to two
baselines measured in the same run.

gunicorn (2 sync workers, production settings, DEBUG=False) serves bench/settings.py on
PostgreSQL with Redis; ``wrk`` (Debian's ``wrk`` package, a bench-only need) drives it. For each
data scale (full and a tenth) the server is started once, then every round measures, for each
target, its baseline ``floor`` (same authentication) and the target back to back, with ``bare``
at the start of each round; ratios are medians of per-round ratios, so the noise of a shared
machine mostly cancels. Query counts are read in-process (Django's test client on the same
database) for the measured candidate and for a user with one row of everything.

    python -m bench.server [--quick]
"""

import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))

# name, URL name, kwargs key, who (page session / api token / anonymous), baseline
TARGETS = [
    ("healthz", "core:healthz", None, "anon"),
    ("log-in page", "accounts:login", None, "anon"),
    ("dashboard", "candidates:dashboard", None, "page"),
    ("applications page", "candidates:application-list", None, "page"),
    ("thread detail page", "feedback:thread-detail", "thread", "page"),
    ("insights page", "feedback:insights", None, "page"),
    ("recruiter work queue", "recruiters:home", None, "recruiter"),
    ("API applications list", "candidates-api:application-list", None, "api"),
    ("API threads list", "feedback-api:thread-list", None, "api"),
    ("API notifications list", "reminders-api:notification-list", None, "api"),
    ("API application detail", "candidates-api:application-detail", "application", "api"),
    ("API thread detail", "feedback-api:thread-detail", "thread", "api"),
    ("API me", "accounts-api:me", None, "api"),
]


def _env(database: str) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=f"{PG}/{database}",
        REDIS_URL=REDIS,
        SECRET_KEY="bench-" + "x" * 60,
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        # Throttling still runs on every API request (its cost is measured), it just never refuses.
        API_THROTTLE_USER="100000000/second",
        API_THROTTLE_ANON="100000000/second",
        PYTHONPATH=str(ROOT),
    )
    return env


# --- setup: runs in a child process with Django configured for one database ------------------


def setup(scale: float) -> dict:
    import django

    django.setup()
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone

    from apps.accounts.models import User
    from apps.accounts.services import api_token_create
    from apps.core.health import expected_heartbeats, heartbeat_record
    from bench import data

    call_command("migrate", verbosity=0)
    marker = f"bench scale={scale}"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()"
        )
        (comment,) = cursor.fetchone()
    if comment != marker:
        started = time.perf_counter()
        counts = data.generate(scale=scale)
        with connection.cursor() as cursor:
            cursor.execute(f"COMMENT ON DATABASE {connection.settings_dict['NAME']} IS '{marker}'")
        print(f"  generated {counts} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    # No worker runs during the bench: date the heartbeats ahead, so /healthz stays 200 for the
    # whole run (it does the same work either way).
    for expected in expected_heartbeats:
        heartbeat_record(name=expected.name, now=timezone.now() + timedelta(hours=12))
    call_command("collectstatic", verbosity=0, interactive=False)
    cache.clear()

    engine = import_module(settings.SESSION_ENGINE)

    def session_for(user):
        store = engine.SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.save()
        return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"

    def people(email):
        user = User.objects.get(email=email)
        user.api_tokens.filter(name="bench").delete()
        token = api_token_create(user=user, name="bench")
        key = token[1] if isinstance(token, tuple) else token.key
        return user, {"page": session_for(user), "api": f"Token {key}"}

    candidate, auth = people(data.CANDIDATE_EMAIL)
    one, one_auth = people(data.ONE_ROW_EMAIL)
    recruiter, recruiter_auth = people(data.RECRUITER_EMAIL)
    headers = {
        "anon": {},
        "page": {"Cookie": auth["page"]},
        "api": {"Authorization": auth["api"]},
        "recruiter": {"Cookie": recruiter_auth["page"]},
    }
    one_headers = {"page": {"Cookie": one_auth["page"]}, "api": {"Authorization": one_auth["api"]}}

    def ids(user):
        return {
            "application": user.applications.order_by("id").values_list("id", flat=True).first(),
            "thread": user.feedback_threads.order_by("id").values_list("id", flat=True).first(),
        }

    def count(url, hdrs):
        client = Client(headers=hdrs)
        client.get(url)  # warm: first-request caches (ContentTypes, templates) are not the steady state
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return response.status_code, len(queries)

    targets = []
    for name, url_name, kwarg, who in TARGETS:
        try:
            kwargs = {"pk": ids(candidate)[kwarg]} if kwarg else {}
            url = reverse(url_name, kwargs=kwargs)
        except NoReverseMatch:
            print(f"  (skipped {name}: no route {url_name!r})", file=sys.stderr)
            continue
        status, queries = count(url, headers[who])
        row = {"name": name, "url": url, "who": who, "headers": headers[who], "status": status, "queries": queries}
        if who in one_headers:
            one_url = reverse(url_name, kwargs={"pk": ids(one)[kwarg]} if kwarg else {})
            row["queries_one_row"] = count(one_url, one_headers[who])[1]
        targets.append(row)
    floor_pk = ids(candidate)["application"]
    baselines = {
        "bare": {"url": "/__bench__/bare/", "headers": {}},
        "floor page": {"url": f"/__bench__/floor/page/{floor_pk}/", "headers": headers["page"]},
        "floor recruiter": {
            "url": f"/__bench__/floor/page/{floor_pk}/",
            "headers": headers["recruiter"],
        },
        "floor api": {"url": f"/__bench__/floor/api/{floor_pk}/", "headers": headers["api"]},
    }
    for key, hdrs in (("floor page", headers["page"]), ("floor api", headers["api"])):
        baselines[key]["queries"] = count(baselines[key]["url"], hdrs)[1]
    return {"targets": targets, "baselines": baselines}


# --- measuring: the parent process ------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wrk(base: str, url: str, headers: dict, seconds: float) -> dict:
    cmd = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    for key, value in headers.items():
        cmd += ["-H", f"{key}: {value}"]
    out = subprocess.run([*cmd, base + url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"{url}: wrk saw non-2xx answers\n{out}")

    def latency(pct):
        value, unit = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": latency(50), "p99": latency(99)}


def _check(base: str, url: str, headers: dict) -> None:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    request = urllib.request.Request(base + url, headers=headers)  # noqa: S310 (always http://127.0.0.1)
    try:
        status = urllib.request.build_opener(NoRedirect).open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        raise RuntimeError(f"{url} answered {status} through the server")


def measure(database: str, scale: float, *, rounds: int, seconds: float) -> dict:
    env = _env(database)
    _createdb(database)
    started = time.perf_counter()
    done = subprocess.run([PY, "-m", "bench.server", "--setup", str(scale)], env=env, cwd=ROOT, capture_output=True)
    if done.returncode:
        raise RuntimeError(f"setting up {database} failed:\n{done.stderr.decode()[-3000:]}")
    sys.stderr.write(done.stderr.decode())
    plan = json.loads(done.stdout.decode())
    print(f"  {database}: data and sessions ready in {time.perf_counter() - started:.0f}s", flush=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "config.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(WORKERS), "--log-level", "warning"],
        env=env,
        cwd=ROOT,
    )
    try:
        for _ in range(100):
            try:
                _check(base, "/__bench__/bare/", {})
                break
            except (OSError, RuntimeError):
                time.sleep(0.2)
        floors = {"page": "floor page", "api": "floor api", "recruiter": "floor recruiter", "anon": "floor page"}
        for spec in [*plan["baselines"].values(), *plan["targets"]]:
            _check(base, spec["url"], spec["headers"])
            _wrk(base, spec["url"], spec["headers"], 1)  # warm both workers
        samples = {t["name"]: [] for t in plan["targets"]}
        for _ in range(rounds):
            bare = _wrk(base, "/__bench__/bare/", {}, seconds)
            for target in plan["targets"]:
                floor_spec = plan["baselines"][floors[target["who"]]]
                floor = _wrk(base, floor_spec["url"], floor_spec["headers"], seconds)
                got = _wrk(base, target["url"], target["headers"], seconds)
                samples[target["name"]].append({"bare": bare, "floor": floor, "target": got})
    finally:
        server.terminate()
        server.wait(timeout=30)
    rows = []
    for target in plan["targets"]:
        runs = samples[target["name"]]

        def med(values):
            return round(statistics.median(values), 3)

        rows.append(
            {
                "name": target["name"],
                "url": target["url"],
                "auth": target["who"],
                "rps": med([r["target"]["rps"] for r in runs]),
                "ratio_to_bare": med([r["target"]["rps"] / r["bare"]["rps"] for r in runs]),
                "ratio_to_floor": med([r["target"]["rps"] / r["floor"]["rps"] for r in runs]),
                "p50_ms": med([r["target"]["p50"] for r in runs]),
                "p99_ms": med([r["target"]["p99"] for r in runs]),
                "queries": target["queries"],
                "queries_one_row": target.get("queries_one_row"),
                "floor_rps": med([r["floor"]["rps"] for r in runs]),
                "bare_rps": med([r["bare"]["rps"] for r in runs]),
            }
        )
    floor_ratio = {
        kind: round(
            statistics.median(
                r["floor"]["rps"] / r["bare"]["rps"]
                for t in plan["targets"]
                if t["who"] == kind
                for r in samples[t["name"]]
            ),
            3,
        )
        for kind in ("page", "api")
    }
    return {
        "rows": rows,
        "floor_to_bare": floor_ratio,
        "floor_queries": {k: v.get("queries") for k, v in plan["baselines"].items()},
    }


def _createdb(database: str) -> None:
    listed = subprocess.run(
        ["psql", f"{PG}/postgres", "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{database}'"],  # noqa: S608
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not listed:
        subprocess.run(["psql", f"{PG}/postgres", "-qc", f"CREATE DATABASE {database}"], check=True)


def _wrk_available() -> bool:
    if shutil.which("wrk"):
        return True
    print("bench: `wrk` (the load generator) is not installed; it is a bench-only need.")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("bench: installing it with `apt-get install -y wrk`…", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False, stdout=subprocess.DEVNULL)
        return bool(shutil.which("wrk"))
    print("bench: install it with `sudo apt-get install wrk` (Debian/Ubuntu) and run `make bench` again.")
    return False


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--setup"]:
        print(json.dumps(setup(float(argv[1]))))
        return 0
    if not _wrk_available():
        return 1
    quick = "--quick" in argv
    rounds, seconds = (1, 1) if quick else (int(os.environ.get("BENCH_ROUNDS", "3")), 3)
    scales = (
        [("debrief_bench_quick", 0.05), ("debrief_bench_quick_tenth", 0.005)]
        if quick
        else [
            ("debrief_bench", 1.0),
            ("debrief_bench_tenth", 0.1),
        ]
    )
    print(f"Server benchmark: gunicorn ×{WORKERS} sync workers, wrk -c{CONNECTIONS}, {rounds} round(s) of {seconds}s")
    full = measure(*scales[0], rounds=rounds, seconds=seconds)
    tenth = measure(*scales[1], rounds=rounds, seconds=seconds)
    by_name = {row["name"]: row for row in tenth["rows"]}
    for row in full["rows"]:
        small = by_name.get(row["name"], {})
        row["rps_tenth"] = small.get("rps")
        row["p99_tenth_ms"] = small.get("p99_ms")
    result = {
        "quick": quick,
        "scale": {"full": scales[0][1], "tenth": scales[1][1]},
        "targets": full["rows"],
        "floor_to_bare": full["floor_to_bare"],
        "floor_queries": full["floor_queries"],
    }
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "server.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
