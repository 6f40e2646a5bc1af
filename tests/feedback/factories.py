"""Factories for the feedback loop. Build states through the services where the state machine
matters (send, reply, thank); these make the bare rows."""

import factory
from django.utils import timezone

from apps.candidates.models import Stage
from apps.feedback.models import ActionItem, FeedbackRequest, FeedbackThread, Topic
from tests.candidates.factories import ApplicationFactory, ContactFactory
from tests.factories import CandidateFactory


class RejectedApplicationFactory(ApplicationFactory):
    stage = Stage.REJECTED
    furthest_stage = Stage.INTERVIEWING
    rejected_at = factory.LazyFunction(timezone.now)
    rejection_via = "email"
    rejection_stage_reached = Stage.INTERVIEWING


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackThread

    owner = factory.SubFactory(CandidateFactory)
    application = factory.LazyAttribute(lambda o: RejectedApplicationFactory(owner=o.owner))


class RequestFactory(factory.django.DjangoModelFactory):
    """A draft to a contact with an e-mail, asking about the interview."""

    class Meta:
        model = FeedbackRequest

    owner = factory.SubFactory(CandidateFactory)
    thread = factory.LazyAttribute(lambda o: ThreadFactory(owner=o.owner))
    contact = factory.LazyAttribute(lambda o: ContactFactory(owner=o.owner, name="Dana Reyes"))
    recipient_name = factory.LazyAttribute(lambda o: o.contact.name if o.contact else "Dana Reyes")
    recipient_email = factory.LazyAttribute(lambda o: o.contact.email if o.contact else "dana@company.example")
    recipient_role = "hiring_manager"
    topics = factory.LazyFunction(lambda: [Topic.INTERVIEW])
    subject = "Thank you — and a question"
    body = (
        "Dear Dana,\n\nThank you for your time and for considering me. I respect your decision. "
        "Could you share one or two things that would have made my interview stronger?\n\nKind regards,\nCara"
    )


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    owner = factory.SubFactory(CandidateFactory)
    title = factory.Sequence(lambda n: f"Practise answer {n}")
    topic = Topic.INTERVIEW
