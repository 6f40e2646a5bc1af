"""Errors outside a view's control answer in the right voice: JSON shape under /api/, pages elsewhere."""

import pytest
from django.test import Client

from tests.core.error_shape import assert_api_error
from tests.core.html_parse import parse

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.core.boom_urls")]


@pytest.fixture
def client():
    # Answer like production: the handler's response, not the exception.
    return Client(raise_request_exception=False)


def test_it_answers_an_unexpected_api_error_with_500_in_the_error_shape(client):
    error = assert_api_error(client.get("/api/v1/boom/"), status=500, code="server_error")

    assert "Nothing you sent was lost" in error["message"]
    assert "unexpected bug" not in error["message"], "no internals leak"


def test_it_answers_an_unexpected_page_error_with_the_calm_500_page(client):
    response = client.get("/boom/")

    assert response.status_code == 500
    assert "What you had already saved is safe" in parse(response).text
    assert "unexpected bug" not in response.content.decode()


def test_it_answers_a_forbidden_api_call_with_403_in_the_error_shape(client):
    assert_api_error(client.get("/api/v1/forbidden/"), status=403, code="permission_denied")


def test_it_explains_a_forbidden_page_with_the_reason_given(client):
    response = client.get("/forbidden/")

    assert response.status_code == 403
    assert "Only Cara can change this application. Nothing was changed." in parse(response).text


def test_it_keeps_security_headers_on_error_pages(client):
    response = client.get("/boom/")

    assert response["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response["Content-Security-Policy"]
