"""Every way a request can go wrong at the API's edge answers in the one error shape."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from rest_framework.throttling import SimpleRateThrottle

from apps.core.api.errors import printable
from tests.core.error_shape import assert_api_error

pytestmark = pytest.mark.django_db

TOKEN = "/api/v1/auth/token/"
PREFERENCES = "/api/v1/me/preferences/"


def test_it_explains_a_body_that_is_not_json(anon_api):
    response = anon_api.post(TOKEN, '{"email": "cara@example.com", "password":', content_type="application/json")

    error = assert_api_error(response, status=400, code="parse_error")
    assert "not valid JSON" in error["message"]


def test_it_explains_malformed_json_to_a_signed_in_caller_too(candidate_api, candidate):
    response = candidate_api.patch(PREFERENCES, "{'timezone': 'UTC'}", content_type="application/json")

    assert_api_error(response, status=400, code="parse_error")


@pytest.mark.parametrize("body", ["[]", '"just a string"', "42", "null"])
def test_it_refuses_json_that_is_not_an_object(anon_api, db, body):
    response = anon_api.post(TOKEN, body, content_type="application/json")

    error = assert_api_error(response, status=400, code="validation_error")
    assert list(error["fields"]) == ["non_field_errors"]


def test_it_refuses_a_body_over_one_mebibyte_before_reading_it(candidate_api):
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    body = '{"email_off_kinds": ["' + "x" * limit + '"]}'

    response = candidate_api.patch(PREFERENCES, body, content_type="application/json")

    error = assert_api_error(response, status=413, code="body_too_large")
    assert "1 MiB" in error["message"]


def test_it_accepts_a_body_just_under_the_limit(anon_api, db):
    padding = settings.DATA_UPLOAD_MAX_MEMORY_SIZE - 100
    body = '{"email": "nobody@example.com", "password": "' + "x" * padding + '"}'

    response = anon_api.post(TOKEN, body, content_type="application/json")

    assert_api_error(response, status=400, code="invalid_credentials")


@pytest.mark.parametrize("path", ["/api/v1/nope/", "/api/v1/", "/api/v1/me/nope/", "/api/v2/me/"])
def test_it_answers_unknown_api_paths_with_404_in_the_error_shape(anon_api, path):
    assert_api_error(anon_api.get(path), status=404, code="not_found")


def test_it_answers_unknown_api_paths_the_same_when_signed_in(candidate_api):
    assert_api_error(candidate_api.post("/api/v1/nope/", {"a": 1}), status=404, code="not_found")


def test_it_answers_an_unknown_page_with_the_html_404(client, db):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert b"We can't find that page" in response.content


def test_it_refuses_a_body_that_is_not_json_with_415(anon_api, db):
    response = anon_api.post(
        TOKEN, "email=cara@example.com&password=x", content_type="application/x-www-form-urlencoded"
    )

    error = assert_api_error(response, status=415, code="unsupported_media_type")
    assert "application/x-www-form-urlencoded" in error["message"]


def test_it_refuses_xml_with_415(candidate_api):
    response = candidate_api.patch(PREFERENCES, "<timezone>UTC</timezone>", content_type="application/xml")

    assert_api_error(response, status=415, code="unsupported_media_type")


def test_it_refuses_to_answer_in_anything_but_json_with_406(candidate_api):
    response = candidate_api.get(reverse("accounts-api:me"), HTTP_ACCEPT="text/csv")

    assert_api_error(response, status=406, code="not_acceptable")


def test_it_refuses_a_wrong_method_with_405(candidate_api):
    assert_api_error(candidate_api.delete(reverse("accounts-api:me")), status=405, code="method_not_allowed")


@pytest.fixture
def tiny_rates(monkeypatch):
    """Two requests a minute. DRF copies the rates onto the throttle class at import time, so
    override_settings alone would not reach them; patch the copy as well."""
    rates = {"anon": "2/minute", "user": "2/minute", "auth": "2/minute"}
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}):
        monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
        yield rates


def test_it_throttles_a_busy_caller_with_retry_after(candidate_api, tiny_rates):
    answers = [candidate_api.get(reverse("accounts-api:me")) for _ in range(3)]

    assert [answer.status_code for answer in answers[:2]] == [200, 200]
    error = assert_api_error(answers[2], status=429, code="throttled", extra_keys=("retry_after",))
    assert isinstance(error["retry_after"], int)
    assert 0 < error["retry_after"] <= 60
    assert answers[2]["Retry-After"] == str(error["retry_after"])
    assert f"{error['retry_after']} seconds" in error["message"]


def test_it_throttles_token_requests_by_their_own_scope(anon_api, candidate, tiny_rates):
    answers = [anon_api.post(TOKEN, {"email": "nobody@example.com", "password": "x"}) for _ in range(3)]

    assert [answer.status_code for answer in answers[:2]] == [400, 400]
    assert_api_error(answers[2], status=429, code="throttled", extra_keys=("retry_after",))


def test_it_throttles_each_caller_separately(candidate_api, other_candidate_api, tiny_rates):
    for _ in range(3):
        candidate_api.get(reverse("accounts-api:me"))

    assert other_candidate_api.get(reverse("accounts-api:me")).status_code == 200


def test_it_refuses_a_lone_surrogate_in_json_instead_of_crashing(candidate_api):
    """JSON may carry "\\ud800", which UTF-8 can't encode: the parser refuses it for every endpoint."""
    body = '{"timezone": "Europe/Berlin\\ud800"}'

    response = candidate_api.patch(PREFERENCES, body, content_type="application/json")

    assert_api_error(response, status=400, code="unstorable_text")


def test_it_echoes_a_lone_surrogate_escaped_instead_of_crashing():
    """Should one reach a message anyway, it still renders as UTF-8."""
    assert printable("Europe/Berlin\ud800") == "Europe/Berlin\\ud800"


@pytest.mark.parametrize(
    "body",
    ["[" * 100_000 + "]" * 100_000, '{"a": ' * 50_000 + "1" + "}" * 50_000],
    ids=["arrays", "objects"],
)
def test_it_refuses_json_nested_too_deeply_to_decode_instead_of_crashing(anon_api, db, body):
    """Under 1 MiB, but deeper than Python's decoder can recurse."""
    response = anon_api.post(TOKEN, body, content_type="application/json")

    assert_api_error(response, status=400, code="parse_error")
