"""Role rules, written once: the page decorators and the API permission classes agree."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from rest_framework.test import APIClient

from apps.accounts.models import NotificationPreferences, User
from apps.accounts.permissions import IsCandidate, IsRecruiter, can_use_candidate_area, can_use_recruiter_area
from tests.core.error_shape import assert_api_error

pytestmark = pytest.mark.django_db


def test_it_sends_a_recruiter_from_the_candidate_dashboard_to_her_own_home_with_a_note(recruiter_client):
    response = recruiter_client.get(reverse("candidates:dashboard"))

    assert response.status_code == 302
    assert response["Location"] == reverse("core:home")
    notes = [str(message) for message in get_messages(response.wsgi_request)]
    assert notes == ["That page is part of the candidate dashboard. Here is yours."]


def test_it_sends_a_candidate_from_the_recruiter_portal_to_her_own_home(candidate_client):
    response = candidate_client.get(reverse("recruiters:home"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("candidates:dashboard")
    assert "That page is part of the recruiter portal. Here is yours." in response.content.decode()


def test_it_sends_an_anonymous_visitor_to_log_in_first(anon_client):
    response = anon_client.get(reverse("candidates:dashboard"))

    assert response["Location"] == f"{reverse('accounts:login')}?next={reverse('candidates:dashboard')}"


def test_it_sends_staff_to_the_admin(staff_client):
    assert staff_client.get(reverse("core:home"))["Location"] == reverse("admin:index")


@pytest.mark.parametrize(
    ("role", "candidate_area", "recruiter_area"),
    [("candidate", True, False), ("recruiter", False, True), ("staff", False, False)],
)
def test_it_grants_each_area_to_its_role_only(role, candidate_area, recruiter_area):
    person = User.objects.create_user(email=f"{role}@example.com", full_name="Pat", role=role)

    assert can_use_candidate_area(person) is candidate_area
    assert can_use_recruiter_area(person) is recruiter_area
    person.is_active = False
    assert not can_use_candidate_area(person) and not can_use_recruiter_area(person)


@pytest.mark.urls("tests.accounts.role_urls")
@pytest.mark.parametrize(
    ("path", "persona", "status"),
    [
        ("/api/v1/candidate-only/", "candidate_api", 200),
        ("/api/v1/candidate-only/", "recruiter_api", 403),
        ("/api/v1/recruiter-only/", "recruiter_api", 200),
        ("/api/v1/recruiter-only/", "candidate_api", 403),
    ],
)
def test_it_applies_the_same_rules_to_the_api(request, path, persona, status):
    response = request.getfixturevalue(persona).get(path)

    if status == 200:
        assert response.json() == {"ok": True}
    else:
        error = assert_api_error(response, status=403, code="permission_denied")
        rule = IsCandidate if "candidate-only" in path else IsRecruiter
        assert error["message"] == rule.message


@pytest.mark.urls("tests.accounts.role_urls")
def test_it_refuses_staff_both_role_apis(staff):
    client = APIClient()
    client.force_authenticate(staff)

    for path in ("/api/v1/candidate-only/", "/api/v1/recruiter-only/"):
        assert_api_error(client.get(path), status=403, code="permission_denied")


def test_an_account_made_without_preferences_reads_the_defaults_and_writes_nothing(client):
    # A GET never writes (issue 7): the row is made with the account, or backfilled by a migration.
    person = User.objects.create_superuser(email="root@example.com", password="x", full_name="Root")
    client.force_login(person)

    assert client.get(reverse("accounts:settings-time")).status_code == 200
    assert not NotificationPreferences.objects.filter(user=person).exists()


def test_the_migration_backfills_preferences_for_earlier_accounts():
    from importlib import import_module

    from django.apps import apps

    person = User.objects.create_superuser(email="root@example.com", password="x", full_name="Root")
    import_module("apps.accounts.migrations.0003_preferences_for_every_user").preferences_for_existing_users(apps, None)
    assert NotificationPreferences.objects.get(user=person).timezone == "UTC"
