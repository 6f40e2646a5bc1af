"""Your data: the calendar feed, export, and deleting the account. Their pages are sections of
the settings area (the accounts app); the actions stay here, beside the data."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.candidates import exporting, ics, selectors, services
from apps.candidates.forms import DeleteAccountForm
from apps.candidates.permissions import calendar_feeds_visible_to
from apps.candidates.views.base import candidate_page


@require_safe
def data_page(request):
    """The old "Profile and data" address: it now lives in the settings area. (The accounts app's
    legacy route answers this path first; the name stays for links that reverse it.)"""
    return redirect("accounts:settings-data", permanent=True)


@candidate_page
@require_POST
def calendar_rotate(request):
    """A new secret calendar address; shown on this response only (only its hash is stored)."""
    token = services.calendar_feed_rotate(user=request.user)
    url = request.build_absolute_uri(reverse("candidates:calendar-feed", kwargs={"token": token}))
    messages.success(request, "Your calendar address is ready. Copy it now — for your safety we show it only once.")
    context = {"section": "calendar", "feed": calendar_feeds_visible_to(request.user).first(), "new_feed_url": url}
    return render(request, "candidates/data.html", context)


@candidate_page
@require_POST
def calendar_revoke(request):
    if services.calendar_feed_revoke(user=request.user):
        messages.success(request, "The calendar address is revoked. Calendars using it stop updating.")
    return redirect("accounts:settings-calendar")


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
