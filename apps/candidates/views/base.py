"""What every candidate page shares. The person's time zone is already active (core middleware)."""

from apps.accounts.permissions import candidate_required
from apps.candidates.permissions import companies_visible_to

PAGE_SIZE = 20

# Candidates only; a recruiter or staff member is sent to their own area.
candidate_page = candidate_required


def company_names(user) -> list[str]:
    """For the company field's suggestions. 1 query."""
    return list(companies_visible_to(user).values_list("name", flat=True)[:500])
