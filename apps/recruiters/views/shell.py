"""What every recruiter page shares: recruiters only, htmx detection, service errors onto forms,
and the relative age a queue row shows."""

from datetime import timedelta

from django.core.exceptions import ValidationError

from apps.accounts.permissions import candidate_required, recruiter_required
from apps.core import forms
from apps.core.forms import is_htmx  # noqa: F401 — the recruiter views import it from here

# Recruiters only (others are sent to their own area). Times are in the person's own zone.
recruiter_page = recruiter_required
candidate_page = candidate_required

# Service argument names that a page's form calls differently.
FIELD_ALIASES = {"application_ids": "applications", "thread_id": None, "request_id": None}


def add_service_errors(form, error: ValidationError) -> None:
    """A service's ValidationError onto the form, by field where the form has it (else the form)."""
    forms.add_service_errors(form, error, aliases=FIELD_ALIASES)


def error_text(error) -> str:
    """One sentence from a ValidationError or an ApplicationError."""
    return getattr(error, "message", None) if not isinstance(error, ValidationError) else " ".join(error.messages)


def age_label(age: timedelta) -> str:
    """ "3 hours", "2 days": how long something has waited."""
    seconds = max(0, int(age.total_seconds()))
    if seconds < 3600:
        minutes = max(1, seconds // 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if seconds < 86400:
        hours = seconds // 3600
        return f"{hours} hour{'s' if hours != 1 else ''}"
    days = seconds // 86400
    return f"{days} day{'s' if days != 1 else ''}"
