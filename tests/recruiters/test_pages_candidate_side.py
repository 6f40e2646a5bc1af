"""The candidate's recruiter pages (/dashboard/recruiters/) and the agency team pages. Cara
decides who represents her and what they see; Cole gets 404 for anything of hers. Team pages are
for agency admins: a member sees the page exists (403); the other agency's admin gets 404 for
Rhea's members."""

import pytest
from django.urls import reverse

from apps.recruiters import services
from apps.recruiters.models import Representation, RepresentationShare, RepresentationStatus
from tests.factories import RecruiterFactory
from tests.feedback.factories import RejectedApplicationFactory
from tests.recruiters.factories import represent

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(recruiter, candidate):
    representation, code = services.representation_invite(recruiter=recruiter, email=candidate.email, message="Hi!")
    return representation


@pytest.fixture
def active(recruiter, candidate):
    return represent(recruiter, candidate)


def _html(response) -> str:
    return response.content.decode()


def test_a_pending_invitation_shows_with_accept_and_decline(candidate_client, invited):
    page = _html(candidate_client.get(reverse("representations:list")))
    assert reverse("representations:accept", args=[invited.pk]) in page
    assert reverse("representations:decline", args=[invited.pk]) in page


def test_accepting_makes_the_representation_active(candidate_client, invited):
    candidate_client.post(reverse("representations:accept", args=[invited.pk]))
    invited.refresh_from_db()
    assert invited.status == RepresentationStatus.ACTIVE


def test_another_candidate_gets_404_accepting_caras_invitation(other_candidate_client, invited):
    assert other_candidate_client.post(reverse("representations:accept", args=[invited.pk])).status_code == 404


def test_a_code_she_was_given_starts_the_representation(candidate_client, candidate, recruiter):
    _, code = services.representation_invite(recruiter=recruiter)
    candidate_client.post(reverse("representations:code-redeem"), {"code": code.lower()})
    assert Representation.objects.filter(candidate=candidate, status=RepresentationStatus.ACTIVE).exists()


def test_an_unknown_code_is_a_message_on_the_code_field_that_keeps_what_was_typed(candidate_client):
    response = candidate_client.post(reverse("representations:code-redeem"), {"code": "ZZZZ-ZZZZ"})
    page = _html(response)
    assert response.status_code == 400
    assert "know this code" in page
    assert 'value="ZZZZ-ZZZZ"' in page


def test_a_used_code_says_it_works_only_once(candidate_client, other_candidate, recruiter):
    representation, code = services.representation_invite(recruiter=recruiter)
    services.representation_redeem_code(candidate=other_candidate, code=code)
    response = candidate_client.post(reverse("representations:code-redeem"), {"code": code})
    assert "codes work only once" in _html(response)


def test_ticking_an_application_shares_it_with_that_recruiter(candidate_client, candidate, active):
    application = RejectedApplicationFactory(owner=candidate)
    candidate_client.post(
        reverse("representations:shares", args=[active.pk]), {f"r{active.pk}-applications": [application.pk]}
    )
    assert RepresentationShare.objects.filter(representation=active, application=application).exists()


def test_unticking_everything_stops_sharing(candidate_client, candidate, active):
    application = RejectedApplicationFactory(owner=candidate)
    services.representation_share_add(representation=active, candidate=candidate, application_id=application.pk)
    candidate_client.post(reverse("representations:shares", args=[active.pk]), {})
    assert not RepresentationShare.objects.filter(representation=active).exists()


def test_sharing_an_application_that_is_not_hers_is_a_field_error(candidate_client, other_candidate, active):
    foreign = RejectedApplicationFactory(owner=other_candidate)
    response = candidate_client.post(
        reverse("representations:shares", args=[active.pk]), {f"r{active.pk}-applications": [foreign.pk]}
    )
    assert response.status_code == 400


def test_the_end_page_says_what_the_recruiter_loses_at_once(candidate_client, candidate, active):
    application = RejectedApplicationFactory(owner=candidate, role_title="Data analyst")
    services.representation_share_add(representation=active, candidate=candidate, application_id=application.pk)
    page = _html(candidate_client.get(reverse("representations:end", args=[active.pk])))
    assert "Rhea will lose access to your Data analyst application at" in page
    assert "at once" in page


def test_ending_it_ends_it(candidate_client, active):
    candidate_client.post(reverse("representations:end", args=[active.pk]))
    active.refresh_from_db()
    assert active.status == RepresentationStatus.ENDED


def test_another_candidate_gets_404_for_the_end_page(other_candidate_client, active):
    assert other_candidate_client.get(reverse("representations:end", args=[active.pk])).status_code == 404


def test_the_page_links_to_who_looked_at_what(candidate_client):
    assert reverse("accounts:settings-data") + "#activity" in _html(
        candidate_client.get(reverse("representations:list"))
    )


def test_a_recruiters_visit_shows_in_her_recent_activity(candidate_client, candidate, recruiter_client, active):
    recruiter_client.get(reverse("recruiters:candidate-detail", args=[candidate.pk]))
    assert "Rhea Patel" in _html(candidate_client.get(reverse("representations:list")))


def test_an_invitation_note_with_html_is_escaped(candidate_client, recruiter, candidate):
    services.representation_invite(recruiter=recruiter, email=candidate.email, message="<b>bold</b>")
    assert "&lt;b&gt;bold&lt;/b&gt;" in _html(candidate_client.get(reverse("representations:list")))


# --- The agency team --------------------------------------------------------------------------------


@pytest.fixture
def member(recruiter):
    """Milo, who joined Rhea's agency by invitation (a member, not an admin)."""
    colleague = RecruiterFactory(full_name="Milo Member")
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=colleague.email
    )
    services.agency_invitation_accept(token=token, user=colleague)
    return colleague


def test_the_team_page_shows_members_with_their_workload(recruiter_client, member, active):
    page = _html(recruiter_client.get(reverse("recruiters:team")))
    assert "Milo Member" in page


def test_a_member_who_is_not_an_admin_gets_403_for_the_team_page(client, member):
    client.force_login(member)
    assert client.get(reverse("recruiters:team")).status_code == 403


def test_inviting_yourself_to_the_agency_is_a_field_error(recruiter_client, recruiter):
    response = recruiter_client.post(reverse("recruiters:team-invite"), {"email": recruiter.email})
    assert "your own address" in _html(response)


def test_the_remove_page_says_their_candidates_end_too(recruiter_client, member, candidate):
    represent(member, candidate)
    page = _html(recruiter_client.get(reverse("recruiters:member-remove", args=[member.recruiter_profile.pk])))
    assert "Their 1 candidate" in page


def test_removing_a_member_ends_their_representations(recruiter_client, member, candidate):
    representation = represent(member, candidate)
    recruiter_client.post(reverse("recruiters:member-remove", args=[member.recruiter_profile.pk]))
    representation.refresh_from_db()
    assert representation.status == RepresentationStatus.ENDED


def test_another_agencys_admin_gets_404_removing_rheas_member(other_recruiter_client, member):
    url = reverse("recruiters:member-remove", args=[member.recruiter_profile.pk])
    assert other_recruiter_client.get(url).status_code == 404


def test_an_invitation_link_joins_the_agency(recruiter, client):
    newcomer = RecruiterFactory()
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=newcomer.email
    )
    client.force_login(newcomer)
    client.post(reverse("recruiters:agency-join", args=[token]))
    newcomer.recruiter_profile.refresh_from_db()
    assert newcomer.recruiter_profile.agency_id == recruiter.recruiter_profile.agency_id


def test_a_used_invitation_link_says_it_works_only_once(recruiter, client, member):
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email="x@agency.example"
    )
    services.agency_invitation_accept(token=token, user=RecruiterFactory(email="x@agency.example"))
    client.force_login(RecruiterFactory())
    response = client.get(reverse("recruiters:agency-join", args=[token]))
    assert response.status_code == 410
    assert "already used" in _html(response)


def test_an_unknown_invitation_link_is_a_clear_404(client, other_recruiter):
    client.force_login(other_recruiter)
    response = client.get(reverse("recruiters:agency-join", args=["nope"]))
    assert response.status_code == 404
    assert "link doesn&#x27;t work" in _html(response)


def test_an_expired_code_says_so_and_what_to_do(candidate_client, recruiter):
    from datetime import timedelta

    from django.utils import timezone

    _, code = services.representation_invite(recruiter=recruiter, now=timezone.now() - timedelta(days=8))
    response = candidate_client.post(reverse("representations:code-redeem"), {"code": code})
    assert "has expired" in _html(response)


def test_the_agency_admin_gets_404_for_a_candidate_her_member_represents(recruiter_client, member, candidate):
    represent(member, candidate)
    assert recruiter_client.get(reverse("recruiters:candidate-detail", args=[candidate.pk])).status_code == 404


def test_a_colleague_in_the_same_agency_gets_404_for_rheas_candidate(client, member, active, candidate):
    client.force_login(member)
    assert client.get(reverse("recruiters:candidate-detail", args=[candidate.pk])).status_code == 404


def _queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_her_recruiters_page_runs_the_same_queries_for_1_and_50_recruiters(candidate_client, candidate):
    # 7 queries: the session, the user, her preferences (time zone middleware), the representations
    # (recruiter, candidate, agency joined), their shares, her applications (company joined), and her
    # recent activity (actor joined).
    url = reverse("representations:list")
    represent(RecruiterFactory(), candidate)
    assert _queries(candidate_client, url) == 7
    for _ in range(49):
        represent(RecruiterFactory(), candidate)
    assert _queries(candidate_client, url) == 7


def test_the_team_page_runs_the_same_queries_for_1_and_50_members(recruiter, recruiter_client):
    # 7 queries: the session, the user, her preferences, her profile (is she an admin?), the members
    # with their workload (four counts as subqueries), the agency's name, the pending invitations.
    url = reverse("recruiters:team")
    assert _queries(recruiter_client, url) == 7
    agency = recruiter.recruiter_profile.agency
    for _ in range(49):
        colleague = RecruiterFactory()
        _, token = services.agency_invitation_create(agency=agency, invited_by=recruiter, email=colleague.email)
        services.agency_invitation_accept(token=token, user=colleague)
    assert _queries(recruiter_client, url) == 7


def test_an_old_shared_application_beyond_the_newest_200_stays_shareable_and_shared(
    candidate_client, candidate, active
):
    oldest = RejectedApplicationFactory(owner=candidate)
    services.representation_share_add(representation=active, candidate=candidate, application_id=oldest.pk)
    RejectedApplicationFactory.create_batch(200, owner=candidate)
    candidate_client.post(
        reverse("representations:shares", args=[active.pk]), {f"r{active.pk}-applications": [oldest.pk]}
    )
    assert RepresentationShare.objects.filter(representation=active, application=oldest).exists()
