from django.urls import path

from . import views

app_name = "reminders"

urlpatterns = [
    path("", views.notification_list, name="notification-list"),
    path("bell/", views.notification_bell, name="notification-bell"),
    path("<uuid:public_id>/read/", views.notification_read, name="notification-read"),
    path("read-all/", views.notification_read_all, name="notification-read-all"),
    path("preferences/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
