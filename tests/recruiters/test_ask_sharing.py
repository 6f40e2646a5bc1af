"""Asking through the recruiter shares the application only when the ask is sent, and never
mails the recruiter as if they were a stranger."""

import pytest
from django.core.exceptions import ValidationError

from apps.feedback.reminder_hooks import FOLLOW_UP_MAIL
from apps.feedback.services import request_follow_up, request_send
from apps.recruiters import services
from apps.recruiters.permissions import applications_shared_with
from apps.reminders.models import Reminder
from tests.feedback.factories import RejectedApplicationFactory, ThreadFactory
from tests.recruiters.factories import represent

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(candidate, recruiter):
    representation = represent(recruiter, candidate)
    thread = ThreadFactory(owner=candidate, application=RejectedApplicationFactory(owner=candidate))
    return services.ask_create(
        owner=candidate, representation_id=representation.pk, application_id=thread.application_id, topics=["skills"]
    )


def _shared(recruiter) -> set[int]:
    return set(applications_shared_with(recruiter).values_list("pk", flat=True))


def test_a_draft_ask_shares_nothing_with_the_recruiter(draft, recruiter):
    assert draft.thread.application_id not in _shared(recruiter)


def test_sending_the_ask_shares_its_application(draft, recruiter):
    request_send(request=draft, channel="debrief")
    assert draft.thread.application_id in _shared(recruiter)


def test_an_ask_whose_representation_ended_is_refused_and_shares_nothing(draft, recruiter, candidate):
    services.representation_end(representation=draft.recruiter_ask.representation, by=candidate)
    with pytest.raises(ValidationError):
        request_send(request=draft, channel="debrief")
    assert draft.thread.application_id not in _shared(recruiter)


def test_following_up_an_ask_mails_nobody(draft):
    request_send(request=draft, channel="debrief")
    draft.refresh_from_db()
    request_follow_up(request=draft, body="Thank you — just checking whether you heard anything about my skills.")
    assert not Reminder.objects.filter(kind=FOLLOW_UP_MAIL).exists()
