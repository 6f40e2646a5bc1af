from django.urls import path

from . import views

app_name = "reminders-api"

urlpatterns = [
    path("notifications/", views.NotificationListApi.as_view(), name="notification-list"),
    path("notifications/unread-count/", views.NotificationUnreadCountApi.as_view(), name="notification-unread-count"),
    path("notifications/read-all/", views.NotificationReadAllApi.as_view(), name="notification-read-all"),
    path("notifications/<uuid:public_id>/read/", views.NotificationReadApi.as_view(), name="notification-read"),
]
