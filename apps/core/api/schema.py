from drf_spectacular.openapi import AutoSchema as BaseAutoSchema


class AutoSchema(BaseAutoSchema):
    """Name schema components after the view that nests them.

    House style nests ``InputSerializer``/``OutputSerializer`` inside each ``<Entity><Action>Api``;
    by class name alone they would all be called "Input"/"Output" and overwrite each other.
    ``MeApi.OutputSerializer`` becomes ``MeOutput``.
    """

    def get_serializer_name(self, serializer, direction):
        parts = type(serializer).__qualname__.split(".")
        if len(parts) >= 2:
            return parts[-2].removesuffix("Api") + parts[-1]
        return super().get_serializer_name(serializer, direction)


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "fields"],
            "properties": {
                "code": {"type": "string", "example": "validation_error"},
                "message": {"type": "string", "example": "Some fields need another look."},
                "fields": {
                    "type": "object",
                    "additionalProperties": True,
                    "example": {"email": ["Enter a valid email address."]},
                },
            },
            "additionalProperties": True,
        }
    },
}

ERROR_RESPONSES = {
    "400": "The input was refused; `error.fields` says which field and why. Nothing was changed.",
    "401": "No valid credentials: send `Authorization: Token <key>` or use a browser session.",
    "403": "You can see this, but may not do that.",
    "404": "Not found — or not yours to see.",
    "405": "That HTTP method is not allowed here.",
    "406": "The requested response format is not available (use JSON).",
    "413": "The request body is over 1 MiB.",
    "415": "Send JSON (`Content-Type: application/json`).",
    "429": "Too many requests; `error.retry_after` says how many seconds to wait.",
}


def add_error_responses(result, generator, request, public):
    """drf-spectacular post-processing hook: document the one error shape on every operation."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERROR_RESPONSES.items():
                responses.setdefault(status, {"description": description, "content": ref})
    return result
