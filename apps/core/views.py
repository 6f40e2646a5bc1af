from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from apps.core.api.errors import error_response
from apps.core.health import health_report


def _wants_json(request) -> bool:
    return request.path.startswith("/api/")


@require_safe
def landing(request):
    if request.user.is_authenticated:
        return redirect("core:home")
    return render(request, "core/landing.html")


@login_required
def home(request):
    """Where a signed-in person belongs, by role."""
    user = request.user
    if user.is_recruiter:
        return redirect("recruiters:home")
    if user.is_candidate:
        return redirect("candidates:dashboard")
    return redirect("admin:index")


@never_cache
@require_safe
def healthz(request):
    """503 names what is wrong: the database, the broker, or a periodic job (the sweeper)
    that has not finished within its allowed age."""
    healthy, body = health_report()
    return JsonResponse(body, status=200 if healthy else 503)


def page_not_found(request, exception=None):
    if _wants_json(request):
        return error_response("not_found", "Not found.", 404)
    return render(request, "errors/404.html", status=404)


def permission_denied(request, exception=None):
    if _wants_json(request):
        return error_response("permission_denied", "You may not do that.", 403)
    message = str(exception) if exception and str(exception) else ""
    return render(request, "errors/403.html", {"exception": message}, status=403)


def server_error(request):
    if _wants_json(request):
        return error_response(
            "server_error", "Something went wrong on our side. Nothing you sent was lost; try again.", 500
        )
    return render(request, "errors/500.html", status=500)
