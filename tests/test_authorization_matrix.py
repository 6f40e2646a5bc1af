"""Every URL pattern × role × owner answers as the matrix in tests/authz/ says.

Outsiders get 404 for objects they cannot see, 403 where they can see but not change,
and anonymous visitors are sent to log in (pages) or get 401 (API).

The world (the five personas plus every app's ``build``) is made once for this module inside a
transaction that is rolled back at the end; each case runs in a savepoint of its own that is
rolled back after it, so a DELETE in one case never hides the object from the next.
"""

import importlib
import json
import pkgutil

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import tests.authz
from tests.authz.base import ROLES, Route, World
from tests.factories import make_persona


def _modules():
    for info in pkgutil.iter_modules(tests.authz.__path__):
        if info.name != "base":
            yield importlib.import_module(f"tests.authz.{info.name}")


def _all_routes() -> list[Route]:
    return [route for module in _modules() for route in module.ROUTES]


def _exempt_prefixes() -> tuple[str, ...]:
    return tuple(prefix for module in _modules() for prefix in getattr(module, "EXEMPT_PREFIXES", ()))


def _url_names(resolver=None, namespace="") -> set[str]:
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_named_url_has_a_row_in_the_matrix():
    covered = {route.name for route in _all_routes()}
    missing = sorted(name for name in _url_names() - covered if not name.startswith(_exempt_prefixes()))
    assert not missing, f"Add these routes to tests/authz/<app>.py: {missing}"


def test_every_url_pattern_has_a_name():
    def unnamed(resolver):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                if not (pattern.app_name or "").startswith("admin"):
                    yield from unnamed(pattern)
            elif not pattern.name:
                yield str(pattern.pattern)

    assert not list(unnamed(get_resolver()))


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for all ~500 cases, not once per case, inside a transaction rolled back at the
    end. pytest-django runs each case (marked ``django_db``) in a savepoint of its own."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic._from_testcase = True  # as in Django's TestCase: a durable atomic inside still works
        with atomic:
            world = World(**{role: make_persona(role) for role in ROLES if role != "anon"})
            for module in _modules():
                if hasattr(module, "build"):
                    module.build(world)
            yield world
            transaction.set_rollback(True)


def _client(role: str, world: World):
    from django.test import Client

    client = Client()
    if role != "anon":
        client.force_login(getattr(world, role))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", _all_routes(), ids=lambda r: r.id)
def test_route_answers_each_role_as_the_matrix_says(route: Route, role: str, world):
    kwargs = route.kwargs(world) if route.kwargs else {}
    url = reverse(route.name, kwargs=kwargs) + (f"?{route.query}" if route.query else "")
    data = route.data(world) if callable(route.data) else route.data
    client = _client(role, world)
    request = getattr(client, route.method)
    if route.method == "get":
        response = request(url, data or {})
    else:
        response = request(url, json.dumps(data or {}), content_type=route.content_type or "application/json")
    assert response.status_code == route.expect[role], (
        f"{route.id} as {role}: expected {route.expect[role]}, got {response.status_code}"
    )
