from tests.authz.base import API_ANON, LOGIN, Route, everyone, signed_in

ROUTES = [
    Route("core:landing", everyone(302, anon=200)),
    Route("core:home", signed_in(302)),
    Route("core:healthz", everyone(200)),
    Route("api-schema", everyone(200)),
    Route("api-docs", everyone(200)),
    Route("admin:index", everyone(302, staff=200)),
]

# The admin guards its own pages (staff only); the index row above proves the gate.
EXEMPT_PREFIXES = ("admin:",)

__all__ = ["API_ANON", "LOGIN", "ROUTES", "EXEMPT_PREFIXES"]
