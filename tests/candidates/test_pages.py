"""The candidate's pages: they render, refuse outsiders with 404, keep their query budgets, and
explain bad input without losing anything."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.candidates import services
from apps.candidates.models import Application, Interview, Stage
from tests.candidates.factories import ApplicationFactory, ContactFactory, InterviewFactory
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(candidate):
    return services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")


@pytest.fixture
def interview(application):
    return services.interview_create(
        application=application, starts_at=timezone.now() - timedelta(hours=5), timezone="Europe/Berlin"
    )


def test_the_candidate_adds_an_application_from_the_form(candidate_client, candidate):
    response = candidate_client.post(
        reverse("candidates:application-create"),
        {"company_name": "Northwind", "role_title": "Data analyst", "applied_on": "2026-11-01", "stage": "applied"},
    )
    application = Application.objects.get(owner=candidate)
    assert response.status_code == 302
    assert response["Location"] == reverse("candidates:application-detail", kwargs={"pk": application.pk})
    assert application.company.name == "Northwind"


def test_a_bad_form_keeps_what_was_typed_and_says_what_is_wrong(candidate_client, candidate):
    response = candidate_client.post(
        reverse("candidates:application-create"),
        {"company_name": "Northwind", "role_title": "", "applied_on": "not a date", "stage": "applied"},
    )
    assert response.status_code == 200
    page = parse(response)
    assert page.find_all("input", name="company_name", value="Northwind")
    assert "This field is required." in page.text
    assert not Application.objects.exists()


def test_the_application_page_shows_timeline_interviews_people_and_journal(candidate_client, application, interview):
    contact = services.contact_create(
        owner=application.owner, name="Dana Reyes", role="hiring_manager", application=application
    )
    services.interview_journal_update(interview=interview, asked="Tell me about a dashboard.")
    response = candidate_client.get(reverse("candidates:application-detail", kwargs={"pk": application.pk}))
    text = parse(response).text
    assert "Timeline" in text and "Interviewing" in text and "Interview logged" in text
    assert contact.name in text and "Hiring manager" in text
    assert "Tell me about a dashboard." in text


@pytest.mark.parametrize(
    "name,kwarg",
    [
        ("application-detail", "application"),
        ("application-edit", "application"),
        ("application-reject", "application"),
        ("application-delete", "application"),
        ("interview-create", "application"),
        ("interview-detail", "interview"),
        ("interview-edit", "interview"),
        ("interview-ics", "interview"),
    ],
)
def test_another_candidate_gets_404_for_every_object_page(other_candidate_client, application, interview, name, kwarg):
    obj = {"application": application, "interview": interview}[kwarg]
    assert other_candidate_client.get(reverse(f"candidates:{name}", kwargs={"pk": obj.pk})).status_code == 404


def test_another_candidate_cannot_change_anything_and_nothing_changes(other_candidate_client, application, interview):
    post = other_candidate_client.post
    assert (
        post(reverse("candidates:application-stage", kwargs={"pk": application.pk}), {"to_stage": "offer"}).status_code
        == 404
    )
    assert post(reverse("candidates:application-delete", kwargs={"pk": application.pk})).status_code == 404
    assert post(reverse("candidates:interview-debrief", kwargs={"pk": interview.pk}), {"asked": "x"}).status_code == 404
    application.refresh_from_db()
    interview.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING and interview.asked == ""


def test_another_candidates_contact_is_404(other_candidate_client, candidate):
    contact = ContactFactory(owner=candidate)
    for name in ("contact-edit", "contact-delete"):
        assert other_candidate_client.get(reverse(f"candidates:{name}", kwargs={"pk": contact.pk})).status_code == 404


def test_an_impossible_stage_change_from_the_page_explains_and_changes_nothing(candidate_client, application):
    services.application_stage_change(application=application, to_stage=Stage.OFFER)
    services.application_stage_change(application=application, to_stage=Stage.HIRED)
    url = reverse("candidates:application-stage", kwargs={"pk": application.pk})
    response = candidate_client.post(url, {"to_stage": "screening"}, follow=True)
    assert "can't move to “Screening”" in parse(response).text
    application.refresh_from_db()
    assert application.stage == Stage.HIRED


def test_marking_rejected_records_the_details(candidate_client, application):
    response = candidate_client.post(
        reverse("candidates:application-reject", kwargs={"pk": application.pk}),
        {"rejected_on": timezone.localdate().isoformat(), "rejection_via": "phone", "rejection_reason": "Budget"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED and application.rejection_via == "phone"
    assert application.rejection_reason == "Budget"


def test_a_rejection_date_in_the_future_is_refused(candidate_client, application):
    response = candidate_client.post(
        reverse("candidates:application-reject", kwargs={"pk": application.pk}),
        {"rejected_on": (timezone.localdate() + timedelta(days=5)).isoformat(), "rejection_via": "email"},
    )
    assert response.status_code == 200
    assert "in the future" in parse(response).text
    application.refresh_from_db()
    assert application.stage != Stage.REJECTED


def test_logging_an_interview_reads_the_time_in_the_chosen_zone(candidate_client, application):
    response = candidate_client.post(
        reverse("candidates:interview-create", kwargs={"pk": application.pk}),
        {"starts_at": "2030-06-01T10:00", "timezone": "America/New_York", "duration_minutes": 60, "kind": "video"},
    )
    assert response.status_code == 302
    interview = Interview.objects.get()
    assert interview.starts_at.isoformat() == "2030-06-01T14:00:00+00:00"
    assert interview.timezone == "America/New_York"


def test_an_interview_in_an_unknown_time_zone_gets_a_clear_message(candidate_client, application):
    response = candidate_client.post(
        reverse("candidates:interview-create", kwargs={"pk": application.pk}),
        {"starts_at": "2030-06-01T10:00", "timezone": "Mars/Olympus", "duration_minutes": 60, "kind": "video"},
    )
    assert response.status_code == 200
    assert "“Mars/Olympus” is not a time zone we know" in parse(response).text
    assert not Interview.objects.exists()


def test_the_debrief_saves_with_and_without_htmx(candidate_client, interview):
    url = reverse("candidates:interview-debrief", kwargs={"pk": interview.pk})
    response = candidate_client.post(url, {"asked": "Why us?", "went_well": "Rapport"})
    assert response.status_code == 302
    response = candidate_client.post(url, {"asked": "Why us?", "cues": "Nodding"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section class="card debrief" id="debrief"')
    assert "Debrief saved" in html
    interview.refresh_from_db()
    assert interview.cues == "Nodding" and interview.went_well == ""


def test_the_list_filters_searches_and_serves_an_htmx_partial(candidate_client, candidate):
    services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")
    rejected = services.application_create(owner=candidate, company_name="Contoso", role_title="BI developer")
    services.application_stage_change(application=rejected, to_stage=Stage.REJECTED)
    url = reverse("candidates:application-list")
    assert "BI developer" not in parse(candidate_client.get(url, {"stage": "applied"})).text
    assert "Data analyst" not in parse(candidate_client.get(url, {"q": "contoso"})).text
    partial = candidate_client.get(url, {"q": "north"}, headers={"HX-Request": "true", "HX-Target": "results"})
    html = partial.content.decode()
    assert html.lstrip().startswith('<div id="results"') and "Data analyst" in html and "<html" not in html


def test_the_list_paginates(candidate_client, candidate):
    for number in range(25):
        ApplicationFactory(owner=candidate, role_title=f"Role {number:02d}")
    first = parse(candidate_client.get(reverse("candidates:application-list"), {"sort": "role"})).text
    second = parse(candidate_client.get(reverse("candidates:application-list"), {"sort": "role", "page": 2})).text
    assert "Role 00" in first and "Role 24" not in first
    assert "Role 24" in second and "Page 2 of 2" in second


@pytest.mark.parametrize("rows", [1, 50])
def test_the_applications_list_runs_the_same_queries_for_1_and_50(
    candidate_client, candidate, rows, django_assert_num_queries
):
    for _ in range(rows):
        ApplicationFactory(owner=candidate)
    # 1 session, 2 user, 3 preferences (time zone), 4 count, 5 the page of applications with companies
    with django_assert_num_queries(5):
        response = candidate_client.get(reverse("candidates:application-list"))
    assert response.status_code == 200


@pytest.mark.parametrize("rows", [1, 50])
def test_the_contacts_list_runs_the_same_queries_for_1_and_50(
    candidate_client, candidate, rows, django_assert_num_queries
):
    for _ in range(rows):
        contact = ContactFactory(owner=candidate)
        services.application_contact_link(
            application=ApplicationFactory(owner=candidate), contact=contact, role="interviewer"
        )
    # 1 session, 2 user, 3 preferences, 4 count, 5 contacts with companies, 6 their application links
    with django_assert_num_queries(6):
        assert candidate_client.get(reverse("candidates:contact-list")).status_code == 200


@pytest.mark.parametrize("rows", [1, 50])
def test_the_interview_log_runs_the_same_queries_for_1_and_50(
    candidate_client, candidate, rows, django_assert_num_queries
):
    for _ in range(rows):
        InterviewFactory(application=ApplicationFactory(owner=candidate))
    # 1 session, 2 user, 3 preferences, 4 count, 5 interviews with applications and companies, 6 interviewers
    with django_assert_num_queries(6):
        assert candidate_client.get(reverse("candidates:interview-list")).status_code == 200


def test_the_navigation_marks_the_section_you_are_in(candidate_client):
    page = parse(candidate_client.get(reverse("candidates:contact-list")))
    current = [a for a in page.find_all("a") if a.get("aria-current") == "page"]
    assert [a["href"] for a in current] == [reverse("candidates:contact-list")]


def test_a_contact_added_from_an_application_is_listed_on_it(candidate_client, application):
    url = reverse("candidates:contact-create") + f"?application={application.pk}"
    response = candidate_client.post(url, {"name": "Dana", "role": "hiring_manager", "application": application.pk})
    assert response.status_code == 302
    assert application.contact_links.get().role == "hiring_manager"


def test_a_contact_cannot_be_added_to_another_candidates_application(other_candidate_client, application):
    url = reverse("candidates:contact-create") + f"?application={application.pk}"
    assert other_candidate_client.post(url, {"name": "Mallory", "role": "other"}).status_code == 404
    assert not application.contact_links.exists()


def test_the_debrief_link_in_a_reminder_lands_on_the_journal_form(candidate_client, other_candidate_client, interview):
    url = reverse("candidates:interview-debrief", kwargs={"pk": interview.pk})
    response = candidate_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("candidates:interview-detail", kwargs={"pk": interview.pk}) + "#debrief"
    assert other_candidate_client.get(url).status_code == 404


def test_an_interview_agreed_in_another_zone_shows_that_time_too(candidate_client, application):
    interview = services.interview_create(
        application=application,
        starts_at=datetime(2030, 6, 1, 14, 0, tzinfo=UTC),
        timezone="America/New_York",
    )
    text = parse(candidate_client.get(reverse("candidates:interview-detail", kwargs={"pk": interview.pk}))).text
    assert "16:00" in text  # Cara's zone, Europe/Berlin
    assert "(10:00 America/New_York)" in text
