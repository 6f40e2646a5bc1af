"""The core middleware: what every request goes through, whichever app answers it. One class,
placed before CommonMiddleware:

- under ``/api/`` a missing trailing slash is added *inside* the request (a redirect would turn a
  POST into a GET and lose its body), a path that matches nothing answers the API's 404 error
  shape even with DEBUG on (Django's technical 404 page is HTML), and oversized bodies are
  refused up front with 413;
- every signed-in page is rendered in the person's own time zone: ``process_view`` runs after
  the authentication middleware, just before the view, and the zone is dropped after the
  response. The API keeps answering in UTC, whoever asks.
"""

import zoneinfo

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import timezone

from apps.core.api.errors import error_response

API_PREFIX = "/api/"


def _resolves(path: str, urlconf) -> bool:
    try:
        resolve(path, urlconf)
    except Resolver404:
        return False
    return True


class CoreRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(API_PREFIX):
            refused = self._refuse_large_body(request) or self._route(request)
            if refused is not None:
                return refused
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_view(self, request, view_func, view_args, view_kwargs):
        zone = _user_zone(request)
        if zone is not None:
            timezone.activate(zone)

    @staticmethod
    def _refuse_large_body(request):
        # DRF reads the body as a stream, so Django's DATA_UPLOAD_MAX_MEMORY_SIZE check (which
        # guards ``request.body``) would not stop a huge JSON document on its own.
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            return error_response(
                "body_too_large",
                f"The request body is {length:,} bytes; the limit is {limit:,} bytes (1 MiB).",
                413,
            )
        return None

    @staticmethod
    def _route(request):
        urlconf = getattr(request, "urlconf", None)
        path = request.path_info
        if _resolves(path, urlconf):
            return None
        if not path.endswith("/") and _resolves(f"{path}/", urlconf):
            request.path_info = f"{path}/"
            request.path = f"{request.path}/"
            return None
        return error_response("not_found", "There is nothing at this address. The API lives under /api/v1/.", 404)


def _user_zone(request) -> zoneinfo.ZoneInfo | None:
    if request.path_info.startswith(API_PREFIX):
        return None
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    # The account's one-to-one preferences row, cached on the user for the views that read it too.
    preferences = getattr(user, "preferences", None)
    name = getattr(preferences, "timezone", "")
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
