"""Signing up, logging in and out, and passwords."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods, require_safe

from apps.accounts.forms import EmailAuthenticationForm, SignupForm
from apps.accounts.lockout import lockout_lift
from apps.accounts.services import SIGNUP_ROLES, signup_request, user_password_changed
from apps.core.forms import add_validation_errors

SIGNUP_EMAIL_SESSION_KEY = "signup_email"


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("core:home")
    initial = {"role": request.GET.get("role")} if request.GET.get("role") in SIGNUP_ROLES else {}
    # Bound on every POST: an empty body must show "required" errors, not a fresh form.
    form = SignupForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            signup_request(**form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        else:
            # The same page whether the address was new or already had an account: the
            # e-mail that follows tells its owner which (nobody else learns it here).
            request.session[SIGNUP_EMAIL_SESSION_KEY] = form.cleaned_data["email"].strip().lower()
            return redirect("accounts:signup-sent")
    return render(request, "accounts/signup.html", {"form": form})


@require_safe
def signup_sent(request):
    return render(request, "accounts/signup_sent.html", {"email": request.session.get(SIGNUP_EMAIL_SESSION_KEY, "")})


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
        user_password_changed(user=self.request.user, how="changed")
        messages.success(
            self.request, "Your password is changed. You stay signed in here; your API tokens are revoked."
        )
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
        user_password_changed(user=form.user, how="reset")
        # The lockout page promises that a reset gets the person back in now.
        lockout_lift(user=form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
