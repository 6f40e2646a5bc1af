"""With the cache (Redis) unreachable, the API still answers: throttling pauses, nothing breaks."""

import time

import pytest
from django.core.cache import caches
from django.test import override_settings

DEAD_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


@pytest.fixture
def dead_cache():
    # Django's test signals rebuild the cache handler when CACHES changes.
    with override_settings(CACHES=DEAD_REDIS):
        assert caches["default"]._cache._servers == ["redis://127.0.0.1:1/0"]
        yield


@pytest.mark.django_db
def test_the_api_answers_when_the_cache_is_down(dead_cache, candidate_api, anon_api):
    started = time.monotonic()
    assert candidate_api.get("/api/v1/me/").status_code == 200
    response = anon_api.post("/api/v1/auth/token/", {"email": "nobody@example.com", "password": "x"}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_credentials"
    assert time.monotonic() - started < 10, "a request waited on the dead cache"
