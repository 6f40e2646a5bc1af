"""Personas and the checks that keep CI honest.

The personas: Cara, a candidate; Rhea, her recruiter; Otto, a recruiter from another
agency who has nothing to do with Cara; Sam, staff; and an anonymous visitor. Later issues
give Rhea a real representation of Cara; until then she is simply "a recruiter".
"""

import os
import shutil
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest
from rest_framework.test import APIClient

from config import env
from tests.factories import TEST_PASSWORD, make_persona

CHROMIUM = "/usr/bin/chromium"

# Marked by where they live, so a new file there is marked without anyone remembering to:
# `-m "not e2e and not integration and not fuzz"` is the quick loop.
MARKS_BY_PATH = {
    "tests/e2e/": "e2e",
    "tests/integration/": "integration",
    "tests/api/test_openapi_fuzz.py": "fuzz",
}
# Tests that start real worker and beat processes run one after another on one xdist worker
# (`--dist loadgroup`), so two of them never compete for the machine or a broker queue.
REAL_PROCESSES_GROUP = "real-processes"


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=2):
            return True
    except OSError:
        return False


def pytest_sessionstart(session):
    """In CI a missing service or browser fails the run; it is never skipped."""
    if not env.is_ci():
        return
    problems = []
    if not env.DATABASE_URL.startswith(("postgres://", "postgresql://")):
        problems.append("DATABASE_URL must point at PostgreSQL in CI")
    elif not _reachable(env.DATABASE_URL, 5432):
        problems.append(f"PostgreSQL is not reachable at {env.DATABASE_URL}")
    if not env.REDIS_URL:
        problems.append("REDIS_URL must be set in CI")
    elif not _reachable(env.REDIS_URL, 6379):
        problems.append(f"Redis is not reachable at {env.REDIS_URL}")
    if not os.path.exists(CHROMIUM):
        problems.append(f"Chromium is missing at {CHROMIUM} (apt-get install -y chromium)")
    if problems:
        pytest.exit("CI needs its services: " + "; ".join(problems), returncode=3)


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.path)).resolve().relative_to(env.BASE_DIR).as_posix()
        for prefix, mark in MARKS_BY_PATH.items():
            if path.startswith(prefix) and not item.get_closest_marker(mark):
                item.add_marker(getattr(pytest.mark, mark))
        if item.get_closest_marker("integration"):
            item.add_marker(pytest.mark.xdist_group(REAL_PROCESSES_GROUP))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI nothing skips: a skip there means a service, browser or package is missing, and a
    green run would hide it. (xfail stays allowed.)"""
    report = yield
    if env.is_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may skip: {reason}"
    return report


# --- One private data folder and cache namespace per test process ------------------------


def _worker_name() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session", autouse=True)
def _private_data_dir():
    """config/settings/test.py names a folder per process; it exists for the session only."""
    from config.paths import ensure_data_dirs

    paths = ensure_data_dirs()  # the test settings' DATA_DIR and STATIC_ROOT (inside it)
    yield paths.root
    shutil.rmtree(paths.root, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _private_cache_keys():
    """xdist workers share one Redis: each keeps its keys under its own prefix, and clears only those."""
    from django.conf import settings
    from django.test import override_settings

    cache_settings = {**settings.CACHES["default"], "KEY_PREFIX": f"debrief-test-{_worker_name()}"}
    with override_settings(CACHES={**settings.CACHES, "default": cache_settings}):
        yield


# --- Browser harness (pytest-playwright) ------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        if env.is_ci():
            pytest.fail(f"Chromium is missing at {CHROMIUM}")
        pytest.skip("Chromium is not installed here (apt-get install -y chromium); CI always runs these.")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session", autouse=True)
def _allow_sync_orm_under_playwright():
    # Playwright's sync API runs an event loop in the test thread; the live server and
    # the fixtures still talk to the database synchronously.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# --- Personas ---------------------------------------------------------------------------


@pytest.fixture
def password():
    return TEST_PASSWORD


@pytest.fixture
def candidate(db):
    """Cara, who is looking for a job."""
    return make_persona("candidate")


@pytest.fixture
def other_candidate(db):
    """Cole, another candidate; he must never see Cara's data."""
    return make_persona("other_candidate")


@pytest.fixture
def recruiter(db):
    """Rhea, Cara's recruiter."""
    return make_persona("recruiter")


@pytest.fixture
def other_recruiter(db):
    """Otto, a recruiter at another agency, unrelated to Cara."""
    return make_persona("other_recruiter")


@pytest.fixture
def staff(db):
    """Sam, an operator."""
    return make_persona("staff")


def _client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def _api_client_for(user):
    client = APIClient()
    client.force_authenticate(user=user)
    return client


@pytest.fixture
def anon_client():
    from django.test import Client

    return Client()


@pytest.fixture
def candidate_client(candidate):
    return _client_for(candidate)


@pytest.fixture
def other_candidate_client(other_candidate):
    return _client_for(other_candidate)


@pytest.fixture
def recruiter_client(recruiter):
    return _client_for(recruiter)


@pytest.fixture
def other_recruiter_client(other_recruiter):
    return _client_for(other_recruiter)


@pytest.fixture
def staff_client(staff):
    return _client_for(staff)


@pytest.fixture
def candidate_api(candidate):
    return _api_client_for(candidate)


@pytest.fixture
def other_candidate_api(other_candidate):
    return _api_client_for(other_candidate)


@pytest.fixture
def recruiter_api(recruiter):
    return _api_client_for(recruiter)


@pytest.fixture
def other_recruiter_api(other_recruiter):
    return _api_client_for(other_recruiter)


@pytest.fixture
def anon_api():
    return APIClient()


@pytest.fixture(autouse=True)
def _clean_cache(_private_cache_keys):
    """Throttle and lockout counters live in the cache; each test starts from zero. On Redis,
    clear() would flush the database under the other xdist workers' feet: delete our keys only."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    cache = caches["default"]
    if isinstance(cache, RedisCache):
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()
    yield


@pytest.fixture
def artifacts_dir():
    """Screenshots land here (kept out of git) so a person can look at them."""
    path = env.BASE_DIR / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
