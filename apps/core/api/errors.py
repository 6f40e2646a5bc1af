"""One error shape for the whole API:

    {"error": {"code": "validation_error", "message": "…", "fields": {"email": ["…"]}}}

``fields`` is present (possibly empty) on every error so clients need one code path.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from apps.core.errors import ApplicationError

_REPLACED_MESSAGES = {
    "parse_error": "The request body is not valid JSON.",
    "not_authenticated": "Sign in or send an API token (Authorization: Token <key>).",
    "authentication_failed": "That API token is not valid. Create a new one at /api/v1/auth/token/.",
}


def printable(text: str) -> str:
    """Echoed input may hold lone surrogates (legal as JSON escapes, not in UTF-8); rendering
    them would crash the response, so show them as backslash escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_body(code: str, message: str, fields: dict | None = None, **extra) -> dict:
    return {"error": {"code": code, "message": printable(message), "fields": fields or {}, **extra}}


def error_response(code: str, message: str, status_code: int, fields: dict | None = None) -> JsonResponse:
    """For the few places outside DRF (404/500 handlers, middleware) that answer for /api/."""
    return JsonResponse(error_body(code, message, fields), status=status_code)


def _as_field_errors(detail) -> dict:
    if isinstance(detail, dict):
        return {key: _flatten(value) for key, value in detail.items()}
    return {"non_field_errors": _flatten(detail)}


def _flatten(value) -> list | dict:
    if isinstance(value, dict):
        return {printable(str(key)): _flatten(item) for key, item in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            return [_flatten(item) for item in value]
        return [printable(str(item)) for item in value]
    return [printable(str(value))]


def api_exception_handler(exc, context):
    if isinstance(exc, ApplicationError):
        return Response(error_body(exc.code, exc.message, **exc.extra), status=exc.status)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real server error: Django's handler500 answers in the same shape

    if isinstance(exc, exceptions.ValidationError):
        fields = _as_field_errors(exc.detail)
        body = error_body("validation_error", "Some fields need another look.", fields)
    elif isinstance(exc, exceptions.Throttled):
        wait = int(exc.wait or 0)
        body = error_body("throttled", f"Too many requests. Try again in {wait} seconds.", retry_after=wait)
    else:
        codes = exc.get_codes()
        code = codes if isinstance(codes, str) else "error"
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        # Our own wording where DRF's default is terse; a view's explicit message otherwise.
        body = error_body(code, _REPLACED_MESSAGES.get(code, detail))
    response.data = body
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = "Token"
    return response
