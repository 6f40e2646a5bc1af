"""Interview pages: the log, log one, detail with the debrief journal, edit, delete, .ics."""

import zoneinfo

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from apps.accounts.selectors import preferences_for
from apps.candidates import ics, selectors, services
from apps.candidates.forms import DebriefForm, InterviewForm
from apps.candidates.models import Interview
from apps.candidates.permissions import application_get_for_user, interview_get_for_user
from apps.candidates.views.base import PAGE_SIZE, candidate_page
from apps.core.forms import add_validation_errors


@candidate_page
@require_safe
def interview_list(request):
    interviews = selectors.interview_list(user=request.user)
    page = Paginator(interviews, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "candidates/interview_list.html", {"page": page, "now": timezone.now()})


def _default_timezone(user) -> str:
    return selectors.profile_for(user=user).timezone or preferences_for(user=user).timezone


def _interview_fields(data: dict) -> dict:
    return {
        "starts_at": data["starts_at"],
        "timezone": data["timezone"],
        "duration_minutes": data["duration_minutes"],
        "kind": data["kind"],
        "location": data["location"],
        "interviewers": list(data["interviewers"]),
    }


@candidate_page
@require_http_methods(["GET", "POST"])
def interview_create(request, pk):
    application = application_get_for_user(request.user, pk, for_change=True, refine=selectors.with_company)
    initial = {"timezone": _default_timezone(request.user)}
    form = InterviewForm(request.POST if request.method == "POST" else None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            interview = services.interview_create(application=application, **_interview_fields(form.cleaned_data))
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Interview logged. Write your debrief soon after — it fades fast.")
            return redirect("candidates:interview-detail", pk=interview.pk)
    return render(request, "candidates/interview_form.html", {"form": form, "application": application})


@candidate_page
@require_safe
def interview_detail(request, pk):
    interview = interview_get_for_user(request.user, pk, refine=selectors.with_interview_detail)
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
    interview = interview_get_for_user(request.user, pk, for_change=True, refine=selectors.with_interview_detail)
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
    interview = interview_get_for_user(request.user, pk, for_change=True, refine=selectors.with_interview_detail)
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
        try:
            services.interview_update(interview=interview, **_interview_fields(form.cleaned_data))
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
    interview = interview_get_for_user(request.user, pk, for_change=True, refine=selectors.with_interview_detail)
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
    interview = interview_get_for_user(request.user, pk, refine=selectors.with_interview_detail)
    response = HttpResponse(ics.calendar([interview], name="Interview"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response
