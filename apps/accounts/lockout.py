"""What a locked-out person sees: the reason and when they can try again."""

from axes.utils import reset as axes_reset
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render

from apps.core.api.errors import error_body


def lockout_seconds() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def lockout_response(request, original_response=None, credentials=None):
    minutes = lockout_seconds() // 60
    message = (
        f"Too many failed sign-ins for this account. For your safety it is locked for {minutes} minutes. "
        "Nothing in your account has changed. Wait, or reset your password to get back in now."
    )
    if request.path.startswith("/api/"):
        # Every 429 says when to come back, as the throttles' do.
        response = JsonResponse(error_body("locked_out", message, retry_after=lockout_seconds()), status=429)
    else:
        response = render(request, "accounts/locked_out.html", {"message": message, "minutes": minutes}, status=429)
    response["Retry-After"] = str(lockout_seconds())
    return response


def lockout_username(request, credentials=None) -> str | None:
    """The account an attempt counts against: the e-mail in lower case.

    Log-in matches e-mail case-blind, so counting "Cara@…" apart from "cara@…" would let
    anyone dodge the lockout by changing letter case (axes compares usernames exactly).
    """
    if credentials:
        username = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    else:
        username = getattr(request, "data", request.POST).get(settings.AXES_USERNAME_FORM_FIELD)
    return username.strip().lower() if isinstance(username, str) else username


def lockout_lift(*, user) -> None:
    """Forget the failed sign-ins for this account (after a reset proved the mailbox is theirs)."""
    axes_reset(username=user.email.lower())
