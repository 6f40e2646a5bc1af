"""The demo shows the whole loop, and loading it twice changes nothing."""

import pytest

from apps.feedback.models import ActionItem, FeedbackRequest, FeedbackThread, ThankYou

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    from apps.core.demo import discover_demo_seeders

    for seeder in discover_demo_seeders():
        seeder.seed()


def test_the_demo_has_requests_in_every_state(seeded):
    statuses = set(FeedbackRequest.objects.values_list("status", flat=True))
    assert statuses == {"draft", "sent", "answered", "declined", "no_response"}


def test_the_demo_has_thanks_owed_and_sent_and_a_plan_open_and_done(seeded):
    assert set(ThankYou.objects.values_list("status", flat=True)) == {"pending", "sent"}
    assert set(ActionItem.objects.values_list("status", flat=True)) == {"open", "done"}


def test_loading_the_demo_twice_changes_nothing(seeded):
    from apps.core.demo import discover_demo_seeders

    before = (FeedbackThread.objects.count(), FeedbackRequest.objects.count(), ThankYou.objects.count())
    for seeder in discover_demo_seeders():
        seeder.seed()
    assert (FeedbackThread.objects.count(), FeedbackRequest.objects.count(), ThankYou.objects.count()) == before
