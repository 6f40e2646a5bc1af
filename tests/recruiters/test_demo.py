"""The demo shows the recruiter side alive — and loading it twice changes nothing."""

import pytest

from apps.recruiters.models import RecruiterProfile, Relay, Representation

pytestmark = pytest.mark.django_db


def _seed_all():
    from apps.core.demo import discover_demo_seeders

    for seeder in discover_demo_seeders():
        seeder.seed()


@pytest.fixture
def seeded():
    _seed_all()


def test_the_demo_agency_has_two_recruiters(seeded):
    rhea = RecruiterProfile.objects.get(user__email="rhea@example.com")
    assert RecruiterProfile.objects.filter(agency=rhea.agency).count() == 2


def test_the_demo_has_accepted_and_pending_representations(seeded):
    assert set(Representation.objects.values_list("status", flat=True)) == {"active", "invited"}


def test_the_demo_has_relays_in_draft_and_published(seeded):
    assert set(Relay.objects.values_list("status", flat=True)) == {"draft", "published"}


def test_rheas_work_queue_has_an_ask_and_a_draft(seeded):
    from apps.accounts.models import User
    from apps.recruiters.selectors import work_queue

    kinds = sorted(entry.kind for entry in work_queue(recruiter=User.objects.get(email="rhea@example.com")))
    assert kinds == ["ask", "draft"]


def test_loading_the_demo_twice_changes_nothing(seeded):
    before = (Representation.objects.count(), Relay.objects.count(), RecruiterProfile.objects.count())
    _seed_all()
    assert (Representation.objects.count(), Relay.objects.count(), RecruiterProfile.objects.count()) == before
