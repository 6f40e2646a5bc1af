"""The client's address, by one rule for throttles and the log-in lockout.

Behind N trusted proxies (``TRUSTED_PROXY_COUNT``, default 0) the client is the N-th address
from the right of ``X-Forwarded-For``: each proxy appends the address it saw, so everything to
the left of that was written by the client and can be anything. With no trusted proxy the
header is ignored and the socket's address (``REMOTE_ADDR``) is used.

DRF's throttles apply the rule through ``NUM_PROXIES``; django-axes calls ``client_ip`` (its
``AXES_CLIENT_IP_CALLABLE``), which asks DRF for the same answer so the two cannot drift.
"""

import ipaddress

from rest_framework.throttling import BaseThrottle


def client_ip(request) -> str | None:
    """The address a throttle or a lockout should count against (always a valid IP, or None)."""
    address = BaseThrottle().get_ident(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        # A proxy passing on rubbish: count against the socket's address rather than a string
        # the client chose (and the lockout table's IP column would refuse).
        return request.META.get("REMOTE_ADDR")
