from django.conf import settings

from apps.core.api.errors import error_response


class ApiBodyLimitMiddleware:
    """Refuse oversized API bodies up front, in the API's error shape.

    DRF reads the body as a stream, so Django's DATA_UPLOAD_MAX_MEMORY_SIZE check (which
    guards ``request.body``) would not stop a huge JSON document on its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
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
        return self.get_response(request)
