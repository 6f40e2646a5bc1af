"""Representation with consent: a recruiter invites (by e-mail, or a one-time code handed over in
person), the candidate accepts or declines, either side ends it. Ending takes effect at once:
access is a queryset over ACTIVE representations, and every pending reminder about the
representation, its asks and its relays is cancelled in the same transaction (and re-checked at
send time). The candidate chooses which applications each representation sees (none at first)."""

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.core.errors import ApplicationError
from apps.recruiters import reminder_hooks
from apps.recruiters.models import (
    INVITATION_DAYS,
    OPEN_REPRESENTATION,
    Relay,
    RelayStatus,
    Representation,
    RepresentationShare,
    RepresentationStatus,
    code_hash,
    derive_code,
    new_nonce,
)

Status = RepresentationStatus

PROBLEMS = {
    "expired": (
        f"This invitation has expired (invitations last {INVITATION_DAYS} days). Ask your recruiter for a new one; "
        "nothing was shared.",
        "invitation_expired",
        410,
    ),
    "accepted": ("This invitation was already accepted; codes work only once.", "invitation_used", 409),
    "declined": ("This invitation was declined; ask your recruiter for a new one.", "invitation_declined", 409),
    "ended": ("This representation has ended; ask your recruiter for a new invitation.", "representation_ended", 409),
}


def _problem_error(problem: str) -> ApplicationError:
    message, code, status = PROBLEMS[problem]
    return ApplicationError(message, code=code, status=status)


def _already_error() -> ApplicationError:
    return ApplicationError(
        "You already have an open representation with this person (invited or active). Nothing new was created.",
        code="already_representing",
        status=409,
    )


@transaction.atomic
def representation_invite(
    *, recruiter, email: str = "", message: str = "", now: datetime | None = None
) -> tuple[Representation, str]:
    """Invite a candidate. With ``email``: the candidate with that address is invited (in-app and by
    e-mail); an address with no account gets the code by e-mail to use after signing up. Without
    ``email``: only a code, for the recruiter to hand over. Returns the row and the code (shown
    once; stored hashed; 7 days). Refused with field messages: yourself, a non-candidate account,
    an open representation already there (409 ``already_representing``)."""
    from apps.accounts.models import User
    from apps.recruiters.services.agencies import profile_ensure

    now = now or timezone.now()
    if not recruiter.is_recruiter:
        raise ApplicationError("Only recruiters can invite candidates.", code="not_a_recruiter", status=403)
    profile = profile_ensure(user=recruiter)
    email = User.objects.normalize_email(email or "").strip().lower()
    candidate = None
    if email:
        if email == recruiter.email.lower():
            raise ValidationError({"email": "That is your own address: you can't represent yourself."})
        candidate = User.objects.filter(email__iexact=email).first()
        if candidate is not None and not candidate.is_candidate:
            raise ValidationError(
                {
                    "email": "This address belongs to an account that is not a candidate's; only candidates can be "
                    "represented."
                }
            )
        if candidate is not None and not candidate.is_active:
            candidate = None
        if (
            candidate is not None
            and Representation.objects.filter(
                recruiter=recruiter, candidate=candidate, status__in=OPEN_REPRESENTATION
            ).exists()
        ):
            raise _already_error()
    nonce = new_nonce()
    code = derive_code(nonce)
    while Representation.objects.filter(code_hash=code_hash(code)).exists():  # pragma: no cover - 1 in 10^12
        nonce = new_nonce()
        code = derive_code(nonce)
    representation = Representation(
        recruiter=recruiter,
        candidate=candidate,
        agency_id=profile.agency_id,
        invited_email=email,
        message=(message or "").strip()[:2000],
        code_hash=code_hash(code),
        code_nonce=nonce,
        invited_at=now,
        expires_at=now + timedelta(days=INVITATION_DAYS),
    )
    representation.full_clean()
    try:
        with transaction.atomic():
            representation.save()
    except IntegrityError:
        raise _already_error() from None
    reminder_hooks.representation_invited(representation=representation, now=now)
    return representation, code


def _locked(representation: Representation) -> Representation:
    return Representation.objects.select_for_update().get(pk=representation.pk)


@transaction.atomic
def representation_redeem_code(*, candidate, code: str, now: datetime | None = None) -> Representation:
    """The candidate types the code her recruiter gave her: entering it is her consent, so the
    representation becomes active at once. Unknown code: 404; expired: 410; used: 409."""
    now = now or timezone.now()
    if not candidate.is_candidate:
        raise ApplicationError("Only candidates can accept a representation.", code="not_a_candidate", status=403)
    representation = Representation.objects.select_for_update().filter(code_hash=code_hash(code or "")).first()
    if representation is None:
        raise ApplicationError(
            "We don't know this code. Check it with your recruiter (it looks like ABCD-EFGH).",
            code="invitation_unknown",
            status=404,
        )
    if representation.recruiter_id == candidate.pk:
        raise ValidationError({"code": "You can't represent yourself."})
    if representation.candidate_id not in (None, candidate.pk):
        raise _problem_error("accepted")
    return _accept(representation, candidate, now)


@transaction.atomic
def representation_accept(*, representation: Representation, candidate, now: datetime | None = None) -> Representation:
    """Invited → active: the candidate says yes. Expired 410; accepted, declined or ended 409."""
    return _accept(_locked(representation), candidate, now or timezone.now())


def _accept(representation: Representation, candidate, now: datetime) -> Representation:
    problem = representation.invitation_problem(now=now)
    if problem:
        raise _problem_error(problem)
    if (
        Representation.objects.filter(recruiter_id=representation.recruiter_id, candidate=candidate)
        .filter(status__in=OPEN_REPRESENTATION)
        .exclude(pk=representation.pk)
        .exists()
    ):
        raise _already_error()
    representation.candidate = candidate
    representation.status = Status.ACTIVE
    representation.accepted_at = now
    representation.full_clean()
    try:
        with transaction.atomic():
            representation.save()
    except IntegrityError:
        raise _already_error() from None
    reminder_hooks.representation_answered(representation=representation)
    return representation


@transaction.atomic
def representation_decline(*, representation: Representation, candidate, now: datetime | None = None) -> Representation:
    """Invited → declined: nothing is shared; the recruiter sees the answer."""
    now = now or timezone.now()
    representation = _locked(representation)
    problem = representation.invitation_problem(now=now)
    if problem and problem != "expired":
        raise _problem_error(problem)
    representation.status = Status.DECLINED
    representation.ended_at = now
    representation.ended_by = candidate
    representation.full_clean()
    representation.save()
    reminder_hooks.representation_answered(representation=representation)
    return representation


@transaction.atomic
def representation_end(*, representation: Representation, by, now: datetime | None = None) -> Representation:
    """Invited or active → ended, by the candidate, the recruiter or an agency admin removing the
    recruiter. Access ends in this transaction; pending reminders about the representation, its
    asks and its relays are cancelled. Draft relays stay (private to the recruiter, unreachable
    while ended); shares are kept so a renewed representation starts from nothing — see
    ``representation_invite`` (a new row, with no shares)."""
    now = now or timezone.now()
    representation = _locked(representation)
    if representation.status not in OPEN_REPRESENTATION:
        raise _problem_error("ended" if representation.status == Status.ENDED else "declined")
    representation.status = Status.ENDED
    representation.ended_at = now
    representation.ended_by = by
    representation.full_clean()
    representation.save()
    reminder_hooks.representation_ended(representation=representation)
    return representation


# --- Shares: which applications a representation sees ----------------------------------------------


def _require_active(representation: Representation) -> None:
    if representation.status != Status.ACTIVE:
        raise ApplicationError(
            "Applications can be shared only with an active representation (accept the invitation first).",
            code="representation_not_active",
            status=409,
        )


def _owned_applications(candidate, application_ids) -> list:
    from apps.candidates.models import Application

    ids = []
    for value in application_ids or []:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError({"application_ids": f"“{value}” is not an application id."}) from None
        ids.append(number)
    found = {a.pk: a for a in Application.objects.filter(owner=candidate, pk__in=[i for i in ids if 0 < i < 2**63])}
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError({"application_ids": f"Application {missing[0]} is not one of yours."})
    return [found[i] for i in dict.fromkeys(ids)]


@transaction.atomic
def representation_shares_set(*, representation: Representation, candidate, application_ids) -> list[int]:
    """Replace what this representation sees with exactly ``application_ids`` (hers). Returns the ids."""
    representation = _locked(representation)
    _require_active(representation)
    applications = _owned_applications(candidate, application_ids)
    wanted = {a.pk for a in applications}
    RepresentationShare.objects.filter(representation=representation).exclude(application_id__in=wanted).delete()
    have = set(
        RepresentationShare.objects.filter(representation=representation).values_list("application_id", flat=True)
    )
    RepresentationShare.objects.bulk_create(
        [RepresentationShare(representation=representation, application_id=pk) for pk in wanted - have]
    )
    _unshared_cleanup(representation)
    return sorted(wanted)


@transaction.atomic
def representation_share_add(*, representation: Representation, candidate, application_id) -> RepresentationShare:
    """Share one more application (idempotent)."""
    representation = _locked(representation)
    _require_active(representation)
    (application,) = _owned_applications(candidate, [application_id])
    share, _ = RepresentationShare.objects.get_or_create(representation=representation, application=application)
    return share


@transaction.atomic
def representation_share_remove(*, representation: Representation, candidate, application_id) -> int:
    """Stop sharing one application (idempotent). Returns how many shares were removed (0 or 1)."""
    representation = _locked(representation)
    (application,) = _owned_applications(candidate, [application_id])
    deleted, _ = RepresentationShare.objects.filter(representation=representation, application=application).delete()
    _unshared_cleanup(representation)
    return deleted


def _unshared_cleanup(representation: Representation) -> None:
    """Reminders about drafts on applications no longer shared stop (the recruiter can't reach them)."""
    shared = RepresentationShare.objects.filter(representation=representation).values("application_id")
    for relay in Relay.objects.filter(representation=representation, status=RelayStatus.DRAFT).exclude(
        thread__application_id__in=shared
    ):
        reminder_hooks.relay_settled(relay=relay)
