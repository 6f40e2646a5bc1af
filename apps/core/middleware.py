"""The core middleware: what every request goes through, whichever app answers it. One class,
placed before CommonMiddleware:

- under ``/api/`` a missing trailing slash is added *inside* the request (a redirect would turn a
  POST into a GET and lose its body), a path that matches nothing answers the API's 404 error
  shape even with DEBUG on (Django's technical 404 page is HTML), and oversized bodies are
  refused up front with 413;
- every signed-in page is rendered in the person's own time zone: ``process_view`` runs after
  the authentication middleware, just before the view, and the zone is dropped after the
  response. The API keeps answering in UTC, whoever asks;
- text PostgreSQL can't store (NUL, lone surrogates) in the path, the query string, form
  fields or upload names is refused with 400 before any view sees it, so no view needs its own
  check (JSON bodies are checked by the API's parser, CSV contents by the CSV reader).
"""

import zoneinfo

from django.conf import settings
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.utils import timezone

from apps.core.api.errors import error_response
from apps.core.validators import UNSTORABLE_MESSAGE, has_unstorable

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
        # Here rather than in __call__: the 400 page needs the signed-in person, and the CSRF
        # check (which reads the form) comes after this one.
        if _holds_unstorable_text(request):
            if request.path_info.startswith(API_PREFIX):
                return error_response("unstorable_text", UNSTORABLE_MESSAGE, 400)
            return render(request, "errors/400.html", {"message": UNSTORABLE_MESSAGE}, status=400)
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


FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _any_unstorable(query_dict) -> bool:
    return any(has_unstorable(key) or any(map(has_unstorable, values)) for key, values in query_dict.lists())


def _holds_unstorable_text(request) -> bool:
    if has_unstorable(request.path_info) or _any_unstorable(request.GET):
        return True
    if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
        if _any_unstorable(request.POST):
            return True
        return any(has_unstorable(upload.name or "") for upload in request.FILES.values())
    return False


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
