"""Personas and the checks that keep CI honest.

The personas: Cara, a candidate; Rhea, her recruiter; Otto, a recruiter from another
agency who has nothing to do with Cara; Sam, staff; and an anonymous visitor. Later issues
give Rhea a real representation of Cara; until then she is simply "a recruiter".
"""

import os
import socket
from urllib.parse import urlparse

import pytest
from rest_framework.test import APIClient

from config import env
from tests.factories import TEST_PASSWORD, CandidateFactory, RecruiterFactory, StaffFactory

CHROMIUM = "/usr/bin/chromium"


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
    return CandidateFactory(email="cara@example.com", full_name="Cara Jensen")


@pytest.fixture
def other_candidate(db):
    """Cole, another candidate; he must never see Cara's data."""
    return CandidateFactory(email="cole@example.com", full_name="Cole Martin")


@pytest.fixture
def recruiter(db):
    """Rhea, Cara's recruiter."""
    return RecruiterFactory(email="rhea@example.com", full_name="Rhea Patel")


@pytest.fixture
def other_recruiter(db):
    """Otto, a recruiter at another agency, unrelated to Cara."""
    return RecruiterFactory(email="otto@example.com", full_name="Otto Berg")


@pytest.fixture
def staff(db):
    """Sam, an operator."""
    return StaffFactory(email="sam@example.com", full_name="Sam Operator")


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
def _clean_cache():
    """Throttle and lockout counters live in the cache; each test starts from zero."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def artifacts_dir():
    """Screenshots land here (kept out of git) so a person can look at them."""
    path = env.BASE_DIR / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
