"""The settings area: one section per page, one control per setting, old addresses redirected."""

from datetime import time

import pytest
from django.urls import reverse

from apps.accounts.models import NotificationPreferences
from apps.accounts.services import api_token_create
from apps.core.models import AuditEvent
from apps.core.services import audit_record
from apps.reminders.kinds import kinds_for_audience
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

PROFILE = reverse("accounts:settings")
TIME = reverse("accounts:settings-time")
NOTIFICATIONS = reverse("accounts:settings-notifications")
API = reverse("accounts:settings-api")
CALENDAR = reverse("accounts:settings-calendar")
DATA = reverse("accounts:settings-data")
ACTIVITY = reverse("accounts:settings-activity")


def _stored(user) -> dict:
    return NotificationPreferences.objects.filter(user=user).values().get()


def _nav(response) -> list[str]:
    page = parse(response)
    nav_links = [
        attrs["href"] for tag, attrs in page.elements if tag == "a" and attrs.get("href", "").startswith("/settings/")
    ]
    return list(dict.fromkeys(nav_links))


def _invalid_fields(response) -> list[str]:
    return [attrs.get("name") for _, attrs in parse(response).elements if attrs.get("aria-invalid") == "true"]


# --- The area ----------------------------------------------------------------------------


def test_a_candidate_sees_every_section_in_the_sub_navigation(candidate_client):
    assert _nav(candidate_client.get(PROFILE)) == [PROFILE, TIME, NOTIFICATIONS, API, CALENDAR, DATA]


def test_a_recruiter_sees_no_candidate_sections_but_keeps_the_activity_log(recruiter_client):
    assert _nav(recruiter_client.get(PROFILE)) == [PROFILE, TIME, NOTIFICATIONS, API, ACTIVITY]


@pytest.mark.parametrize("url", [CALENDAR, DATA])
def test_a_recruiter_is_sent_home_from_the_candidate_sections(recruiter_client, url):
    assert recruiter_client.get(url)["Location"] == reverse("core:home")


@pytest.mark.parametrize("url", [PROFILE, TIME, NOTIFICATIONS, API, CALENDAR, DATA, ACTIVITY])
def test_every_section_needs_a_sign_in(client, url):
    assert client.get(url)["Location"].startswith(reverse("accounts:login"))


def test_the_current_section_is_marked_for_assistive_technology(candidate_client):
    page = parse(candidate_client.get(TIME))

    current = [attrs["href"] for attrs in page.find_all("a", **{"aria-current": "page"})]
    # The top bar marks its "Settings" link (PROFILE's address) for the whole area.
    assert [href for href in current if href != PROFILE] == [TIME]


@pytest.mark.parametrize(
    ("old", "new"),
    [("/dashboard/data/", DATA), ("/notifications/preferences/", NOTIFICATIONS)],
)
def test_old_addresses_redirect_to_their_section(candidate_client, old, new):
    response = candidate_client.get(old)

    assert (response.status_code, response["Location"]) == (301, new)


# --- Profile -------------------------------------------------------------------------------


def test_it_saves_a_new_name(candidate_client, candidate):
    response = candidate_client.post(
        PROFILE, {"form": "profile", "profile-full_name": "  Cara J. Jensen "}, follow=True
    )

    assert "Your name is saved." in parse(response).text
    candidate.refresh_from_db()
    assert candidate.full_name == "Cara J. Jensen"


def test_it_refuses_a_blank_name_and_keeps_the_old_one(candidate_client, candidate):
    response = candidate_client.post(PROFILE, {"form": "profile", "profile-full_name": "   "})

    assert "profile-full_name" in _invalid_fields(response)
    candidate.refresh_from_db()
    assert candidate.full_name == "Cara Jensen"


def test_a_candidate_saves_what_she_is_looking_for_in_the_profile_section(candidate_client, candidate):
    response = candidate_client.post(
        PROFILE,
        {
            "form": "search",
            "search-headline": "Product designer",
            "search-target_roles": "UX lead",
            "search-location": "Lisbon",
        },
    )

    assert response["Location"] == PROFILE
    candidate.candidate_profile.refresh_from_db()
    assert candidate.candidate_profile.headline == "Product designer"


def test_the_time_zone_has_one_control_in_the_whole_area(candidate_client):
    pages = [candidate_client.get(url) for url in (PROFILE, TIME, NOTIFICATIONS, API, CALENDAR, DATA)]

    zone_fields = [attrs for page in pages for attrs in parse(page).find_all("select") if "timezone" in attrs["name"]]

    assert [attrs["name"] for attrs in zone_fields] == ["timezone"]


# --- Time zone and quiet hours --------------------------------------------------------------


def _save_time(client, **fields):
    return client.post(TIME, {"timezone": "Europe/Berlin", "quiet_hours_start": "", "quiet_hours_end": ""} | fields)


def test_it_saves_timezone_and_quiet_hours(candidate_client, candidate):
    response = _save_time(candidate_client, timezone="Asia/Tokyo", quiet_hours_start="22:00", quiet_hours_end="07:30")

    assert response["Location"] == TIME
    stored = _stored(candidate)
    assert stored["timezone"] == "Asia/Tokyo"
    assert (stored["quiet_hours_start"], stored["quiet_hours_end"]) == (time(22, 0), time(7, 30))


def test_it_clears_quiet_hours_when_both_are_emptied(candidate_client, candidate):
    _save_time(candidate_client, quiet_hours_start="22:00", quiet_hours_end="07:00")

    _save_time(candidate_client)

    assert _stored(candidate)["quiet_hours_start"] is None


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
def test_it_refuses_bad_time_settings_clearly_and_leaves_the_saved_row_alone(
    candidate_client, candidate, fields, field_in_error, words
):
    _save_time(candidate_client, timezone="Europe/Lisbon", quiet_hours_start="21:00", quiet_hours_end="06:00")
    before = _stored(candidate)

    response = _save_time(candidate_client, **fields)

    assert response.status_code == 200
    assert field_in_error in _invalid_fields(response), "the error is tied to its field"
    assert words in parse(response).text
    assert _stored(candidate) == before


def test_an_error_is_announced_through_aria_describedby(candidate_client):
    response = _save_time(candidate_client, timezone="Mars/Olympus_Mons")

    page = parse(response)
    field = page.find_all("select", name="timezone")[0]
    described = field.get("aria-describedby", "").split()
    ids = {attrs.get("id") for _, attrs in page.elements}
    assert described and set(described) <= ids


# --- Notifications and the weekly digest --------------------------------------------------------


def _kinds_shown(response) -> list[str]:
    return [attrs["value"] for attrs in parse(response).find_all("input", name="email_on")]


def _save_notifications(client, email_on, digest):
    return client.post(NOTIFICATIONS, {"email_on": email_on, "weekly_digest": digest})


def _switchable(user) -> list[str]:
    return [kind.name for kind in kinds_for_audience(user.role) if kind.name != "weekly_digest"]


def test_the_weekly_digest_is_one_control_not_a_checkbox_among_the_email_kinds(candidate_client):
    response = candidate_client.get(NOTIFICATIONS)

    assert "weekly_digest" not in _kinds_shown(response)
    assert len(parse(response).find_all("input", name="weekly_digest")) == 3


@pytest.mark.parametrize(
    ("choice", "weekly_digest", "digest_email_off"),
    [("email", True, False), ("in_app", True, True), ("off", False, False)],
)
def test_the_digest_choice_sets_both_stored_fields_so_they_cannot_disagree(
    candidate_client, candidate, choice, weekly_digest, digest_email_off
):
    _save_notifications(candidate_client, _switchable(candidate), choice)

    stored = _stored(candidate)
    assert stored["weekly_digest"] is weekly_digest
    assert ("weekly_digest" in stored["email_off_kinds"]) is digest_email_off


def test_the_digest_control_shows_what_an_unsubscribe_link_did(candidate_client, candidate):
    NotificationPreferences.objects.filter(user=candidate).update(email_off_kinds=["weekly_digest"])

    checked = [
        attrs["value"]
        for attrs in parse(candidate_client.get(NOTIFICATIONS)).find_all("input", name="weekly_digest")
        if "checked" in attrs
    ]

    assert checked == ["in_app"]


def test_it_turns_email_off_for_one_kind(candidate_client, candidate):
    kinds = _switchable(candidate)

    response = _save_notifications(candidate_client, kinds[1:], "email")

    assert response["Location"] == NOTIFICATIONS
    assert _stored(candidate)["email_off_kinds"] == [kinds[0]]


@pytest.mark.parametrize(
    "data", [{"email_on": ["made_up"], "weekly_digest": "email"}, {"weekly_digest": "sometimes"}, {}]
)
def test_it_refuses_bad_notification_choices_and_keeps_the_saved_ones(candidate_client, candidate, data):
    _save_notifications(candidate_client, [], "in_app")
    before = _stored(candidate)

    response = candidate_client.post(NOTIFICATIONS, data)

    assert response.status_code == 200
    assert _invalid_fields(response) or "not one of the available choices" in parse(response).text
    assert _stored(candidate) == before


def test_the_old_preferences_form_still_saves_and_lands_in_the_settings_area(candidate_client, candidate):
    response = candidate_client.post("/notifications/preferences/", {"email_on": []})

    assert response["Location"] == NOTIFICATIONS
    assert _stored(candidate)["email_off_kinds"]


# --- Calendar, your data and activity ---------------------------------------------------------


def test_the_calendar_section_offers_a_feed_address(candidate_client):
    page = parse(candidate_client.get(CALENDAR))

    assert page.find_all("form", action=reverse("candidates:calendar-rotate"))


def test_a_new_calendar_address_is_shown_once_inside_the_settings_area(candidate_client):
    response = candidate_client.post(reverse("candidates:calendar-rotate"))

    assert "/interviews.ics" in parse(response).text
    assert CALENDAR in _nav(response)


def test_your_data_offers_export_and_deletion(candidate_client):
    page = parse(candidate_client.get(DATA))

    assert page.find_all("a", href=reverse("candidates:export-json"))
    assert page.find_all("a", href=reverse("candidates:account-delete"))


def test_your_data_lists_only_events_about_me(candidate_client, candidate, other_candidate, recruiter, other_recruiter):
    audit_record(actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED)
    audit_record(actor=other_recruiter, subject=other_candidate, action=AuditEvent.Action.RELAY_PUBLISHED)

    text = parse(candidate_client.get(DATA)).text

    assert "Viewed candidate data by rhea@example.com" in text
    assert "Published a relay" not in text


def test_a_recruiter_sees_changes_to_her_sign_in_under_activity(recruiter_client, recruiter):
    api_token_create(user=recruiter, name="Portal script")

    assert "Created an API token “Portal script” by you" in parse(recruiter_client.get(ACTIVITY)).text


# --- Query budgets ---------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [1, 50])
def test_your_data_runs_the_same_queries_for_1_and_50_events(
    candidate_client, candidate, recruiter, rows, django_assert_num_queries
):
    for _ in range(rows):
        audit_record(actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED)
    # 1 session, 2 user, 3 preferences (the time-zone middleware), 4 audit events with their
    # actors (select_related), whatever their number.
    with django_assert_num_queries(4):
        candidate_client.get(DATA)


@pytest.mark.parametrize("rows", [1, 50])
def test_the_api_section_runs_the_same_queries_for_1_and_50_tokens(
    candidate_client, candidate, rows, django_assert_num_queries
):
    for n in range(rows):
        api_token_create(user=candidate, name=f"Device {n}")
    # 1 session, 2 user, 3 preferences (the time-zone middleware), 4 the tokens, whatever their number.
    with django_assert_num_queries(4):
        candidate_client.get(API)
