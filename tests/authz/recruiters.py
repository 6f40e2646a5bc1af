from tests.authz.base import Route, signed_in

ROUTES = [
    Route("recruiters:home", signed_in(302, recruiter=200, other_recruiter=200)),
]
