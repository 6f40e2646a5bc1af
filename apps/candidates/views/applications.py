"""Application pages: list, add, detail, edit, delete, move, reject, take a contact off."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.candidates import selectors, services
from apps.candidates.forms import ApplicationFilterForm, ApplicationForm, RejectForm, StageForm
from apps.candidates.models import Stage
from apps.candidates.permissions import application_get_for_user, can_change_application, contact_get_for_user
from apps.candidates.views.base import PAGE_SIZE, candidate_page, company_names
from apps.core.errors import ApplicationError
from apps.core.forms import add_validation_errors


@candidate_page
@require_safe
def application_list(request):
    """Filter by stage, search, sort, paginate. 2 queries for the rows (count + page)."""
    form = ApplicationFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    stage, query, sort = filters.get("stage", ""), filters.get("q", ""), filters.get("sort") or "newest"
    applications = selectors.application_list(user=request.user, stage=stage, query=query, sort=sort)
    page = Paginator(applications, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "filtered": bool(stage or query),
        "query_string": params.urlencode(),
    }
    template = "candidates/application_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


@candidate_page
@require_http_methods(["GET", "POST"])
def application_create(request):
    form = ApplicationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.application_create(owner=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Added {application.role_title} at {application.company.name}.")
            return redirect("candidates:application-detail", pk=application.pk)
    return render(
        request, "candidates/application_form.html", {"form": form, "company_names": company_names(request.user)}
    )


@candidate_page
@require_safe
def application_detail(request, pk):
    application = application_get_for_user(request.user, pk, refine=selectors.with_application_detail)
    context = {
        "application": application,
        "stage_form": StageForm(application=application),
        "reject_form": RejectForm(),
        "can_change": can_change_application(request.user, application),
        "can_reject": Stage.REJECTED in application.allowed_next_stages,
    }
    return render(request, "candidates/application_detail.html", context)


@candidate_page
@require_http_methods(["GET", "POST"])
def application_edit(request, pk):
    application = application_get_for_user(request.user, pk, for_change=True, refine=selectors.with_company)
    initial = {
        "company_name": application.company.name,
        "role_title": application.role_title,
        "applied_on": application.applied_on,
        "job_url": application.job_url,
        "source": application.source,
        "notes": application.notes,
    }
    form = ApplicationForm(request.POST if request.method == "POST" else None, initial=initial, editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            services.application_update(application=application, **form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Saved.")
            return redirect("candidates:application-detail", pk=application.pk)
    return render(
        request,
        "candidates/application_form.html",
        {"form": form, "application": application, "company_names": company_names(request.user)},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def application_delete(request, pk):
    application = application_get_for_user(request.user, pk, for_change=True, refine=selectors.with_company)
    if request.method == "POST":
        services.application_delete(application=application)
        messages.success(request, f"Deleted {application.role_title} at {application.company.name}.")
        return redirect("candidates:application-list")
    return render(
        request,
        "candidates/confirm_delete.html",
        {
            "object": application,
            "kind": "application",
            "cancel_url": reverse("candidates:application-detail", kwargs={"pk": pk}),
            "consequence": "Its stage history, interviews and debrief journals go with it. Contacts stay.",
        },
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def application_stage(request, pk):
    application = application_get_for_user(request.user, pk, for_change=True)
    if request.method == "GET":
        return redirect("candidates:application-detail", pk=pk)
    form = StageForm(request.POST, application=application)
    if form.is_valid():
        try:
            application = services.application_stage_change(application=application, **form.cleaned_data)
        except ApplicationError as error:
            messages.error(request, error.message)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages) + " Nothing was changed.")
        else:
            messages.success(request, f"Moved to “{application.get_stage_display()}”.")
    elif "to_stage" not in form.errors:
        problems = [message for errors in form.errors.values() for message in errors]
        messages.error(request, " ".join(problems) + " Nothing was changed.")
    else:
        wanted = request.POST.get("to_stage", "")
        label = Stage(wanted).label if wanted in Stage.values else wanted or "nothing"
        messages.error(
            request,
            f"An application at “{application.get_stage_display()}” can't move to “{label}”. Nothing was changed.",
        )
    return redirect("candidates:application-detail", pk=pk)


@candidate_page
@require_http_methods(["GET", "POST"])
def application_reject(request, pk):
    """Record a rejection: when, how it arrived, how far it got, the reason if given."""
    application = application_get_for_user(request.user, pk, for_change=True, refine=selectors.with_company)
    form = RejectForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.application_stage_change(application=application, to_stage=Stage.REJECTED, **form.cleaned_data)
        except ApplicationError as error:
            form.add_error(None, error.message)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(
                request,
                "Recorded. A rejection is information, not a verdict — the next step is to ask what would have helped.",
            )
            return redirect("candidates:application-detail", pk=pk)
    return render(request, "candidates/application_reject.html", {"application": application, "form": form})


@candidate_page
@require_POST
def application_contact_remove(request, pk, contact_pk):
    application = application_get_for_user(request.user, pk, for_change=True)
    contact = contact_get_for_user(request.user, contact_pk, for_change=True)
    services.application_contact_unlink(application=application, contact=contact)
    messages.success(request, f"{contact.name} is no longer listed on this application.")
    return redirect("candidates:application-detail", pk=pk)
