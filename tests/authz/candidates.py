from tests.authz.base import Route, signed_in

ROUTES = [
    Route("candidates:dashboard", signed_in(302, candidate=200, other_candidate=200)),
]
