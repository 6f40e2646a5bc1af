"""Who may see and change the recruiter side — each rule written once, as a queryset
(``<things>_visible_to(user)``) beside its predicates (``can_<verb>_<thing>(user, obj)``).

The one rule for candidate data: a recruiter sees an application only while it is shared with an
**active** representation **of that recruiter** (``applications_shared_with``). Agency admins see
their agency's members, invitations and representations (who represents whom, since when, how
much work is open) — never the candidates' applications, threads or relays unless they are the
representing recruiter themselves. Raw notes live on relays, which only the relay's recruiter
sees, and only while the representation is active.

Getters (``<thing>_get_for_user(user, pk, *, for_change=False)``) are one-liners over
``apps.core.permissions.get_for_user``: outside the queryset → 404, visible but refused → 403.
"""

from django.db.models import Q, QuerySet

from apps.accounts.permissions import can_use_candidate_area, can_use_recruiter_area
from apps.core.permissions import get_for_user
from apps.recruiters.models import (
    Agency,
    AgencyInvitation,
    RecruiterAsk,
    RecruiterProfile,
    Relay,
    RelayStatus,
    Representation,
    RepresentationShare,
    RepresentationStatus,
)


def _profile(user) -> RecruiterProfile | None:
    if not can_use_recruiter_area(user):
        return None
    try:
        return user.recruiter_profile
    except RecruiterProfile.DoesNotExist:
        return None


def is_agency_admin(user, agency: Agency | None = None) -> bool:
    profile = _profile(user)
    return bool(profile and profile.is_admin and (agency is None or profile.agency_id == agency.pk))


# --- Candidate data as a recruiter sees it ------------------------------------------------------


def applications_shared_with(user):
    """Applications shared with an active representation of ``user`` (a recruiter); none otherwise.
    The candidate's own scopes (``applications_visible_to``…) never include these: a recruiter reads
    shared data only through this app's audited selectors and endpoints."""
    from apps.candidates.models import Application

    if not can_use_recruiter_area(user):
        return Application.objects.none()
    return Application.objects.filter(
        representation_shares__representation__recruiter=user,
        representation_shares__representation__status=RepresentationStatus.ACTIVE,
    ).distinct()


def application_ids_shared_with(user) -> QuerySet:
    """The same rule as ``applications_shared_with``, as a subquery of ids (no DISTINCT/join fan-out)."""
    return RepresentationShare.objects.filter(
        representation__recruiter=user, representation__status=RepresentationStatus.ACTIVE
    ).values("application_id")


def candidates_visible_to(user) -> QuerySet:
    """Candidates with an active representation by ``user`` (a recruiter)."""
    from apps.accounts.models import User

    if not can_use_recruiter_area(user):
        return User.objects.none()
    return User.objects.filter(
        pk__in=Representation.objects.active().filter(recruiter=user).values("candidate_id"), is_active=True
    )


# --- Representations -------------------------------------------------------------------------------


def representations_visible_to(user) -> QuerySet[Representation]:
    """A candidate: hers (any state). A recruiter: their own (any state); an agency admin: also the
    agency's. Nobody else."""
    if can_use_candidate_area(user):
        return Representation.objects.filter(candidate=user)
    profile = _profile(user)
    if profile is not None and profile.is_admin:
        return Representation.objects.filter(Q(recruiter=user) | Q(agency_id=profile.agency_id))
    if can_use_recruiter_area(user):
        return Representation.objects.filter(recruiter=user)
    return Representation.objects.none()


def can_respond_representation(user, representation: Representation) -> bool:
    """Accept or decline: the invited candidate."""
    return representation.candidate_id is not None and representation.candidate_id == user.pk


def can_end_representation(user, representation: Representation) -> bool:
    """Either side can end it: the candidate, or the representing recruiter."""
    return user.pk in (representation.candidate_id, representation.recruiter_id)


def can_share_representation(user, representation: Representation) -> bool:
    """Only the candidate chooses what a representation sees."""
    return representation.candidate_id is not None and representation.candidate_id == user.pk


def representation_get_for_user(user, pk, *, rule=None) -> Representation:
    return get_for_user(
        representations_visible_to(user).select_related("recruiter", "candidate", "agency"),
        pk,
        user=user,
        can_change=rule,
    )


# --- Agency, members, invitations ----------------------------------------------------------------


def agencies_visible_to(user) -> QuerySet[Agency]:
    profile = _profile(user)
    if profile is None:
        return Agency.objects.none()
    return Agency.objects.filter(pk=profile.agency_id)


def can_manage_agency(user, agency: Agency) -> bool:
    return is_agency_admin(user, agency)


def members_visible_to(user) -> QuerySet[RecruiterProfile]:
    profile = _profile(user)
    if profile is None:
        return RecruiterProfile.objects.none()
    return RecruiterProfile.objects.filter(agency_id=profile.agency_id)


def can_remove_member(user, member: RecruiterProfile) -> bool:
    """An admin removes others (leaving is not removal: an admin cannot remove themselves)."""
    return is_agency_admin(user) and member.agency_id == user.recruiter_profile.agency_id and member.user_id != user.pk


def agency_invitations_visible_to(user) -> QuerySet[AgencyInvitation]:
    profile = _profile(user)
    if profile is None or not profile.is_admin:
        return AgencyInvitation.objects.none()
    return AgencyInvitation.objects.filter(agency_id=profile.agency_id)


def can_revoke_agency_invitation(user, invitation: AgencyInvitation) -> bool:
    return is_agency_admin(user) and invitation.agency_id == user.recruiter_profile.agency_id


# --- Asks and relays ---------------------------------------------------------------------------


def asks_visible_to(user) -> QuerySet[RecruiterAsk]:
    """Asks routed to ``user`` through one of their active representations."""
    if not can_use_recruiter_area(user):
        return RecruiterAsk.objects.none()
    return RecruiterAsk.objects.filter(
        representation__recruiter=user, representation__status=RepresentationStatus.ACTIVE
    )


def relays_visible_to(user) -> QuerySet[Relay]:
    """The relay's own recruiter, while the representation is active and the thread's application
    is still shared with it. Candidates never see a ``Relay`` row (they see the published reply on
    their thread); agency admins see counts in the team workload, not relays."""
    if not can_use_recruiter_area(user):
        return Relay.objects.none()
    return Relay.objects.filter(
        recruiter=user,
        representation__status=RepresentationStatus.ACTIVE,
        thread__application_id__in=application_ids_shared_with(user),
    )


def can_change_relay(user, relay: Relay) -> bool:
    """Only its recruiter, and only a draft (a published relay is part of the candidate's record)."""
    return relay.recruiter_id == user.pk and relay.status == RelayStatus.DRAFT


def relay_get_for_user(user, pk, *, for_change: bool = False) -> Relay:
    return get_for_user(
        relays_visible_to(user).select_related(
            "representation__candidate", "thread__application__company", "request", "reply"
        ),
        pk,
        user=user,
        can_change=can_change_relay if for_change else None,
    )
