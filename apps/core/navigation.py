"""The top bar's destinations, registered by the apps that own them.

Each app keeps a ``navigation.py`` that registers its items; core's ``ready()`` discovers those
modules (the admin's autodiscover idiom), so core names no app and a new area adds a link without
touching the shell:

    from apps.core.navigation import NavItem, register
    register("feedback", NavItem("Feedback", "feedback:thread-list", audience="candidate", order=50))

``main`` items are the role's destinations (the top bar on a desktop, the menu on a phone);
``account`` items sit with the person's name (settings, admin). The current destination is the
item whose path (or one of its ``also`` paths) is the longest prefix of the request's path, so
``/dashboard/contacts/`` marks Contacts, not Dashboard.
"""

import logging
from dataclasses import dataclass
from typing import Literal

from django.core import checks
from django.urls import NoReverseMatch, reverse

from apps.core.registry import Registry

Audience = Literal["candidate", "recruiter", "staff", "signed_in"]


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    audience: Audience
    order: int = 100
    area: Literal["main", "account"] = "main"
    also: tuple[str, ...] = ()  # url names of pages that belong to this destination too

    def shown_to(self, user) -> bool:
        match self.audience:
            case "candidate":
                return bool(user.is_candidate)
            case "recruiter":
                return bool(user.is_recruiter)
            case "staff":
                return bool(user.is_staff)
        return True


nav_items: Registry[NavItem] = Registry("navigation item")
logger = logging.getLogger(__name__)


def register(name: str, item: NavItem) -> NavItem:
    return nav_items.register(name, item)


def _paths(item: NavItem) -> tuple[str, ...]:
    return tuple(reverse(name) for name in (item.url_name, *item.also))


def _reachable(item: NavItem) -> bool:
    # A link whose page is gone must not take every page down with it; ``manage.py check`` reports it.
    try:
        _paths(item)
    except NoReverseMatch:
        logger.error("Navigation item %r points at a missing URL name %r.", item.label, item.url_name)
        return False
    return True


@checks.register(checks.Tags.urls)
def check_navigation(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Every registered destination names a URL that exists."""
    errors = []
    for name, item in nav_items.items():
        try:
            _paths(item)
        except NoReverseMatch:
            errors.append(
                checks.Error(
                    f"Navigation item {name!r} ({item.label}) points at a URL name that does not exist.",
                    hint=f"Fix {item.url_name!r} (or its 'also' names) in the app's navigation.py.",
                    id="core.E101",
                )
            )
    return errors


def items_for(user, path: str) -> dict[str, list[dict]]:
    """``{"main": [...], "account": [...]}``, each ``{"label", "url", "current"}``, for this user. No query."""
    if user is None or not user.is_authenticated:
        return {"main": [], "account": []}
    shown = [item for item in nav_items.sorted() if item.shown_to(user) and _reachable(item)]
    best, best_length = None, -1
    for item in shown:
        for candidate in _paths(item):
            if (path == candidate or (candidate != "/" and path.startswith(candidate))) and len(
                candidate
            ) > best_length:
                best, best_length = item, len(candidate)
    result: dict[str, list[dict]] = {"main": [], "account": []}
    for item in shown:
        result[item.area].append({"label": item.label, "url": _paths(item)[0], "current": item is best})
    return result


# Core's own destination: Django's admin is not an app of ours that could carry a navigation.py.
register("admin", NavItem("Admin", "admin:index", audience="staff", order=90, area="account"))
