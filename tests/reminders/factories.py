import factory

from apps.reminders.models import Notification
from tests.factories import CandidateFactory


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(CandidateFactory)
    kind = "test_nudge"
    text = factory.Sequence(lambda n: f"Write the debrief for interview {n}")
    link = "/home/"
