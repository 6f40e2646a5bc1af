"""The hiring manager's reply page, mounted at ``/reply/`` (no log-in)."""

from django.urls import path

from apps.feedback import reply_views

app_name = "reply"

urlpatterns = [
    path("done/", reply_views.reply_done, name="done"),
    path("<str:token>/", reply_views.reply_page, name="page"),
]
