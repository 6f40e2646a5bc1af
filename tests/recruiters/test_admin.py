"""Staff can look at the recruiter side in the admin, and never see a secret or a raw note."""

import pytest
from django.urls import reverse

from apps.recruiters import services
from tests.recruiters.factories import shared_thread

pytestmark = pytest.mark.django_db

MODELS = ("agency", "recruiterprofile", "agencyinvitation", "representation", "recruiterask", "relay")
MARKER = "RAW-ADMIN-4471"


@pytest.fixture
def relay(candidate, recruiter):
    thread, _ = shared_thread(recruiter, candidate)
    services.agency_invitation_create(
        agency=recruiter.recruiter_profile.agency, invited_by=recruiter, email="x@agency.example"
    )
    return services.relay_create(recruiter=recruiter, thread_id=thread.pk, raw_notes=MARKER, candidate_text="Good.")


@pytest.mark.parametrize("model", MODELS)
def test_staff_can_open_every_recruiter_list(staff_client, relay, model):
    assert staff_client.get(reverse(f"admin:recruiters_{model}_changelist")).status_code == 200


def test_the_relay_page_shows_no_raw_notes(staff_client, relay):
    html = staff_client.get(reverse("admin:recruiters_relay_change", args=[relay.pk])).content.decode()
    assert MARKER not in html


def test_the_representation_page_shows_no_code(staff_client, relay):
    representation = relay.representation
    html = staff_client.get(reverse("admin:recruiters_representation_change", args=[representation.pk])).content
    assert representation.code.encode() not in html
