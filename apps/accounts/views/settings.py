"""The settings area: one page per section, one control per setting, a shared sub-navigation.

Calendar and "Your data" belong to candidates; their actions (make or revoke the feed address,
export, delete the account) stay the candidates app's views — these pages link to them.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from apps.accounts.forms import ProfileForm, TimeForm, TokenCreateForm
from apps.accounts.permissions import api_tokens_visible_to, can_change_api_token, candidate_required
from apps.accounts.selectors import api_tokens_of, preferences_for, weekly_digest_choice
from apps.accounts.services import (
    api_token_create,
    api_token_revoke,
    notification_choices_update,
    preferences_update,
    user_update_profile,
)
from apps.core.forms import add_validation_errors
from apps.core.permissions import get_for_user
from apps.core.selectors import audit_events_about
from apps.reminders.forms import NotificationChoicesForm

AUDIT_EVENTS_SHOWN = 30


def _render(request, section: str, context: dict, status: int = 200):
    return render(request, f"accounts/settings/{section}.html", {"section": section, **context}, status=status)


def _search_profile_form(request, data=None):
    """The candidate's "what I'm looking for" profile, owned by the candidates app. Its unused
    "time zone for interviews" is left out: the time zone is set once, in its own section."""
    from apps.candidates.forms import ProfileForm as CandidateProfileForm
    from apps.candidates.selectors import profile_for

    class SearchProfileForm(CandidateProfileForm):
        timezone = None

        class Meta(CandidateProfileForm.Meta):
            fields = ["headline", "target_roles", "location"]

    return SearchProfileForm(data, instance=profile_for(user=request.user), prefix="search")


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    form = ProfileForm(initial={"full_name": user.full_name}, prefix="profile")
    search_form = _search_profile_form(request) if user.is_candidate else None
    if request.method == "POST" and request.POST.get("form") == "search" and user.is_candidate:
        from apps.candidates.services import profile_update

        search_form = _search_profile_form(request, request.POST)
        if search_form.is_valid():
            try:
                profile_update(user=user, **{name: search_form.cleaned_data[name] for name in search_form.Meta.fields})
            except ValidationError as error:
                add_validation_errors(search_form, error)
            else:
                messages.success(request, "What you're looking for is saved.")
                return redirect("accounts:settings")
    elif request.method == "POST":
        form = ProfileForm(request.POST, prefix="profile")
        if form.is_valid():
            try:
                user_update_profile(user=user, **form.cleaned_data)
            except ValidationError as error:
                add_validation_errors(form, error)
            else:
                messages.success(request, "Your name is saved.")
                return redirect("accounts:settings")
    return _render(request, "profile", {"form": form, "search_form": search_form})


@login_required
@require_http_methods(["GET", "POST"])
def time(request):
    # Bound to a fresh copy, so a refused change never touches the saved row.
    form = TimeForm(request.POST or None, instance=preferences_for(user=request.user))
    if request.method == "POST" and form.is_valid():
        try:
            preferences_update(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Your time zone and quiet hours are saved.")
            return redirect("accounts:settings-time")
    return _render(request, "time", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def notifications(request):
    preferences = preferences_for(user=request.user)
    form = NotificationChoicesForm(
        request.POST if request.method == "POST" else None,
        user=request.user,
        initial={
            "email_on": [name for name, _ in _email_choices(request.user) if name not in preferences.email_off_kinds],
            "weekly_digest": weekly_digest_choice(preferences),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            notification_choices_update(
                user=request.user,
                email_on=set(form.cleaned_data["email_on"]),
                weekly_digest=form.cleaned_data["weekly_digest"],
            )
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            messages.success(request, "Your notification choices are saved.")
            return redirect("accounts:settings-notifications")
    return _render(request, "notifications", {"form": form})


def _email_choices(user):
    return NotificationChoicesForm(user=user).fields["email_on"].choices


@login_required
@require_http_methods(["GET", "POST"])
def api(request):
    form = TokenCreateForm(request.POST if request.method == "POST" else None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        try:
            token, new_key = api_token_create(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            # Rendered, not redirected: the key must not travel in a URL or sit in the session.
            messages.success(request, f"Your token “{token.name}” is ready. Copy it now — we show it only once.")
            form = TokenCreateForm()
    status = 400 if form.is_bound and form.errors else 200
    context = {"form": form, "tokens": api_tokens_of(user=request.user), "new_key": new_key}
    response = _render(request, "api", context, status=status)
    if new_key:
        response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def api_token_revoke_page(request, pk):
    """GET asks for confirmation in words; POST revokes. Someone else's token is a 404."""
    token = get_for_user(api_tokens_visible_to(request.user), pk, user=request.user, can_change=can_change_api_token)
    if request.method == "POST":
        api_token_revoke(token=token, actor=request.user)
        messages.success(request, f"“{token.name}” is revoked. Scripts using it stop working now.")
        return redirect("accounts:settings-api")
    return _render(request, "api_revoke", {"token": token})


@candidate_required
@require_safe
def calendar(request):
    from apps.candidates.permissions import calendar_feeds_visible_to

    return _render(request, "calendar", {"feed": calendar_feeds_visible_to(request.user).first()})


@candidate_required
@require_safe
def data(request):
    return _render(request, "data", {"audit_events": audit_events_about(user=request.user)[:AUDIT_EVENTS_SHOWN]})


@login_required
@require_safe
def activity(request):
    if request.user.is_candidate:
        return redirect("accounts:settings-data")
    return _render(request, "activity", {"audit_events": audit_events_about(user=request.user)[:AUDIT_EVENTS_SHOWN]})


@require_safe
def legacy_data(request):
    """/dashboard/data/ became Settings → Your data."""
    return redirect("accounts:settings-data", permanent=True)
