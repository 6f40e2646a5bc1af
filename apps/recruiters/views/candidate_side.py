"""The candidate's side of representation (``/dashboard/recruiters/``): invitations to accept or
decline, a one-time code to enter, each active representation with the applications it sees
(tick to share, untick to stop), ending one (after a page that says what ends), and who looked at
what, when."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.candidates.permissions import applications_visible_to
from apps.core.errors import ApplicationError
from apps.core.models import AuditEvent
from apps.core.selectors import audit_events_about
from apps.recruiters import selectors, services
from apps.recruiters.forms import CodeForm, SharesForm
from apps.recruiters.models import RepresentationStatus
from apps.recruiters.permissions import (
    can_end_representation,
    can_respond_representation,
    can_share_representation,
    representation_get_for_user,
)
from apps.recruiters.views.shell import add_service_errors, candidate_page, error_text

RECENT_ACTIVITY = 5


def _page(request, *, code_form=None, share_forms=None, status=200):
    user = request.user
    representations = list(selectors.representations_for(user=user))
    # Every application, never a slice: the share form replaces the whole set on save, so one left
    # off the list would be unshared without the candidate seeing it.
    applications = list(applications_visible_to(user).select_related("company").order_by("-created_at", "-id"))
    share_forms = share_forms or {}
    active = []
    for representation in representations:
        if representation.status != RepresentationStatus.ACTIVE:
            continue
        shared = {share.application_id for share in representation.shares.all()}
        form = share_forms.get(representation.pk) or SharesForm(
            initial={"applications": [str(pk) for pk in shared]},
            applications=applications,
            prefix=f"r{representation.pk}",
        )
        active.append({"obj": representation, "form": form, "shared": [a for a in applications if a.pk in shared]})
    context = {
        "invited": [
            r for r in representations if r.status == RepresentationStatus.INVITED and not r.invitation_problem()
        ],
        "active": active,
        "past": [r for r in representations if r.status in (RepresentationStatus.ENDED, RepresentationStatus.DECLINED)][
            :10
        ],
        "code_form": code_form or CodeForm(),
        "has_applications": bool(applications),
        "activity": [_activity(event) for event in audit_events_about(user=user)[:RECENT_ACTIVITY]],
    }
    return render(request, "recruiters/candidate/list.html", context, status=status)


def _activity(event) -> dict:
    """One audit row in words: who, did what, when."""
    what = (event.detail or {}).get("what", "")
    if event.action == AuditEvent.Action.DATA_VIEWED:
        text = f"looked at your {what}" if what else "looked at your data"
    elif event.action == AuditEvent.Action.RELAY_PUBLISHED:
        text = "passed on feedback to you"
    else:
        text = event.get_action_display().lower()
    who = event.actor.full_name if event.actor is not None and event.actor.full_name else event.actor_label
    return {"who": who, "text": text, "at": event.created_at}


@candidate_page
@require_safe
def representation_list(request):
    return _page(request)


@candidate_page
@require_POST
def code_redeem(request):
    """Enter the code a recruiter gave you: entering it is your consent."""
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            representation = services.representation_redeem_code(candidate=request.user, code=form.cleaned_data["code"])
        except ValidationError as error:
            add_service_errors(form, error)
        except ApplicationError as error:
            form.add_error("code", error.message)
        else:
            name = representation.recruiter.full_name
            messages.success(
                request, f"You're now working with {name}. They see nothing until you share an application below."
            )
            return redirect("representations:list")
    return _page(request, code_form=form, status=400)


@candidate_page
@require_POST
def representation_accept(request, pk):
    representation = representation_get_for_user(request.user, pk, rule=can_respond_representation)
    try:
        services.representation_accept(representation=representation, candidate=request.user)
    except (ApplicationError, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(
            request,
            f"You're now working with {representation.recruiter.full_name}. Share the applications they can help with.",
        )
    return redirect("representations:list")


@candidate_page
@require_POST
def representation_decline(request, pk):
    representation = representation_get_for_user(request.user, pk, rule=can_respond_representation)
    try:
        services.representation_decline(representation=representation, candidate=request.user)
    except (ApplicationError, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, f"Declined. {representation.recruiter.full_name} sees nothing of yours.")
    return redirect("representations:list")


@candidate_page
@require_POST
def representation_shares(request, pk):
    """Tick what this recruiter sees; untick to stop sharing (at once)."""
    representation = representation_get_for_user(request.user, pk, rule=can_share_representation)
    applications = list(applications_visible_to(request.user).select_related("company").order_by("-created_at", "-id"))
    form = SharesForm(request.POST, applications=applications, prefix=f"r{representation.pk}")
    if form.is_valid():
        try:
            ids = services.representation_shares_set(
                representation=representation,
                candidate=request.user,
                application_ids=form.cleaned_data["applications"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            name = representation.recruiter.full_name
            count = len(ids)
            messages.success(
                request,
                f"Saved. {name} sees {count} application{'s' if count != 1 else ''} of yours."
                if count
                else f"Saved. {name} sees none of your applications now.",
            )
            return redirect("representations:list")
    return _page(request, share_forms={representation.pk: form}, status=400)


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def representation_end(request, pk):
    """End it: the page says, in words, what ends and when (at once)."""
    representation = representation_get_for_user(request.user, pk, rule=can_end_representation)
    if representation.status not in (RepresentationStatus.ACTIVE, RepresentationStatus.INVITED):
        messages.info(request, "This representation has already ended.")
        return redirect("representations:list")
    if request.method == "POST":
        try:
            services.representation_end(representation=representation, by=request.user)
        except (ApplicationError, ValidationError) as error:
            messages.error(request, error_text(error))
        else:
            messages.success(
                request, f"Ended. {representation.recruiter.full_name} can no longer see anything of yours."
            )
        return redirect("representations:list")
    shared = list(
        applications_visible_to(request.user)
        .filter(representation_shares__representation=representation)
        .select_related("company")
        .order_by("-created_at", "-id")
    )
    return render(request, "recruiters/candidate/end.html", {"representation": representation, "shared": shared})
