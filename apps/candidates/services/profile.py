"""The candidate's profile: created with the account, changed field by field."""

from django.db import transaction

from apps.candidates.models import CandidateProfile
from apps.core.services import model_update

PROFILE_FIELDS = ("headline", "target_roles", "location", "timezone")


def profile_create(*, user) -> CandidateProfile | None:
    """Listener on ``apps.accounts.hooks.user_created``: every candidate has a profile row from the start,
    so reading it never writes. Idempotent."""
    if not user.is_candidate:
        return None
    profile, _ = CandidateProfile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *,
    user,
    headline: str | None = None,
    target_roles: str | None = None,
    location: str | None = None,
    timezone: str | None = None,
) -> CandidateProfile:
    """Change any of the profile's fields (None leaves one as it is)."""
    profile, _ = CandidateProfile.objects.select_for_update().get_or_create(user=user)
    given = {"headline": headline, "target_roles": target_roles, "location": location, "timezone": timezone}
    data = {name: value.strip() for name, value in given.items() if value is not None}
    profile, _ = model_update(instance=profile, fields=PROFILE_FIELDS, data=data)
    return profile
