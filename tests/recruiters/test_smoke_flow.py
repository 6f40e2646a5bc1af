"""The whole loop through the services, once: invite, accept, share, ask via the recruiter, relay,
publish — the candidate gets a reply with items and a thank-you; the recruiter's nudges stop."""

from apps.feedback.models import FeedbackReply, ReplySource, RequestStatus
from apps.feedback.services import request_send
from apps.recruiters import services
from apps.recruiters.models import RelayStatus
from tests.recruiters.factories import shared_thread


def test_a_relay_published_on_an_ask_answers_it_with_items_and_a_thank_you(candidate, recruiter):
    thread, representation = shared_thread(recruiter, candidate)
    ask = services.ask_create(
        owner=candidate, representation_id=representation.pk, application_id=thread.application_id, topics=["interview"]
    )
    request_send(request=ask, channel="debrief")
    relay = services.relay_create(
        recruiter=recruiter,
        request_id=ask.pk,
        raw_notes="HM said she was second choice after Priya.",
        candidate_text="Your system design answer was strong. Practise explaining trade-offs out loud.",
    )
    services.relay_publish(relay=relay)
    relay.refresh_from_db()
    ask.refresh_from_db()
    reply = FeedbackReply.objects.get(request=ask)
    assert relay.status == RelayStatus.PUBLISHED
    assert ask.status == RequestStatus.ANSWERED
    assert reply.source == ReplySource.RELAY
    assert reply.items.count() >= 1
    assert reply.thank_you.recipient_email == recruiter.email
    assert "Priya" not in reply.text
