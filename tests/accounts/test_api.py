"""The accounts API: tokens, who am I, and notification preferences."""

from datetime import time

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from apps.accounts.models import ApiToken, NotificationPreferences
from apps.accounts.services import api_token_create
from apps.accounts.tokens import token_digest
from apps.core.models import AuditEvent
from tests.core.error_shape import assert_api_error

pytestmark = pytest.mark.django_db

TOKEN = "accounts-api:token-obtain"
REVOKE = "accounts-api:token-revoke"
ME = "accounts-api:me"
PREFERENCES = "accounts-api:me-preferences"


def _token_client(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def _obtain(client, email, password):
    return client.post(reverse(TOKEN), {"email": email, "password": password})


def _stored(user) -> dict:
    return NotificationPreferences.objects.filter(user=user).values().get()


# --- POST /api/v1/auth/token/ ----------------------------------------------------------


def test_it_exchanges_email_and_password_for_a_token(anon_api, candidate, password):
    response = _obtain(anon_api, candidate.email, password)

    assert response.status_code == 201
    body = response.json()
    assert ApiToken.objects.get(user=candidate).digest == token_digest(body["token"])
    assert body["user"] == {
        "id": candidate.pk,
        "email": "cara@example.com",
        "full_name": "Cara Jensen",
        "role": "candidate",
        "date_joined": body["user"]["date_joined"],
    }
    assert AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.TOKEN_CREATED).count() == 1


def test_the_token_it_returns_works(anon_api, candidate, password):
    key = _obtain(anon_api, candidate.email, password).json()["token"]

    assert _token_client(key).get(reverse(ME)).json()["email"] == candidate.email


def test_each_log_in_makes_another_token(anon_api, candidate, password):
    first = _obtain(anon_api, candidate.email, password).json()["token"]
    second = _obtain(anon_api, "CARA@EXAMPLE.COM", password)

    assert second.status_code == 201
    assert second.json()["token"] != first
    assert ApiToken.objects.filter(user=candidate).count() == 2


@pytest.mark.parametrize(
    ("email", "secret"),
    [("cara@example.com", "not the password"), ("nobody@example.com", "correct horse battery staple")],
)
def test_it_refuses_wrong_credentials_in_the_error_shape(anon_api, candidate, email, secret):
    error = assert_api_error(_obtain(anon_api, email, secret), status=400, code="invalid_credentials")

    assert "don't match" in error["message"]
    assert not ApiToken.objects.exists()


def test_it_refuses_an_inactive_account(anon_api, candidate, password):
    candidate.is_active = False
    candidate.save()

    assert_api_error(_obtain(anon_api, candidate.email, password), status=400, code="invalid_credentials")


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"email", "password"}),
        ({"email": "cara@example.com"}, {"password"}),
        ({"password": "x"}, {"email"}),
        ({"email": "not an e-mail", "password": "x"}, {"email"}),
        ({"email": "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".example.com", "password": "x"}, {"email"}),
    ],
)
def test_it_names_missing_or_bad_fields(anon_api, candidate, body, fields):
    response = anon_api.post(reverse(TOKEN), body)

    error = assert_api_error(response, status=400, code="validation_error")
    assert set(error["fields"]) == fields
    assert all(isinstance(message, str) for messages in error["fields"].values() for message in messages)


# --- DELETE /api/v1/auth/token/revoke/ -------------------------------------------------


def test_it_revokes_the_token_and_the_old_token_stops_working(anon_api, candidate, password):
    key = _obtain(anon_api, candidate.email, password).json()["token"]
    client = _token_client(key)
    assert client.get(reverse(ME)).status_code == 200

    response = client.delete(reverse(REVOKE))

    assert response.status_code == 204
    assert response.content == b""
    assert not ApiToken.objects.filter(user=candidate).exists()
    assert AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.TOKEN_REVOKED).count() == 1
    refused = client.get(reverse(ME))
    assert_api_error(refused, status=401, code="authentication_failed")
    assert refused["WWW-Authenticate"] == "Token"


def test_it_revokes_only_with_delete(candidate_api):
    assert_api_error(candidate_api.post(reverse(REVOKE)), status=405, code="method_not_allowed")


def test_it_answers_401_with_a_hint_to_an_anonymous_caller(anon_api):
    response = anon_api.get(reverse(ME))

    error = assert_api_error(response, status=401, code="not_authenticated")
    assert "Authorization: Token" in error["message"]
    assert response["WWW-Authenticate"] == "Token"


def test_it_refuses_a_made_up_token(db):
    response = _token_client("0" * 40).get(reverse(ME))

    assert_api_error(response, status=401, code="authentication_failed")


# --- GET /api/v1/me/ -------------------------------------------------------------------


def _expected_me(user) -> dict:
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "role": user.role,
        "preferences": {
            "timezone": "Europe/Berlin",
            "quiet_hours_start": None,
            "quiet_hours_end": None,
            "weekly_digest": True,
            "email_off_kinds": [],
        },
    }


def test_it_tells_a_token_holder_who_they_are(recruiter):
    _, key = api_token_create(user=recruiter, name="Script")

    body = _token_client(key).get(reverse(ME)).json()

    body.pop("date_joined")
    assert body == _expected_me(recruiter)


def test_it_tells_a_browser_session_who_it_is(candidate_client, candidate):
    response = candidate_client.get(reverse(ME))

    assert response.status_code == 200
    body = response.json()
    body.pop("date_joined")
    assert body == _expected_me(candidate)


def test_it_refuses_a_session_write_without_the_csrf_token(candidate):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(candidate)

    response = browser.patch(reverse(PREFERENCES), {"weekly_digest": False}, content_type="application/json")

    assert_api_error(response, status=403, code="permission_denied")
    assert _stored(candidate)["weekly_digest"] is True


# --- PATCH /api/v1/me/preferences/ -----------------------------------------------------


def test_it_changes_preferences(candidate_api, candidate):
    response = candidate_api.patch(
        reverse(PREFERENCES),
        {
            "timezone": "America/New_York",
            "quiet_hours_start": "22:00",
            "quiet_hours_end": "07:00",
            "weekly_digest": False,
            "email_off_kinds": ["weekly_digest"],
        },
    )

    assert response.status_code == 200
    assert response.json() == {
        "timezone": "America/New_York",
        "quiet_hours_start": "22:00",
        "quiet_hours_end": "07:00",
        "weekly_digest": False,
        "email_off_kinds": ["weekly_digest"],
    }
    stored = _stored(candidate)
    assert (stored["timezone"], stored["quiet_hours_start"], stored["quiet_hours_end"]) == (
        "America/New_York",
        time(22),
        time(7),
    )
    assert stored["email_off_kinds"] == ["weekly_digest"]


def test_it_changes_only_what_is_sent(candidate_api, candidate):
    candidate_api.patch(reverse(PREFERENCES), {"quiet_hours_start": "22:00", "quiet_hours_end": "07:00"})

    candidate_api.patch(reverse(PREFERENCES), {"weekly_digest": False})

    stored = _stored(candidate)
    assert (stored["timezone"], stored["quiet_hours_start"], stored["weekly_digest"]) == (
        "Europe/Berlin",
        time(22),
        False,
    )


def test_it_clears_quiet_hours_with_two_nulls(candidate_api, candidate):
    candidate_api.patch(reverse(PREFERENCES), {"quiet_hours_start": "22:00", "quiet_hours_end": "07:00"})

    response = candidate_api.patch(reverse(PREFERENCES), {"quiet_hours_start": None, "quiet_hours_end": None})

    assert response.status_code == 200
    assert _stored(candidate)["quiet_hours_start"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"timezone": ""}, "timezone"),
        ({"quiet_hours_start": "23:00"}, "quiet_hours_end"),
        ({"quiet_hours_end": "07:00"}, "quiet_hours_end"),
        ({"quiet_hours_start": "23:00", "quiet_hours_end": "23:00"}, "quiet_hours_end"),
        ({"quiet_hours_start": "lunch", "quiet_hours_end": "07:00"}, "quiet_hours_start"),
        ({"weekly_digest": "sometimes"}, "weekly_digest"),
        ({"email_off_kinds": "weekly_digest"}, "email_off_kinds"),
        ({"timezone": "Asia/Tokyo", "quiet_hours_start": "23:00"}, "quiet_hours_end"),
    ],
)
def test_it_refuses_bad_preferences_and_keeps_the_stored_row(candidate_api, candidate, body, field):
    candidate_api.patch(reverse(PREFERENCES), {"timezone": "Europe/Lisbon", "weekly_digest": False})
    before = _stored(candidate)

    response = candidate_api.patch(reverse(PREFERENCES), body)

    error = assert_api_error(response, status=400, code="validation_error")
    assert field in error["fields"], error
    assert _stored(candidate) == before, "nothing already saved was lost"


def test_it_refuses_clearing_only_one_end_of_stored_quiet_hours(candidate_api, candidate):
    candidate_api.patch(reverse(PREFERENCES), {"quiet_hours_start": "21:00", "quiet_hours_end": "06:00"})
    before = _stored(candidate)

    response = candidate_api.patch(reverse(PREFERENCES), {"quiet_hours_start": None})

    assert_api_error(response, status=400, code="validation_error")
    assert _stored(candidate) == before


def test_it_explains_an_unknown_timezone(candidate_api):
    error = assert_api_error(
        candidate_api.patch(reverse(PREFERENCES), {"timezone": "Mars/Olympus_Mons"}),
        status=400,
        code="validation_error",
    )

    assert "Mars/Olympus_Mons" in error["fields"]["timezone"][0]


def test_it_explains_half_quiet_hours(candidate_api):
    error = assert_api_error(
        candidate_api.patch(reverse(PREFERENCES), {"quiet_hours_start": "23:00"}),
        status=400,
        code="validation_error",
    )

    assert "both the start and the end" in error["fields"]["quiet_hours_end"][0]


def test_it_changes_only_my_own_preferences(candidate_api, candidate, other_candidate):
    before = _stored(other_candidate)

    candidate_api.patch(reverse(PREFERENCES), {"timezone": "Asia/Tokyo", "weekly_digest": False})

    assert _stored(other_candidate) == before


def test_it_refuses_quiet_hours_with_a_utc_offset_and_unknown_reminder_kinds(candidate_api, candidate):
    before = candidate.preferences.quiet_hours_start
    response = candidate_api.patch(
        "/api/v1/me/preferences/",
        {"quiet_hours_start": "22:00Z", "quiet_hours_end": "07:00", "email_off_kinds": ["no_such_kind"]},
        format="json",
    )
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert "quiet_hours_start" in fields
    assert "no_such_kind" in fields["email_off_kinds"][0]
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.quiet_hours_start == before
