"""The recruiter side's services: consent, bad input with clear errors, agency membership, and the
reminders that are armed, cancelled at once when a representation ends, and re-checked at send time."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from apps.core.errors import ApplicationError
from apps.feedback.services import request_send
from apps.recruiters import reminder_hooks as hooks
from apps.recruiters import services
from apps.recruiters.models import (
    AgencyInvitation,
    RecruiterProfile,
    Relay,
    Representation,
    RepresentationStatus,
)
from apps.reminders.models import Reminder
from apps.reminders.sweep import reminders_sweep
from tests.factories import CandidateFactory, RecruiterFactory, StaffFactory
from tests.recruiters.factories import represent, shared_thread

pytestmark = pytest.mark.django_db

CLEAN = "Your portfolio stood out. Practise explaining trade-offs out loud."


def make_due(kind: str) -> None:
    Reminder.objects.filter(kind=kind, status=Reminder.Status.PENDING).update(
        due_at=timezone.now() - timedelta(minutes=1)
    )


def pending(kind: str) -> int:
    return Reminder.objects.filter(kind=kind, status=Reminder.Status.PENDING).count()


@pytest.fixture
def ask(candidate, recruiter):
    thread, representation = shared_thread(recruiter, candidate)
    request = services.ask_create(
        owner=candidate, representation_id=representation.pk, application_id=thread.application_id, topics=["skills"]
    )
    request_send(request=request, channel="debrief")
    request.refresh_from_db()
    return request


# --- Profiles and agencies -------------------------------------------------------------------------


def test_every_new_recruiter_administers_an_agency_of_their_own(recruiter):
    assert recruiter.recruiter_profile.is_admin


def test_a_candidate_gets_no_recruiter_profile(candidate):
    assert not RecruiterProfile.objects.filter(user=candidate).exists()


def test_an_invited_recruiter_joins_the_agency_as_a_member(recruiter):
    newcomer = RecruiterFactory(email="new@agency.example")
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=newcomer.email
    )
    profile = services.agency_invitation_accept(token=token, user=newcomer)
    assert (profile.agency_id, profile.is_admin) == (recruiter.recruiter_profile.agency_id, False)


def test_an_agency_invitation_works_once(recruiter, other_recruiter):
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=other_recruiter.email
    )
    services.agency_invitation_accept(token=token, user=other_recruiter)
    with pytest.raises(ApplicationError) as error:
        services.agency_invitation_accept(token=token, user=other_recruiter)
    assert error.value.code == "invitation_used"


def test_an_expired_agency_invitation_is_refused(recruiter, other_recruiter):
    invitation, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=other_recruiter.email
    )
    AgencyInvitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ApplicationError) as error:
        services.agency_invitation_accept(token=token, user=other_recruiter)
    assert error.value.code == "invitation_expired"


def test_a_candidates_address_cannot_be_invited_to_an_agency(recruiter, candidate):
    with pytest.raises(ValidationError) as error:
        services.agency_invitation_create(
            agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=candidate.email
        )
    assert "email" in error.value.message_dict


def test_the_token_is_stored_only_as_a_hash(recruiter):
    invitation, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email="x@agency.example"
    )
    assert token not in {invitation.token_hash, invitation.nonce}


def test_removing_a_recruiter_ends_their_representations(recruiter, candidate):
    colleague = RecruiterFactory(email="col@agency.example")
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=colleague.email
    )
    services.agency_invitation_accept(token=token, user=colleague)
    representation = represent(colleague, candidate)
    services.agency_member_remove(member=colleague.recruiter_profile, by=recruiter)
    representation.refresh_from_db()
    assert representation.status == RepresentationStatus.ENDED


def test_a_removed_recruiter_keeps_an_agency_of_their_own(recruiter):
    colleague = RecruiterFactory(email="col@agency.example")
    _, token = services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email=colleague.email
    )
    services.agency_invitation_accept(token=token, user=colleague)
    profile = services.agency_member_remove(member=colleague.recruiter_profile, by=recruiter)
    assert profile.agency_id != recruiter.recruiter_profile.agency_id


def test_an_admin_cannot_remove_themselves(recruiter):
    with pytest.raises(ApplicationError):
        services.agency_member_remove(member=recruiter.recruiter_profile, by=recruiter)


# --- Representation: consent and bad input --------------------------------------------------------


def test_an_invitation_by_email_waits_for_the_candidates_answer(recruiter, candidate):
    representation, _ = services.representation_invite(recruiter=recruiter, email=candidate.email)
    assert representation.status == RepresentationStatus.INVITED


def test_inviting_yourself_is_refused(recruiter):
    with pytest.raises(ValidationError):
        services.representation_invite(recruiter=recruiter, email=recruiter.email.upper())


def test_inviting_a_staff_account_is_refused(recruiter):
    staff_member = StaffFactory()
    with pytest.raises(ValidationError):
        services.representation_invite(recruiter=recruiter, email=staff_member.email)


def test_an_expired_invitation_cannot_be_accepted_and_stays_as_it_was(recruiter, candidate):
    representation, _ = services.representation_invite(recruiter=recruiter, email=candidate.email)
    Representation.objects.filter(pk=representation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ApplicationError) as error:
        services.representation_accept(representation=representation, candidate=candidate)
    assert (error.value.code, Representation.objects.get(pk=representation.pk).status) == (
        "invitation_expired",
        RepresentationStatus.INVITED,
    )


def test_a_code_can_be_typed_in_lower_case_without_the_dash(recruiter, candidate):
    _, code = services.representation_invite(recruiter=recruiter)
    representation = services.representation_redeem_code(candidate=candidate, code=code.lower().replace("-", ""))
    assert representation.status == RepresentationStatus.ACTIVE


def test_an_unknown_code_is_a_404(candidate):
    with pytest.raises(ApplicationError) as error:
        services.representation_redeem_code(candidate=candidate, code="ABCD-EFGH")
    assert error.value.status == 404


def test_a_recruiter_cannot_redeem_a_code(recruiter, other_recruiter):
    _, code = services.representation_invite(recruiter=recruiter)
    with pytest.raises(ApplicationError):
        services.representation_redeem_code(candidate=other_recruiter, code=code)


def test_redeeming_a_code_while_already_represented_by_that_recruiter_is_a_conflict(recruiter, candidate):
    represent(recruiter, candidate)
    _, code = services.representation_invite(recruiter=recruiter)
    with pytest.raises(ApplicationError) as error:
        services.representation_redeem_code(candidate=candidate, code=code)
    assert error.value.code == "already_representing"


def test_the_code_is_stored_only_as_a_hash(recruiter):
    representation, code = services.representation_invite(recruiter=recruiter)
    assert code not in {representation.code_hash, representation.code_nonce}


def test_a_new_representation_after_an_ended_one_starts_with_nothing_shared(recruiter, candidate):
    thread, representation = shared_thread(recruiter, candidate)
    services.representation_end(representation=representation, by=candidate)
    renewed = represent(recruiter, candidate)
    assert list(renewed.shares.all()) == []


def test_sharing_with_an_invited_representation_is_refused(recruiter, candidate):
    from tests.feedback.factories import RejectedApplicationFactory

    representation, _ = services.representation_invite(recruiter=recruiter, email=candidate.email)
    with pytest.raises(ApplicationError):
        services.representation_share_add(
            representation=representation,
            candidate=candidate,
            application_id=RejectedApplicationFactory(owner=candidate).pk,
        )


# --- Reminders -----------------------------------------------------------------------------------------


def test_an_ask_notifies_the_recruiter_and_arms_reminders_at_3_and_7_days(ask):
    rows = Reminder.objects.filter(kind=hooks.RELAY_PENDING).order_by("cycle")
    assert [row.due_at - ask.sent_at for row in rows] == [timedelta(0), timedelta(days=3), timedelta(days=7)]


def test_an_ask_sends_no_reply_link_e_mail(ask):
    assert not hasattr(ask, "reply_link")


def test_the_recruiter_is_told_by_e_mail_once(ask, recruiter):
    reminders_sweep()
    reminders_sweep()
    asked = [message.to for message in mail.outbox if "asked you for feedback" in message.subject]
    assert asked == [[recruiter.email]]


def test_ending_the_representation_cancels_the_relay_reminders_at_once(ask, candidate):
    services.representation_end(representation=ask.recruiter_ask.representation, by=candidate)
    assert pending(hooks.RELAY_PENDING) == 0


def test_a_reminder_already_claimed_when_the_representation_ended_is_not_sent(ask, candidate):
    Reminder.objects.filter(kind=hooks.RELAY_PENDING).update(due_at=timezone.now() + timedelta(days=30))
    reminders_sweep()  # everything else that was due (the acceptance notice) goes first
    mail.outbox.clear()
    Reminder.objects.filter(kind=hooks.RELAY_PENDING).update(due_at=timezone.now() - timedelta(minutes=1))
    Representation.objects.filter(pk=ask.recruiter_ask.representation_id).update(
        status=RepresentationStatus.ENDED, ended_at=timezone.now()
    )  # ended behind the services' back: the send-time check still holds
    reminders_sweep()
    assert mail.outbox == []


def test_publishing_the_relay_stops_the_relay_reminders(ask, recruiter):
    relay = services.relay_create(recruiter=recruiter, request_id=ask.pk, candidate_text=CLEAN)
    services.relay_publish(relay=relay)
    assert pending(hooks.RELAY_PENDING) == 0


def test_a_draft_reminds_its_recruiter_two_days_after_the_last_save(ask, recruiter):
    relay = services.relay_create(recruiter=recruiter, request_id=ask.pk, candidate_text=CLEAN)
    row = Reminder.objects.get(kind=hooks.RELAY_DRAFT)
    assert row.due_at - relay.updated_at < timedelta(days=2, seconds=1)


def test_a_published_relay_tells_the_candidate(ask, recruiter, candidate):
    relay = services.relay_create(recruiter=recruiter, request_id=ask.pk, candidate_text=CLEAN)
    services.relay_publish(relay=relay)
    assert Reminder.objects.filter(kind=hooks.RELAY_PUBLISHED, recipient=candidate).count() == 1


def test_an_invitation_to_an_unknown_address_e_mails_the_code(recruiter):
    _, code = services.representation_invite(recruiter=recruiter, email="newcomer@example.com")
    reminders_sweep()
    assert code in mail.outbox[0].body


def test_an_invitation_withdrawn_before_the_sweep_sends_nothing(recruiter, candidate):
    representation, _ = services.representation_invite(recruiter=recruiter, email=candidate.email)
    services.representation_end(representation=representation, by=recruiter)
    reminders_sweep()
    assert mail.outbox == []


# --- Relays ----------------------------------------------------------------------------------------------


def test_a_relay_cannot_be_published_twice(ask, recruiter):
    relay = services.relay_create(recruiter=recruiter, request_id=ask.pk, candidate_text=CLEAN)
    services.relay_publish(relay=relay)
    with pytest.raises(ApplicationError) as error:
        services.relay_publish(relay=relay)
    assert error.value.code == "relay_published"


def test_publishing_with_findings_keeps_the_draft_as_it_was(ask, recruiter):
    relay = services.relay_create(
        recruiter=recruiter, request_id=ask.pk, candidate_text="Email dana@contoso.example for details."
    )
    with pytest.raises(ApplicationError):
        services.relay_publish(relay=relay)
    relay.refresh_from_db()
    assert (relay.status, relay.candidate_text) == ("draft", "Email dana@contoso.example for details.")


def test_findings_can_be_accepted_knowingly(ask, recruiter):
    relay = services.relay_create(
        recruiter=recruiter, request_id=ask.pk, candidate_text="Email dana@contoso.example for details."
    )
    services.relay_publish(relay=relay, accept_findings=True)
    assert Relay.objects.get(pk=relay.pk).status == "published"


def test_the_candidates_own_name_is_not_a_finding(ask, recruiter, candidate):
    relay = services.relay_create(
        recruiter=recruiter, request_id=ask.pk, candidate_text=f"{candidate.full_name} was clear."
    )
    codes = [finding["code"] for finding in services.relay_check(relay=relay).as_dict()["findings"]]
    assert "person_name" not in codes


def test_the_thank_you_is_owed_to_the_recruiter_for_them_and_their_source(ask, recruiter):
    relay = services.relay_create(recruiter=recruiter, request_id=ask.pk, candidate_text=CLEAN)
    relay = services.relay_publish(relay=relay)
    assert relay.reply.thank_you.recipient_name == f"{recruiter.full_name}, relaying the hiring manager"


def test_publishing_is_written_to_the_candidates_audit_log(ask, recruiter, candidate):
    from apps.core.models import AuditEvent

    relay = services.relay_create(recruiter=recruiter, request_id=ask.pk, candidate_text=CLEAN)
    services.relay_publish(relay=relay)
    assert AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.RELAY_PUBLISHED).count() == 1


def test_an_unrelated_candidates_thread_cannot_get_a_relay(recruiter):
    from tests.feedback.factories import ThreadFactory

    with pytest.raises(ValidationError):
        services.relay_create(recruiter=recruiter, thread_id=ThreadFactory(owner=CandidateFactory()).pk)


def _invite(admin, email):
    return services.agency_invitation_create(agency=admin.recruiter_profile.agency, invited_by=admin, email=email)


def test_an_agency_invitation_works_only_for_the_invited_address(recruiter, other_recruiter):
    _, token = _invite(recruiter, "someone.else@agency.example")
    with pytest.raises(ApplicationError) as error:
        services.agency_invitation_accept(token=token, user=other_recruiter)
    assert error.value.code == "invitation_for_someone_else"
    other_recruiter.recruiter_profile.refresh_from_db()
    assert other_recruiter.recruiter_profile.agency_id != recruiter.recruiter_profile.agency_id


def test_joining_another_agency_ends_representations_instead_of_handing_them_over(
    recruiter, other_recruiter, candidate
):
    representation = represent(other_recruiter, candidate)
    _, token = _invite(recruiter, other_recruiter.email)
    services.agency_invitation_accept(token=token, user=other_recruiter)
    representation.refresh_from_db()
    assert representation.status == RepresentationStatus.ENDED
    assert representation.agency_id != recruiter.recruiter_profile.agency_id


def test_the_only_admin_cannot_leave_colleagues_without_an_admin(recruiter, other_recruiter):
    colleague = RecruiterFactory(email="col@agency.example")
    services.agency_invitation_accept(token=_invite(other_recruiter, colleague.email)[1], user=colleague)
    _, token = _invite(recruiter, other_recruiter.email)
    with pytest.raises(ApplicationError) as error:
        services.agency_invitation_accept(token=token, user=other_recruiter)
    assert error.value.code == "last_admin"
    other_recruiter.recruiter_profile.refresh_from_db()
    assert other_recruiter.recruiter_profile.is_admin


def test_a_stored_code_hash_is_keyed_so_a_dump_alone_cannot_brute_force_it(recruiter):
    import hashlib

    representation, code = services.representation_invite(recruiter=recruiter)
    plain = hashlib.sha256(code.replace("-", "").encode()).hexdigest()
    assert representation.code_hash != plain
