"""Account services: each owns its transaction, so a refusal leaves nothing half-written."""

import pytest
from django.core.exceptions import ValidationError

from apps.accounts.models import NotificationPreferences, User
from apps.accounts.services import (
    api_token_create,
    api_token_revoke,
    preferences_update,
    user_create,
    user_update_profile,
)
from apps.core.models import AuditEvent

pytestmark = pytest.mark.django_db

GOOD = {"email": "dana@example.com", "password": "a calm and long passphrase", "full_name": "Dana Okafor"}


def test_it_creates_nothing_when_the_preferences_are_refused_after_the_user_was_saved():
    with pytest.raises(ValidationError) as refused:
        user_create(**GOOD, timezone="Mars/Olympus_Mons")

    assert "timezone" in refused.value.message_dict
    assert not User.objects.exists()
    assert not NotificationPreferences.objects.exists()
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize("role", [User.Role.STAFF, "admin"])
def test_it_signs_up_only_candidates_and_recruiters(role):
    with pytest.raises(ValidationError) as refused:
        user_create(**GOOD, role=role)

    assert refused.value.message_dict == {"role": ["Choose candidate or recruiter."]}
    assert not User.objects.exists()


def test_it_refuses_a_weak_password_on_the_password_field():
    with pytest.raises(ValidationError) as refused:
        user_create(**GOOD | {"password": "short"})

    assert list(refused.value.message_dict) == ["password"]


def test_it_refuses_unknown_preference_names(candidate):
    with pytest.raises(ValidationError) as refused:
        preferences_update(user=candidate, timezone="UTC", favourite_colour="teal")

    assert refused.value.message_dict == {"favourite_colour": ["This setting does not exist."]}
    assert NotificationPreferences.objects.get(user=candidate).timezone == "Europe/Berlin"


def test_it_refuses_a_blank_name(candidate):
    with pytest.raises(ValidationError):
        user_update_profile(user=candidate, full_name="   ")

    candidate.refresh_from_db()
    assert candidate.full_name == "Cara Jensen"


def test_it_revokes_nothing_and_audits_nothing_without_a_token(candidate):
    assert api_token_revoke(user=candidate) is False
    assert not AuditEvent.objects.exists()


def test_it_issues_a_new_token_after_a_revoke(candidate):
    first = api_token_create(user=candidate).key
    api_token_revoke(user=candidate)

    assert api_token_create(user=candidate).key != first
    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["token_created", "token_revoked", "token_created"]
