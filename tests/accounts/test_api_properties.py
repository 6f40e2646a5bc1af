"""Property: whatever JSON arrives, the API answers without a server error and in its shape."""

import json
import zoneinfo

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from apps.accounts.models import NotificationPreferences

pytestmark = pytest.mark.django_db

TOKEN = "/api/v1/auth/token/"
PREFERENCES = "/api/v1/me/preferences/"
ZONES = sorted(zoneinfo.available_timezones())

# Any JSON document, with text that may hold any code point. Lone surrogates, NUL and
# right-to-left marks are rare in a uniform draw, so they are mixed in on purpose
# (json.dumps writes surrogates as \\udXXX escapes, which JSON parsers accept).
awkward = st.sampled_from(["\ud800", "\udfff", "\x00", "\u202e", "\ufeff", "é", "😀", "/", "@", " "])
any_text = st.text(st.characters(exclude_categories=()) | awkward, max_size=40)
scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | any_text
any_json = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4), max_leaves=12
)
# A real zone name with an awkward character in it: refused, and the refusal echoes it.
near_zones = st.builds(lambda zone, char: zone + char, st.sampled_from(ZONES), awkward)
times = st.sampled_from(["22:00", "07:30", "00:00", "23:59:59", "24:00", "7", "noon", ""]) | st.times().map(str)

token_bodies = any_json | st.fixed_dictionaries(
    {},
    optional={
        "email": st.emails() | any_text | any_json,
        "password": any_text | any_json,
    },
)
preference_bodies = any_json | st.fixed_dictionaries(
    {},
    optional={
        "timezone": st.sampled_from(ZONES) | near_zones | any_text | any_json,
        "quiet_hours_start": st.none() | times | any_json,
        "quiet_hours_end": st.none() | times | any_json,
        "weekly_digest": st.booleans() | any_json,
        "email_off_kinds": st.lists(any_text, max_size=60) | any_json,
    },
)

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


def _assert_sane(response, allowed_success: int):
    assert response.status_code < 500, response.content[:500]
    body = response.json()
    if response.status_code >= 400:
        assert set(body) == {"error"}, body
        extra = {"retry_after"} if body["error"].get("code") == "throttled" else set()
        assert set(body["error"]) == {"code", "message", "fields"} | extra, body
        assert isinstance(body["error"]["code"], str) and body["error"]["message"]
        assert isinstance(body["error"]["fields"], dict)
    else:
        assert response.status_code == allowed_success


def _send(client: Client, method: str, path: str, document) -> object:
    payload = json.dumps(document)  # ensure_ascii: lone surrogates travel as escapes
    return getattr(client, method)(path, payload, content_type="application/json")


@SETTINGS
@given(document=token_bodies)
@example(document={"email": "cara@example.com", "password": "\ud800"})
@example(document={"email": "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".example.com", "password": "x"})
def test_it_never_fails_on_any_json_posted_for_a_token(candidate, document):
    _assert_sane(_send(Client(), "post", TOKEN, document), allowed_success=201)


@SETTINGS
@given(document=preference_bodies)
@example(document={"timezone": "Europe/Berlin\ud800"})  # echoed in "… is not a valid choice"
@example(document={"email_off_kinds": ["\udfff"], "quiet_hours_start": "\ud800"})
def test_it_never_fails_on_any_json_patched_into_preferences_and_keeps_the_row_on_refusal(candidate, document):
    client = Client()
    client.force_login(candidate)
    before = NotificationPreferences.objects.filter(user=candidate).values().get()

    response = _send(client, "patch", PREFERENCES, document)

    _assert_sane(response, allowed_success=200)
    after = NotificationPreferences.objects.filter(user=candidate).values().get()
    if response.status_code >= 400:
        assert after == before
    else:
        answered = response.json()
        assert answered["timezone"] == after["timezone"]
        assert answered["weekly_digest"] == after["weekly_digest"]
        assert answered["email_off_kinds"] == after["email_off_kinds"]
        assert (after["quiet_hours_start"] is None) == (after["quiet_hours_end"] is None)
