"""The agency: its team with each member's workload, inviting a recruiter by e-mail, removing one
(after a page that says what happens to their candidates), pending invitations, the agency's name;
and the page an invitation link opens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from apps.core.errors import ApplicationError
from apps.core.permissions import get_for_user
from apps.recruiters import selectors, services
from apps.recruiters.forms import AgencyInviteForm, AgencyNameForm
from apps.recruiters.models import RecruiterProfile
from apps.recruiters.permissions import (
    agency_invitations_visible_to,
    can_remove_member,
    can_revoke_agency_invitation,
    is_agency_admin,
    members_visible_to,
)
from apps.recruiters.views.shell import add_service_errors, recruiter_page


def _profile(user) -> RecruiterProfile:
    try:
        return user.recruiter_profile
    except RecruiterProfile.DoesNotExist:
        raise Http404("No agency yet.") from None


def _admin_only(user) -> RecruiterProfile:
    """The team pages are for the agency's admins; a member sees that the page exists (403)."""
    profile = _profile(user)
    if not profile.is_admin:
        raise PermissionDenied("Only your agency's admins manage the team.")
    return profile


def _team_context(user, profile, *, invite_form=None, name_form=None) -> dict:
    members = list(selectors.team_workload(user=user))
    return {
        "agency": profile.agency,
        "members": members,
        "invitations": [
            i for i in agency_invitations_visible_to(user).order_by("-created_at", "-id")[:50] if not i.problem()
        ],
        "invite_form": invite_form or AgencyInviteForm(),
        "name_form": name_form or AgencyNameForm(initial={"name": profile.agency.name}),
    }


@recruiter_page
@require_http_methods(["GET", "HEAD", "POST"])
def team(request):
    """Members and their workload, pending invitations, the agency's name. Admins only (403)."""
    profile = _admin_only(request.user)
    status = 200
    name_form = None
    if request.method == "POST":
        name_form = AgencyNameForm(request.POST)
        if name_form.is_valid():
            try:
                services.agency_update(agency=profile.agency, name=name_form.cleaned_data["name"])
            except ValidationError as error:
                add_service_errors(name_form, error)
            else:
                messages.success(request, "Saved. Your candidates see the new name.")
                return redirect("recruiters:team")
        status = 400
    return render(
        request, "recruiters/team.html", _team_context(request.user, profile, name_form=name_form), status=status
    )


@recruiter_page
@require_POST
def team_invite(request):
    """Invite a recruiter by e-mail: a one-time link, valid for 7 days."""
    profile = _admin_only(request.user)
    form = AgencyInviteForm(request.POST)
    if form.is_valid():
        try:
            invitation, _token = services.agency_invitation_create(
                agency=profile.agency, invited_by=request.user, email=form.cleaned_data["email"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except ApplicationError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, f"Invitation on its way to {invitation.email}. The link works once, for 7 days.")
            return redirect("recruiters:team")
    return render(request, "recruiters/team.html", _team_context(request.user, profile, invite_form=form), status=400)


@recruiter_page
@require_http_methods(["GET", "HEAD", "POST"])
def member_remove(request, pk):
    """Remove a recruiter: the page says, in words, that their candidates' access ends at once."""
    _admin_only(request.user)
    member = get_for_user(
        members_visible_to(request.user).select_related("user", "agency"),
        pk,
        user=request.user,
        can_change=can_remove_member,
    )
    if request.method == "POST":
        try:
            services.agency_member_remove(member=member, by=request.user)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"{member.user.full_name} is no longer in {member.agency.name}.")
        return redirect("recruiters:team")
    workload = next((m for m in selectors.team_workload(user=request.user) if m.pk == member.pk), member)
    return render(request, "recruiters/member_remove.html", {"member": workload})


@recruiter_page
@require_POST
def invitation_revoke(request, pk):
    _admin_only(request.user)
    invitation = get_for_user(
        agency_invitations_visible_to(request.user), pk, user=request.user, can_change=can_revoke_agency_invitation
    )
    try:
        services.agency_invitation_revoke(invitation=invitation)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"The invitation to {invitation.email} no longer works.")
    return redirect("recruiters:team")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def agency_join(request, token):
    """The page an agency's invitation link opens: who invites you, and one button to join.
    Unknown, withdrawn, used or expired links get a page that says which and what to do."""
    try:
        invitation = services.agency_invitation_lookup(token=token)
    except ApplicationError as error:
        return render(request, "recruiters/join_problem.html", {"message": error.message}, status=error.status)
    if request.method == "POST":
        try:
            profile = services.agency_invitation_accept(token=token, user=request.user)
        except ApplicationError as error:
            return render(request, "recruiters/join_problem.html", {"message": error.message}, status=error.status)
        messages.success(request, f"Welcome to {profile.agency.name}. Your candidates came with you.")
        return redirect("recruiters:home")
    return render(
        request,
        "recruiters/join.html",
        {
            "invitation": invitation,
            "is_recruiter": request.user.is_recruiter,
            "already_admin": is_agency_admin(request.user),
        },
    )


@recruiter_page
@require_POST
def agency_create(request):
    """First visit without an agency: the portal's home asks for its name; this creates it."""
    form = AgencyNameForm(request.POST)
    if not form.is_valid():
        return render(request, "recruiters/agency_setup.html", {"form": form}, status=400)
    services.profile_ensure(user=request.user, agency_name=form.cleaned_data["name"])
    messages.success(request, f"{form.cleaned_data['name']} is ready. Invite your first candidate next.")
    return redirect("recruiters:home")
