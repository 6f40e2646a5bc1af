from django.urls import path

from . import views

app_name = "accounts-api"

urlpatterns = [
    path("auth/token/", views.TokenObtainApi.as_view(), name="token-obtain"),
    path("auth/token/revoke/", views.TokenRevokeCurrentApi.as_view(), name="token-revoke"),
    path("auth/tokens/", views.TokensApi.as_view(), name="tokens"),
    path("auth/tokens/<int:pk>/", views.TokenRevokeApi.as_view(), name="token-delete"),
    path("me/", views.MeApi.as_view(), name="me"),
    path("me/preferences/", views.MePreferencesUpdateApi.as_view(), name="me-preferences"),
]
