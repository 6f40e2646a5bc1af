"""The candidates API: create/read/update/delete, filters, ordering, cursor pages, the stage action,
outsiders get 404 on every object endpoint, and list endpoints keep their query budgets."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.candidates import services
from apps.candidates.importing import import_job_create
from apps.candidates.models import Application, Interview, Stage
from tests.candidates.factories import ApplicationFactory, ContactFactory, InterviewFactory
from tests.core.error_shape import assert_api_error

pytestmark = pytest.mark.django_db


def url(name, **kwargs):
    return reverse(f"candidates-api:{name}", kwargs=kwargs)


@pytest.fixture
def application(candidate):
    return services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")


@pytest.fixture
def interview(application):
    return services.interview_create(application=application, starts_at=timezone.now(), timezone="UTC")


def test_creating_an_application_returns_it_with_its_history(candidate_api):
    response = candidate_api.post(
        url("application-list"),
        {"company_name": "Northwind", "role_title": "Data analyst", "stage": "screening", "applied_on": "2026-11-01"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["company"]["name"] == "Northwind" and body["stage"] == "screening"
    assert [step["to_stage"] for step in body["stage_history"]] == ["applied", "screening"]
    assert body["allowed_next_stages"] == ["interviewing", "offer", "rejected", "withdrawn"]
    assert body["rejection"] is None


def test_an_application_cannot_be_created_without_a_company(candidate_api):
    response = candidate_api.post(url("application-list"), {"role_title": "Analyst"}, format="json")
    error = assert_api_error(response, status=400, code="validation_error")
    assert "company_name" in error["fields"]


def test_the_stage_action_validates_moves_and_keeps_rejection_details(candidate_api, application):
    response = candidate_api.post(
        url("application-stage", pk=application.pk),
        {"to_stage": "rejected", "rejection_via": "email", "rejection_reason": "More SQL", "rejected_on": "2026-11-20"},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["rejection"]["reason"] == "More SQL"
    assert response.json()["rejection"]["summary"] == "Turned down before any conversation"

    response = candidate_api.post(url("application-stage", pk=application.pk), {"to_stage": "hired"}, format="json")
    error = assert_api_error(response, status=409, code="impossible_stage_change", extra_keys=("allowed",))
    assert "can't move from “Rejected” to “Hired”" in error["message"]
    assert error["allowed"] == ["screening", "interviewing", "offer"]
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED


def test_an_unknown_stage_is_a_field_error(candidate_api, application):
    response = candidate_api.post(url("application-stage", pk=application.pk), {"to_stage": "ghosted"}, format="json")
    assert "to_stage" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_the_stage_cannot_be_changed_through_update(candidate_api, application):
    response = candidate_api.patch(url("application-detail", pk=application.pk), {"stage": "offer"}, format="json")
    assert response.status_code == 200  # unknown keys are ignored by the input serializer...
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED  # ...and the stage did not move


def test_the_list_filters_orders_and_pages_by_cursor(candidate_api, candidate):
    for number in range(5):
        ApplicationFactory(owner=candidate, role_title=f"Role {number}")
    rejected = services.application_create(owner=candidate, company_name="Contoso", role_title="BI developer")
    services.application_stage_change(application=rejected, to_stage=Stage.REJECTED)

    body = candidate_api.get(url("application-list"), {"stage": "rejected"}).json()
    assert [row["role_title"] for row in body["results"]] == ["BI developer"]
    body = candidate_api.get(url("application-list"), {"q": "contoso"}).json()
    assert len(body["results"]) == 1

    first = candidate_api.get(url("application-list"), {"page_size": 4, "ordering": "role_title"}).json()
    assert [row["role_title"] for row in first["results"]] == ["BI developer", "Role 0", "Role 1", "Role 2"]
    second = candidate_api.get(first["next"]).json()
    assert [row["role_title"] for row in second["results"]] == ["Role 3", "Role 4"]
    assert second["next"] is None


def test_interviews_are_logged_and_debriefed_through_the_api(candidate_api, application):
    response = candidate_api.post(
        url("interview-list"),
        {"application_id": application.pk, "starts_at": "2030-06-01T10:00:00+02:00", "timezone": "Europe/Berlin"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    interview_id = response.json()["id"]
    assert response.json()["starts_at"].startswith("2030-06-01T08:00:00")
    response = candidate_api.patch(
        url("interview-detail", pk=interview_id), {"journal": {"asked": "Why us?"}}, format="json"
    )
    assert response.json()["journal"]["asked"] == "Why us?"
    assert response.json()["journal_written_at"] is not None
    filtered = candidate_api.get(url("interview-list"), {"journal_empty": "true"}).json()
    assert filtered["results"] == []


def test_an_interview_in_an_unknown_time_zone_is_refused_and_nothing_is_saved(candidate_api, application):
    response = candidate_api.post(
        url("interview-list"),
        {"application_id": application.pk, "starts_at": "2030-06-01T10:00:00Z", "timezone": "Mars/Olympus"},
        format="json",
    )
    error = assert_api_error(response, status=400, code="validation_error")
    assert "not a time zone we know" in error["fields"]["timezone"][0]
    assert not Interview.objects.exists()


def test_an_interview_cannot_be_logged_on_someone_elses_application(other_candidate_api, application):
    response = other_candidate_api.post(
        url("interview-list"),
        {"application_id": application.pk, "starts_at": "2030-06-01T10:00:00Z", "timezone": "UTC"},
        format="json",
    )
    assert "application_id" in assert_api_error(response, status=400, code="validation_error")["fields"]
    assert not Interview.objects.exists()


def test_contacts_and_companies_round_trip(candidate_api, application):
    response = candidate_api.post(
        url("contact-list"),
        {"name": "Dana Reyes", "company_name": "Northwind", "role": "hiring_manager", "application_id": application.pk},
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["company"]["id"] == application.company_id
    assert application.contact_links.get().role == "hiring_manager"
    response = candidate_api.delete(url("company-detail", pk=application.company_id))
    assert_api_error(response, status=409, code="company_in_use")


def _objects(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    return {
        "application": application,
        "interview": InterviewFactory(application=application),
        "contact": ContactFactory(owner=candidate),
        "company": application.company,
        "import": import_job_create(owner=candidate, filename="a.csv", data=b"Company,Role\nA,B\n"),
    }


OBJECT_ENDPOINTS = [
    ("get", "application-detail", "application", None),
    ("patch", "application-detail", "application", {"notes": "mine now"}),
    ("delete", "application-detail", "application", None),
    ("post", "application-stage", "application", {"to_stage": "offer"}),
    ("get", "interview-detail", "interview", None),
    ("patch", "interview-detail", "interview", {"journal": {"asked": "x"}}),
    ("delete", "interview-detail", "interview", None),
    ("get", "contact-detail", "contact", None),
    ("patch", "contact-detail", "contact", {"name": "x"}),
    ("delete", "contact-detail", "contact", None),
    ("get", "company-detail", "company", None),
    ("patch", "company-detail", "company", {"name": "x"}),
    ("delete", "company-detail", "company", None),
    ("get", "import-detail", "import", None),
]


@pytest.mark.parametrize(
    "method,name,kind,data", OBJECT_ENDPOINTS, ids=[f"{row[0].upper()} {row[1]}" for row in OBJECT_ENDPOINTS]
)
@pytest.mark.parametrize("outsider", ["other_candidate_api", "recruiter_api"])
def test_an_outsider_gets_404_from_every_object_endpoint_and_nothing_changes(
    request, candidate, method, name, kind, data, outsider
):
    objects = _objects(candidate)
    client = request.getfixturevalue(outsider)
    response = getattr(client, method)(url(name, pk=objects[kind].pk), data, format="json")
    assert_api_error(response, status=404, code="not_found")
    obj = objects[kind]
    assert type(obj).objects.filter(pk=obj.pk).exists()
    application = Application.objects.get(pk=objects["application"].pk)
    assert application.stage == Stage.APPLIED and application.notes == ""


def test_lists_never_show_another_candidates_rows(other_candidate_api, recruiter_api, candidate):
    _objects(candidate)
    for client in (other_candidate_api, recruiter_api):
        for name in ("application-list", "interview-list", "contact-list", "company-list", "import-list"):
            assert client.get(url(name)).json()["results"] == [], name


def test_recruiters_cannot_create_candidate_records(recruiter_api):
    response = recruiter_api.post(url("application-list"), {"company_name": "A", "role_title": "B"}, format="json")
    assert_api_error(response, status=403, code="permission_denied")


def _many(candidate, rows):
    for number in range(rows):
        application = ApplicationFactory(owner=candidate)
        contact = ContactFactory(owner=candidate, company=application.company)
        interview = InterviewFactory(application=application, starts_at=timezone.now() + timedelta(days=number))
        interview.interviewers.add(contact)


# Force-authenticated API clients do not read a session or a user: the counts are the view's own.
LIST_BUDGETS = [
    ("application-list", 1),  # 1 applications with companies
    ("interview-list", 2),  # 1 interviews, 2 their interviewers
    ("contact-list", 1),  # 1 contacts with companies
    ("company-list", 1),  # 1 companies
    ("import-list", 1),  # 1 import jobs
]


@pytest.mark.parametrize("name,queries", LIST_BUDGETS, ids=[row[0] for row in LIST_BUDGETS])
@pytest.mark.parametrize("rows", [1, 50])
def test_list_endpoints_run_the_same_queries_for_1_and_50(
    candidate_api, candidate, name, queries, rows, django_assert_num_queries
):
    _many(candidate, rows)
    for number in range(rows):
        import_job_create(owner=candidate, filename=f"{number}.csv", data=b"Company,Role\nA,B\n")
    with django_assert_num_queries(queries):
        response = candidate_api.get(url(name), {"page_size": 100})
    assert len(response.json()["results"]) == rows


def test_the_export_endpoint_returns_everything_and_is_audited(candidate_api, candidate, application):
    body = candidate_api.get(url("export")).json()
    assert body["format"] == "debrief-export"
    assert [row["role_title"] for row in body["applications"]] == ["Data analyst"]
    assert candidate.audit_events.filter(action="data_exported").count() == 1


def test_a_contact_cannot_be_added_to_someone_elses_application(other_candidate_api, application):
    response = other_candidate_api.post(
        url("contact-list"), {"name": "Sam Lee", "application_id": application.pk}, format="json"
    )
    assert "application_id" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_a_refused_contact_leaves_nothing_behind(other_candidate_api, other_candidate, application):
    other_candidate_api.post(url("contact-list"), {"name": "Sam Lee", "application_id": application.pk}, format="json")
    assert not other_candidate.contacts.exists()


def test_an_application_cannot_name_someone_elses_company(other_candidate_api, application):
    response = other_candidate_api.post(
        url("application-list"), {"company_id": application.company_id, "role_title": "Analyst"}, format="json"
    )
    assert "company_id" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_an_interview_cannot_name_someone_elses_contact_as_interviewer(candidate_api, application, other_candidate):
    stranger = ContactFactory(owner=other_candidate)
    response = candidate_api.post(
        url("interview-list"),
        {
            "application_id": application.pk,
            "starts_at": "2030-06-01T10:00:00Z",
            "timezone": "UTC",
            "interviewer_ids": [stranger.pk],
        },
        format="json",
    )
    assert "interviewer_ids" in assert_api_error(response, status=400, code="validation_error")["fields"]


@pytest.mark.parametrize("path", ["applications", "applications/1/stage", "companies"])
def test_a_post_without_the_trailing_slash_reaches_the_same_endpoint(candidate_api, path):
    response = candidate_api.post(f"/api/v1/{path}", {}, format="json")
    assert response.status_code in (400, 404)  # the endpoint's own answer, not a redirect or a crash


def test_a_post_without_the_trailing_slash_creates_the_row(candidate_api, candidate):
    response = candidate_api.post("/api/v1/companies", {"name": "Globex"}, format="json")
    assert response.status_code == 201


@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_an_unknown_api_path_answers_in_the_error_shape(candidate_api, method):
    response = getattr(candidate_api, method)("/api/v1/no-such-thing/")
    assert_api_error(response, status=404, code="not_found")


def test_an_unknown_api_path_answers_in_the_error_shape_even_with_debug(candidate_api, settings):
    settings.DEBUG = True
    response = candidate_api.get("/api/v1/applications/12/nothing-here/")
    assert_api_error(response, status=404, code="not_found")
