"""The candidate's recruiter pages, mounted at /dashboard/recruiters/."""

from django.urls import path

from apps.recruiters.views import candidate_side as views

app_name = "representations"

urlpatterns = [
    path("", views.representation_list, name="list"),
    path("code/", views.code_redeem, name="code-redeem"),
    path("<int:pk>/accept/", views.representation_accept, name="accept"),
    path("<int:pk>/decline/", views.representation_decline, name="decline"),
    path("<int:pk>/shares/", views.representation_shares, name="shares"),
    path("<int:pk>/end/", views.representation_end, name="end"),
]
