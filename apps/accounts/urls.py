from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_sent, name="signup-sent"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    # The settings area: one section per page.
    path("settings/", views.settings.profile, name="settings"),
    path("settings/time/", views.settings.time, name="settings-time"),
    path("settings/notifications/", views.settings.notifications, name="settings-notifications"),
    path("settings/api/", views.settings.api, name="settings-api"),
    path("settings/api/<int:pk>/revoke/", views.settings.api_token_revoke_page, name="token-revoke"),
    path("settings/calendar/", views.settings.calendar, name="settings-calendar"),
    path("settings/data/", views.settings.data, name="settings-data"),
    path("settings/activity/", views.settings.activity, name="settings-activity"),
    # Old addresses of what is now in the settings area (included before the candidates app).
    path("dashboard/data/", views.settings.legacy_data, name="legacy-data"),
    path("password/change/", views.PasswordChangeView.as_view(), name="password-change"),
    path("password/reset/", views.PasswordResetView.as_view(), name="password-reset"),
    path("password/reset/sent/", views.PasswordResetDoneView.as_view(), name="password-reset-sent"),
    path(
        "password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path("password/reset/done/", views.PasswordResetCompleteView.as_view(), name="password-reset-complete"),
]
