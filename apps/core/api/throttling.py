"""Throttles that keep the API answering when the cache (Redis) is down, and that cost one
round trip when it is up.

Counting requests needs the cache; losing the cache must not turn every API call into a 500.
While it is unreachable the request is allowed and a warning is logged — rate limiting pauses,
the product keeps working.

On Redis a caller's requests are counted in fixed windows of the rate's period: one pipelined
``INCR`` + ``EXPIRE … NX`` on a client built once per process (its connection pool is reused),
instead of DRF's read-modify-write of a timestamp list (a GET and a SET that two workers can
interleave). A fixed window can let a caller through up to twice the rate across a window's
edge; for abuse protection that is the usual trade. Other caches keep DRF's own counting.
"""

import logging
from functools import cache as once

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError
from rest_framework import throttling

logger = logging.getLogger(__name__)


@once
def _redis_client():
    """The default cache's Redis client, or None for another backend. Built once per process."""
    if not isinstance(cache, RedisCache) and not isinstance(getattr(cache, "_wrapped", None), RedisCache):
        return None
    return cache._cache.get_client(None, write=True)


class _WindowCounter:
    def allow_request(self, request, view):
        client = _redis_client()
        if client is None or getattr(self, "rate", None) is None:
            return super().allow_request(request, view)
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        now = self.timer()
        window = int(now // self.duration)
        key = cache.make_and_validate_key(f"{self.key}:{window}")
        pipe = client.pipeline(transaction=False)
        pipe.incr(key)
        pipe.expire(key, self.duration, nx=True)
        count, _ = pipe.execute()
        self._retry_after = (window + 1) * self.duration - now
        return count <= self.num_requests

    def wait(self):
        if getattr(self, "_retry_after", None) is not None:
            return self._retry_after
        return super().wait()


class _FailOpen:
    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except (RedisError, OSError) as error:  # only an unreachable cache opens the gate, never a bug
            logger.warning("Throttling skipped, the cache is unreachable: %s", error)
            return True


class _ScopeFirst:
    """DRF's scoped throttle learns its rate from the view inside ``allow_request``; the window
    counter needs it before it counts."""

    def allow_request(self, request, view):
        self.scope = getattr(view, self.scope_attr, None)
        if not self.scope:
            return True
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)


class AnonRateThrottle(_FailOpen, _WindowCounter, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_FailOpen, _WindowCounter, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(_FailOpen, _ScopeFirst, _WindowCounter, throttling.ScopedRateThrottle):
    pass
