"""Reads for the candidate's records. Every selector starts from a ``*_visible_to(user)``
queryset, owns its select_related/prefetch_related, and notes its query budget. Selectors never
write: a GET inserts nothing.

``with_*`` functions are the related rows a page needs for one object; they are passed as
``refine=`` to the ``<thing>_get_for_user`` getters, which scope and authorise."""

from datetime import timedelta

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from apps.candidates.models import (
    Application,
    ApplicationContact,
    CalendarFeed,
    CandidateProfile,
    Contact,
    ImportJob,
    Interview,
    Stage,
)
from apps.candidates.permissions import (
    applications_visible_to,
    contacts_visible_to,
    import_jobs_visible_to,
    interviews_visible_to,
)

APPLICATION_SORTS = {
    "newest": ("-applied_on", "-id"),
    "oldest": ("applied_on", "id"),
    "updated": ("-stage_changed_at", "-id"),
    "company": ("company__name", "role_title", "id"),
    "role": ("role_title", "id"),
}


def profile_for(*, user) -> CandidateProfile:
    """The candidate's profile (made with the account); an unsaved empty one if it is missing. 1 query."""
    return CandidateProfile.objects.filter(user=user).first() or CandidateProfile(user=user)


def with_company(queryset: QuerySet) -> QuerySet:
    """An application or contact with its company: the same 1 query."""
    return queryset.select_related("company")


# --- Applications -------------------------------------------------------------------------


def application_list(*, user, stage: str = "", query: str = "", sort: str = "newest") -> QuerySet[Application]:
    """The applications list page: 1 query per page (plus 1 count), company joined."""
    applications = applications_visible_to(user).select_related("company")
    if stage:
        applications = applications.filter(stage=stage)
    if query:
        applications = applications.filter(
            Q(role_title__icontains=query) | Q(company__name__icontains=query) | Q(notes__icontains=query)
        )
    return applications.order_by(*APPLICATION_SORTS.get(sort, APPLICATION_SORTS["newest"]))


def with_application_detail(queryset: QuerySet[Application]) -> QuerySet[Application]:
    """One application with its history, interviews (with interviewers) and contacts: 5 queries."""
    interviews = Interview.objects.prefetch_related("interviewers").order_by("starts_at", "id")
    links = ApplicationContact.objects.select_related("contact").order_by("id")
    return queryset.select_related("company").prefetch_related(
        "stage_changes", Prefetch("interviews", queryset=interviews), Prefetch("contact_links", queryset=links)
    )


def stage_counts(*, user) -> dict[str, int]:
    """How many applications sit in each stage, every stage present. 1 query."""
    counts = dict.fromkeys(Stage.values, 0)
    for row in applications_visible_to(user).values("stage").annotate(n=Count("id")).order_by():
        counts[row["stage"]] = row["n"]
    return counts


def _reached(stage: str) -> list[str]:
    """The stages at or beyond ``stage`` on the funnel."""
    return [other for other, step in Stage.PROGRESS.items() if step >= Stage.PROGRESS[stage]]


def funnel(*, user) -> dict:
    """How far applications got, and where rejections happened. 2 queries."""
    reached = applications_visible_to(user).aggregate(
        applied=Count("id"),
        screened=Count("id", filter=Q(furthest_stage__in=_reached(Stage.SCREENING))),
        interviewed=Count("id", filter=Q(furthest_stage__in=_reached(Stage.INTERVIEWING))),
        offer=Count("id", filter=Q(furthest_stage__in=_reached(Stage.OFFER))),
    )
    rejected_at = dict.fromkeys(Stage.REJECTABLE, 0)
    rows = (
        applications_visible_to(user)
        .filter(stage=Stage.REJECTED)
        .values("rejection_stage_reached")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in rows:
        rejected_at[row["rejection_stage_reached"] or Stage.APPLIED] += row["n"]
    return {"reached": reached, "rejected_at": rejected_at}


def stage_counts_and_funnel(*, user) -> tuple[dict[str, int], dict]:
    """``stage_counts`` and ``funnel`` together, as conditional counts in 1 query (the dashboard)."""
    reached_at = {"applied": Stage.APPLIED, "screened": Stage.SCREENING}
    reached_at |= {"interviewed": Stage.INTERVIEWING, "offer": Stage.OFFER}
    aggregates = {f"stage_{stage}": Count("id", filter=Q(stage=stage)) for stage in Stage.values}
    aggregates |= {
        f"reached_{name}": Count("id", filter=Q(furthest_stage__in=_reached(stage)))
        for name, stage in reached_at.items()
    }
    rejected = Q(stage=Stage.REJECTED)
    aggregates |= {
        # An empty "stage reached" counts as a rejection at the application, as in ``funnel``.
        f"rejected_at_{stage}": Count(
            "id",
            filter=rejected
            & (
                Q(rejection_stage_reached__in=[stage, ""])
                if stage == Stage.APPLIED
                else Q(rejection_stage_reached=stage)
            ),
        )
        for stage in Stage.REJECTABLE
    }
    row = applications_visible_to(user).aggregate(**aggregates)
    counts = {stage: row[f"stage_{stage}"] for stage in Stage.values}
    reached = {name: row[f"reached_{name}"] for name in ["applied", *reached_at]}
    rejected_at = {stage: row[f"rejected_at_{stage}"] for stage in Stage.REJECTABLE}
    return counts, {"reached": reached, "rejected_at": rejected_at}


def recent_rejections(*, user, limit: int = 5) -> QuerySet[Application]:
    """The latest rejections, newest first. 1 query."""
    return (
        applications_visible_to(user)
        .filter(stage=Stage.REJECTED)
        .select_related("company")
        .order_by("-rejected_at", "-id")[:limit]
    )


def rejections_to_ask(*, user) -> QuerySet[Application]:
    """Rejections that followed a human stage: someone there can say what would have helped. 1 query."""
    return (
        applications_visible_to(user)
        .filter(stage=Stage.REJECTED)
        .with_human_contact()
        .select_related("company")
        .order_by("-rejected_at", "-id")
    )


# --- Interviews ---------------------------------------------------------------------------


def interview_list(*, user) -> QuerySet[Interview]:
    """The interview log, newest first, with application, company and interviewers: 2 queries."""
    return (
        interviews_visible_to(user)
        .select_related("application__company")
        .prefetch_related("interviewers")
        .order_by("-starts_at", "-id")
    )


def with_interview_detail(queryset: QuerySet[Interview]) -> QuerySet[Interview]:
    """One interview with its application, company and interviewers: 2 queries."""
    return queryset.select_related("application__company").prefetch_related("interviewers")


def upcoming_interviews(*, user, limit: int = 5) -> QuerySet[Interview]:
    """The next interviews (one that started within the hour still counts). 1 query."""
    return (
        interviews_visible_to(user)
        .filter(starts_at__gte=timezone.now() - timedelta(hours=1))
        .select_related("application__company")
        .order_by("starts_at", "id")[:limit]
    )


def interviews_without_debrief(*, user) -> QuerySet[Interview]:
    """Past interviews whose journal is still empty, oldest first. 1 query."""
    return (
        interviews_visible_to(user)
        .journal_empty()
        .filter(starts_at__lte=timezone.now())
        .select_related("application__company")
        .order_by("starts_at", "id")
    )


# --- Contacts -----------------------------------------------------------------------------


def contact_list(*, user, query: str = "") -> QuerySet[Contact]:
    """The contacts page: 2 queries (contacts with company; their applications)."""
    links = ApplicationContact.objects.select_related("application").order_by("id")
    contacts = (
        contacts_visible_to(user)
        .select_related("company")
        .prefetch_related(Prefetch("application_links", queryset=links))
    )
    if query:
        contacts = contacts.filter(
            Q(name__icontains=query) | Q(email__icontains=query) | Q(company__name__icontains=query)
        )
    return contacts


# --- Calendar -----------------------------------------------------------------------------


def calendar_feed_for_token(*, token: str) -> CalendarFeed | None:
    """The feed a secret token opens, or None. 1 query."""
    if not token or len(token) > 100:
        return None
    return CalendarFeed.objects.select_related("user").filter(token_hash=CalendarFeed.hash_token(token)).first()


def calendar_interviews(*, user) -> QuerySet[Interview]:
    """Interviews for the feed: the last 90 days and everything ahead. 1 query."""
    since = timezone.now() - timedelta(days=90)
    return (
        interviews_visible_to(user)
        .filter(starts_at__gte=since)
        .select_related("application__company")
        .order_by("starts_at", "id")
    )


# --- Imports ------------------------------------------------------------------------------


def import_job_done_before(*, user, job: ImportJob) -> ImportJob | None:
    """An earlier finished import of the very same file, to warn before importing it twice. 1 query."""
    return (
        import_jobs_visible_to(user)
        .filter(content_sha256=job.content_sha256, status=ImportJob.Status.DONE)
        .exclude(pk=job.pk)
        .defer("content")
        .first()
    )
