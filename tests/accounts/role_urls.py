"""A URLconf for permission tests: the real routes plus two API views guarded by role."""

from django.urls import path
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import IsCandidate, IsRecruiter
from config.urls import handler403, handler404, handler500
from config.urls import urlpatterns as real_urlpatterns

__all__ = ["handler403", "handler404", "handler500", "urlpatterns"]


class CandidateOnlyApi(APIView):
    permission_classes = [IsCandidate]

    def get(self, request):
        return Response({"ok": True})


class RecruiterOnlyApi(CandidateOnlyApi):
    permission_classes = [IsRecruiter]


urlpatterns = [
    path("api/v1/candidate-only/", CandidateOnlyApi.as_view()),
    path("api/v1/recruiter-only/", RecruiterOnlyApi.as_view()),
    *real_urlpatterns,
]
