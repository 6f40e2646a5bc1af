from django.urls import reverse


def navigation(request):
    """The top bar's links, by role. Each role sees only where it may go."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    if user.is_recruiter:
        items = [("Work queue", reverse("recruiters:home"))]
    elif user.is_candidate:
        items = [
            ("Dashboard", reverse("candidates:dashboard")),
            ("Applications", reverse("candidates:application-list")),
            ("Interviews", reverse("candidates:interview-list")),
            ("Contacts", reverse("candidates:contact-list")),
            ("Your data", reverse("candidates:data")),
        ]
    else:
        items = []
    items.append(("Settings", reverse("accounts:settings")))
    if user.is_staff:
        items.append(("Admin", reverse("admin:index")))
    current = request.path
    # The longest matching link is the current one (/dashboard/contacts/ is Contacts, not Dashboard).
    matches = [url for _, url in items if current == url or (url != "/" and current.startswith(url))]
    best = max(matches, key=len, default=None)
    return {"nav_items": [{"label": label, "url": url, "current": url == best} for label, url in items]}
