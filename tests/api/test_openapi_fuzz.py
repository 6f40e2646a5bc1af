"""Schemathesis fuzzes every operation in the OpenAPI schema, as a signed-in candidate.

No input may produce a server error, and every response must match the schema: its status
code is documented, its body has the documented shape (including the one error shape).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from apps.accounts.services import api_token_create

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def _load_schema():
    # Loaded at collection: pytest-django has configured Django by then, and serving the
    # schema touches no database.
    from config.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


schema = _load_schema()


@pytest.fixture
def token(candidate):
    return api_token_create(user=candidate).key


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
def test_no_input_makes_the_api_fail_or_break_its_schema(case, token):
    # Revoking would end the run's own credentials halfway; it is covered in the accounts tests.
    if case.path.endswith("/auth/token/revoke/"):
        return
    case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)
