from django.urls import reverse


def navigation(request):
    """The top bar's links, by role. Each role sees only where it may go."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    if user.is_recruiter:
        items = [("Work queue", reverse("recruiters:home"))]
    elif user.is_candidate:
        items = [("Dashboard", reverse("candidates:dashboard"))]
    else:
        items = []
    items.append(("Settings", reverse("accounts:settings")))
    if user.is_staff:
        items.append(("Admin", reverse("admin:index")))
    current = request.path
    return {
        "nav_items": [
            {"label": label, "url": url, "current": current == url or (url != "/" and current.startswith(url))}
            for label, url in items
        ]
    }
