"""The recruiter portal's pages: the work queue, my candidates, inviting, a candidate's page and the
relay composer. Rhea represents Cara; Otto (another agency) and anyone whose representation ended
get 404 for every candidate object."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.core.models import AuditEvent
from apps.feedback.models import FeedbackReply
from apps.feedback.services import request_send
from apps.recruiters import services
from apps.recruiters.models import Relay, Representation
from tests.factories import CandidateFactory
from tests.recruiters.factories import represent, shared_thread

pytestmark = pytest.mark.django_db

LEAKY = "Dana Reyes said you were the youngest on the shortlist."


@pytest.fixture
def shared(candidate, recruiter):
    """Cara's rejected application, shared with Rhea; returns (thread, representation)."""
    return shared_thread(recruiter, candidate)


@pytest.fixture
def ask(candidate, shared):
    thread, representation = shared
    request = services.ask_create(
        owner=candidate, representation_id=representation.pk, application_id=thread.application_id, topics=["interview"]
    )
    return request_send(request=request, channel="debrief")


@pytest.fixture
def draft(recruiter, shared):
    thread, _ = shared
    return services.relay_create(
        recruiter=recruiter,
        thread_id=thread.pk,
        raw_notes="PRIVATE-MARKER: HM preferred the internal person.",
        candidate_text="Your SQL was strong.\n\nPractise explaining trade-offs out loud.",
    )


def _html(response) -> str:
    return response.content.decode()


# --- Work queue ---------------------------------------------------------------------------------


def test_the_queue_shows_an_ask_waiting_for_a_relay_with_its_age(recruiter_client, ask):
    page = _html(recruiter_client.get(reverse("recruiters:home")))
    assert "Waiting for a relay" in page
    assert reverse("recruiters:relay-create", args=[ask.thread_id]) in page


def test_the_queue_filters_by_kind(recruiter_client, ask, draft):
    page = _html(recruiter_client.get(reverse("recruiters:home"), {"kind": "draft"}))
    assert "Continue the draft" in page
    assert "Relay feedback</a>" not in page


def test_an_empty_queue_teaches_inviting_the_first_candidate(recruiter_client):
    page = _html(recruiter_client.get(reverse("recruiters:home")))
    assert "Start by inviting a candidate" in page


def test_the_queue_is_an_htmx_partial_when_filtered_live(recruiter_client, ask):
    response = recruiter_client.get(reverse("recruiters:home"), {"kind": "ask"}, HTTP_HX_REQUEST="true")
    assert _html(response).lstrip().startswith('<div id="results">')


def _queue_world(recruiter, n):
    for _ in range(n):
        candidate = CandidateFactory()
        thread, representation = shared_thread(recruiter, candidate)
        request = services.ask_create(
            owner=candidate,
            representation_id=representation.pk,
            application_id=thread.application_id,
            topics=["interview"],
        )
        request_send(request=request, channel="debrief")
        services.relay_create(recruiter=recruiter, thread_id=thread.pk, candidate_text="Strong SQL.")


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_queue_runs_the_same_queries_for_1_and_50_candidates(recruiter, recruiter_client, other_recruiter):
    # 7 queries: the session, the user, her preferences (time zone middleware), her recruiter
    # profile (is she an admin?), the queue's drafts, its asks, and one audit INSERT for the page.
    _queue_world(recruiter, 1)
    assert _count(recruiter_client, reverse("recruiters:home")) == 7
    _queue_world(recruiter, 49)
    assert _count(recruiter_client, reverse("recruiters:home")) == 7


# --- My candidates --------------------------------------------------------------------------------


def test_my_candidates_lists_cara_with_her_open_threads(recruiter_client, shared, candidate):
    page = _html(recruiter_client.get(reverse("recruiters:candidate-list")))
    assert candidate.full_name in page
    assert "1 open" in page


def test_the_candidate_search_narrows_by_name(recruiter, recruiter_client, shared):
    represent(recruiter, CandidateFactory(full_name="Zed Quill"))
    page = _html(recruiter_client.get(reverse("recruiters:candidate-list"), {"q": "zed"}))
    assert "Zed Quill" in page and "Cara Jensen" not in page


def test_my_candidates_runs_the_same_queries_for_1_and_50_candidates(recruiter, recruiter_client):
    # 7 queries: the session, the user, her preferences (time zone middleware), the page's COUNT,
    # its rows (candidate joined, counts and last activity as subqueries), one audit INSERT for the
    # page, and the invitations still waiting for an answer.
    represent(recruiter, CandidateFactory())
    assert _count(recruiter_client, reverse("recruiters:candidate-list")) == 7
    for _ in range(49):
        represent(recruiter, CandidateFactory())
    assert _count(recruiter_client, reverse("recruiters:candidate-list")) == 7


def test_listing_candidates_is_in_each_candidates_audit_log(recruiter, recruiter_client, shared, candidate):
    recruiter_client.get(reverse("recruiters:candidate-list"))
    assert AuditEvent.objects.filter(subject=candidate, actor=recruiter, detail__what="name and activity").exists()


# --- Inviting a candidate ---------------------------------------------------------------------------


def _invite(client, **data):
    return client.post(reverse("recruiters:candidate-invite"), {"how": "email", **data})


def test_inviting_yourself_is_refused_on_the_email_field(recruiter_client, recruiter):
    response = _invite(recruiter_client, email=recruiter.email, message="Hello")
    assert response.status_code == 400
    assert "your own address" in _html(response)


def test_inviting_a_recruiter_says_only_candidates_can_be_represented(recruiter_client, other_recruiter):
    response = _invite(recruiter_client, email=other_recruiter.email)
    assert "only candidates can be represented" in _html(response)


def test_inviting_someone_already_represented_says_so_and_keeps_the_note(recruiter_client, shared, candidate):
    response = _invite(recruiter_client, email=candidate.email, message="My kept note")
    page = _html(response)
    assert response.status_code == 409
    assert "already have an open representation" in page
    assert "My kept note" in page


def test_a_one_time_code_is_shown_once_after_inviting(recruiter_client):
    response = recruiter_client.post(reverse("recruiters:candidate-invite"), {"how": "code"})
    assert re.search(r"<code>[A-Z2-9]{4}-[A-Z2-9]{4}</code>", _html(response))


def test_inviting_by_email_without_an_address_asks_for_one(recruiter_client):
    response = _invite(recruiter_client, email="")
    assert "Type their e-mail address" in _html(response)


# --- A candidate's page ------------------------------------------------------------------------------


def test_a_candidates_page_shows_only_what_she_shares(recruiter, recruiter_client, shared, candidate):
    from tests.feedback.factories import RejectedApplicationFactory

    RejectedApplicationFactory(owner=candidate, role_title="Unshared secret role")
    page = _html(recruiter_client.get(reverse("recruiters:candidate-detail", args=[candidate.pk])))
    assert shared[0].application.role_title in page
    assert "Unshared secret role" not in page


def test_reading_a_candidates_page_is_audited(recruiter, recruiter_client, shared, candidate):
    recruiter_client.get(reverse("recruiters:candidate-detail", args=[candidate.pk]))
    assert AuditEvent.objects.filter(subject=candidate, actor=recruiter, detail__what="shared applications").exists()


def test_a_recruiter_of_another_agency_gets_404_for_a_candidates_page(other_recruiter_client, shared, candidate):
    assert other_recruiter_client.get(reverse("recruiters:candidate-detail", args=[candidate.pk])).status_code == 404


def test_after_the_representation_ends_the_candidates_page_is_404(recruiter_client, shared, candidate):
    services.representation_end(representation=shared[1], by=candidate)
    assert recruiter_client.get(reverse("recruiters:candidate-detail", args=[candidate.pk])).status_code == 404


# --- The relay composer -------------------------------------------------------------------------------


def test_the_composer_marks_the_notes_as_seen_only_by_your_agency(recruiter_client, shared):
    page = _html(recruiter_client.get(reverse("recruiters:relay-create", args=[shared[0].pk])))
    assert "Only your agency sees this" in page


def test_checking_quotes_the_flagged_words_and_keeps_the_notes(recruiter_client, shared):
    response = recruiter_client.post(
        reverse("recruiters:relay-create", args=[shared[0].pk]),
        {"action": "check", "raw_notes": "kept notes", "candidate_text": LEAKY, "source_naming": "hiring_manager"},
    )
    page = _html(response)
    assert '<q class="tone__quote">Dana Reyes</q>' in page
    assert "kept notes" in page


def test_applying_a_rewrite_replaces_the_name_in_the_text(recruiter_client, shared):
    response = recruiter_client.post(
        reverse("recruiters:relay-create", args=[shared[0].pk]),
        {"action": "apply:0", "candidate_text": LEAKY, "source_naming": "hiring_manager"},
    )
    assert "The hiring manager said you were" in _html(response)


def test_the_live_check_answers_with_the_findings_partial(recruiter_client, shared):
    response = recruiter_client.post(
        reverse("recruiters:relay-check", args=[shared[0].pk]), {"candidate_text": LEAKY}, HTTP_HX_REQUEST="true"
    )
    assert 'id="redaction-findings"' in _html(response)


def test_the_live_check_on_someone_elses_thread_is_404(other_recruiter_client, shared):
    response = other_recruiter_client.post(
        reverse("recruiters:relay-check", args=[shared[0].pk]), {"candidate_text": "x"}
    )
    assert response.status_code == 404


def test_saving_a_draft_keeps_notes_and_text(recruiter, recruiter_client, shared):
    recruiter_client.post(
        reverse("recruiters:relay-create", args=[shared[0].pk]),
        {"action": "save", "raw_notes": "notes", "candidate_text": "Strong SQL.", "source_naming": "unnamed"},
    )
    relay = Relay.objects.get(recruiter=recruiter)
    assert (relay.raw_notes, relay.candidate_text, relay.source_naming) == ("notes", "Strong SQL.", "unnamed")


def test_html_in_the_candidate_text_is_escaped_in_the_preview(recruiter_client, shared):
    response = recruiter_client.post(
        reverse("recruiters:relay-create", args=[shared[0].pk]),
        {"action": "check", "candidate_text": "<script>alert(1)</script> Strong SQL.", "source_naming": "unnamed"},
    )
    assert "<script>alert(1)" not in _html(response)


def test_the_publish_page_says_what_will_happen_in_words(recruiter_client, draft, candidate):
    page = _html(recruiter_client.get(reverse("recruiters:relay-publish", args=[draft.pk])))
    assert "can't be changed or taken back" in page


def test_publishing_with_findings_is_refused_until_accepted(recruiter_client, recruiter, shared):
    relay = services.relay_create(recruiter=recruiter, thread_id=shared[0].pk, candidate_text=LEAKY)
    response = recruiter_client.post(reverse("recruiters:relay-publish", args=[relay.pk]))
    assert response.status_code == 409
    assert not FeedbackReply.objects.exists()


def test_publishing_puts_the_text_not_the_notes_on_the_candidates_thread(recruiter_client, candidate_client, draft):
    recruiter_client.post(reverse("recruiters:relay-publish", args=[draft.pk]))
    page = _html(candidate_client.get(reverse("feedback:thread-detail", args=[draft.thread_id])))
    assert "Practise explaining trade-offs" in page
    assert "PRIVATE-MARKER" not in page


def test_another_agencys_recruiter_gets_404_for_a_relay(other_recruiter_client, draft):
    assert other_recruiter_client.get(reverse("recruiters:relay-edit", args=[draft.pk])).status_code == 404


def test_after_the_representation_ends_a_draft_relay_is_404(recruiter_client, draft, candidate):
    services.representation_end(representation=Representation.objects.get(pk=draft.representation_id), by=candidate)
    assert recruiter_client.get(reverse("recruiters:relay-edit", args=[draft.pk])).status_code == 404


def test_an_unrelated_recruiter_in_the_same_agency_gets_404_for_a_relay(recruiter, draft, client):
    from tests.factories import RecruiterFactory

    colleague = RecruiterFactory()
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=colleague.email
    )
    services.agency_invitation_accept(token=token, user=colleague)
    client.force_login(colleague)
    assert client.get(reverse("recruiters:relay-edit", args=[draft.pk])).status_code == 404


# --- Asking through the recruiter (the feedback composer) ----------------------------------------------


def test_the_composer_offers_asking_through_the_recruiter(candidate_client, shared):
    url = reverse("feedback:request-create") + f"?application={shared[0].application_id}"
    assert "Ask through your recruiter: Rhea Patel" in _html(candidate_client.get(url))


def test_the_composer_does_not_offer_a_recruiter_she_has_not_accepted(candidate_client, candidate, recruiter):
    from tests.feedback.factories import ThreadFactory

    services.representation_invite(recruiter=recruiter, email=candidate.email)
    thread = ThreadFactory(owner=candidate)
    url = reverse("feedback:request-create") + f"?application={thread.application_id}"
    assert "Ask through your recruiter" not in _html(candidate_client.get(url))


def test_sending_through_the_recruiter_puts_it_in_her_work_queue(candidate_client, recruiter_client, shared):
    thread, representation = shared
    candidate_client.post(
        reverse("feedback:request-create") + f"?application={thread.application_id}",
        {
            "contact": f"recruiter:{representation.pk}",
            "recipient_role": "other",  # the form's select, as a browser posts it
            "topics": ["interview"],
            "subject": "A question",
            "body": "Dear Rhea,\n\nThank you for your help. Could you share what the hiring manager said about my "
            "interview?\n\nKind regards,\nCara",
            "action": "debrief",
        },
    )
    assert "Waiting for a relay" in _html(recruiter_client.get(reverse("recruiters:home")))


# --- Outsiders and bad input on every object page -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "method", "target"),
    [
        ("recruiters:relay-create", "get", "thread"),
        ("recruiters:relay-create", "post", "thread"),
        ("recruiters:relay-edit", "post", "relay"),
        ("recruiters:relay-publish", "get", "relay"),
        ("recruiters:relay-publish", "post", "relay"),
    ],
)
def test_a_recruiter_of_another_agency_gets_404_on_every_relay_page(
    other_recruiter_client, draft, name, method, target
):
    pk = draft.thread_id if target == "thread" else draft.pk
    response = getattr(other_recruiter_client, method)(reverse(name, args=[pk]))
    assert response.status_code == 404


def test_after_the_application_is_unshared_the_relay_composer_is_404(recruiter_client, candidate, draft):
    services.representation_share_remove(
        representation=Representation.objects.get(pk=draft.representation_id),
        candidate=candidate,
        application_id=draft.thread.application_id,
    )
    assert recruiter_client.get(reverse("recruiters:relay-create", args=[draft.thread_id])).status_code == 404


def test_publishing_an_empty_relay_says_what_to_write_and_publishes_nothing(recruiter, recruiter_client, shared):
    relay = services.relay_create(recruiter=recruiter, thread_id=shared[0].pk, raw_notes="Kept notes")
    response = recruiter_client.post(reverse("recruiters:relay-publish", args=[relay.pk]), follow=True)
    assert "Write what the candidate should read" in _html(response)
    assert not FeedbackReply.objects.exists()


def test_an_overlong_text_is_an_error_on_its_field_and_the_notes_are_kept(recruiter_client, shared):
    response = recruiter_client.post(
        reverse("recruiters:relay-create", args=[shared[0].pk]),
        {"action": "save", "raw_notes": "Kept notes", "candidate_text": "x" * 10_001, "source_naming": "unnamed"},
    )
    page = _html(response)
    assert response.status_code == 400
    assert 'id="id_candidate_text_error"' in page
    assert "Kept notes" in page


def test_a_published_relay_can_no_longer_be_edited(recruiter_client, draft):
    services.relay_publish(relay=draft)
    response = recruiter_client.post(reverse("recruiters:relay-edit", args=[draft.pk]), {"candidate_text": "new"})
    assert response.status_code == 403


# --- First visit, navigation, escaping --------------------------------------------------------------------


def test_a_recruiter_without_an_agency_names_one_on_the_first_visit(recruiter, recruiter_client):
    from apps.recruiters.models import RecruiterProfile

    RecruiterProfile.objects.filter(user=recruiter).delete()
    assert "Welcome to the portal" in _html(recruiter_client.get(reverse("recruiters:home")))
    recruiter_client.post(reverse("recruiters:agency-create"), {"name": "Northwind Talent"})
    assert RecruiterProfile.objects.get(user=recruiter).agency.name == "Northwind Talent"


def test_candidates_find_recruiters_in_the_top_bar(candidate_client):
    page = _html(candidate_client.get(reverse("candidates:dashboard")))
    assert f'href="{reverse("representations:list")}"' in page


def test_a_candidates_name_with_html_is_escaped_in_the_portal(recruiter, recruiter_client):
    represent(recruiter, CandidateFactory(full_name="<i>Ivy</i>"))
    assert "&lt;i&gt;Ivy&lt;/i&gt;" in _html(recruiter_client.get(reverse("recruiters:candidate-list")))


def test_a_request_to_the_recruiter_cannot_be_sent_from_her_own_mail(candidate_client, shared):
    thread, representation = shared
    response = candidate_client.post(
        reverse("feedback:request-create") + f"?application={thread.application_id}",
        {
            "contact": f"recruiter:{representation.pk}",
            "recipient_role": "other",
            "topics": ["interview"],
            "subject": "A question",
            "body": "Dear Rhea,\n\nThank you for your help. Could you share what the hiring manager said about my "
            "interview?\n\nKind regards,\nCara",
            "action": "own_mail",
        },
    )
    assert response.status_code == 400
    assert "goes from Debrief" in _html(response)


@pytest.mark.parametrize(
    ("name", "method", "target"),
    [
        ("recruiters:candidate-detail", "get", "candidate"),
        ("recruiters:relay-create", "get", "thread"),
        ("recruiters:relay-check", "post", "thread"),
        ("recruiters:relay-edit", "get", "relay"),
        ("recruiters:relay-publish", "get", "relay"),
        ("recruiters:relay-publish", "post", "relay"),
    ],
)
def test_once_the_representation_ends_every_candidate_page_is_404(
    recruiter_client, candidate, draft, name, method, target
):
    services.representation_end(representation=Representation.objects.get(pk=draft.representation_id), by=candidate)
    pk = {"candidate": candidate.pk, "thread": draft.thread_id, "relay": draft.pk}[target]
    assert getattr(recruiter_client, method)(reverse(name, args=[pk])).status_code == 404
