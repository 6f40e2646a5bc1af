"""Reads never write: a GET of any page or API endpoint, by any persona, changes no row.

It walks every named URL pattern (the authorization matrix has a row for each, with the objects
its ``build`` hooks make and the kwargs to reach them) with a GET as each persona, and looks at
the SQL: no INSERT, UPDATE or DELETE, apart from the bookkeeping below that a read is meant to
leave behind.
"""

import importlib
import pkgutil
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import tests.authz
from tests.authz.base import ROLES, World

pytestmark = pytest.mark.django_db

WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)

# Writes a read is meant to leave, each for a stated reason.
ALLOWED = {
    # Sessions: Django's own bookkeeping (a new session, its expiry).
    "django_session": "session bookkeeping",
    # Every read of a candidate's data by someone else, and every export, is audited (DESIGN.md).
    "core_auditevent": "the audit log of reads and exports",
    # A calendar app's poll notes when the secret feed was last read, at most once an hour.
    "candidates_calendarfeed": "the feed's last-read time",
}


def _modules():
    for info in pkgutil.iter_modules(tests.authz.__path__):
        if info.name != "base":
            yield importlib.import_module(f"tests.authz.{info.name}")


def _routes():
    """One route per URL name: the first row that names it (its kwargs reach a real object)."""
    seen = {}
    for module in _modules():
        for route in module.ROUTES:
            if route.name.startswith("admin:"):
                continue
            if route.name not in seen or (route.method == "get" and seen[route.name].method != "get"):
                seen[route.name] = route
    return list(seen.values())


@pytest.fixture
def world(candidate, other_candidate, recruiter, other_recruiter, staff):
    world = World(candidate, other_candidate, recruiter, other_recruiter, staff)
    for module in _modules():
        if hasattr(module, "build"):
            module.build(world)
    return world


def _unexpected_writes(queries) -> list[str]:
    found = []
    for query in queries:
        sql = query["sql"]
        match = WRITE.match(sql)
        if match is None or match.group(2) in ALLOWED:
            continue
        if match.group(2) == "accounts_user" and "last_login" in sql and "SET" in sql.upper():
            continue  # log-in bookkeeping
        found.append(sql[:160])
    return found


def _walk(world, role) -> dict[str, list[str]]:
    client = Client()
    if role != "anon":
        client.force_login(getattr(world, role))
    writes = {}
    for route in _routes():
        url = reverse(route.name, kwargs=route.kwargs(world) if route.kwargs else {})
        with CaptureQueriesContext(connection) as captured:
            client.get(url + (f"?{route.query}" if route.query else ""))
        found = _unexpected_writes(captured.captured_queries)
        if found:
            writes[route.name] = found
    return writes


@pytest.mark.parametrize("role", ROLES)
def test_no_get_writes_anything_but_bookkeeping(role, world):
    assert _walk(world, role) == {}


@pytest.mark.parametrize("role", ["candidate", "staff"])
def test_an_account_missing_its_preferences_and_profile_rows_still_reads_without_writing(role, world):
    from apps.accounts.models import NotificationPreferences
    from apps.candidates.models import CandidateProfile

    user = getattr(world, role)
    NotificationPreferences.objects.filter(user=user).delete()
    CandidateProfile.objects.filter(user=user).delete()
    assert _walk(world, role) == {}
