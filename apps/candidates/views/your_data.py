"""Your data: profile, calendar feed, export, and deleting the account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.candidates import exporting, ics, selectors, services
from apps.candidates.forms import DeleteAccountForm, ProfileForm
from apps.candidates.permissions import calendar_feeds_visible_to
from apps.candidates.views.base import candidate_page
from apps.core.forms import add_validation_errors


def _data_page(request, *, form, new_feed_url=None):
    return render(
        request,
        "candidates/data.html",
        {
            "form": form,
            "profile": form.instance,
            "feed": calendar_feeds_visible_to(request.user).first(),
            "new_feed_url": new_feed_url,
        },
    )


@candidate_page
@require_http_methods(["GET", "POST"])
def data_page(request):
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
    return _data_page(request, form=form)


@candidate_page
@require_POST
def calendar_rotate(request):
    """A new secret calendar address; shown on this response only (only its hash is stored)."""
    token = services.calendar_feed_rotate(user=request.user)
    url = request.build_absolute_uri(reverse("candidates:calendar-feed", kwargs={"token": token}))
    messages.success(request, "Your calendar address is ready. Copy it now — for your safety we show it only once.")
    return _data_page(request, form=ProfileForm(instance=selectors.profile_for(user=request.user)), new_feed_url=url)


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
