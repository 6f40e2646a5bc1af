from tests.authz.base import API_ANON, LOGIN, Route, everyone, signed_in

ROUTES = [
    Route("core:landing", everyone(302, anon=200)),
    Route("core:home", signed_in(302)),
    # Public and the same for every role; 503 here because no sweeper runs in the test world.
    Route("core:healthz", everyone(503)),
    Route("api-schema", everyone(200)),
    Route("api-docs", everyone(200)),
    Route("admin:index", everyone(302, staff=200)),
]

# The admin guards its own pages (staff only); the index row above proves the gate.
EXEMPT_PREFIXES = ("admin:",)

__all__ = ["API_ANON", "LOGIN", "ROUTES", "EXEMPT_PREFIXES"]
