"""A URLconf for error-handler tests: the real routes plus views that fail on purpose."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from rest_framework.views import APIView

from config.urls import handler403, handler404, handler500
from config.urls import urlpatterns as real_urlpatterns

__all__ = ["handler403", "handler404", "handler500", "urlpatterns"]


class BoomApi(APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request):
        raise RuntimeError("an unexpected bug")


class ForbiddenApi(APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request):
        raise PermissionDenied


def boom_page(request):
    raise RuntimeError("an unexpected bug")


def forbidden_page(request):
    raise PermissionDenied("Only Cara can change this application. Nothing was changed.")


urlpatterns = [
    path("api/v1/boom/", BoomApi.as_view()),
    path("api/v1/forbidden/", ForbiddenApi.as_view()),
    path("boom/", boom_page),
    path("forbidden/", forbidden_page),
    *real_urlpatterns,
]
