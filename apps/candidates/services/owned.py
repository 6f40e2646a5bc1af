"""Ids that arrive in a request body (``application_id``, ``company_id``, ``interviewer_ids``…),
resolved inside the owner's scope — the one place that does it. Serializers and forms only
describe shape; the services call these before they write.

Each goes through the same getter pages and API views use, so an id outside the owner's scope
is refused the same way everywhere: as a field error ("You have no … with this id"), never as a
hint that the row exists.
"""

from collections.abc import Callable, Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from apps.candidates.models import Application, Company, Contact
from apps.candidates.permissions import (
    application_get_for_user,
    can_change_contact,
    company_get_for_user,
    contacts_visible_to,
)


def _owned[T](getter: Callable[..., T], owner, pk, *, field: str, message: str) -> T:
    try:
        return getter(owner, pk, for_change=True)
    except (Http404, PermissionDenied):
        raise ValidationError({field: message}) from None


def owned_application(*, owner, pk, field: str = "application_id") -> Application:
    return _owned(application_get_for_user, owner, pk, field=field, message="You have no application with this id.")


def owned_company(*, owner, pk, field: str = "company_id") -> Company:
    return _owned(company_get_for_user, owner, pk, field=field, message="You have no company with this id.")


def owned_contacts(*, owner, ids: Iterable[int], field: str = "interviewer_ids") -> list[Contact]:
    """The owner's contacts with these ids, in the order given; any id that is not one is refused. 1 query."""
    wanted = list(dict.fromkeys(ids))
    if any(not isinstance(pk, int) or not 0 < pk < 2**63 for pk in wanted):
        raise ValidationError({field: "Some of these are not your contacts."})
    found = {contact.pk: contact for contact in contacts_visible_to(owner).filter(pk__in=wanted)}
    if len(found) != len(wanted) or not all(can_change_contact(owner, contact) for contact in found.values()):
        raise ValidationError({field: "Some of these are not your contacts."})
    return [found[pk] for pk in wanted]
