"""Notification pages: the list behind the bell, mark read, e-mail choices, unsubscribe."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apps.accounts.selectors import preferences_for
from apps.core.forms import add_validation_errors
from apps.reminders.forms import EmailKindsForm
from apps.reminders.kinds import kind_get, kinds_for_audience
from apps.reminders.permissions import notification_get_for_user
from apps.reminders.selectors import notification_unread_count, notifications_visible_to
from apps.reminders.services import (
    email_kinds_update,
    notification_mark_read,
    notifications_mark_all_read,
    unsubscribe_apply,
)
from apps.reminders.unsubscribe import unsubscribe_token_read

PAGE_SIZE = 30


def _list_context(request):
    paginator = Paginator(notifications_visible_to(request.user).order_by("-created_at", "-id"), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return {
        "page": page,
        "notifications": page.object_list,
        "unread_count": notification_unread_count(user=request.user),
    }


def _bell_oob(request) -> str:
    context = {"unread_count": notification_unread_count(user=request.user), "oob": True}
    return render_to_string("reminders/notifications.html#bell", context, request)


@login_required
@require_GET
def notification_list(request):
    return render(request, "reminders/notifications.html", _list_context(request))


@login_required
@require_GET
def notification_bell(request):
    """The bell's count, fetched by htmx after the page loads so no page pays a query for it."""
    return render(
        request, "reminders/notifications.html#bell", {"unread_count": notification_unread_count(user=request.user)}
    )


@login_required
@require_POST
def notification_read(request, public_id):
    notification = notification_get_for_user(request.user, public_id)
    notification_mark_read(notification=notification)
    if (
        request.POST.get("open")
        and notification.link
        and url_has_allowed_host_and_scheme(
            notification.link, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return redirect(notification.link)
    if request.htmx:
        # The item, plus the bell's count swapped out-of-band so it drops at once.
        item = render_to_string("reminders/notifications.html#item", {"notification": notification}, request)
        return HttpResponse(item + _bell_oob(request))
    return redirect("reminders:notification-list")


@login_required
@require_POST
def notification_read_all(request):
    count = notifications_mark_all_read(user=request.user)
    if request.htmx:
        listing = render_to_string("reminders/notifications.html#list", _list_context(request), request)
        return HttpResponse(listing + _bell_oob(request))
    if count:
        messages.success(request, f"Marked {count} notification{'s' if count != 1 else ''} as read.")
    return redirect("reminders:notification-list")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request):
    """The old e-mail choices page: now Settings → Notifications. A POST from a page saved
    before the move still saves (every kind listed, as that form did) and lands there."""
    if request.method != "POST":
        return redirect("accounts:settings-notifications", permanent=True)
    off = set(preferences_for(user=request.user).email_off_kinds)
    kinds = kinds_for_audience(request.user.role)
    initial = {"email_on": [kind.name for kind in kinds if kind.name not in off]}
    form = EmailKindsForm(request.POST, user=request.user, initial=initial)
    if form.is_valid():
        try:
            email_kinds_update(user=request.user, email_on=set(form.cleaned_data["email_on"]))
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Your e-mail choices are saved.")
            return redirect("accounts:settings-notifications")
    return render(request, "reminders/preferences.html", {"form": form, "kinds": kinds})


# RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click" with no session and no CSRF
# token. The signed token is the authorisation; the action is idempotent and only turns
# e-mail off, so cross-site forgery gains an attacker nothing.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        _, kind_name = unsubscribe_token_read(token)
    except signing.BadSignature:
        return render(request, "reminders/unsubscribe.html", {"invalid": True}, status=404)
    kind = kind_get(kind_name)
    label = kind.label if kind else kind_name
    if request.method == "GET":
        return render(request, "reminders/unsubscribe.html", {"label": label, "token": token})
    try:
        address, label = unsubscribe_apply(token=token)
    except (signing.BadSignature, ValueError):
        return render(request, "reminders/unsubscribe.html", {"invalid": True}, status=404)
    return render(request, "reminders/unsubscribe.html", {"label": label, "address": address, "done": True})
