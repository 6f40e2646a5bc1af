"""The candidate dashboard's pages. Function views: parse input, call a service or selector,
render. Every object is fetched through a ``_get_<thing>`` helper that starts from the user's
visible queryset (outsider → 404). htmx requests get a named partial of the same template;
every htmx control is also a real link or form."""

import json
import zoneinfo
from functools import wraps

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.accounts.permissions import candidate_required
from apps.accounts.selectors import preferences_for
from apps.candidates import exporting, ics, importing, selectors, services
from apps.candidates.charts import WIDTH as FUNNEL_WIDTH
from apps.candidates.charts import funnel_rows
from apps.candidates.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    ContactForm,
    DebriefForm,
    DeleteAccountForm,
    ImportMappingForm,
    ImportUploadForm,
    InterviewForm,
    ProfileForm,
    RejectForm,
    StageForm,
)
from apps.candidates.models import Application, Contact, ImportJob, Interview, Stage
from apps.candidates.permissions import (
    calendar_feeds_visible_to,
    can_change_application,
    can_change_contact,
    can_change_interview,
    companies_visible_to,
    contacts_visible_to,
    import_jobs_visible_to,
)
from apps.candidates.todos import todos_for
from apps.core.errors import ApplicationError
from apps.core.forms import add_validation_errors

PAGE_SIZE = 20


def candidate_page(view):
    """Candidates only, with dates and times shown in the person's own time zone."""

    @candidate_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with timezone.override(preferences_for(user=request.user).zone):
            return view(request, *args, **kwargs)

    return wrapped


# --- Fetch-and-authorise helpers (outsider → 404, visible but not theirs to change → 403) ----


def _get_application(request, pk, *, change=False) -> Application:
    try:
        application = selectors.application_detail(user=request.user, pk=pk)
    except Application.DoesNotExist:
        raise Http404("No such application") from None
    if change and not can_change_application(request.user, application):
        raise PermissionDenied("Only the candidate can change this application.")
    return application


def _get_interview(request, pk, *, change=False) -> Interview:
    try:
        interview = selectors.interview_detail(user=request.user, pk=pk)
    except Interview.DoesNotExist:
        raise Http404("No such interview") from None
    if change and not can_change_interview(request.user, interview):
        raise PermissionDenied("Only the candidate can change this interview.")
    return interview


def _get_contact(request, pk, *, change=False) -> Contact:
    contact = contacts_visible_to(request.user).select_related("company").filter(pk=pk).first()
    if contact is None:
        raise Http404("No such contact")
    if change and not can_change_contact(request.user, contact):
        raise PermissionDenied("Only the candidate can change this contact.")
    return contact


def _get_import_job(request, pk) -> ImportJob:
    job = import_jobs_visible_to(request.user).filter(pk=pk).first()
    if job is None:
        raise Http404("No such import")
    return job


def _company_names(user) -> list[str]:
    return list(companies_visible_to(user).values_list("name", flat=True)[:500])


# --- Dashboard ----------------------------------------------------------------------------


@candidate_page
@require_safe
def dashboard(request):
    """Counts, funnel, upcoming interviews, recent rejections and to-dos. A fixed ~10 queries."""
    user = request.user
    counts = selectors.stage_counts(user=user)
    total = sum(counts.values())
    rows, height = funnel_rows(selectors.funnel(user=user)) if total else ([], 0)
    context = {
        "total": total,
        "counts": [(Stage(stage), count) for stage, count in counts.items()],
        "active": sum(counts[stage] for stage in Stage.ACTIVE),
        "funnel_rows": rows,
        "funnel_height": height,
        "funnel_width": FUNNEL_WIDTH,
        "upcoming": list(selectors.upcoming_interviews(user=user)) if total else [],
        "rejections": list(selectors.recent_rejections(user=user)) if total else [],
        "todos": todos_for(user=user),
    }
    return render(request, "candidates/dashboard.html", context)


# --- Applications -------------------------------------------------------------------------


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
        data = form.cleaned_data
        try:
            application = services.application_create(owner=request.user, **data)
        except ValidationError as error:
            add_validation_errors(form, error)
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Added {application.role_title} at {application.company.name}.")
            return redirect("candidates:application-detail", pk=application.pk)
    return render(
        request, "candidates/application_form.html", {"form": form, "company_names": _company_names(request.user)}
    )


@candidate_page
@require_safe
def application_detail(request, pk):
    application = _get_application(request, pk)
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
    application = _get_application(request, pk, change=True)
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
        {"form": form, "application": application, "company_names": _company_names(request.user)},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def application_delete(request, pk):
    application = _get_application(request, pk, change=True)
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
    application = _get_application(request, pk, change=True)
    if request.method == "GET":
        return redirect("candidates:application-detail", pk=pk)
    form = StageForm(request.POST, application=application)
    if form.is_valid():
        try:
            application = services.application_stage_change(
                application=application, to_stage=form.cleaned_data["to_stage"], note=form.cleaned_data["note"]
            )
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"Moved to “{application.get_stage_display()}”.")
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
    application = _get_application(request, pk, change=True)
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
    application = _get_application(request, pk, change=True)
    contact = _get_contact(request, contact_pk, change=True)
    services.application_contact_unlink(application=application, contact=contact)
    messages.success(request, f"{contact.name} is no longer listed on this application.")
    return redirect("candidates:application-detail", pk=pk)


# --- Interviews ---------------------------------------------------------------------------


@candidate_page
@require_safe
def interview_list(request):
    interviews = selectors.interview_list(user=request.user)
    page = Paginator(interviews, PAGE_SIZE).get_page(request.GET.get("page"))
    now = timezone.now()
    return render(request, "candidates/interview_list.html", {"page": page, "now": now})


def _default_timezone(user) -> str:
    profile = selectors.profile_for(user=user)
    return profile.timezone or preferences_for(user=user).timezone


@candidate_page
@require_http_methods(["GET", "POST"])
def interview_create(request, pk):
    application = _get_application(request, pk, change=True)
    initial = {"timezone": _default_timezone(request.user)}
    form = InterviewForm(request.POST if request.method == "POST" else None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            interview = services.interview_create(
                application=application,
                starts_at=data["starts_at"],
                timezone_name=data["timezone"],
                duration_minutes=data["duration_minutes"],
                kind=data["kind"],
                location=data["location"],
                interviewers=data["interviewers"],
            )
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Interview logged. Write your debrief soon after — it fades fast.")
            return redirect("candidates:interview-detail", pk=interview.pk)
    return render(request, "candidates/interview_form.html", {"form": form, "application": application})


@candidate_page
@require_safe
def interview_detail(request, pk):
    interview = _get_interview(request, pk)
    agreed = interview.starts_at.astimezone(zoneinfo.ZoneInfo(interview.timezone))
    shown_elsewhere = agreed.utcoffset() != timezone.localtime(interview.starts_at).utcoffset()
    return render(
        request,
        "candidates/interview_detail.html",
        {
            "interview": interview,
            "form": DebriefForm(instance=interview),
            "now": timezone.now(),
            # Formatted here: the template's date filter would turn it back into the viewer's zone.
            "agreed": agreed.strftime("%H:%M") if shown_elsewhere else None,
        },
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def interview_debrief(request, pk):
    """Save the debrief journal. With htmx, only the journal card is re-rendered. A GET (a link in
    a reminder e-mail) lands on the journal form."""
    interview = _get_interview(request, pk, change=True)
    if request.method == "GET":
        return redirect(reverse("candidates:interview-detail", kwargs={"pk": pk}) + "#debrief")
    form = DebriefForm(request.POST, instance=Interview(pk=interview.pk))
    saved = False
    if form.is_valid():
        try:
            interview = services.interview_journal_update(
                interview=interview, **{name: form.cleaned_data[name] for name in Interview.JOURNAL_FIELDS}
            )
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            saved = True
            if not request.htmx:
                messages.success(request, "Debrief saved. Future you will thank you.")
                return redirect("candidates:interview-detail", pk=pk)
            form = DebriefForm(instance=interview)
    context = {"interview": interview, "form": form, "saved": saved, "now": timezone.now()}
    template = "candidates/interview_detail.html"
    if request.htmx:
        template += "#debrief"
    return render(request, template, context, status=200 if saved or form.is_valid() else 400)


@candidate_page
@require_http_methods(["GET", "POST"])
def interview_edit(request, pk):
    interview = _get_interview(request, pk, change=True)
    zone = interview.timezone
    local = timezone.localtime(interview.starts_at, timezone=zoneinfo.ZoneInfo(zone))
    initial = {
        "starts_at": local.replace(tzinfo=None),
        "timezone": zone,
        "duration_minutes": interview.duration_minutes,
        "kind": interview.kind,
        "location": interview.location,
        "interviewers": list(interview.interviewers.all()),
    }
    form = InterviewForm(request.POST if request.method == "POST" else None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.interview_update(
                interview=interview,
                interviewers=data["interviewers"],
                starts_at=data["starts_at"],
                timezone=data["timezone"],
                duration_minutes=data["duration_minutes"],
                kind=data["kind"],
                location=data["location"],
            )
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Interview saved.")
            return redirect("candidates:interview-detail", pk=pk)
    return render(
        request,
        "candidates/interview_form.html",
        {"form": form, "application": interview.application, "interview": interview},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def interview_delete(request, pk):
    interview = _get_interview(request, pk, change=True)
    application_pk = interview.application_id
    if request.method == "POST":
        services.interview_delete(interview=interview)
        messages.success(request, "Interview deleted.")
        return redirect("candidates:application-detail", pk=application_pk)
    return render(
        request,
        "candidates/confirm_delete.html",
        {
            "object": interview,
            "kind": "interview",
            "cancel_url": reverse("candidates:interview-detail", kwargs={"pk": pk}),
            "consequence": "Its debrief journal goes with it.",
        },
    )


@candidate_page
@require_safe
def interview_ics(request, pk):
    """“Add to calendar”: one interview as an .ics file."""
    interview = _get_interview(request, pk)
    response = HttpResponse(ics.calendar([interview], name="Interview"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response


# --- Contacts -----------------------------------------------------------------------------


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
        if not str(application_pk).isdigit():
            raise Http404("No such application")
        application = _get_application(request, int(application_pk), change=True)
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
        {"form": form, "application": application, "company_names": _company_names(request.user)},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def contact_edit(request, pk):
    contact = _get_contact(request, pk, change=True)
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
        data = dict(form.cleaned_data)
        company_name = data.pop("company_name")
        try:
            services.contact_update(contact=contact, company_name=company_name, **data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, f"Saved {contact.name}.")
            return redirect("candidates:contact-list")
    return render(
        request,
        "candidates/contact_form.html",
        {"form": form, "contact": contact, "company_names": _company_names(request.user)},
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def contact_delete(request, pk):
    contact = _get_contact(request, pk, change=True)
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


# --- Import -------------------------------------------------------------------------------


@candidate_page
@require_http_methods(["GET", "POST"])
def import_upload(request):
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = importing.import_job_create(owner=request.user, filename=upload.name, data=upload.read())
        except ApplicationError as error:
            form.add_error("file", error.message)
        else:
            return redirect("candidates:import-detail", pk=job.pk)
    recent = import_jobs_visible_to(request.user).defer("content")[:5]
    return render(
        request,
        "candidates/import_upload.html",
        {
            "form": form,
            "recent": recent,
            "max_mb": importing.MAX_UPLOAD_BYTES // 1024 // 1024,
            "max_rows": importing.MAX_ROWS,
            "targets": importing.TARGETS,
        },
    )


@candidate_page
@never_cache
@require_http_methods(["GET", "POST"])
def import_detail(request, pk):
    """The mapping preview (before) or the progress bar (after). Reload-safe: all state is in the job row."""
    job = _get_import_job(request, pk)
    if job.status == ImportJob.Status.MAPPING:
        header, sample = importing.import_job_preview(job)
        initial = {name: "" if index is None else str(index) for name, index in job.mapping.items()}
        form = ImportMappingForm(request.POST if request.method == "POST" else None, header=header, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                importing.import_job_start(job=job, mapping=form.cleaned_data)
            except ValidationError as error:
                add_validation_errors(form, error)
            except ApplicationError as error:
                messages.info(request, error.message)
                return redirect("candidates:import-detail", pk=pk)
            else:
                return redirect("candidates:import-detail", pk=pk)
        earlier = (
            import_jobs_visible_to(request.user)
            .filter(content_sha256=job.content_sha256, status=ImportJob.Status.DONE)
            .exclude(pk=job.pk)
            .defer("content")
            .first()
        )
        return render(
            request,
            "candidates/import_mapping.html",
            {"job": job, "form": form, "header": header, "sample": sample, "earlier": earlier},
        )
    if request.method == "POST":
        return redirect("candidates:import-detail", pk=pk)
    template = "candidates/import_progress.html"
    if request.htmx:
        template += "#progress"
    return render(request, template, {"job": job})


# --- Your data: profile, calendar, export, erasure ----------------------------------------


@candidate_page
@require_http_methods(["GET", "POST"])
def data_page(request):
    profile = selectors.profile_for(user=request.user)
    form = ProfileForm(
        request.POST if request.method == "POST" else None, instance=selectors.profile_for(user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.profile_update(
                user=request.user, **{name: form.cleaned_data[name] for name in ProfileForm.Meta.fields}
            )
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Your profile is saved.")
            return redirect("candidates:data")
    return render(
        request,
        "candidates/data.html",
        {
            "form": form,
            "profile": profile,
            "feed": calendar_feeds_visible_to(request.user).first(),
            "new_feed_url": None,
        },
    )


@candidate_page
@require_POST
def calendar_rotate(request):
    """A new secret calendar address; shown on this response only (only its hash is stored)."""
    token = services.calendar_feed_rotate(user=request.user)
    url = request.build_absolute_uri(reverse("candidates:calendar-feed", kwargs={"token": token}))
    messages.success(request, "Your calendar address is ready. Copy it now — for your safety we show it only once.")
    return render(
        request,
        "candidates/data.html",
        {
            "form": ProfileForm(instance=selectors.profile_for(user=request.user)),
            "feed": calendar_feeds_visible_to(request.user).first(),
            "new_feed_url": url,
        },
    )


@candidate_page
@require_POST
def calendar_revoke(request):
    if services.calendar_feed_revoke(user=request.user):
        messages.success(request, "The calendar address is revoked. Calendars using it stop updating.")
    return redirect(f"{reverse('candidates:data')}#calendar")


@never_cache
@require_safe
def calendar_feed(request, token):
    """The ICS feed behind a secret, revocable address (no sign-in: calendar apps can't)."""
    feed = selectors.calendar_feed_for_token(token=token)
    if feed is None or not feed.user.is_active:
        raise Http404("No such calendar")
    services.calendar_feed_touch(feed=feed)
    body = ics.calendar(selectors.calendar_interviews(user=feed.user), name="Debrief interviews")
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@candidate_page
@require_safe
def export_json(request):
    document = exporting.export_data(user=request.user)
    response = HttpResponse(json.dumps(document, indent=2, ensure_ascii=False), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="debrief-export-{timezone.localdate():%Y-%m-%d}.json"'
    return response


@candidate_page
@require_safe
def export_csv(request):
    response = HttpResponse(
        exporting.export_applications_csv(user=request.user), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="debrief-applications-{timezone.localdate():%Y-%m-%d}.csv"'
    return response


@candidate_page
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        exporting.account_delete(user=user, confirmation=form.cleaned_data["confirmation"])
        messages.success(request, "Your account and everything in it are deleted. Good luck out there.")
        return redirect("core:landing")
    return render(request, "candidates/account_delete.html", {"form": form, "phrase": exporting.DELETE_PHRASE})
