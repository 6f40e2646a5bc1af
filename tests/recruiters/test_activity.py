"""The candidate sees who looked at what, when: on her activity page and through the API."""

import pytest
from django.urls import reverse

from apps.recruiters import services
from tests.recruiters.factories import shared_thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def looked_at(candidate, recruiter, recruiter_api):
    thread, _ = shared_thread(recruiter, candidate)
    recruiter_api.get(reverse("recruiters-api:thread-detail", kwargs={"pk": thread.pk}))
    return thread


def test_the_activity_page_names_the_recruiter_and_what_they_read(looked_at, candidate_client, recruiter):
    page = candidate_client.get(reverse("accounts:settings-data")).content.decode()
    application = looked_at.application
    assert recruiter.email in page
    assert f"feedback thread: {application.role_title} at {application.company.name}" in page


def test_the_activity_api_pages_by_cursor(looked_at, candidate_api, candidate):
    for _ in range(3):
        services.audit_recruiter_read(recruiter=looked_at.owner, what="x", candidate_ids=[candidate.pk])
    first = candidate_api.get(reverse("recruiters-api:me-activity"), {"page_size": 2}).json()
    second = candidate_api.get(first["next"]).json()
    assert {row["id"] for row in first["results"]}.isdisjoint({row["id"] for row in second["results"]})


def test_another_candidate_sees_none_of_it(looked_at, other_candidate_api):
    rows = other_candidate_api.get(reverse("recruiters-api:me-activity")).json()["results"]
    assert [row for row in rows if row["action"] == "data_viewed"] == []


@pytest.mark.parametrize("rows", [1, 50])
def test_the_activity_api_runs_the_same_queries_for_1_and_50_rows(
    candidate, recruiter, candidate_api, rows, django_assert_num_queries
):
    services.audit_recruiter_read(recruiter=recruiter, what="x", candidate_ids=[candidate.pk])
    for _ in range(rows - 1):
        services.audit_recruiter_read(recruiter=recruiter, what="y", candidate_ids=[candidate.pk])
    # 1 the page of events (the actor's label is stored on the row: no join needed per row)
    with django_assert_num_queries(1):
        candidate_api.get(reverse("recruiters-api:me-activity"), {"page_size": 100})
