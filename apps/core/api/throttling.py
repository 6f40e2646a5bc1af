"""Throttles that keep the API answering when the cache (Redis) is down.

Counting requests needs the cache; losing the cache must not turn every API call into a 500.
While it is unreachable the request is allowed and a warning is logged — rate limiting pauses,
the product keeps working.
"""

import logging

from rest_framework import throttling

logger = logging.getLogger(__name__)


class _FailOpen:
    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception as error:  # the cache backend's own connection errors vary by client
            logger.warning("Throttling skipped, the cache is unreachable: %s", error)
            return True


class AnonRateThrottle(_FailOpen, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_FailOpen, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(_FailOpen, throttling.ScopedRateThrottle):
    pass
