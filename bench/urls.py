"""The benchmark's URLconf: the two baselines in front of the real URLs.

``bare`` is the cheapest Django answer (no database, no authentication). ``floor`` is the least
a real request costs here: the production middleware, the same authentication as the target
(the session for pages, an API token for the API) and one indexed single-row query rendered as
JSON. Neither caches anything a target could not.
"""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import include, path
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.candidates.models import Application


def bare(request):
    return JsonResponse({"ok": True})


def _one_row(user, pk):
    return Application.objects.filter(pk=pk, owner=user).values("id", "role_title", "stage").first() or {}


@login_required
def floor_page(request, pk):
    return JsonResponse(_one_row(request.user, pk))


class FloorApi(APIView):
    # The project's authentication classes (token first); no throttle: the floor is the least a
    # request can cost, and throttling is a cost the API targets pay on top.
    permission_classes = [IsAuthenticated]
    throttle_classes = []

    def get(self, request, pk):
        return Response(_one_row(request.user, pk))


urlpatterns = [
    path("__bench__/bare/", bare),
    path("__bench__/floor/page/<int:pk>/", floor_page),
    path("__bench__/floor/api/<int:pk>/", FloorApi.as_view()),
    path("", include("config.urls")),
]
