"""The recruiter side of the reminder contract: the one place that arms and cancels reminders
about recruiter rows. Called from services inside their transactions; the kinds (rendering and
"still wanted?", which re-checks that the representation is active at send time) are in
``reminder_kinds.py``.

- ``recruiters_relay_pending`` (recruiter; subject the ask): at once when the candidate's request
  reaches them (cycle 0), again at 3 (cycle 1) and 7 days (cycle 2) until they relay;
- ``recruiters_relay_draft`` (recruiter; subject the relay): 2 days after a draft was last saved;
- ``recruiters_representation_invited`` (the candidate, or the invited address): the invitation;
- ``recruiters_representation_answered`` (recruiter): the candidate accepted or declined;
- ``recruiters_relay_published`` (candidate; subject the reply): a relay arrived on her thread;
- ``recruiters_agency_invitation`` (an address): an agency's invitation to join.
"""

from datetime import datetime, timedelta

from apps.reminders.services import reminder_cancel, reminder_schedule

RELAY_PENDING = "recruiters_relay_pending"
RELAY_DRAFT = "recruiters_relay_draft"
REPRESENTATION_INVITED = "recruiters_representation_invited"
REPRESENTATION_ANSWERED = "recruiters_representation_answered"
RELAY_PUBLISHED = "recruiters_relay_published"
AGENCY_INVITATION = "recruiters_agency_invitation"

RELAY_PENDING_AFTER = (timedelta(0), timedelta(days=3), timedelta(days=7))
DRAFT_AFTER = timedelta(days=2)


def ask_sent(*, ask, sent_at: datetime) -> None:
    recruiter = ask.representation.recruiter
    for cycle, delay in enumerate(RELAY_PENDING_AFTER):
        reminder_schedule(kind=RELAY_PENDING, subject=ask, recipient=recruiter, due_at=sent_at + delay, cycle=cycle)


def ask_settled(*, ask) -> None:
    reminder_cancel(kind=RELAY_PENDING, subject=ask)


def relay_saved(*, relay, now: datetime) -> None:
    """(Re)arm the "draft still unpublished" nudge for 2 days after the last save."""
    reminder_schedule(kind=RELAY_DRAFT, subject=relay, recipient=relay.recruiter, due_at=now + DRAFT_AFTER)


def relay_settled(*, relay) -> None:
    reminder_cancel(kind=RELAY_DRAFT, subject=relay)


def relay_published(*, relay, reply) -> None:
    relay_settled(relay=relay)
    for ask in relay.representation.asks.filter(request_id=relay.request_id) if relay.request_id else []:
        ask_settled(ask=ask)
    reminder_schedule(kind=RELAY_PUBLISHED, subject=reply, recipient=reply.owner, due_at=reply.received_at)


def representation_invited(*, representation, now: datetime) -> None:
    if representation.candidate_id is not None:
        reminder_schedule(
            kind=REPRESENTATION_INVITED, subject=representation, recipient=representation.candidate, due_at=now
        )
    elif representation.invited_email:
        reminder_schedule(
            kind=REPRESENTATION_INVITED,
            subject=representation,
            recipient_email=representation.invited_email,
            due_at=now,
        )


def representation_answered(*, representation) -> None:
    reminder_cancel(kind=REPRESENTATION_INVITED, subject=representation)
    reminder_schedule(
        kind=REPRESENTATION_ANSWERED,
        subject=representation,
        recipient=representation.recruiter,
        due_at=representation.accepted_at or representation.ended_at,
    )


def representation_ended(*, representation) -> None:
    """Nothing about this representation goes out any more: invitations, nudges to relay, drafts."""
    from apps.recruiters.models import RecruiterAsk, Relay

    reminder_cancel(kind=REPRESENTATION_INVITED, subject=representation)
    for ask in RecruiterAsk.objects.filter(representation=representation):
        ask_settled(ask=ask)
    for relay in Relay.objects.filter(representation=representation):
        relay_settled(relay=relay)


def agency_invitation_mail(*, invitation, now: datetime) -> None:
    reminder_schedule(kind=AGENCY_INVITATION, subject=invitation, recipient_email=invitation.email, due_at=now)


def agency_invitation_settled(*, invitation) -> None:
    reminder_cancel(kind=AGENCY_INVITATION, subject=invitation)
