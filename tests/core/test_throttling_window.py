"""The Redis window counter really limits, for every throttle class, and only an unreachable
cache (never a bug) lets requests through unthrottled."""

import pytest
from django.urls import reverse
from redis.exceptions import ConnectionError as RedisConnectionError

from apps.core.api import throttling

pytestmark = pytest.mark.django_db


class FakePipeline:
    def __init__(self, client):
        self.client = client

    def incr(self, key):
        self.client.counts[key] = self.client.counts.get(key, 0) + 1

    def expire(self, key, seconds, nx=False):
        self.key = key

    def execute(self):
        if self.client.down:
            raise RedisConnectionError("connection refused")
        return [self.client.counts[self.key] + self.client.offset, True]


class FakeRedis:
    def __init__(self, *, offset=0, down=False):
        self.counts, self.offset, self.down = {}, offset, down

    def pipeline(self, transaction=False):
        return FakePipeline(self)


@pytest.fixture
def redis_at(monkeypatch):
    def install(client):
        monkeypatch.setattr(throttling, "_redis_client", lambda: client)

    return install


def _token_request(anon_api, candidate):
    return anon_api.post(reverse("accounts-api:tokens"), {"email": candidate.email, "password": "wrong"}, format="json")


def test_the_scoped_token_throttle_counts_on_redis_and_answers_429(anon_api, candidate, redis_at):
    redis_at(FakeRedis(offset=10**6))
    assert _token_request(anon_api, candidate).status_code == 429


def test_under_the_rate_the_scoped_throttle_lets_the_request_reach_the_view(anon_api, candidate, redis_at):
    redis_at(FakeRedis())
    assert _token_request(anon_api, candidate).status_code == 400


def test_an_unreachable_redis_lets_requests_through(anon_api, candidate, redis_at):
    redis_at(FakeRedis(down=True))
    assert _token_request(anon_api, candidate).status_code == 400
