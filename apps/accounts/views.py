from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods, require_POST
from rest_framework.authtoken.models import Token

from apps.accounts.forms import EmailAuthenticationForm, PreferencesForm, ProfileForm, SignupForm
from apps.accounts.lockout import lockout_lift
from apps.accounts.selectors import preferences_for
from apps.accounts.services import (
    SIGNUP_ROLES,
    api_token_create,
    api_token_revoke,
    preferences_update,
    user_create,
    user_update_profile,
)
from apps.core.forms import add_validation_errors
from apps.core.models import AuditEvent
from apps.core.selectors import audit_events_about
from apps.core.services import audit_record

AUDIT_EVENTS_SHOWN = 20


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("core:home")
    initial = {"role": request.GET.get("role")} if request.GET.get("role") in SIGNUP_ROLES else {}
    # Bound on every POST: an empty body must show "required" errors, not a fresh form.
    form = SignupForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            user = user_create(**form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"Welcome to Debrief, {user.first_name}.")
            return redirect("core:home")
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        response = super().form_valid(form)
        audit_record(actor=self.request.user, subject=self.request.user, action=AuditEvent.Action.PASSWORD_CHANGED)
        messages.success(self.request, "Your password is changed. You stay signed in here.")
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    subject_template_name = "emails/password-reset-subject.txt"
    email_template_name = "emails/password-reset-body.txt"
    html_email_template_name = "emails/password-reset-body.html"
    success_url = reverse_lazy("accounts:password-reset-sent")

    @property
    def extra_email_context(self):
        # Django's reset form renders the triad itself, without email_render's site_url.
        return {"site_url": settings.SITE_URL}


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password-reset-complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        # The lockout page promises that a reset gets the person back in now.
        lockout_lift(user=form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    """Profile, notification preferences, API access and the audit trail in one place."""
    user = request.user
    preferences = preferences_for(user=user)
    profile_form = ProfileForm(initial={"full_name": user.full_name}, prefix="profile")
    preferences_form = PreferencesForm(instance=preferences, prefix="prefs")

    if request.method == "POST":
        section = request.POST.get("section")
        if section == "profile":
            profile_form = ProfileForm(request.POST, prefix="profile")
            if profile_form.is_valid():
                try:
                    user_update_profile(user=user, **profile_form.cleaned_data)
                except ValidationError as error:
                    add_validation_errors(profile_form, error)
                else:
                    messages.success(request, "Your name is saved.")
                    return redirect("accounts:settings")
        elif section == "preferences":
            # Bound to a copy so a rejected change never touches the saved row.
            preferences_form = PreferencesForm(request.POST, instance=preferences_for(user=user), prefix="prefs")
            if preferences_form.is_valid():
                try:
                    preferences_update(user=user, **preferences_form.cleaned_data)
                except ValidationError as error:
                    add_validation_errors(preferences_form, error)
                else:
                    messages.success(request, "Your notification settings are saved.")
                    return redirect("accounts:settings")

    context = {
        "profile_form": profile_form,
        "preferences_form": preferences_form,
        "token": Token.objects.filter(user=user).first(),
        "audit_events": audit_events_about(user=user)[:AUDIT_EVENTS_SHOWN],
    }
    return render(request, "accounts/settings.html", context)


@login_required
@require_POST
def token_create(request):
    api_token_create(user=request.user)
    messages.success(request, "Your API token is ready. Keep it secret, like a password.")
    return redirect(f"{reverse_lazy('accounts:settings')}#api")


@login_required
@require_POST
def token_revoke(request):
    if api_token_revoke(user=request.user):
        messages.success(request, "The API token is revoked. Scripts using it stop working now.")
    else:
        messages.info(request, "There was no API token to revoke.")
    return redirect(f"{reverse_lazy('accounts:settings')}#api")
