"""Signing up from the page: the right home, preferences, the first audit row — and clear refusals."""

import pytest
from django.urls import reverse

from apps.accounts.models import NotificationPreferences, User
from apps.core.models import AuditEvent
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "a calm and long passphrase"


def _form(**overrides) -> dict:
    return {
        "role": "candidate",
        "full_name": "Dana Okafor",
        "email": "dana@example.com",
        "password": GOOD_PASSWORD,
        "timezone": "Europe/Lisbon",
    } | overrides


def _counts() -> tuple[int, int, int]:
    return User.objects.count(), NotificationPreferences.objects.count(), AuditEvent.objects.count()


@pytest.mark.parametrize(
    ("role", "home"),
    [("candidate", "candidates:dashboard"), ("recruiter", "recruiters:home")],
)
def test_it_signs_up_and_lands_on_the_home_of_the_chosen_role(client, role, home):
    response = client.post(reverse("accounts:signup"), _form(role=role), follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(home)
    user = User.objects.get(email="dana@example.com")
    assert user.role == role
    assert response.context["user"] == user, "the new person is signed in"
    assert "Welcome to Debrief, Dana." in response.content.decode()


def test_it_creates_the_preferences_row_with_the_chosen_timezone(client):
    client.post(reverse("accounts:signup"), _form(timezone="America/New_York"))

    preferences = NotificationPreferences.objects.get(user__email="dana@example.com")
    assert preferences.timezone == "America/New_York"
    assert preferences.quiet_hours_start is None and preferences.quiet_hours_end is None


def test_it_writes_a_signed_up_audit_row_by_and_about_the_new_person(client):
    client.post(reverse("accounts:signup"), _form())

    user = User.objects.get(email="dana@example.com")
    events = list(AuditEvent.objects.values_list("action", "actor_id", "subject_id", "actor_label"))
    assert events == [(AuditEvent.Action.SIGNED_UP, user.pk, user.pk, "dana@example.com")]


def test_it_stores_the_email_in_lower_case_so_login_is_case_blind(client):
    client.post(reverse("accounts:signup"), _form(email="Dana.Okafor@Example.COM"))

    assert User.objects.filter(email="dana.okafor@example.com").exists()


@pytest.mark.parametrize("taken", ["cara@example.com", "CARA@EXAMPLE.COM", "Cara@Example.com"])
def test_it_refuses_an_email_that_is_taken_in_any_case_and_creates_nothing(client, candidate, taken):
    before = _counts()

    response = client.post(reverse("accounts:signup"), _form(email=taken))

    assert response.status_code == 200
    assert "already exists" in " ".join(response.context["form"].errors["email"])
    assert "already exists" in response.content.decode()
    assert _counts() == before
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("password", "explanation"),
    [
        ("short1!", "too short"),
        ("password1234", "too common"),
        ("20261128123456", "entirely numeric"),
        ("dana@example.com", "too similar"),
    ],
)
def test_it_refuses_a_weak_password_with_a_clear_error_on_the_password_field(client, password, explanation):
    before = _counts()

    response = client.post(reverse("accounts:signup"), _form(password=password))

    assert response.status_code == 200
    form = response.context["form"]
    assert explanation in " ".join(form.errors.get("password", [])), form.errors
    page = parse(response)
    password_input = page.find_all("input", name="password")[0]
    assert password_input.get("aria-invalid") == "true", "the error is tied to the password field"
    assert explanation in page.text
    assert _counts() == before


@pytest.mark.parametrize("role", ["staff", "admin", ""])
def test_it_refuses_a_role_other_than_candidate_or_recruiter(client, role):
    before = _counts()

    response = client.post(reverse("accounts:signup"), _form(role=role))

    assert response.status_code == 200
    assert response.context["form"].errors["role"]
    assert _counts() == before


@pytest.mark.parametrize("data", [{}, dict.fromkeys(["role", "full_name", "email", "password", "timezone"], "")])
def test_it_names_every_missing_field_and_creates_nothing(client, data):
    response = client.post(reverse("accounts:signup"), data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"role", "full_name", "email", "password", "timezone"}
    assert all("required" in " ".join(messages) for messages in errors.values())
    assert _counts() == (0, 0, 0)


def test_it_refuses_an_email_longer_than_254_characters(client):
    long_email = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".example.com"

    response = client.post(reverse("accounts:signup"), _form(email=long_email))

    assert "at most 254 characters" in " ".join(response.context["form"].errors["email"])
    assert not User.objects.exists()


def test_it_refuses_an_unknown_timezone(client):
    response = client.post(reverse("accounts:signup"), _form(timezone="Mars/Olympus_Mons"))

    assert response.context["form"].errors["timezone"]
    assert not User.objects.exists()


def _checked_role(response) -> list[str]:
    return [field["value"] for field in parse(response).find_all("input", name="role") if "checked" in field]


def test_it_preselects_recruiter_when_the_link_says_role_recruiter(client):
    assert _checked_role(client.get(reverse("accounts:signup") + "?role=recruiter")) == ["recruiter"]


@pytest.mark.parametrize("query", ["", "?role=candidate", "?role=staff"])
def test_it_preselects_candidate_otherwise(client, query):
    assert _checked_role(client.get(reverse("accounts:signup") + query)) == ["candidate"]


def test_it_sends_a_signed_in_person_home_instead_of_signing_up_again(candidate_client):
    response = candidate_client.get(reverse("accounts:signup"))

    assert response.status_code == 302
    assert response["Location"] == reverse("core:home")
