from apps.core.navigation import items_for


def navigation(request):
    """The shell's links for this person: ``nav_items`` (the role's destinations) and
    ``account_items`` (settings, admin), from the navigation registry. No query."""
    items = items_for(getattr(request, "user", None), request.path)
    return {"nav_items": items["main"], "account_items": items["account"]}
