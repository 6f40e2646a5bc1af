"""The settings page: name, reminder preferences, API token, and the audit trail about me."""

from datetime import time

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from apps.accounts.models import NotificationPreferences
from apps.core.models import AuditEvent
from apps.core.services import audit_record
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

SETTINGS = "accounts:settings"


def _save_preferences(client, **fields):
    data = {"section": "preferences", "prefs-timezone": "Europe/Berlin", "prefs-weekly_digest": "on"}
    data |= {f"prefs-{name}": value for name, value in fields.items()}
    return client.post(reverse(SETTINGS), data)


def _stored(user) -> dict:
    return NotificationPreferences.objects.filter(user=user).values().get()


def test_it_shows_who_i_am_and_my_current_settings(candidate_client, candidate):
    response = candidate_client.get(reverse(SETTINGS))

    assert response.status_code == 200
    page = parse(response)
    assert candidate.email in page.text
    assert page.find_all("input", name="profile-full_name")[0]["value"] == "Cara Jensen"
    selected = [element for tag, element in page.elements if tag == "option" and "selected" in element]
    assert [option["value"] for option in selected] == ["Europe/Berlin"]


def test_it_saves_a_new_name(candidate_client, candidate):
    response = candidate_client.post(
        reverse(SETTINGS), {"section": "profile", "profile-full_name": "  Cara J. Jensen "}, follow=True
    )

    assert response.redirect_chain == [(reverse(SETTINGS), 302)]
    assert "Your name is saved." in parse(response).text
    candidate.refresh_from_db()
    assert candidate.full_name == "Cara J. Jensen"


def test_it_refuses_a_blank_name_and_keeps_the_old_one(candidate_client, candidate):
    response = candidate_client.post(reverse(SETTINGS), {"section": "profile", "profile-full_name": "   "})

    assert response.status_code == 200
    assert response.context["profile_form"].errors["full_name"]
    candidate.refresh_from_db()
    assert candidate.full_name == "Cara Jensen"


def test_it_saves_timezone_quiet_hours_and_digest(candidate_client, candidate):
    response = _save_preferences(
        candidate_client, timezone="Asia/Tokyo", quiet_hours_start="22:00", quiet_hours_end="07:30", weekly_digest=""
    )

    assert response.status_code == 302
    assert response["Location"] == reverse(SETTINGS)
    stored = _stored(candidate)
    assert stored["timezone"] == "Asia/Tokyo"
    assert (stored["quiet_hours_start"], stored["quiet_hours_end"]) == (time(22, 0), time(7, 30))
    assert stored["weekly_digest"] is False


def test_it_clears_quiet_hours_when_both_are_emptied(candidate_client, candidate):
    _save_preferences(candidate_client, quiet_hours_start="22:00", quiet_hours_end="07:00")

    _save_preferences(candidate_client, quiet_hours_start="", quiet_hours_end="")

    stored = _stored(candidate)
    assert stored["quiet_hours_start"] is None and stored["quiet_hours_end"] is None


@pytest.mark.parametrize(
    ("fields", "field_in_error", "words"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "timezone", "valid choice"),
        ({"timezone": ""}, "timezone", "required"),
        ({"quiet_hours_start": "22:00"}, "quiet_hours_end", "both the start and the end"),
        ({"quiet_hours_end": "07:00"}, "quiet_hours_end", "both the start and the end"),
        ({"quiet_hours_start": "22:00", "quiet_hours_end": "22:00"}, "quiet_hours_end", "different time"),
        ({"quiet_hours_start": "25:00", "quiet_hours_end": "07:00"}, "quiet_hours_start", "valid time"),
    ],
)
def test_it_refuses_bad_preferences_clearly_and_leaves_the_saved_row_alone(
    candidate_client, candidate, fields, field_in_error, words
):
    _save_preferences(candidate_client, timezone="Europe/Lisbon", quiet_hours_start="21:00", quiet_hours_end="06:00")
    before = _stored(candidate)

    response = _save_preferences(candidate_client, **{"weekly_digest": ""} | fields)

    assert response.status_code == 200
    errors = response.context["preferences_form"].errors
    assert words in " ".join(errors[field_in_error]), errors
    page = parse(response)
    invalid = [element.get("name") for _, element in page.elements if element.get("aria-invalid") == "true"]
    assert f"prefs-{field_in_error}" in invalid, "the error is tied to its field"
    assert words in page.text
    assert _stored(candidate) == before


# --- API token -------------------------------------------------------------------------


def _audit_actions(user) -> list[str]:
    return list(AuditEvent.objects.filter(subject=user).order_by("id").values_list("action", flat=True))


def test_it_creates_a_token_once_shows_it_and_audits_it(candidate_client, candidate):
    first = candidate_client.post(reverse("accounts:token-create"))
    again = candidate_client.post(reverse("accounts:token-create"))

    assert first["Location"] == again["Location"] == reverse(SETTINGS) + "#api"
    token = Token.objects.get(user=candidate)
    assert _audit_actions(candidate) == [AuditEvent.Action.TOKEN_CREATED], "asking twice creates one token"
    page = parse(candidate_client.get(reverse(SETTINGS)))
    assert token.key in page.text
    assert page.find_all("form", action=reverse("accounts:token-revoke"))


def test_it_revokes_the_token_and_audits_it(candidate_client, candidate):
    candidate_client.post(reverse("accounts:token-create"))

    response = candidate_client.post(reverse("accounts:token-revoke"), follow=True)

    assert "The API token is revoked" in parse(response).text
    assert not Token.objects.filter(user=candidate).exists()
    assert _audit_actions(candidate) == [AuditEvent.Action.TOKEN_CREATED, AuditEvent.Action.TOKEN_REVOKED]
    assert parse(response).find_all("form", action=reverse("accounts:token-create"))


def test_it_says_so_when_there_is_no_token_to_revoke_and_audits_nothing(candidate_client, candidate):
    response = candidate_client.post(reverse("accounts:token-revoke"), follow=True)

    assert "There was no API token to revoke." in parse(response).text
    assert _audit_actions(candidate) == []


@pytest.mark.parametrize("name", ["accounts:token-create", "accounts:token-revoke"])
def test_it_changes_tokens_only_on_a_post(candidate_client, candidate, name):
    assert candidate_client.get(reverse(name)).status_code == 405
    assert not AuditEvent.objects.exists()


def test_it_revokes_only_my_own_token(candidate_client, candidate, other_candidate):
    other = Token.objects.create(user=other_candidate)

    candidate_client.post(reverse("accounts:token-revoke"))

    assert Token.objects.filter(pk=other.pk).exists()


# --- Audit trail -----------------------------------------------------------------------


def test_it_lists_only_events_about_me(candidate_client, candidate, other_candidate, recruiter, other_recruiter):
    audit_record(actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED)
    audit_record(actor=other_candidate, subject=other_candidate, action=AuditEvent.Action.DATA_EXPORTED)
    audit_record(actor=other_recruiter, subject=other_candidate, action=AuditEvent.Action.RELAY_PUBLISHED)

    response = candidate_client.get(reverse(SETTINGS))

    assert {event.subject_id for event in response.context["audit_events"]} == {candidate.pk}
    text = parse(response).text
    assert "Viewed candidate data by rhea@example.com" in text
    assert "Exported data" not in text
    assert "Published a relay" not in text
    assert "otto@example.com" not in text
    assert "cole@example.com" not in text


def test_it_shows_my_own_actions_as_by_you(candidate_client, candidate):
    audit_record(actor=candidate, subject=candidate, action=AuditEvent.Action.PASSWORD_CHANGED)

    assert "Changed the password by you" in parse(candidate_client.get(reverse(SETTINGS))).text


def test_it_shows_the_twenty_newest_events_newest_first(candidate_client, candidate):
    events = [audit_record(actor=candidate, subject=candidate, action="data_exported") for _ in range(25)]

    shown = list(candidate_client.get(reverse(SETTINGS)).context["audit_events"])

    assert [event.pk for event in shown] == [event.pk for event in reversed(events)][:20]


@pytest.mark.parametrize("events", [1, 50])
def test_it_renders_settings_in_a_fixed_number_of_queries(
    candidate_client, candidate, recruiter, events, django_assert_num_queries
):
    candidate_client.post(reverse("accounts:token-create"))  # the token row is shown too
    for _ in range(events - 1):
        audit_record(actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED)
    assert candidate_client.get(reverse(SETTINGS)).status_code == 200  # a first visit may create preferences

    # 1 session, 2 user, 3 preferences (get_or_create: one select), 4 token,
    # 5 audit events with their actors (select_related), whatever their number.
    with django_assert_num_queries(5):
        candidate_client.get(reverse(SETTINGS))
