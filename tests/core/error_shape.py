"""The API's one error shape, asserted the same way everywhere.

    {"error": {"code": "...", "message": "...", "fields": {...}}}

Only a throttled answer adds ``retry_after`` (seconds), so clients can back off.
"""

ERROR_KEYS = {"code", "message", "fields"}


def assert_api_error(response, *, status: int, code: str, extra_keys: tuple[str, ...] = ()) -> dict:
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == ERROR_KEYS | set(extra_keys), error
    assert error["code"] == code, error
    assert isinstance(error["message"], str), error
    assert error["message"].strip(), error
    assert isinstance(error["fields"], dict), error
    return error
