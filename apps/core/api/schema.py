"""The API schema's shared parts: component names, the one error shape, and the errors every
operation can return — documented *with their body*, so a generated client keeps them.

Each 4xx response points at a component: ``Error`` for most, ``ConflictError`` for 409 (with the
``allowed`` next states when a move is refused), ``ThrottledError`` for 429 (with ``retry_after``).
Views name the errors particular to them with ``errors(409, …)``; the post-processing hook adds the
ones every operation can meet (400, 401, 403, 404, 405, 406, 413, 415, 429) and gives any 4xx
declared without a body the right one.
"""

from drf_spectacular.openapi import AutoSchema as BaseAutoSchema
from drf_spectacular.utils import OpenApiResponse


class AutoSchema(BaseAutoSchema):
    """Name schema components after the view that nests them.

    House style nests input/output serializers inside each view; by class name alone they would
    all be called "Input"/"Output" and overwrite each other. ``MeApi.OutputSerializer`` becomes
    ``MeOutput``; ``ApplicationsApi.CreateInput`` becomes ``ApplicationsCreateInput``.
    """

    def get_serializer_name(self, serializer, direction):
        parts = type(serializer).__qualname__.split(".")
        if len(parts) >= 2:
            return parts[-2].removesuffix("Api") + parts[-1]
        return super().get_serializer_name(serializer, direction)


def _error_schema(extra_properties: dict | None = None, extra_required: tuple[str, ...] = ()) -> dict:
    return {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "fields", *extra_required],
                "properties": {
                    "code": {"type": "string", "example": "validation_error"},
                    "message": {"type": "string", "example": "Some fields need another look."},
                    "fields": {
                        "type": "object",
                        "additionalProperties": True,
                        "example": {"email": ["Enter a valid email address."]},
                    },
                    **(extra_properties or {}),
                },
                "additionalProperties": True,
            }
        },
    }


ERROR_SCHEMA = _error_schema()
CONFLICT_ERROR_SCHEMA = _error_schema(
    {
        "allowed": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Where it can go from here (with `impossible_stage_change`).",
        }
    }
)
THROTTLED_ERROR_SCHEMA = _error_schema(
    {"retry_after": {"type": "integer", "minimum": 0, "description": "Seconds to wait before trying again."}},
    ("retry_after",),
)
COMPONENTS = {"Error": ERROR_SCHEMA, "ConflictError": CONFLICT_ERROR_SCHEMA, "ThrottledError": THROTTLED_ERROR_SCHEMA}
COMPONENT_FOR_STATUS = {"409": "ConflictError", "429": "ThrottledError"}

ERROR_RESPONSES = {
    "400": "The input was refused; `error.fields` says which field and why. Nothing was changed.",
    "401": "No valid credentials: send `Authorization: Token <key>` or use a browser session.",
    "403": "You can see this, but may not do that.",
    "404": "Not found — or not yours to see.",
    "405": "That HTTP method is not allowed here.",
    "406": "The requested response format is not available (use JSON).",
    "409": "That is not possible in the current state; nothing was changed.",
    "413": "The request body is over 1 MiB (or the file over its limit).",
    "415": "Send JSON (`Content-Type: application/json`).",
    "429": "Too many requests; `error.retry_after` says how many seconds to wait.",
}
# Every operation can meet these; 409 only where a view names it.
EVERY_OPERATION = ("400", "401", "403", "404", "405", "406", "413", "415", "429")


def _ref(status: str) -> dict:
    return {"$ref": f"#/components/schemas/{COMPONENT_FOR_STATUS.get(status, 'Error')}"}


def errors(*statuses: int, descriptions: dict[int, str] | None = None) -> dict[int, OpenApiResponse]:
    """``responses={200: …, **errors(403, 409)}``: the operation's particular errors, with their body."""
    descriptions = descriptions or {}
    return {
        status: OpenApiResponse(
            response=_ref(str(status)), description=descriptions.get(status) or ERROR_RESPONSES[str(status)]
        )
        for status in statuses
    }


def add_error_responses(result, generator, request, public):
    """drf-spectacular post-processing hook: every operation documents its errors with their body."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(COMPONENTS)
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for status in EVERY_OPERATION:
                responses.setdefault(status, {"description": ERROR_RESPONSES[status]})
            for status, response in responses.items():
                if str(status).startswith("4") and not response.get("content"):
                    response["content"] = {"application/json": {"schema": _ref(str(status))}}
    return result
