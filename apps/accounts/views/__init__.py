"""Account pages: auth (sign-up, log-in, passwords) and the settings area."""

from apps.accounts.views import settings
from apps.accounts.views.auth import (
    LoginView,
    LogoutView,
    PasswordChangeView,
    PasswordResetCompleteView,
    PasswordResetConfirmView,
    PasswordResetDoneView,
    PasswordResetView,
    signup,
    signup_sent,
)

__all__ = [
    "LoginView",
    "LogoutView",
    "PasswordChangeView",
    "PasswordResetCompleteView",
    "PasswordResetConfirmView",
    "PasswordResetDoneView",
    "PasswordResetView",
    "settings",
    "signup",
    "signup_sent",
]
