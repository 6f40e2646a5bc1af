"""The one fetch-and-authorise step every app's getters share.

Each app writes ``<thing>_get_for_user(user, pk, *, for_change=False)`` in its own
``permissions.py`` as a one-liner over this function, beside ``<things>_visible_to(user)`` and
``can_change_<thing>(user, obj)``. Pages and API views call those getters; nothing else fetches
an object by id.

- outside the user's queryset (or a malformed id) → ``Http404``: an outsider learns nothing;
- visible but the rule refuses the change → ``PermissionDenied`` (403).

Both exceptions are Django's own, so pages get the 404/403 templates and the API gets its error
shape from the same raise.
"""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

FORBIDDEN_MESSAGE = "You can see this, but only its owner can change it."


def _as_pk(pk) -> int | None:
    try:
        value = int(pk)
    except (TypeError, ValueError):
        return None
    # Out-of-range ids would overflow a bigint column on PostgreSQL: they match nothing.
    return value if 0 < value < 2**63 else None


def get_for_user[T: Model](
    queryset: QuerySet[T],
    pk,
    *,
    user,
    can_change: Callable[[object, T], bool] | None = None,
    message: str = FORBIDDEN_MESSAGE,
) -> T:
    """The row ``pk`` from an already user-scoped ``queryset``; 404 if absent, 403 if ``can_change`` refuses."""
    value = _as_pk(pk)
    obj = queryset.filter(pk=value).first() if value is not None else None
    if obj is None:
        raise Http404
    if can_change is not None and not can_change(user, obj):
        raise PermissionDenied(message)
    return obj
