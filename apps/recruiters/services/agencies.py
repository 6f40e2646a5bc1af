"""Agencies and their members: the profile every recruiter gets with the account, invitations
by e-mail (one-time, 7 days, token stored as a hash), removing a member (their open
representations END: the candidates consented to that person, not to the agency)."""

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.core.errors import ApplicationError
from apps.core.services import model_update
from apps.recruiters import reminder_hooks
from apps.recruiters.models import (
    INVITATION_DAYS,
    OPEN_REPRESENTATION,
    Agency,
    AgencyInvitation,
    RecruiterProfile,
    Representation,
    derive_token,
    new_nonce,
    token_hash,
)

INVITATION_PROBLEMS = {
    "unknown": ("This invitation link doesn't work. Check it was copied whole, or ask for a new one.", 404),
    "revoked": ("This invitation was withdrawn by the agency. Ask them for a new one if you still want to join.", 410),
    "used": ("This invitation was already used; it works only once. Log in to reach your portal.", 410),
    "expired": (f"This invitation has expired (they last {INVITATION_DAYS} days). Ask the agency for a new one.", 410),
}


def invitation_error(problem: str) -> ApplicationError:
    message, status = INVITATION_PROBLEMS[problem]
    return ApplicationError(message, code=f"invitation_{problem}", status=status)


def _default_agency_name(user) -> str:
    name = (user.full_name or user.email.split("@")[0]).strip() or "My"
    return f"{name}'s agency"[:150]


def profile_ensure(*, user, agency_name: str = "") -> RecruiterProfile | None:
    """Every recruiter belongs to an agency from the start: one of their own, which they administer
    (a ``post_save`` listener calls this for each new account; idempotent; non-recruiters → None).
    Joining another agency later is ``agency_invitation_accept``."""
    if not user.is_recruiter:
        return None
    existing = RecruiterProfile.objects.filter(user=user).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        agency = Agency.objects.create(name=(agency_name or "").strip()[:150] or _default_agency_name(user))
        return RecruiterProfile.objects.create(user=user, agency=agency, is_admin=True)


@transaction.atomic
def agency_update(*, agency: Agency, name: str) -> tuple[Agency, bool]:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": "Give the agency a name your candidates will recognise."})
    return model_update(instance=agency, fields=("name",), data={"name": name})


@transaction.atomic
def agency_invitation_create(
    *, agency: Agency, invited_by, email: str, now: datetime | None = None
) -> tuple[AgencyInvitation, str]:
    """Invite a recruiter by e-mail. Returns the row and the token (the only time it exists in
    clear; the e-mail carries it). Refused: an address of a candidate or staff account, someone
    already in this agency, yourself."""
    from apps.accounts.models import User

    now = now or timezone.now()
    email = User.objects.normalize_email(email or "").strip().lower()
    if not email:
        raise ValidationError({"email": "Type the e-mail address of the recruiter you want to invite."})
    if email == invited_by.email.lower():
        raise ValidationError({"email": "That is your own address: you are already in this agency."})
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None and not existing.is_recruiter:
        raise ValidationError(
            {"email": "This address belongs to an account that is not a recruiter's; only recruiters can join."}
        )
    if existing is not None and RecruiterProfile.objects.filter(user=existing, agency=agency).exists():
        raise ValidationError({"email": f"{email} is already a member of {agency.name}."})
    nonce = new_nonce()
    token = derive_token(nonce)
    invitation = AgencyInvitation(
        agency=agency,
        email=email,
        invited_by=invited_by,
        token_hash=token_hash(token),
        nonce=nonce,
        expires_at=now + timedelta(days=INVITATION_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    reminder_hooks.agency_invitation_mail(invitation=invitation, now=now)
    return invitation, token


@transaction.atomic
def agency_invitation_revoke(*, invitation: AgencyInvitation, now: datetime | None = None) -> AgencyInvitation:
    """Withdraw an invitation not yet used (idempotent); its e-mail, if not sent yet, is cancelled."""
    invitation = AgencyInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise ApplicationError(
            "This invitation was already accepted; remove the member instead.", code="invitation_used", status=409
        )
    if invitation.revoked_at is None:
        invitation.revoked_at = now or timezone.now()
        invitation.save(update_fields=["revoked_at", "updated_at"])
    reminder_hooks.agency_invitation_settled(invitation=invitation)
    return invitation


def agency_invitation_lookup(*, token: str, now: datetime | None = None) -> AgencyInvitation:
    """The invitation behind a token, or the clear error (unknown 404; revoked, used, expired 410). No write."""
    invitation = AgencyInvitation.objects.select_related("agency").filter(token_hash=token_hash(token or "")).first()
    if invitation is None:
        raise invitation_error("unknown")
    problem = invitation.problem(now=now)
    if problem:
        raise invitation_error(problem)
    return invitation


@transaction.atomic
def agency_invitation_accept(*, token: str, user, now: datetime | None = None) -> RecruiterProfile:
    """Join the inviting agency (as a member, not an admin). One-time: a second use is 410; only the
    invited address may use it (403 otherwise). The recruiter's open representations END, as when
    an admin removes a member: candidates consented to that recruiter working with the old agency,
    so a new agency sees nothing of them until they accept afresh. The only admin of an agency that
    still has other members can't leave it (409); an agency left with nobody and nothing is deleted."""
    now = now or timezone.now()
    if not user.is_recruiter:
        raise ApplicationError("Only recruiter accounts can join an agency.", code="not_a_recruiter", status=403)
    invitation = AgencyInvitation.objects.select_for_update().filter(token_hash=token_hash(token or "")).first()
    if invitation is None:
        raise invitation_error("unknown")
    problem = invitation.problem(now=now)
    if problem:
        raise invitation_error(problem)
    if invitation.email.lower() != user.email.lower():
        raise ApplicationError(
            "This invitation was sent to another e-mail address. Ask the agency to invite the address "
            "you log in with. Nothing was changed.",
            code="invitation_for_someone_else",
            status=403,
        )
    profile = profile_ensure(user=user)
    profile = RecruiterProfile.objects.select_for_update().get(pk=profile.pk)
    old_agency_id = profile.agency_id
    if (
        old_agency_id != invitation.agency_id
        and profile.is_admin
        and not RecruiterProfile.objects.filter(agency_id=old_agency_id, is_admin=True).exclude(pk=profile.pk).exists()
        and RecruiterProfile.objects.filter(agency_id=old_agency_id).exclude(pk=profile.pk).exists()
    ):
        raise ApplicationError(
            "You are the only admin of your agency and others still work in it. Make someone else an "
            "admin, or remove the other members, before you join another agency. Nothing was changed.",
            code="last_admin",
            status=409,
        )
    invitation.accepted_at = now
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by", "updated_at"])
    reminder_hooks.agency_invitation_settled(invitation=invitation)
    if old_agency_id == invitation.agency_id:
        return profile
    from apps.recruiters.services.representations import representation_end

    for representation in Representation.objects.filter(recruiter=user, status__in=OPEN_REPRESENTATION):
        representation_end(representation=representation, by=user, now=now)
    profile.agency_id = invitation.agency_id
    profile.is_admin = False
    profile.save(update_fields=["agency", "is_admin", "updated_at"])
    _delete_if_abandoned(old_agency_id)
    return profile


def _delete_if_abandoned(agency_id: int) -> None:
    if RecruiterProfile.objects.filter(agency_id=agency_id).exists():
        return
    if Representation.objects.filter(agency_id=agency_id).exists():
        return
    Agency.objects.filter(pk=agency_id).delete()


@transaction.atomic
def agency_member_remove(*, member: RecruiterProfile, by, now: datetime | None = None) -> RecruiterProfile:
    """An admin removes a recruiter from the agency. Their open representations END at once (the
    candidates agreed to that recruiter working with this agency; a colleague must be invited and
    accepted afresh), with every pending reminder about them cancelled. The removed recruiter keeps
    the account in an agency of their own."""
    from apps.recruiters.services.representations import representation_end

    now = now or timezone.now()
    member = RecruiterProfile.objects.select_for_update(of=("self",)).select_related("user").get(pk=member.pk)
    if member.user_id == by.pk:
        raise ApplicationError("You can't remove yourself from your agency.", code="remove_self", status=409)
    for representation in Representation.objects.filter(
        recruiter_id=member.user_id, agency_id=member.agency_id, status__in=OPEN_REPRESENTATION
    ):
        representation_end(representation=representation, by=by, now=now)
    agency = Agency.objects.create(name=_default_agency_name(member.user))
    member.agency = agency
    member.is_admin = True
    member.save(update_fields=["agency", "is_admin", "updated_at"])
    return member
