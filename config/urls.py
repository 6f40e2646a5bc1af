from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

urlpatterns = [
    path("", include("apps.core.urls")),
    path("", include("apps.accounts.urls")),
    path("dashboard/feedback/", include("apps.feedback.urls")),
    path("dashboard/recruiters/", include("apps.recruiters.candidate_urls")),
    path("dashboard/", include("apps.candidates.urls")),
    path("portal/", include("apps.recruiters.urls")),
    path("notifications/", include("apps.reminders.urls")),
    path("reply/", include("apps.feedback.reply_urls")),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("admin/", admin.site.urls),
]

handler404 = "apps.core.views.page_not_found"
handler403 = "apps.core.views.permission_denied"
handler500 = "apps.core.views.server_error"
