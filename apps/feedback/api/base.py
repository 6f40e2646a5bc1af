"""What every feedback API view shares: candidate-only writes and id filters."""

import django_filters
from drf_spectacular.utils import OpenApiResponse
from rest_framework.permissions import SAFE_METHODS

from apps.accounts.permissions import IsCandidate
from apps.feedback.api.serializers import MAX_ID


class CandidateWrites:
    """For collection writes (adding a request, an answer, a step; templates): only candidates may,
    other roles get 403. Writes to one object need no such rule: an object outside the caller's
    scope is a 404 whoever asks, and a recruiter's scope holds none of a candidate's rows."""

    def get_permissions(self):
        permissions = super().get_permissions()
        if self.request.method not in SAFE_METHODS:
            permissions.append(IsCandidate())
        return permissions


class IdFilter(django_filters.NumberFilter):
    """A row id: a whole number in the database's range (a huge or fractional one is a 400, not a crash)."""

    field_class = django_filters.fields.forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


_DESCRIPTIONS = {
    400: "The input was refused; `error.fields` says which field and why. Nothing was changed.",
    403: "You can see this, but may not do that.",
    409: "That is not possible in the current state (`error.code` says why); nothing was changed.",
    410: "Gone: this link was revoked, already used, or has expired (`error.code` says which).",
}


def errors(*statuses: int, descriptions: dict[int, str] | None = None) -> dict[int, OpenApiResponse]:
    """The operation's particular error statuses. Their body (the one error shape) is attached by
    core's schema post-processing hook, which gives every 4xx without a body the right one."""
    descriptions = descriptions or {}
    return {
        status: OpenApiResponse(description=descriptions.get(status) or _DESCRIPTIONS[status]) for status in statuses
    }
