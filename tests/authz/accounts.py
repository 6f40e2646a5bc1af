from apps.accounts.services import api_token_create
from tests.authz.base import API_ANON, Route, everyone, signed_in


def build(world):
    world.objects["api_token"] = api_token_create(user=world.candidate, name="Cara's script")[0]


def _token(world):
    return {"pk": world.api_token.pk}


CANDIDATE_SECTION = {"candidate": 200, "other_candidate": 200}  # others are sent home (302)

ROUTES = [
    Route("accounts:signup", everyone(302, anon=200)),
    Route("accounts:signup-sent", everyone(200)),
    Route("accounts:login", everyone(302, anon=200)),
    Route("accounts:logout", everyone(302), method="post"),
    Route("accounts:settings", signed_in(200)),
    Route("accounts:settings-time", signed_in(200)),
    Route("accounts:settings-notifications", signed_in(200)),
    Route("accounts:settings-api", signed_in(200)),
    # Only Cara's own token: everyone else gets a 404, never a 403.
    Route("accounts:token-revoke", signed_in(404, candidate=200), kwargs=_token),
    Route("accounts:token-revoke", signed_in(404, candidate=302), method="post", kwargs=_token),
    Route("accounts:settings-calendar", signed_in(302, **CANDIDATE_SECTION)),
    Route("accounts:settings-data", signed_in(302, **CANDIDATE_SECTION)),
    Route("accounts:settings-activity", signed_in(200, candidate=302, other_candidate=302)),
    Route("accounts:legacy-data", everyone(301)),
    Route("accounts:password-change", signed_in(200)),
    Route("accounts:password-reset", everyone(200)),
    Route("accounts:password-reset-sent", everyone(200)),
    Route("accounts:password-reset-confirm", everyone(200), kwargs=lambda w: {"uidb64": "MQ", "token": "bad-token"}),
    Route("accounts:password-reset-complete", everyone(200)),
    Route(
        "accounts-api:token-obtain", everyone(400), method="post", data={"email": "nobody@example.com", "password": "x"}
    ),
    Route("accounts-api:token-revoke", signed_in(204, anon=API_ANON), method="delete"),
    Route("accounts-api:tokens", signed_in(200, anon=API_ANON)),
    # A browser session may create a token for itself; anyone else needs a real e-mail and password.
    Route(
        "accounts-api:tokens",
        signed_in(201, anon=400),
        method="post",
        data={"email": "nobody@example.com", "password": "x", "name": "Script"},
    ),
    Route("accounts-api:token-delete", signed_in(404, anon=API_ANON, candidate=204), method="delete", kwargs=_token),
    Route("accounts-api:me", signed_in(200, anon=API_ANON)),
    Route("accounts-api:me-preferences", signed_in(200, anon=API_ANON), method="patch", data={"weekly_digest": False}),
]
