"""Schemathesis fuzzes every operation in the OpenAPI schema, as a candidate, as a recruiter and
anonymously.

No input may produce a server error, and every response must match the schema: its status
code is documented, its body has the documented shape (including the one error shape).
Throttles are raised for the run, so the fuzzer reaches the views instead of collecting 429s.
"""

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.test import override_settings
from hypothesis import HealthCheck, settings
from rest_framework.throttling import SimpleRateThrottle
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from apps.accounts.services import api_token_create

UNLIMITED = {"anon": "1000000/minute", "user": "1000000/minute", "auth": "1000000/minute"}
# Operations that would end the run's own credentials halfway; the accounts tests cover them.
ENDS_OWN_TOKEN = {("DELETE", "/api/v1/auth/token/revoke/"), ("DELETE", "/api/v1/auth/tokens/{id}/")}


def not_throttled(ctx, response, case):
    """The run is about the views: a 429 means the throttles were not raised after all."""
    if response.status_code == 429 and "throttled" in response.text:
        raise AssertionError(f"{case.operation.label} was throttled; the fuzz did not reach the view")


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    not_throttled,
]


def _load_schema():
    # Loaded at collection: pytest-django has configured Django by then, and serving the
    # schema touches no database.
    from config.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


schema = _load_schema()


@pytest.fixture(autouse=True)
def _throttles_raised(monkeypatch):
    """DRF binds the rates to a class attribute at import, so both that and the settings move.
    Limiters of their own (the public reply link's) count in the cache: a dummy cache keeps no
    count, so they let the fuzzer through too."""
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", UNLIMITED)
    with override_settings(
        REST_FRAMEWORK={**django_settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": UNLIMITED},
        CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}},
    ):
        yield


@pytest.fixture(params=["candidate", "recruiter", "anon"])
def headers(request):
    if request.param == "anon":
        return {}
    user = request.getfixturevalue(request.param)
    return {"Authorization": f"Token {api_token_create(user=user, name='Fuzz')[1]}"}


@pytest.fixture(autouse=True)
def _keep_the_test_connection_open():
    """Requests go straight into the WSGI app here, not through Django's test client, so the
    request signals would close the test's connection (it is inside the test transaction and
    not in autocommit). Django's test client unhooks the same handler for the same reason."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
@pytest.mark.django_db
def test_no_input_makes_the_api_fail_or_break_its_schema(case, headers):
    if headers and (case.method.upper(), case.path) in ENDS_OWN_TOKEN:
        return
    case.call_and_validate(headers=headers, checks=CHECKS)
