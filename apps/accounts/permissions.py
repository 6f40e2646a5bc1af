"""Role rules, written once. Pages use the decorators, the API the permission classes."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from rest_framework.permissions import BasePermission

from apps.accounts.models import ApiToken


def can_use_candidate_area(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_candidate)


def can_use_recruiter_area(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_recruiter)


def _role_required(rule, area_name: str):
    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not rule(request.user):
                messages.info(request, f"That page is part of the {area_name}. Here is yours.")
                return redirect("core:home")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


candidate_required = _role_required(can_use_candidate_area, "candidate dashboard")
recruiter_required = _role_required(can_use_recruiter_area, "recruiter portal")


class IsCandidate(BasePermission):
    message = "Only candidates can do this."

    def has_permission(self, request, view):
        return can_use_candidate_area(request.user)


class IsRecruiter(BasePermission):
    message = "Only recruiters can do this."

    def has_permission(self, request, view):
        return can_use_recruiter_area(request.user)


def api_tokens_visible_to(user):
    """A person sees (and may revoke) only their own API tokens."""
    if not (user and user.is_authenticated):
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user=user)


def can_change_api_token(user, token) -> bool:
    return bool(user and user.is_authenticated and token.user_id == user.pk)
