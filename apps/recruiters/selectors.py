"""Reads of the recruiter side. Each returns a queryset (or a small value object) that owns its
``select_related``/``prefetch_related``, with its query budget stated. A read never writes; the
audit rows for recruiter reads are written by the caller (``services.audit_recruiter_read``)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, IntegerField, Max, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from apps.feedback.models import OPEN_STATUSES, FeedbackThread
from apps.recruiters.models import (
    RecruiterAsk,
    RecruiterProfile,
    Relay,
    RelayStatus,
    Representation,
    RepresentationShare,
    RepresentationStatus,
)
from apps.recruiters.permissions import (
    application_ids_shared_with,
    asks_visible_to,
    members_visible_to,
    relays_visible_to,
    representations_visible_to,
)
from apps.recruiters.reminder_hooks import DRAFT_AFTER, RELAY_PENDING_AFTER

ASK_OVERDUE_AFTER = RELAY_PENDING_AFTER[1]  # 3 days without a relay
DRAFT_OVERDUE_AFTER = DRAFT_AFTER  # 2 days unpublished


def representations_for(*, user) -> QuerySet[Representation]:
    """The representations ``user`` sees (candidate: hers; recruiter: theirs; admin: the agency's),
    newest first, with both people, the agency and the shared application ids. 2 queries."""
    return (
        representations_visible_to(user)
        .select_related("recruiter", "candidate", "agency", "ended_by")
        .prefetch_related(
            Prefetch("shares", queryset=RepresentationShare.objects.only("id", "representation_id", "application_id"))
        )
        .order_by("-invited_at", "-id")
    )


def _threads_of_shared(recruiter) -> QuerySet[FeedbackThread]:
    return FeedbackThread.objects.filter(application_id__in=application_ids_shared_with(recruiter))


def candidates_of(*, recruiter) -> QuerySet[Representation]:
    """ "My candidates": the recruiter's active representations with the candidate, how many
    applications she shares, open threads among them, and the last activity on those threads
    (``last_activity``, else the acceptance). 1 query (plus pagination's own)."""
    from apps.accounts.permissions import can_use_recruiter_area

    if not can_use_recruiter_area(recruiter):
        return Representation.objects.none()
    shared = RepresentationShare.objects.filter(representation=OuterRef("pk"))
    threads = FeedbackThread.objects.filter(application__representation_shares__representation=OuterRef("pk"))
    return (
        Representation.objects.active()
        .filter(recruiter=recruiter)
        .select_related("candidate")
        .annotate(
            shared_count=Coalesce(
                Subquery(shared.values("representation").annotate(n=Count("id")).values("n")[:1]),
                0,
                output_field=IntegerField(),
            ),
            open_threads=Coalesce(
                Subquery(
                    threads.filter(closed_at__isnull=True)
                    .values("application__representation_shares__representation")
                    .annotate(n=Count("id"))
                    .values("n")[:1]
                ),
                0,
                output_field=IntegerField(),
            ),
            last_activity=Coalesce(
                Subquery(
                    threads.values("application__representation_shares__representation")
                    .annotate(at=Max("updated_at"))
                    .values("at")[:1]
                ),
                "accepted_at",
            ),
        )
    )


def shared_applications_of(*, recruiter, candidate_id) -> QuerySet:
    """The applications ``candidate_id`` shares with ``recruiter``'s active representation, with
    company and thread. 1 query."""
    from apps.candidates.models import Application

    return (
        Application.objects.filter(owner_id=candidate_id, pk__in=application_ids_shared_with(recruiter))
        .select_related("company", "feedback_thread")
        .order_by("-created_at", "-id")
    )


def shared_threads_of(*, recruiter) -> QuerySet[FeedbackThread]:
    """Threads on applications shared with the recruiter, with application, company and owner. 1 query."""
    return _threads_of_shared(recruiter).select_related("application__company", "owner")


def relays_of(*, recruiter) -> QuerySet[Relay]:
    """The recruiter's relays on active representations, newest change first. 1 query."""
    return relays_visible_to(recruiter).select_related(
        "representation__candidate", "thread__application__company", "request", "recruiter"
    )


# --- The work queue --------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueEntry:
    kind: str  # "ask" (waiting for a relay) or "draft" (written, not published)
    since: datetime
    age: timedelta
    overdue: bool
    candidate_id: int
    candidate_name: str
    role_title: str
    company: str
    thread_id: int
    request_id: int | None
    relay_id: int | None
    topics: list
    findings_count: int


def waiting_asks_of(*, recruiter) -> QuerySet[RecruiterAsk]:
    """Requests sent to the recruiter, still open, with no published relay. 1 query."""
    return (
        asks_visible_to(recruiter)
        .filter(
            request__status__in=OPEN_STATUSES,
            request__thread__application_id__in=application_ids_shared_with(recruiter),
        )
        .exclude(request__relays__status=RelayStatus.PUBLISHED)
        .select_related("request__thread__application__company", "representation__candidate")
        .order_by("request__sent_at", "id")
    )


def drafts_of(*, recruiter) -> QuerySet[Relay]:
    """The recruiter's unpublished drafts on threads still shared. 1 query."""
    return (
        relays_of(recruiter=recruiter)
        .filter(status=RelayStatus.DRAFT, thread__application_id__in=application_ids_shared_with(recruiter))
        .order_by("updated_at", "id")
    )


def work_queue(*, recruiter, now: datetime | None = None) -> list[QueueEntry]:
    """Asks waiting for a relay (an ask that already has a draft shows as that draft) and drafts to
    publish, oldest first, each with its age and whether it is overdue (asks after 3 days, drafts
    after 2). 2 queries, whatever the number of candidates."""
    now = now or timezone.now()
    drafts = list(drafts_of(recruiter=recruiter))
    drafted_requests = {relay.request_id for relay in drafts if relay.request_id}
    entries = []
    for ask in waiting_asks_of(recruiter=recruiter):
        if ask.request_id in drafted_requests:
            continue
        request = ask.request
        since = request.sent_at or ask.created_at
        application = request.thread.application
        entries.append(
            QueueEntry(
                kind="ask",
                since=since,
                age=now - since,
                overdue=now - since >= ASK_OVERDUE_AFTER,
                candidate_id=ask.representation.candidate_id,
                candidate_name=ask.representation.candidate.full_name,
                role_title=application.role_title,
                company=application.company.name,
                thread_id=request.thread_id,
                request_id=request.pk,
                relay_id=None,
                topics=list(request.topics),
                findings_count=0,
            )
        )
    for relay in drafts:
        application = relay.thread.application
        entries.append(
            QueueEntry(
                kind="draft",
                since=relay.updated_at,
                age=now - relay.updated_at,
                overdue=now - relay.updated_at >= DRAFT_OVERDUE_AFTER,
                candidate_id=relay.representation.candidate_id,
                candidate_name=relay.representation.candidate.full_name,
                role_title=application.role_title,
                company=application.company.name,
                thread_id=relay.thread_id,
                request_id=relay.request_id,
                relay_id=relay.pk,
                topics=list(relay.request.topics) if relay.request_id else [],
                findings_count=len(relay.findings or []),
            )
        )
    return sorted(entries, key=lambda entry: (not entry.overdue, entry.since))


# --- The agency ------------------------------------------------------------------------------------


def team_workload(*, user) -> QuerySet[RecruiterProfile]:
    """The agency's members with their workload: active and invited representations, asks waiting
    for a relay, drafts. Admins and members alike see their own agency's figures (no candidate data).
    1 query."""

    def per_recruiter(queryset, field):
        return Coalesce(
            Subquery(
                queryset.filter(**{field: OuterRef("user_id")})
                .order_by()
                .values(field)
                .annotate(n=Count("pk"))
                .values("n")[:1]
            ),
            0,
            output_field=IntegerField(),
        )

    active = Representation.objects.filter(status=RepresentationStatus.ACTIVE)
    invited = Representation.objects.filter(status=RepresentationStatus.INVITED)
    waiting = RecruiterAsk.objects.filter(
        representation__status=RepresentationStatus.ACTIVE, request__status__in=OPEN_STATUSES
    ).exclude(request__relays__status=RelayStatus.PUBLISHED)
    drafts = Relay.objects.filter(status=RelayStatus.DRAFT, representation__status=RepresentationStatus.ACTIVE)
    return (
        members_visible_to(user)
        .select_related("user")
        .annotate(
            active_count=per_recruiter(active, "recruiter"),
            invited_count=per_recruiter(invited, "recruiter"),
            waiting_asks=per_recruiter(waiting, "representation__recruiter"),
            draft_count=per_recruiter(drafts, "recruiter"),
        )
        .order_by("-is_admin", "user__full_name", "id")
    )


def has_active_representation(*, candidate) -> bool:
    """Whether the candidate can ask via a recruiter. 1 query."""
    return Representation.objects.active().filter(candidate=candidate).exists()


def active_recruiters_of(*, candidate) -> QuerySet[Representation]:
    """The candidate's active representations with their recruiter (for "ask via"). 1 query."""
    return Representation.objects.active().filter(candidate=candidate).select_related("recruiter", "agency")


# --- Candidate data, one object at a time (the API and portal audit each read) -----------------------


def candidate_detail(*, recruiter, candidate_id) -> Representation:
    """The recruiter's active representation of ``candidate_id`` with ``shared_applications``
    (company, thread) loaded; 404 outside. 2 queries."""
    from apps.core.permissions import get_for_user

    representation = (
        Representation.objects.active()
        .filter(recruiter=recruiter, candidate_id=OuterRef("pk"))
        .order_by("-accepted_at")
        .values("pk")[:1]
    )
    from apps.recruiters.permissions import candidates_visible_to

    candidate = get_for_user(
        candidates_visible_to(recruiter).annotate(representation_id=Subquery(representation)),
        candidate_id,
        user=recruiter,
    )
    found = Representation.objects.select_related("candidate").get(pk=candidate.representation_id)
    found.shared_applications = list(shared_applications_of(recruiter=recruiter, candidate_id=candidate.pk))
    return found


def shared_application_detail(*, recruiter, pk):
    """One shared application with its owner, company, thread and interviews; 404 outside. 2 queries."""
    from apps.candidates.models import Interview
    from apps.core.permissions import get_for_user
    from apps.recruiters.permissions import applications_shared_with

    application = get_for_user(
        applications_shared_with(recruiter).select_related("company", "owner", "feedback_thread"), pk, user=recruiter
    )
    application.interview_list = list(Interview.objects.filter(application=application).order_by("starts_at", "id"))
    return application


def shared_thread_detail(*, recruiter, pk) -> tuple[FeedbackThread, set[int]]:
    """One shared thread with its requests and replies (with items), and the ids of the requests
    that were asked via this recruiter; 404 outside. 5 queries."""
    from apps.core.permissions import get_for_user
    from apps.feedback.models import FeedbackItem, FeedbackReply, FeedbackRequest

    thread = get_for_user(
        _threads_of_shared(recruiter).select_related("application__company", "owner"), pk, user=recruiter
    )
    thread.application.feedback_thread = thread
    requests = list(FeedbackRequest.objects.filter(thread=thread).order_by("created_at", "id"))
    replies = list(
        FeedbackReply.objects.filter(thread=thread)
        .prefetch_related(Prefetch("items", queryset=FeedbackItem.objects.order_by("position", "id")))
        .order_by("received_at", "id")
    )
    thread.request_list = requests
    thread.reply_list = replies
    asked_you = set(
        RecruiterAsk.objects.filter(request__thread=thread, representation__recruiter=recruiter).values_list(
            "request_id", flat=True
        )
    )
    return thread, asked_you
