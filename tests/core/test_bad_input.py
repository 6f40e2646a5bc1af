"""No 500 from bad input (issue 8): dates outside 1900–2100 and text PostgreSQL can't store.

Extreme dates go through every write path that takes one — pages, API and CSV — and each is
refused with a 400 or a field error while the saved data stays as it was; then every page and GET
endpoint of the authorization matrix still answers the person without a server error. NUL bytes
and lone surrogates are refused with a 400 wherever text comes in: the address, query strings,
form fields, JSON bodies, CSV files and the public reply page.

Run it on PostgreSQL too (SQLite stores a NUL without complaint): see the README.
"""

import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from apps.candidates.models import Application, ImportJob, Interview, StageChange
from apps.core.validators import find_unstorable, has_unstorable, validate_sane_date
from apps.feedback.models import ActionItem
from tests.core.error_shape import assert_api_error
from tests.test_reads_never_write import _modules, _routes

pytestmark = pytest.mark.django_db

OUT_OF_RANGE = "between 1900 and 2100"
# Dates no job search has, and the edges just outside the range.
EXTREME_DATES = ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"]
# Year 9999 overflows one minute later; year 1 west or east of UTC overflows when converted.
EXTREME_DATETIMES = ["9999-12-31T23:59Z", "0001-01-01T00:00+05:00", "0001-01-01T00:00-05:00", "1899-12-31T23:00Z"]
EXTREME_LOCAL_TIMES = ["9999-12-31T23:59", "0001-01-01T00:00"]
# Answers about the system rather than the person (503 here: no sweeper runs in tests).
NOT_ABOUT_THE_PERSON = {"core:healthz"}


@pytest.fixture
def world(candidate, other_candidate, recruiter, other_recruiter, staff):
    from tests.authz.base import World

    world = World(candidate, other_candidate, recruiter, other_recruiter, staff)
    for module in _modules():
        if hasattr(module, "build"):
            module.build(world)
    return world


@pytest.fixture
def pages(world):
    client = Client()
    client.force_login(world.candidate)
    return client


@pytest.fixture
def api(world):
    client = APIClient()
    client.force_authenticate(world.candidate)
    return client


def saved(world) -> dict:
    """Everything a date write could touch, for the candidate."""
    owner = world.candidate
    return {
        "applications": sorted(
            Application.objects.filter(owner=owner).values_list(
                "pk", "applied_on", "stage", "rejected_at", "stage_changed_at"
            )
        ),
        "history": sorted(
            StageChange.objects.filter(application__owner=owner).values_list("pk", "to_stage", "changed_at")
        ),
        "interviews": sorted(Interview.objects.filter(application__owner=owner).values_list("pk", "starts_at")),
        "action_items": sorted(ActionItem.objects.filter(owner=owner).values_list("pk", "due_on")),
    }


def server_errors(world) -> dict[str, int]:
    """Every page and GET endpoint of the matrix, as the candidate: which answer 5xx."""
    client = Client()
    client.force_login(world.candidate)
    failures = {}
    for route in _routes():
        if route.method != "get" or route.name in NOT_ABOUT_THE_PERSON:
            continue
        url = reverse(route.name, kwargs=route.kwargs(world) if route.kwargs else {})
        status = client.get(url + (f"?{route.query}" if route.query else "")).status_code
        if status >= 500:
            failures[route.name] = status
    return failures


# --- The validator itself -------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1900-01-01", "2100-12-31", "2026-11-29"])
def test_dates_inside_the_range_are_accepted(value):
    from datetime import date

    assert validate_sane_date(date.fromisoformat(value)) is None


# --- Dates through the API ------------------------------------------------------------------


def _api_writes(world, value: str):
    application, interview, step = world.application, world.interview, world.action_item
    return {
        "application create": (
            "post",
            reverse("candidates-api:application-list"),
            {"company_name": "X", "role_title": "Y", "applied_on": value},
        ),
        "application change": (
            "patch",
            reverse("candidates-api:application-detail", kwargs={"pk": application.pk}),
            {"applied_on": value},
        ),
        "rejection date": (
            "post",
            reverse("candidates-api:application-stage", kwargs={"pk": application.pk}),
            {"to_stage": "rejected", "rejected_on": value},
        ),
        "stage date": (
            "post",
            reverse("candidates-api:application-stage", kwargs={"pk": application.pk}),
            {"to_stage": "offer", "happened_on": value},
        ),
        "action item create": (
            "post",
            reverse("feedback-api:action-item-list"),
            {"title": "Practise", "due_on": value},
        ),
        "action item change": (
            "patch",
            reverse("feedback-api:action-item-detail", kwargs={"pk": step.pk}),
            {"due_on": value},
        ),
        "interview create": (
            "post",
            reverse("candidates-api:interview-list"),
            {"application_id": application.pk, "starts_at": f"{value}T10:00Z", "timezone": "UTC"},
        ),
        "interview change": (
            "patch",
            reverse("candidates-api:interview-detail", kwargs={"pk": interview.pk}),
            {"starts_at": f"{value}T10:00Z"},
        ),
    }


@pytest.mark.parametrize("value", EXTREME_DATES)
def test_the_api_refuses_an_extreme_date_on_every_write_and_keeps_the_data(world, api, value):
    before = saved(world)
    refused = {}
    for name, (method, url, body) in _api_writes(world, value).items():
        response = getattr(api, method)(url, body, format="json")
        refused[name] = response.status_code
    assert refused == dict.fromkeys(refused, 400)
    assert saved(world) == before


@pytest.mark.parametrize("value", EXTREME_DATETIMES)
@pytest.mark.parametrize("method", ["post", "patch"])
def test_the_api_refuses_an_extreme_interview_time_with_a_field_error(world, api, value, method):
    before = saved(world)
    if method == "post":
        url = reverse("candidates-api:interview-list")
        body = {"application_id": world.application.pk, "starts_at": value, "timezone": "Pacific/Kiritimati"}
    else:
        url = reverse("candidates-api:interview-detail", kwargs={"pk": world.interview.pk})
        body = {"starts_at": value, "timezone": "Pacific/Pago_Pago"}

    error = assert_api_error(getattr(api, method)(url, body, format="json"), status=400, code="validation_error")

    assert "starts_at" in error["fields"]
    assert saved(world) == before


def test_an_extreme_date_in_the_api_says_what_range_is_accepted(world, api):
    response = api.patch(
        reverse("candidates-api:application-detail", kwargs={"pk": world.application.pk}),
        {"applied_on": "9999-12-31"},
        format="json",
    )
    error = assert_api_error(response, status=400, code="validation_error")
    assert OUT_OF_RANGE in error["fields"]["applied_on"][0]


# --- Dates through the pages ----------------------------------------------------------------


def _page_writes(world, date_value: str, local_time: str):
    application, interview, step = world.application, world.interview, world.action_item
    interview_form = {
        "starts_at": local_time,
        "timezone": "Pacific/Kiritimati",
        "duration_minutes": 45,
        "kind": "video",
    }
    return {
        "application create": (
            reverse("candidates:application-create"),
            {"company_name": "X", "role_title": "Y", "applied_on": date_value, "stage": "applied"},
        ),
        "application edit": (
            reverse("candidates:application-edit", kwargs={"pk": application.pk}),
            {"company_name": "Northwind", "role_title": "Y", "applied_on": date_value},
        ),
        "rejection": (
            reverse("candidates:application-reject", kwargs={"pk": application.pk}),
            {"rejected_on": date_value, "rejection_via": "email"},
        ),
        "stage move": (
            reverse("candidates:application-stage", kwargs={"pk": application.pk}),
            {"to_stage": "offer", "happened_on": date_value},
        ),
        "interview create": (reverse("candidates:interview-create", kwargs={"pk": application.pk}), interview_form),
        "interview edit": (reverse("candidates:interview-edit", kwargs={"pk": interview.pk}), interview_form),
        "action item create": (
            reverse("feedback:action-create"),
            {"title": "Practise", "topic": "other", "due_on": date_value},
        ),
        "action item edit": (
            reverse("feedback:action-edit", kwargs={"pk": step.pk}),
            {"title": "Practise", "topic": "other", "due_on": date_value},
        ),
    }


@pytest.mark.parametrize(("date_value", "local_time"), list(zip(EXTREME_DATES[:2], EXTREME_LOCAL_TIMES, strict=True)))
def test_the_pages_refuse_an_extreme_date_with_the_range_and_keep_the_data(world, pages, date_value, local_time):
    before = saved(world)
    unexplained = {}
    for name, (url, form) in _page_writes(world, date_value, local_time).items():
        response = pages.post(url, form, follow=True)
        if response.status_code >= 500 or OUT_OF_RANGE not in response.content.decode():
            unexplained[name] = response.status_code
    assert unexplained == {}
    assert saved(world) == before


# --- Dates through the CSV import -----------------------------------------------------------


@pytest.mark.parametrize("value", ["0001-01-01", "31/12/9999", "1899-12-31"])
def test_the_csv_import_lists_an_extreme_date_as_a_row_error_and_adds_nothing(
    world, pages, value, django_capture_on_commit_callbacks
):
    before = saved(world)
    csv = (
        "Company,Role,Applied,Status,Rejected\n"
        f"Acme,Analyst,{value},applied,\n"
        f"Globex,Analyst,2026-01-05,rejected,{value}\n"
    )
    response = pages.post(
        reverse("candidates:import-upload"), {"file": SimpleUploadedFile("t.csv", csv.encode(), "text/csv")}
    )
    job = ImportJob.objects.filter(owner=world.candidate).latest("pk")
    mapping = {"company": "0", "role_title": "1", "applied_on": "2", "stage": "3", "rejected_on": "4"}
    with django_capture_on_commit_callbacks(execute=True):
        pages.post(response["Location"], mapping)
    job.refresh_from_db()

    assert [error["row"] for error in job.errors] == [2, 3]  # the header is row 1
    assert all(OUT_OF_RANGE in error["reason"] for error in job.errors)
    assert saved(world) == before


# --- And afterwards, every page still loads -------------------------------------------------


def test_after_every_refused_extreme_write_every_page_and_endpoint_still_answers(world, pages, api):
    for value in EXTREME_DATES:
        for method, url, body in _api_writes(world, value).values():
            getattr(api, method)(url, body, format="json")
    for value in EXTREME_DATETIMES:
        api.patch(
            reverse("candidates-api:interview-detail", kwargs={"pk": world.interview.pk}),
            {"starts_at": value},
            format="json",
        )
    for date_value, local_time in zip(EXTREME_DATES, EXTREME_LOCAL_TIMES * 2, strict=True):
        for url, form in _page_writes(world, date_value, local_time).values():
            pages.post(url, form)

    assert server_errors(world) == {}


def test_dates_at_the_edges_of_the_range_are_saved_and_every_page_still_answers(world, api):
    """The range leaves room for what is derived: an interview's end, reminders days later, other zones."""
    for value in ("2100-12-31T23:59+14:00", "1900-01-01T00:00-12:00"):
        response = api.patch(
            reverse("candidates-api:interview-detail", kwargs={"pk": world.interview.pk}),
            {"starts_at": value, "duration_minutes": 24 * 60, "timezone": "Etc/GMT+12"},
            format="json",
        )
        assert response.status_code == 200, response.json()
        assert server_errors(world) == {}


# --- NUL bytes and lone surrogates ----------------------------------------------------------


def test_a_nul_in_a_query_string_is_a_400_page(pages):
    response = pages.get(reverse("candidates:contact-list") + "?q=%00")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_nul_in_an_api_query_string_is_a_400_in_the_error_shape(api):
    response = api.get(reverse("candidates-api:contact-list") + "?q=a%00b")
    assert_api_error(response, status=400, code="unstorable_text")


def test_a_nul_in_a_query_string_key_is_a_400(pages):
    assert pages.get(reverse("candidates:application-list") + "?%00=1").status_code == 400


def test_a_nul_in_a_form_field_is_refused_and_nothing_is_saved(world, pages):
    before = Application.objects.count()
    response = pages.post(
        reverse("candidates:application-create"),
        {"company_name": "Acme\x00", "role_title": "Y", "applied_on": "2026-11-01", "stage": "applied"},
    )
    assert response.status_code == 400
    assert Application.objects.count() == before


def test_a_nul_in_the_address_is_a_400_not_a_lookup(world, pages):
    response = pages.get(reverse("reply:page", kwargs={"token": "abc\x00def"}))
    assert response.status_code == 400


def test_a_nul_posted_to_the_public_reply_page_is_refused(world):
    url = reverse("reply:page", kwargs={"token": world.reply_token})
    response = Client().post(url, {"free_text": "Thanks\x00", "answered_by_name": "Dana"})
    assert response.status_code == 400


@pytest.mark.parametrize("escape", ["\\u0000", "\\ud800", "\\udfff"])
def test_an_unstorable_character_in_a_json_body_is_a_400_anywhere_in_it(world, api, escape):
    body = json.dumps({"company_name": "Acme", "role_title": "Analyst", "notes": "x"}).replace('"x"', f'"x{escape}"')
    response = api.post(reverse("candidates-api:application-list"), body, content_type="application/json")
    assert_api_error(response, status=400, code="unstorable_text")


def test_an_unstorable_character_in_a_json_key_is_a_400(api):
    response = api.post(reverse("feedback-api:tone-check"), '{"body\\u0000": "Hello"}', content_type="application/json")
    assert_api_error(response, status=400, code="unstorable_text")


def test_a_nul_after_the_first_4_kib_of_a_csv_is_refused_and_nothing_is_kept(pages):
    before = ImportJob.objects.count()
    content = b"Company,Role\n" + b"Acme,Analyst\n" * 400 + b"Globex,Ana\x00lyst\n"
    response = pages.post(
        reverse("candidates:import-upload"), {"file": SimpleUploadedFile("t.csv", content, "text/csv")}
    )
    assert response.status_code == 400
    assert "NUL byte" in response.content.decode()
    assert ImportJob.objects.count() == before


def test_a_nul_in_a_csv_sent_to_the_api_is_refused(world, api):
    before = ImportJob.objects.count()
    response = api.post(
        reverse("candidates-api:import-list"),
        {"csv": "Company,Role\n" + "Acme,Analyst\n" * 400 + "Globex,Ana\x00lyst\n"},
        format="json",
    )
    assert_api_error(response, status=400, code="unstorable_text")
    assert ImportJob.objects.count() == before


def test_the_unstorable_text_check_looks_inside_nested_bodies():
    assert find_unstorable({"a": [{"b": ("ok", "bad\x00")}]})


def test_ordinary_text_with_accents_and_emoji_is_storable():
    assert not has_unstorable("Café Nøir — 👍 \t\n")


# --- Property: whatever the strings and dates, the API answers below 500 --------------------

TEXT = st.text(alphabet=st.characters(codec=None), max_size=40) | st.sampled_from(
    ["\x00", "\ud800", "9999-12-31", "0001-01-01", "9999-12-31T23:59Z", "0001-01-01T00:00+05:00", "", " "]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(applied_on=TEXT, starts_at=TEXT, happened_on=TEXT, note=TEXT, timezone_name=TEXT)
def test_no_write_path_answers_500_whatever_the_strings(
    candidate, candidate_api, applied_on, starts_at, happened_on, note, timezone_name
):
    from apps.candidates import services

    application = services.application_create(owner=candidate, company_name="Acme", role_title="Analyst")
    writes = [
        (
            "post",
            reverse("candidates-api:application-list"),
            {"company_name": note or "Acme", "role_title": "Y", "applied_on": applied_on},
        ),
        (
            "patch",
            reverse("candidates-api:application-detail", kwargs={"pk": application.pk}),
            {"applied_on": applied_on, "notes": note},
        ),
        (
            "post",
            reverse("candidates-api:application-stage", kwargs={"pk": application.pk}),
            {"to_stage": "offer", "happened_on": happened_on, "note": note},
        ),
        (
            "post",
            reverse("candidates-api:interview-list"),
            {"application_id": application.pk, "starts_at": starts_at, "timezone": timezone_name},
        ),
        ("post", reverse("feedback-api:action-item-list"), {"title": note or "T", "due_on": applied_on}),
    ]
    # Sent as JSON text (surrogates as escapes): the test client could not encode them otherwise.
    statuses = [
        getattr(candidate_api, method)(url, json.dumps(body), content_type="application/json").status_code
        for method, url, body in writes
    ]
    assert max(statuses) < 500, statuses


def test_an_interview_logged_days_ago_still_reads_back(world, api):
    """A sanity check that the refusals above are not refusing everything."""
    response = api.patch(
        reverse("candidates-api:interview-detail", kwargs={"pk": world.interview.pk}),
        {"starts_at": (timezone.now() - timedelta(days=3)).isoformat()},
        format="json",
    )
    assert response.status_code == 200
