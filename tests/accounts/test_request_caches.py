"""What a signed-in request reads from the cache instead of the database: the session
(cached_db in production) and the API token with its person — and that signing out,
revoking and switching an account off still take effect at once."""

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from apps.accounts.services import api_token_create, api_token_revoke
from apps.accounts.tokens import _token_cached, token_digest

pytestmark = pytest.mark.django_db

CACHED_DB = override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db")
NEW_PASSWORD = "a brand new and long passphrase"


def _tables_read(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url, headers=headers).status_code
    return status, " ".join(q["sql"] for q in captured.captured_queries)


@CACHED_DB
def test_a_signed_in_page_reads_its_session_from_the_cache_not_the_database(candidate):
    client = Client()
    client.force_login(candidate)

    status, sql = _tables_read(client, reverse("accounts:settings"))

    assert status == 200
    assert "django_session" not in sql


@CACHED_DB
def test_with_cached_sessions_a_password_change_still_signs_out_the_other_sessions(candidate, password):
    here, laptop = Client(), Client()
    here.force_login(candidate)
    laptop.force_login(candidate)
    assert laptop.get(reverse("accounts:settings")).status_code == 200  # its session is now cached

    here.post(
        reverse("accounts:password-change"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert laptop.get(reverse("accounts:settings")).status_code == 302


def _token_client(user):
    _, key = api_token_create(user=user, name="script")
    return APIClient(headers={"Authorization": f"Token {key}"}), key


def test_a_second_api_call_with_the_same_token_reads_no_token_or_user_row(candidate):
    client, _ = _token_client(candidate)
    client.get(reverse("accounts-api:me"))

    status, sql = _tables_read(client, reverse("accounts-api:me"))

    assert status == 200
    assert "accounts_apitoken" not in sql


def test_a_revoked_token_is_refused_on_the_very_next_call_even_when_cached(candidate):
    client, key = _token_client(candidate)
    assert client.get(reverse("accounts-api:me")).status_code == 200  # now cached
    token = candidate.api_tokens.get()

    api_token_revoke(token=token, actor=candidate)

    assert client.get(reverse("accounts-api:me")).status_code == 401


def test_revoking_drops_the_cached_token(candidate):
    client, key = _token_client(candidate)
    client.get(reverse("accounts-api:me"))

    api_token_revoke(token=candidate.api_tokens.get(), actor=candidate)

    assert _token_cached(token_digest(key)) is None


def test_switching_an_account_off_refuses_its_cached_token_at_once(candidate):
    client, _ = _token_client(candidate)
    assert client.get(reverse("accounts-api:me")).status_code == 200  # now cached

    candidate.is_active = False
    candidate.save()

    assert client.get(reverse("accounts-api:me")).status_code == 401
