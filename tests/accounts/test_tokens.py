"""API tokens: several per person, named, hashed, shown once, revoked one by one or all at once
by a password change — over the API and on the settings page."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from apps.accounts.models import ApiToken
from apps.accounts.services import api_token_create
from apps.core.models import AuditEvent
from tests.core.error_shape import assert_api_error
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

TOKENS = reverse("accounts-api:tokens")
ME = reverse("accounts-api:me")


def _delete_url(token) -> str:
    return reverse("accounts-api:token-delete", args=[token.pk])


def _with_key(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


# --- The API ---------------------------------------------------------------------------


def test_it_lists_my_tokens_without_their_keys(candidate, other_candidate, candidate_api):
    token, key = api_token_create(user=candidate, name="Backup script", expires_in_days=30)
    api_token_create(user=other_candidate, name="Hers")

    body = candidate_api.get(TOKENS).json()

    assert [row["name"] for row in body["results"]] == ["Backup script"]
    assert set(body["results"][0]) == {"id", "name", "prefix", "created_at", "last_used_at", "expires_at"}
    assert key not in str(body)


@pytest.mark.parametrize("rows", [1, 50])
def test_the_list_runs_the_same_queries_for_1_and_50_tokens(candidate, candidate_api, django_assert_num_queries, rows):
    for n in range(rows):
        api_token_create(user=candidate, name=f"Device {n}")
    # 1 the page of tokens (cursor pagination runs no count; the persona client is
    # force-authenticated, so there is no token lookup).
    with django_assert_num_queries(1):
        response = candidate_api.get(TOKENS + "?page_size=50")

    assert len(response.json()["results"]) == rows


def test_it_creates_a_named_token_from_email_and_password_and_shows_the_key_once(anon_api, candidate, password):
    response = anon_api.post(
        TOKENS, {"email": candidate.email, "password": password, "name": "Backup script", "expires_in_days": 90}
    )

    assert response.status_code == 201
    body = response.json()
    token = ApiToken.objects.get(pk=body["id"])
    assert (token.name, token.user) == ("Backup script", candidate)
    assert body["token"].startswith(body["prefix"])
    assert token.expires_at.date() == (timezone.now() + timedelta(days=90)).date()


def test_it_creates_a_token_for_a_browser_session_without_the_password(candidate_client, candidate):
    response = candidate_client.post(TOKENS, {"name": "Phone"}, content_type="application/json")

    assert response.status_code == 201
    assert ApiToken.objects.get(user=candidate).name == "Phone"


def test_a_token_cannot_make_another_token_without_the_password(candidate):
    _, key = api_token_create(user=candidate, name="Leaked")

    response = _with_key(key).post(TOKENS, {"name": "Sneaky"})

    assert_api_error(response, status=400, code="validation_error")
    assert ApiToken.objects.count() == 1


def test_it_refuses_wrong_credentials_and_creates_nothing(anon_api, candidate):
    response = anon_api.post(TOKENS, {"email": candidate.email, "password": "not it", "name": "x"})

    assert_api_error(response, status=400, code="invalid_credentials")
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": ""}, "name"),
        ({"expires_in_days": 0}, "expires_in_days"),
        ({"expires_in_days": 99999}, "expires_in_days"),
    ],
)
def test_it_refuses_a_bad_name_or_lifetime_and_keeps_what_was_saved(candidate_client, candidate, body, field):
    api_token_create(user=candidate, name="Phone")

    response = candidate_client.post(TOKENS, body, content_type="application/json")

    error = assert_api_error(response, status=400, code="validation_error")
    assert field in error["fields"]
    assert list(ApiToken.objects.values_list("name", flat=True)) == ["Phone"]


def test_it_revokes_one_token_and_only_that_one_stops_working(candidate, candidate_api):
    phone, phone_key = api_token_create(user=candidate, name="Phone")
    _, laptop_key = api_token_create(user=candidate, name="Laptop")

    response = candidate_api.delete(_delete_url(phone))

    assert response.status_code == 204
    assert_api_error(_with_key(phone_key).get(ME), status=401, code="authentication_failed")
    assert _with_key(laptop_key).get(ME).status_code == 200


def test_an_outsider_gets_404_for_my_token_and_it_keeps_working(candidate, other_candidate_api):
    token, key = api_token_create(user=candidate, name="Phone")

    assert_api_error(other_candidate_api.delete(_delete_url(token)), status=404, code="not_found")
    assert _with_key(key).get(ME).status_code == 200


def test_revoke_current_revokes_the_token_the_request_is_signed_with(candidate):
    _, used = api_token_create(user=candidate, name="Script")
    _, other = api_token_create(user=candidate, name="Phone")

    assert _with_key(used).delete(reverse("accounts-api:token-revoke")).status_code == 204

    assert list(ApiToken.objects.values_list("name", flat=True)) == ["Phone"]
    assert _with_key(other).get(ME).status_code == 200


def test_an_expired_token_is_refused_with_a_reason(candidate):
    token, key = api_token_create(user=candidate, name="Short-lived", expires_in_days=1)
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))

    error = assert_api_error(_with_key(key).get(ME), status=401, code="token_expired")

    assert "expired" in error["message"]


def test_using_a_token_records_when_it_was_last_used(candidate):
    token, key = api_token_create(user=candidate, name="Script")

    _with_key(key).get(ME)

    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_token_of_a_switched_off_account_is_refused(candidate):
    _, key = api_token_create(user=candidate, name="Script")
    candidate.is_active = False
    candidate.save()

    assert_api_error(_with_key(key).get(ME), status=401, code="authentication_failed")


# --- Password change and reset ---------------------------------------------------------


def test_changing_the_password_revokes_every_token(candidate, candidate_client, password):
    _, key = api_token_create(user=candidate, name="Script")

    candidate_client.post(
        reverse("accounts:password-change"),
        {
            "old_password": password,
            "new_password1": "a new and long passphrase",
            "new_password2": "a new and long passphrase",
        },
    )

    assert_api_error(_with_key(key).get(ME), status=401, code="authentication_failed")


def test_resetting_the_password_revokes_every_token(client, candidate, mailoutbox):
    _, key = api_token_create(user=candidate, name="Script")
    client.post(reverse("accounts:password-reset"), {"email": candidate.email})
    link = next(line for line in mailoutbox[0].body.splitlines() if "/password/reset/" in line).strip()
    form_url = client.get(link.removeprefix("http://testserver")).url
    new = "a new and long passphrase"

    client.post(form_url, {"new_password1": new, "new_password2": new})

    assert not ApiToken.objects.filter(user=candidate).exists()
    assert AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.PASSWORD_CHANGED).exists()


# --- Plain DRF tokens from before ---------------------------------------------------------


class _SchemaEditor:
    """What the data migration uses of a schema editor (SQLite refuses a real one inside the
    test's transaction)."""

    connection = connection

    def execute(self, sql):
        with connection.cursor() as cursor:
            cursor.execute(sql)


def test_the_migration_carries_old_plain_tokens_over_as_hashed_ones_and_drops_the_clear_table(candidate):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("apps.accounts.migrations.0002_api_tokens")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamp, user_id bigint)")
        cursor.execute(
            "INSERT INTO authtoken_token (key, created, user_id) VALUES (%s, %s, %s)",
            ["a" * 40, timezone.now(), candidate.pk],
        )
    migration.tokens_from_rest_framework(apps, _SchemaEditor())

    assert "authtoken_token" not in connection.introspection.table_names()
    assert _with_key("a" * 40).get(ME).json()["email"] == candidate.email


# --- The settings page -------------------------------------------------------------------


def test_the_page_creates_a_named_token_and_shows_its_key_only_on_that_response(candidate_client, candidate):
    response = candidate_client.post(
        reverse("accounts:settings-api"), {"name": "Backup script", "expires_in_days": "30"}
    )

    key = re.search(r'id="new-key">([^<]+)<', response.content.decode()).group(1)
    token = ApiToken.objects.get(user=candidate)
    assert key.startswith(token.prefix)
    assert response["Cache-Control"] == "no-store"
    assert key not in candidate_client.get(reverse("accounts:settings-api")).content.decode()


def test_the_page_lists_name_prefix_and_expiry_of_each_token(candidate_client, candidate):
    api_token_create(user=candidate, name="Backup script", expires_in_days=30)
    api_token_create(user=candidate, name="Phone")

    text = parse(candidate_client.get(reverse("accounts:settings-api"))).text

    assert "Backup script" in text and "Phone" in text
    assert ApiToken.objects.first().prefix in text


def test_the_page_refuses_a_token_without_a_name_and_says_why(candidate_client):
    response = candidate_client.post(reverse("accounts:settings-api"), {"name": ""})

    assert response.status_code == 400
    field = parse(response).find_all("input", name="name")[0]
    assert field.get("aria-invalid") == "true"
    assert not ApiToken.objects.exists()


def test_revoking_on_the_page_asks_first_then_revokes(candidate_client, candidate):
    token, _ = api_token_create(user=candidate, name="Phone")
    url = reverse("accounts:token-revoke", args=[token.pk])

    confirmation = candidate_client.get(url)
    assert "stop working" in parse(confirmation).text
    assert ApiToken.objects.exists()

    assert candidate_client.post(url)["Location"] == reverse("accounts:settings-api")
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_outsider_gets_404_for_the_revoke_page_and_the_token_stays(candidate, other_candidate_client, method):
    token, _ = api_token_create(user=candidate, name="Phone")

    response = getattr(other_candidate_client, method)(reverse("accounts:token-revoke", args=[token.pk]))

    assert response.status_code == 404
    assert ApiToken.objects.filter(pk=token.pk).exists()


def test_a_session_write_needs_the_csrf_token(candidate):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(candidate)

    response = browser.post(TOKENS, {"name": "Phone"}, content_type="application/json")

    assert response.status_code == 403
    assert not ApiToken.objects.exists()
