from tests.authz.base import API_ANON, Route, everyone, signed_in

ROUTES = [
    Route("accounts:signup", everyone(302, anon=200)),
    Route("accounts:login", everyone(302, anon=200)),
    Route("accounts:logout", everyone(302), method="post"),
    Route("accounts:settings", signed_in(200)),
    Route("accounts:token-create", signed_in(302), method="post"),
    Route("accounts:token-revoke", signed_in(302), method="post"),
    Route("accounts:password-change", signed_in(200)),
    Route("accounts:password-reset", everyone(200)),
    Route("accounts:password-reset-sent", everyone(200)),
    Route("accounts:password-reset-confirm", everyone(200), kwargs=lambda w: {"uidb64": "MQ", "token": "bad-token"}),
    Route("accounts:password-reset-complete", everyone(200)),
    Route(
        "accounts-api:token-obtain", everyone(400), method="post", data={"email": "nobody@example.com", "password": "x"}
    ),
    Route("accounts-api:token-revoke", signed_in(204, anon=API_ANON), method="delete"),
    Route("accounts-api:me", signed_in(200, anon=API_ANON)),
    Route("accounts-api:me-preferences", signed_in(200, anon=API_ANON), method="patch", data={"weekly_digest": False}),
]
