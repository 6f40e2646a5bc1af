"""Account services: each owns its transaction, so a refusal leaves nothing half-written."""

import pytest
from django.core.exceptions import ValidationError

from apps.accounts.models import ApiToken, NotificationPreferences, User
from apps.accounts.services import (
    TOKENS_PER_USER,
    api_token_create,
    api_token_revoke,
    preferences_update,
    user_create,
    user_password_changed,
    user_update_profile,
)
from apps.accounts.tokens import token_digest
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


def test_it_stores_only_a_digest_and_a_short_prefix_of_a_new_token(candidate):
    token, key = api_token_create(user=candidate, name="Backup script")

    assert token.digest == token_digest(key)
    assert key.startswith(token.prefix)
    assert key not in {value for value in ApiToken.objects.values().get().values() if isinstance(value, str)}


def test_it_gives_every_new_token_its_own_key(candidate):
    keys = {api_token_create(user=candidate, name=f"Device {n}")[1] for n in range(3)}

    assert len(keys) == 3


@pytest.mark.parametrize(("name", "days", "field"), [("  ", None, "name"), ("Phone", 0, "expires_in_days")])
def test_it_refuses_a_token_without_a_name_or_with_a_lifetime_out_of_range(candidate, name, days, field):
    with pytest.raises(ValidationError) as refused:
        api_token_create(user=candidate, name=name, expires_in_days=days)

    assert list(refused.value.message_dict) == [field]
    assert not ApiToken.objects.exists()


def test_it_refuses_a_token_past_the_limit_per_person(candidate):
    for n in range(TOKENS_PER_USER):
        api_token_create(user=candidate, name=f"Device {n}")

    with pytest.raises(ValidationError):
        api_token_create(user=candidate, name="One too many")

    assert ApiToken.objects.filter(user=candidate).count() == TOKENS_PER_USER


def test_revoking_one_token_keeps_the_others_and_is_audited(candidate):
    phone, _ = api_token_create(user=candidate, name="Phone")
    laptop, _ = api_token_create(user=candidate, name="Laptop")

    api_token_revoke(token=phone, actor=candidate)

    assert list(ApiToken.objects.values_list("name", flat=True)) == ["Laptop"]
    revoked = AuditEvent.objects.get(action=AuditEvent.Action.TOKEN_REVOKED)
    assert revoked.detail == {"name": "Phone", "prefix": phone.prefix}


@pytest.mark.parametrize("how", ["changed", "reset"])
def test_a_password_change_or_reset_revokes_every_token(candidate, other_candidate, how):
    api_token_create(user=candidate, name="Phone")
    api_token_create(user=candidate, name="Laptop")
    api_token_create(user=other_candidate, name="Hers")

    user_password_changed(user=candidate, how=how)

    assert list(ApiToken.objects.values_list("user", flat=True)) == [other_candidate.pk]
