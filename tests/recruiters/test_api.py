"""The recruiter API: the loop end to end, outsiders get 404, bad input gets a clear error, and
the list endpoints run the same number of queries for 1 and 50 candidates."""

import pytest
from django.urls import reverse

from apps.core.models import AuditEvent
from apps.feedback.models import FeedbackReply, RequestStatus
from apps.recruiters.models import Relay, Representation, RepresentationStatus
from tests.factories import CandidateFactory, RecruiterFactory
from tests.feedback.factories import RejectedApplicationFactory, ThreadFactory
from tests.recruiters.factories import represent, shared_thread


def url(name: str, **kwargs) -> str:
    return reverse(f"recruiters-api:{name}", kwargs=kwargs)


CLEAN = "Your portfolio stood out. Practise explaining system design trade-offs out loud."


@pytest.fixture
def thread(candidate, recruiter):
    """Cara's rejected application, shared with Rhea's active representation."""
    return shared_thread(recruiter, candidate)[0]


@pytest.fixture
def relay(thread, recruiter):
    from apps.recruiters import services

    return services.relay_create(
        recruiter=recruiter, thread_id=thread.pk, raw_notes="RAW: second choice", candidate_text=CLEAN
    )


# --- The loop through the API ----------------------------------------------------------------------


def test_a_recruiter_invites_by_email_and_the_answer_carries_the_code_once(recruiter_api, candidate):
    response = recruiter_api.post(url("representation-list"), {"email": candidate.email}, format="json")
    assert response.status_code == 201
    assert len(response.json()["code"]) == 9


def test_the_code_is_not_shown_again_when_the_representation_is_read(recruiter_api, candidate):
    created = recruiter_api.post(url("representation-list"), {"email": candidate.email}, format="json").json()
    assert "code" not in recruiter_api.get(url("representation-detail", pk=created["id"])).json()


def test_a_candidate_redeems_a_code_and_the_representation_is_active(recruiter_api, candidate_api):
    code = recruiter_api.post(url("representation-list"), {}, format="json").json()["code"]
    response = candidate_api.post(url("representation-redeem"), {"code": code.lower()}, format="json")
    assert response.json()["status"] == "active"


def test_a_reused_code_is_refused_with_a_clear_code(recruiter_api, candidate_api, other_candidate):
    from tests.conftest import _api_client_for

    code = recruiter_api.post(url("representation-list"), {}, format="json").json()["code"]
    candidate_api.post(url("representation-redeem"), {"code": code}, format="json")
    response = _api_client_for(other_candidate).post(url("representation-redeem"), {"code": code}, format="json")
    assert response.json()["error"]["code"] == "invitation_used"


def test_inviting_yourself_is_a_field_error(recruiter_api, recruiter):
    response = recruiter_api.post(url("representation-list"), {"email": recruiter.email}, format="json")
    assert "email" in response.json()["error"]["fields"]


def test_inviting_a_recruiter_as_a_candidate_is_a_field_error(recruiter_api, other_recruiter):
    response = recruiter_api.post(url("representation-list"), {"email": other_recruiter.email}, format="json")
    assert response.status_code == 400


def test_a_second_open_invitation_to_the_same_candidate_is_a_conflict(recruiter_api, candidate):
    recruiter_api.post(url("representation-list"), {"email": candidate.email}, format="json")
    response = recruiter_api.post(url("representation-list"), {"email": candidate.email}, format="json")
    assert response.json()["error"]["code"] == "already_representing"


def test_the_candidate_shares_an_application_and_the_recruiter_can_read_it(
    candidate, recruiter, candidate_api, recruiter_api
):
    representation = represent(recruiter, candidate)
    application = RejectedApplicationFactory(owner=candidate)
    candidate_api.put(
        url("representation-shares", pk=representation.pk), {"application_ids": [application.pk]}, format="json"
    )
    assert recruiter_api.get(url("application-detail", pk=application.pk)).status_code == 200


def test_an_unshared_application_is_a_404_for_the_representing_recruiter(candidate, recruiter, recruiter_api):
    represent(recruiter, candidate)
    application = RejectedApplicationFactory(owner=candidate)
    assert recruiter_api.get(url("application-detail", pk=application.pk)).status_code == 404


def test_sharing_someone_elses_application_is_a_field_error(candidate, recruiter, candidate_api, other_candidate):
    representation = represent(recruiter, candidate)
    theirs = RejectedApplicationFactory(owner=other_candidate)
    response = candidate_api.post(
        url("representation-shares", pk=representation.pk), {"application_id": theirs.pk}, format="json"
    )
    assert "application_ids" in response.json()["error"]["fields"]


def test_the_recruiter_cannot_change_what_is_shared(candidate, recruiter, recruiter_api):
    representation = represent(recruiter, candidate)
    response = recruiter_api.put(url("representation-shares", pk=representation.pk), {"application_ids": []})
    assert response.status_code == 403


def test_ending_the_representation_ends_access_at_once(thread, candidate, candidate_api, recruiter_api):
    representation = Representation.objects.get(candidate=candidate)
    candidate_api.post(url("representation-end", pk=representation.pk))
    assert recruiter_api.get(url("thread-detail", pk=thread.pk)).status_code == 404


def test_ending_twice_is_a_conflict(thread, candidate, candidate_api):
    representation = Representation.objects.get(candidate=candidate)
    candidate_api.post(url("representation-end", pk=representation.pk))
    assert candidate_api.post(url("representation-end", pk=representation.pk)).status_code == 409


def test_the_candidate_asks_via_the_recruiter_and_the_ask_reaches_the_work_queue(
    candidate, recruiter, candidate_api, recruiter_api
):
    representation = represent(recruiter, candidate)
    application = RejectedApplicationFactory(owner=candidate)
    ThreadFactory(owner=candidate, application=application)
    created = candidate_api.post(
        url("representation-asks", pk=representation.pk),
        {"application_id": application.pk, "topics": ["interview"]},
        format="json",
    ).json()
    candidate_api.post(reverse("feedback-api:request-send", args=[created["id"]]), {"channel": "debrief"})
    queue = recruiter_api.get(url("work-queue")).json()
    assert [(row["kind"], row["request_id"]) for row in queue["results"]] == [("ask", created["id"])]


def test_a_relay_is_created_checked_previewed_and_published(thread, recruiter_api, candidate):
    created = recruiter_api.post(
        url("relay-list"),
        {"thread_id": thread.pk, "raw_notes": "RAW", "candidate_text": CLEAN, "source_naming": "interview_panel"},
        format="json",
    ).json()
    assert recruiter_api.post(url("relay-check", pk=created["id"])).json()["ok"] is True
    preview = recruiter_api.get(url("relay-preview", pk=created["id"])).json()
    assert preview["source_label"] == "The interview panel"
    published = recruiter_api.post(url("relay-publish", pk=created["id"]), {}, format="json").json()
    assert published["status"] == "published"
    assert FeedbackReply.objects.filter(thread=thread, source="relay").count() == 1


def test_the_preview_never_contains_the_raw_notes(relay, recruiter_api):
    assert "RAW" not in recruiter_api.get(url("relay-preview", pk=relay.pk)).content.decode()


def test_publishing_an_empty_relay_is_a_field_error_and_keeps_the_draft(relay, recruiter_api):
    recruiter_api.patch(url("relay-detail", pk=relay.pk), {"candidate_text": ""}, format="json")
    response = recruiter_api.post(url("relay-publish", pk=relay.pk), {}, format="json")
    assert "candidate_text" in response.json()["error"]["fields"]
    assert Relay.objects.get(pk=relay.pk).raw_notes == "RAW: second choice"


def test_publishing_with_redaction_findings_is_refused_with_the_findings(relay, recruiter_api):
    recruiter_api.patch(
        url("relay-detail", pk=relay.pk), {"candidate_text": "Call Dana on +44 20 7946 0958 about it."}, format="json"
    )
    response = recruiter_api.post(url("relay-publish", pk=relay.pk), {}, format="json")
    assert response.json()["error"]["code"] == "redaction_findings"
    assert response.json()["error"]["findings"]


def test_publishing_on_an_ended_representation_is_refused(relay, candidate, recruiter):
    from apps.core.errors import ApplicationError
    from apps.recruiters import services

    services.representation_end(representation=relay.representation, by=candidate)
    with pytest.raises(ApplicationError) as error:
        services.relay_publish(relay=relay)
    assert error.value.code == "representation_ended"


def test_a_published_relay_cannot_be_edited(relay, recruiter_api):
    recruiter_api.post(url("relay-publish", pk=relay.pk), {}, format="json")
    response = recruiter_api.patch(url("relay-detail", pk=relay.pk), {"candidate_text": "x"}, format="json")
    assert response.status_code == 403


def test_a_relay_on_a_thread_not_shared_is_a_field_error(candidate, recruiter, recruiter_api):
    represent(recruiter, candidate)
    thread = ThreadFactory(owner=candidate)
    response = recruiter_api.post(url("relay-list"), {"thread_id": thread.pk, "candidate_text": CLEAN}, format="json")
    assert "thread_id" in response.json()["error"]["fields"]


def test_the_candidate_sees_who_read_her_thread_in_her_activity(thread, recruiter, recruiter_api, candidate_api):
    recruiter_api.get(url("thread-detail", pk=thread.pk))
    events = candidate_api.get(url("me-activity")).json()["results"]
    assert any(e["actor"] == recruiter.email and e["what"].startswith("feedback thread") for e in events)


def test_reading_the_candidate_list_is_audited_per_candidate(thread, recruiter, recruiter_api, candidate):
    recruiter_api.get(url("candidate-list"))
    assert AuditEvent.objects.filter(subject=candidate, actor=recruiter, detail__what="candidate list").count() == 1


# --- Outsiders get 404 -------------------------------------------------------------------------------


OBJECT_ROUTES = [
    ("get", "representation-detail", "representation"),
    ("get", "application-detail", "application"),
    ("get", "thread-detail", "thread"),
    ("get", "candidate-detail", "candidate"),
    ("get", "relay-detail", "relay"),
    ("get", "relay-preview", "relay"),
    ("post", "relay-check", "relay"),
    ("post", "relay-publish", "relay"),
    ("patch", "relay-detail", "relay"),
    ("delete", "relay-detail", "relay"),
    ("post", "representation-end", "representation"),
    ("get", "representation-shares", "representation"),
]


@pytest.mark.parametrize("method,name,kind", OBJECT_ROUTES, ids=[f"{m} {n}" for m, n, _ in OBJECT_ROUTES])
def test_an_unrelated_recruiter_gets_404(relay, other_recruiter_api, method, name, kind):
    pk = {
        "representation": relay.representation_id,
        "application": relay.thread.application_id,
        "thread": relay.thread_id,
        "candidate": relay.representation.candidate_id,
        "relay": relay.pk,
    }[kind]
    assert getattr(other_recruiter_api, method)(url(name, pk=pk), {}, format="json").status_code == 404


# The recruiter keeps seeing the ended representation row itself (who, when, ended by whom): no candidate data.
CANDIDATE_DATA_ROUTES = [route for route in OBJECT_ROUTES if route[2] != "representation"]


@pytest.mark.parametrize(
    "method,name,kind", CANDIDATE_DATA_ROUTES, ids=[f"{m} {n}" for m, n, _ in CANDIDATE_DATA_ROUTES]
)
def test_the_recruiter_whose_representation_ended_gets_404_for_candidate_data(relay, recruiter_api, method, name, kind):
    from apps.recruiters import services

    services.representation_end(representation=relay.representation, by=relay.representation.candidate)
    pk = {
        "application": relay.thread.application_id,
        "thread": relay.thread_id,
        "candidate": relay.representation.candidate_id,
        "relay": relay.pk,
    }[kind]
    assert getattr(recruiter_api, method)(url(name, pk=pk), {}, format="json").status_code == 404


def test_another_candidate_gets_404_for_the_representation(relay, other_candidate_api):
    assert other_candidate_api.get(url("representation-detail", pk=relay.representation_id)).status_code == 404


# --- Query budgets: 1 and 50 candidates ----------------------------------------------------------------


def _world(recruiter, rows: int) -> None:
    from apps.feedback.services import request_send
    from apps.recruiters import services

    for _ in range(rows):
        candidate = CandidateFactory()
        thread, representation = shared_thread(recruiter, candidate)
        ask = services.ask_create(
            owner=candidate,
            representation_id=representation.pk,
            application_id=thread.application_id,
            topics=["skills"],
        )
        request_send(request=ask, channel="debrief")
        services.relay_create(recruiter=recruiter, thread_id=thread.pk, candidate_text=CLEAN)


@pytest.mark.parametrize("rows", [1, 50])
def test_the_work_queue_runs_the_same_queries_for_1_and_50_candidates(
    recruiter, recruiter_api, rows, django_assert_num_queries
):
    _world(recruiter, rows)
    # 1 the recruiter's profile-free role check is in memory; 1 asks waiting (with request, thread,
    # application, company, candidate), 2 drafts (same joins), 3 the audit rows (one INSERT)
    with django_assert_num_queries(3):
        response = recruiter_api.get(url("work-queue"))
    assert response.json()["count"] == 2 * rows


@pytest.mark.parametrize("rows", [1, 50])
def test_the_candidate_list_runs_the_same_queries_for_1_and_50_candidates(
    recruiter, recruiter_api, rows, django_assert_num_queries
):
    _world(recruiter, rows)
    # 1 the page of active representations with candidate and the three annotations,
    # 2 the audit rows (one INSERT)
    with django_assert_num_queries(2):
        response = recruiter_api.get(url("candidate-list"), {"page_size": 100})
    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("rows", [1, 50])
def test_the_team_list_runs_the_same_queries_for_1_and_50_members(db, rows, django_assert_num_queries):
    from apps.recruiters import services
    from tests.conftest import _api_client_for

    admin = RecruiterFactory()
    for _ in range(rows):
        invitation, token = services.agency_invitation_create(
            agency=admin.recruiter_profile.agency, invited_by=admin, email=f"r{_}@agency.example"
        )
        services.agency_invitation_accept(token=token, user=RecruiterFactory(email=f"r{_}@agency.example"))
    api = _api_client_for(type(admin).objects.get(pk=admin.pk))  # as a request sees it: no profile cached
    # 1 the admin's profile, 2 the page of members with user and four workload counts
    with django_assert_num_queries(2):
        response = api.get(url("member-list"), {"page_size": 100})
    assert len(response.json()["results"]) == rows + 1


def test_the_representation_status_after_declining_is_declined(candidate, recruiter, candidate_api):
    from apps.recruiters import services

    representation, _ = services.representation_invite(recruiter=recruiter, email=candidate.email)
    candidate_api.post(url("representation-decline", pk=representation.pk))
    assert Representation.objects.get(pk=representation.pk).status == RepresentationStatus.DECLINED


def test_an_ask_answered_by_a_relay_is_marked_answered(candidate, recruiter, recruiter_api):
    from apps.feedback.services import request_send
    from apps.recruiters import services

    thread, representation = shared_thread(recruiter, candidate)
    ask = services.ask_create(
        owner=candidate, representation_id=representation.pk, application_id=thread.application_id, topics=["skills"]
    )
    request_send(request=ask, channel="debrief")
    created = recruiter_api.post(url("relay-list"), {"request_id": ask.pk, "candidate_text": CLEAN}, format="json")
    recruiter_api.post(url("relay-publish", pk=created.json()["id"]), {}, format="json")
    ask.refresh_from_db()
    assert ask.status == RequestStatus.ANSWERED


@pytest.mark.parametrize("rows", [1, 50])
def test_the_relay_list_runs_the_same_queries_for_1_and_50_candidates(
    recruiter, recruiter_api, rows, django_assert_num_queries
):
    _world(recruiter, rows)
    # 1 the page of relays with representation, candidate, thread, application, company and recruiter
    with django_assert_num_queries(1):
        response = recruiter_api.get(url("relay-list"), {"page_size": 100})
    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("rows", [1, 50])
def test_the_representation_list_runs_the_same_queries_for_1_and_50_candidates(
    recruiter, rows, django_assert_num_queries
):
    from tests.conftest import _api_client_for

    for _ in range(rows):
        represent(recruiter, CandidateFactory())
    api = _api_client_for(type(recruiter).objects.get(pk=recruiter.pk))
    # 1 the recruiter's profile (is she an admin?), 2 the page of representations with recruiter,
    # candidate and agency, 3 their shares
    with django_assert_num_queries(3):
        response = api.get(url("representation-list"), {"page_size": 100})
    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("rows", [1, 50])
def test_the_invitation_list_runs_the_same_queries_for_1_and_50_rows(recruiter, rows, django_assert_num_queries):
    from apps.recruiters import services
    from tests.conftest import _api_client_for

    for n in range(rows):
        services.agency_invitation_create(
            agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=f"i{n}@agency.example"
        )
    api = _api_client_for(type(recruiter).objects.get(pk=recruiter.pk))
    # 1 the recruiter's profile, 2 the page of invitations
    with django_assert_num_queries(2):
        response = api.get(url("invitation-list"), {"page_size": 100})
    assert len(response.json()["results"]) == rows
