"""Small reads the portal pages need beyond ``selectors`` (kept apart so the domain module stays
the domain's). Each returns a queryset that owns its joins, with its query budget stated."""

from django.db.models import Prefetch, Q, QuerySet

from apps.recruiters import selectors
from apps.recruiters.models import RecruiterAsk, Relay, Representation, RepresentationStatus


def candidate_rows(*, recruiter, search: str = "") -> QuerySet[Representation]:
    """ "My candidates", optionally narrowed by name or e-mail, by most recent activity. 1 query."""
    rows = selectors.candidates_of(recruiter=recruiter)
    if search:
        rows = rows.filter(Q(candidate__full_name__icontains=search) | Q(candidate__email__icontains=search))
    return rows.order_by("-last_activity", "-id")


def invitations_waiting(*, recruiter) -> QuerySet[Representation]:
    """The recruiter's invitations the candidate has not answered yet, newest first. 1 query."""
    return (
        Representation.objects.filter(recruiter=recruiter, status=RepresentationStatus.INVITED)
        .select_related("candidate")
        .order_by("-invited_at", "-id")
    )


def applications_for_page(*, recruiter, candidate_id) -> QuerySet:
    """A candidate's applications shared with ``recruiter``, each with its thread, the thread's
    requests (for its state), the asks sent to this recruiter and this recruiter's relays. 4 queries."""
    asks = RecruiterAsk.objects.filter(representation__recruiter=recruiter).select_related("request")
    relays = Relay.objects.filter(recruiter=recruiter).order_by("-updated_at", "-id")
    return selectors.shared_applications_of(recruiter=recruiter, candidate_id=candidate_id).prefetch_related(
        "feedback_thread__requests",
        Prefetch("feedback_thread__requests__recruiter_ask", queryset=asks),
        Prefetch("feedback_thread__relays", queryset=relays, to_attr="my_relays"),
    )
