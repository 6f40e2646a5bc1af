"""Signing up from the page: one answer whether or not the address has an account, the e-mail
that tells its owner which, preferences, the first audit row — and clear refusals."""

import pytest
from django.urls import reverse

from apps.accounts.models import NotificationPreferences, User
from apps.accounts.reminder_kinds import SIGNUP_ATTEMPT, WELCOME
from apps.core.models import AuditEvent
from apps.reminders.models import Reminder
from apps.reminders.sweep import reminders_sweep
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


@pytest.mark.parametrize("role", ["candidate", "recruiter"])
def test_it_creates_the_account_and_asks_to_check_the_inbox(client, role):
    response = client.post(reverse("accounts:signup"), _form(role=role), follow=True)

    assert response.redirect_chain == [(reverse("accounts:signup-sent"), 302)]
    assert User.objects.get(email="dana@example.com").role == role
    assert "Check your e-mail" in parse(response).text
    assert "_auth_user_id" not in client.session, "signing in is the same next step for everyone"


def test_the_new_account_can_log_in_with_the_chosen_password(client):
    client.post(reverse("accounts:signup"), _form())

    response = client.post(reverse("accounts:login"), {"username": "dana@example.com", "password": GOOD_PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email="dana@example.com").pk)


def test_a_new_account_gets_a_welcome_email_through_the_outbox_after_the_request(client, mailoutbox):
    client.post(reverse("accounts:signup"), _form())
    assert mailoutbox == [], "the request itself never talks to the mail server"

    reminders_sweep()

    [message] = mailoutbox
    assert message.to == ["dana@example.com"]
    assert "Your Debrief account is ready" in message.subject
    assert "/login/" in message.body
    assert "/login/" in message.alternatives[0].content


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


def _sent_page(client, email: str) -> str:
    response = client.post(reverse("accounts:signup"), _form(email=email), follow=True)
    return parse(response).text.replace(email.lower(), "<address>")


@pytest.mark.parametrize("taken", ["cara@example.com", "CARA@EXAMPLE.COM", "Cara@Example.com"])
def test_a_taken_address_gets_the_same_answer_as_a_new_one_and_creates_nothing(client, candidate, taken):
    from django.test import Client

    new_address_page = _sent_page(Client(), "someone.new@example.com")
    before = _counts()

    taken_address_page = _sent_page(client, taken)

    assert taken_address_page == new_address_page
    assert _counts() == before
    assert "_auth_user_id" not in client.session


def test_the_owner_of_a_taken_address_is_told_by_email_how_to_log_in_or_reset(client, candidate, mailoutbox):
    client.post(reverse("accounts:signup"), _form(email="CARA@example.com"))
    assert mailoutbox == []

    reminders_sweep()

    [message] = mailoutbox
    assert message.to == ["cara@example.com"]
    assert "tried to sign up" in message.subject
    for body in (message.body, message.alternatives[0].content):
        assert "/login/" in body
        assert "/password/reset/" in body


def test_repeated_attempts_on_one_day_send_the_owner_one_email(client, candidate, mailoutbox):
    for _ in range(3):
        client.post(reverse("accounts:signup"), _form(email=candidate.email))
    reminders_sweep()
    client.post(reverse("accounts:signup"), _form(email=candidate.email))
    reminders_sweep()

    assert len(mailoutbox) == 1
    assert Reminder.objects.filter(kind=SIGNUP_ATTEMPT).count() == 1


def test_a_switched_off_account_gets_no_email(client, candidate, mailoutbox):
    candidate.is_active = False
    candidate.save()

    client.post(reverse("accounts:signup"), _form(email=candidate.email))
    reminders_sweep()

    assert mailoutbox == []


def test_a_taken_address_with_a_weak_password_gets_the_same_refusal_as_a_new_one(client, candidate):
    taken = client.post(reverse("accounts:signup"), _form(email=candidate.email, password="short1!"))
    new = client.post(reverse("accounts:signup"), _form(email="someone.new@example.com", password="short1!"))

    assert taken.context["form"].errors == new.context["form"].errors
    assert not Reminder.objects.filter(kind__in=[SIGNUP_ATTEMPT, WELCOME]).exists()


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
