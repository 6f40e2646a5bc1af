"""The authorization matrix: every URL pattern × role × owner.

Each app keeps its rows in ``tests/authz/<app>.py`` as ``ROUTES`` (a list of ``Route``) and,
when its routes need objects, a ``build(world)`` that creates them *owned by Cara* and
stores them on ``world``. ``tests/test_authorization_matrix.py`` requests every route as
every role and compares the status; a URL pattern with no row fails the suite.

The world is built once for the whole matrix and every case runs in a savepoint that is rolled
back, so a row may delete or change its object freely: the next case sees it as ``build`` left
it. ``build`` itself runs once, before any case, inside that shared transaction.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

ROLES = ("anon", "candidate", "other_candidate", "recruiter", "other_recruiter", "staff")

# Shorthands for common expectations.
LOGIN = 302  # anonymous visitors are sent to the log-in page
API_ANON = 401  # the API answers anonymous calls with 401 and the error shape


@dataclass
class World:
    """The personas plus whatever objects the apps' ``build`` hooks create."""

    candidate: object
    other_candidate: object
    recruiter: object
    other_recruiter: object
    staff: object
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["objects"][name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class Route:
    name: str
    expect: dict[str, int]
    method: str = "get"
    kwargs: Callable[[World], dict] | None = None
    data: Callable[[World], dict] | dict | None = None
    content_type: str | None = None
    query: str = ""

    def __post_init__(self):
        missing = set(ROLES) - set(self.expect)
        if missing:
            raise ValueError(f"{self.name}: no expected status for {sorted(missing)}")

    @property
    def id(self) -> str:
        return f"{self.method.upper()} {self.name}"


def everyone(status: int, **overrides) -> dict[str, int]:
    return dict.fromkeys(ROLES, status) | overrides


def signed_in(status: int, anon: int = LOGIN, **overrides) -> dict[str, int]:
    return dict.fromkeys(ROLES, status) | {"anon": anon} | overrides
