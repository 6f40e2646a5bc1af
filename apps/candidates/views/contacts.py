"""Contact pages: list, add (optionally onto an application), edit, delete."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from apps.candidates import selectors, services
from apps.candidates.forms import ContactForm
from apps.candidates.permissions import application_get_for_user, contact_get_for_user
from apps.candidates.views.base import PAGE_SIZE, candidate_page, company_names
from apps.core.forms import add_validation_errors


@candidate_page
@require_safe
def contact_list(request):
    query = request.GET.get("q", "").strip()[:100]
    contacts = selectors.contact_list(user=request.user, query=query)
    page = Paginator(contacts, PAGE_SIZE * 2).get_page(request.GET.get("page"))
    return render(request, "candidates/contact_list.html", {"page": page, "query": query})


@candidate_page
@require_http_methods(["GET", "POST"])
def contact_create(request):
    """A new contact; from an application (``?application=<id>``) it is listed on it too."""
    application = None
    application_pk = request.GET.get("application") or request.POST.get("application")
    if application_pk:
        application = application_get_for_user(
            request.user, application_pk, for_change=True, refine=selectors.with_company
        )
    initial = {"company_name": application.company.name} if application else {}
    form = ContactForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            contact = services.contact_create(owner=request.user, application=application, **form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, f"Added {contact.name}.")
            if application:
                return redirect("candidates:application-detail", pk=application.pk)
            return redirect("candidates:contact-list")
    return render(
        request,
        "candidates/contact_form.html",
        {"form": form, "application": application, "company_names": company_names(request.user)},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def contact_edit(request, pk):
    contact = contact_get_for_user(request.user, pk, for_change=True, refine=selectors.with_company)
    initial = {
        "name": contact.name,
        "email": contact.email,
        "title": contact.title,
        "company_name": contact.company.name if contact.company else "",
        "role": contact.role,
        "notes": contact.notes,
    }
    form = ContactForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.contact_update(contact=contact, **form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, f"Saved {contact.name}.")
            return redirect("candidates:contact-list")
    return render(
        request,
        "candidates/contact_form.html",
        {"form": form, "contact": contact, "company_names": company_names(request.user)},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def contact_delete(request, pk):
    contact = contact_get_for_user(request.user, pk, for_change=True)
    if request.method == "POST":
        services.contact_delete(contact=contact)
        messages.success(request, f"Deleted {contact.name}.")
        return redirect("candidates:contact-list")
    return render(
        request,
        "candidates/confirm_delete.html",
        {
            "object": contact,
            "kind": "contact",
            "cancel_url": reverse("candidates:contact-list"),
            "consequence": "They are taken off every application and interview. The applications stay.",
        },
    )
