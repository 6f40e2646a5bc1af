"""Logging in and out from the page, the `next` redirect, and the lockout after repeated failures."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.core.error_shape import assert_api_error
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

WRONG = "not the password at all"


def _log_in(client, email, password, **extra):
    return client.post(reverse("accounts:login"), {"username": email, "password": password, **extra})


def test_it_logs_a_candidate_in_and_sends_her_to_her_dashboard(client, candidate, password):
    response = _log_in(client, candidate.email, password)

    assert response.status_code == 302
    assert client.get(response["Location"])["Location"] == reverse("candidates:dashboard")
    assert client.session["_auth_user_id"] == str(candidate.pk)


def test_it_logs_a_recruiter_in_and_sends_her_to_the_portal(client, recruiter, password):
    response = _log_in(client, recruiter.email, password, next="")

    assert client.get(response["Location"])["Location"] == reverse("recruiters:home")


def test_it_accepts_the_email_in_any_case(client, candidate, password):
    response = _log_in(client, "CARA@Example.COM", password)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(candidate.pk)


def test_it_sends_an_anonymous_visitor_to_log_in_and_back_to_where_they_were_going(client, candidate, password):
    bounced = client.get(reverse("accounts:settings"))
    assert bounced.status_code == 302
    assert bounced["Location"] == f"{reverse('accounts:login')}?next={reverse('accounts:settings')}"

    login_page = client.get(bounced["Location"])
    assert parse(login_page).find_all("input", name="next")[0]["value"] == reverse("accounts:settings")

    response = _log_in(client, candidate.email, password, next=reverse("accounts:settings"))
    assert response["Location"] == reverse("accounts:settings")


def test_it_ignores_a_next_that_points_off_site(client, candidate, password):
    response = _log_in(client, candidate.email, password, next="https://evil.example.net/steal")

    assert response.status_code == 302
    assert response["Location"] == reverse("core:home")


def test_it_explains_a_wrong_password_and_keeps_the_email(client, candidate):
    response = _log_in(client, candidate.email, WRONG)

    assert response.status_code == 200
    page = parse(response)
    assert "That e-mail and password don't match an account" in page.text
    assert "reset your password" in page.text
    assert page.find_all("input", name="username")[0]["value"] == candidate.email
    assert "_auth_user_id" not in client.session


def test_it_gives_the_same_message_for_an_unknown_email(client, db):
    response = _log_in(client, "nobody@example.com", WRONG)

    assert "That e-mail and password don't match an account" in parse(response).text


def test_it_refuses_an_email_longer_than_any_account_can_have(client, db):
    """A valid but 268-character address must be a form error, not a failed attempt the
    lockout table (255 characters on PostgreSQL) cannot store."""
    long_email = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".example.com"

    response = _log_in(client, long_email, WRONG)

    assert response.status_code == 200
    assert "at most 254 characters" in " ".join(response.context["form"].errors["username"])


def test_it_refuses_to_log_out_on_a_get(candidate_client):
    response = candidate_client.get(reverse("accounts:logout"))

    assert response.status_code == 405
    assert "_auth_user_id" in candidate_client.session


def test_it_logs_out_on_a_post_and_lands_on_the_start_page(candidate_client):
    response = candidate_client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse("core:landing")
    assert "_auth_user_id" not in candidate_client.session
    assert candidate_client.get(reverse("accounts:settings")).status_code == 302


# --- Lockout ---------------------------------------------------------------------------


def _fail_until_locked(client, email):
    """Fail AXES_FAILURE_LIMIT times; return the answers."""
    return [_log_in(client, email, WRONG) for _ in range(settings.AXES_FAILURE_LIMIT)]


def test_it_locks_the_page_login_after_the_failure_limit_with_an_explanation(client, candidate):
    answers = _fail_until_locked(client, candidate.email)

    assert [answer.status_code for answer in answers[:-1]] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    locked = answers[-1]
    assert locked.status_code == 429
    page = parse(locked)
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"locked for {minutes} minutes" in page.text
    assert page.find_all("a", href=reverse("accounts:password-reset")), "offers a password reset"
    assert page.find_all("main", id="main")


def test_it_refuses_even_the_right_password_while_locked(client, candidate, password):
    _fail_until_locked(client, candidate.email)

    response = _log_in(client, candidate.email, password)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("variant", ["CARA@example.com", "Cara@Example.COM"])
def test_it_cannot_be_dodged_by_changing_the_case_of_the_email(client, candidate, password, variant):
    _fail_until_locked(client, candidate.email)

    assert _log_in(client, variant, password).status_code == 429


def test_it_counts_failures_in_any_case_against_the_same_account(client, candidate):
    variants = ["cara@example.com", "CARA@EXAMPLE.COM", "Cara@example.com", "cArA@example.com", "caRA@Example.com"]
    answers = [_log_in(client, variant, WRONG) for variant in variants[: settings.AXES_FAILURE_LIMIT]]

    assert answers[-1].status_code == 429


def test_it_locks_only_that_account_from_that_address(client, candidate, other_candidate, password):
    _fail_until_locked(client, candidate.email)

    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert _log_in(elsewhere, candidate.email, password).status_code == 302, "a stranger cannot lock Cara out"
    assert _log_in(client, other_candidate.email, password).status_code == 302, "Cole is not locked"


def test_it_forgets_failures_after_a_successful_login(client, candidate, password):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _log_in(client, candidate.email, WRONG)
    assert _log_in(client, candidate.email, password).status_code == 302
    client.post(reverse("accounts:logout"))

    assert _log_in(client, candidate.email, WRONG).status_code == 200, "the count started again"


def test_it_locks_the_api_token_endpoint_too_in_the_api_error_shape(anon_api, candidate, password):
    url = reverse("accounts-api:token-obtain")
    wrong = {"email": candidate.email, "password": WRONG}
    answers = [anon_api.post(url, wrong) for _ in range(settings.AXES_FAILURE_LIMIT)]

    for answer in answers[:-1]:
        assert_api_error(answer, status=400, code="invalid_credentials")
    error = assert_api_error(answers[-1], status=429, code="locked_out", extra_keys=("retry_after",))
    assert "reset your password" in error["message"]
    assert error["retry_after"] == settings.AXES_COOLOFF_TIME.total_seconds()
    assert answers[-1]["Retry-After"] == str(error["retry_after"])

    right_password = anon_api.post(url, {"email": candidate.email, "password": password})
    assert_api_error(right_password, status=429, code="locked_out", extra_keys=("retry_after",))
