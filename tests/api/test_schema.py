"""The schema describes what generated clients need: every 4xx with its error body, id filters as
integers from 1, the values ``ordering`` takes, and output enums by reference."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema(django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        return Client().get("/api/schema/", {"format": "json"}).json()


def _operations(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield f"{method.upper()} {path}", operation


def test_every_4xx_response_carries_an_error_body(schema):
    bare = [
        f"{name} {status}"
        for name, operation in _operations(schema)
        for status, response in operation["responses"].items()
        if status.startswith("4") and not response.get("content")
    ]
    assert bare == []


def test_every_operation_documents_404_and_429(schema):
    missing = [name for name, op in _operations(schema) if not {"404", "429"} <= set(op["responses"])]
    assert missing == []


def test_a_conflict_names_the_allowed_next_states(schema):
    conflict = schema["paths"]["/api/v1/applications/{id}/stage/"]["post"]["responses"]["409"]
    assert conflict["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ConflictError"}


def test_the_conflict_error_body_has_an_allowed_list(schema):
    error = schema["components"]["schemas"]["ConflictError"]["properties"]["error"]
    assert error["properties"]["allowed"]["type"] == "array"


def test_a_throttled_error_body_requires_retry_after(schema):
    error = schema["components"]["schemas"]["ThrottledError"]["properties"]["error"]
    assert "retry_after" in error["required"]


def _parameter(schema, path, name):
    parameters = schema["paths"][path]["get"]["parameters"]
    return next(parameter for parameter in parameters if parameter["name"] == name)


@pytest.mark.parametrize(
    "path,name",
    [
        ("/api/v1/applications/", "company"),
        ("/api/v1/interviews/", "application"),
        ("/api/v1/contacts/", "company"),
        ("/api/v1/contacts/", "application"),
    ],
)
def test_id_filters_are_integers_from_1(schema, path, name):
    assert _parameter(schema, path, name)["schema"]["type"] == "integer"
    assert _parameter(schema, path, name)["schema"]["minimum"] == 1


def test_ordering_lists_the_values_it_takes(schema):
    values = _parameter(schema, "/api/v1/interviews/", "ordering")["schema"]["enum"]
    assert values == ["created_at", "-created_at", "starts_at", "-starts_at"]


def test_output_stages_reference_the_stage_enum(schema):
    properties = schema["components"]["schemas"]["ApplicationOutput"]["properties"]
    assert properties["stage"] == {"$ref": "#/components/schemas/StageEnum"}


def test_an_unknown_ordering_value_is_ignored_rather_than_a_crash(candidate_api):
    assert candidate_api.get("/api/v1/applications/", {"ordering": "password"}).status_code == 200
