"""Everything under /api/v1/. Each app contributes its own api/urls.py."""

from django.urls import include, path

urlpatterns = [
    path("", include("apps.accounts.api.urls")),
    path("", include("apps.reminders.api.urls")),
    path("", include("apps.candidates.api.urls")),
    path("", include("apps.feedback.api.urls")),
    path("", include("apps.recruiters.api.urls")),
]
