from django.urls import path

from . import views

app_name = "recruiters"

urlpatterns = [
    path("", views.home, name="home"),
]
