"""``/me/export/``: everything you own, as one JSON document."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import IsCandidate
from apps.candidates import exporting
from apps.core.api.schema import errors


class DataExportApi(APIView):
    """Everything you own in Debrief, as one JSON document (the same as the page's download)."""

    permission_classes = [IsAuthenticated, IsCandidate]

    @extend_schema(
        operation_id="me_export",
        responses={200: OpenApiResponse(description="The export document.", response=dict), **errors(403)},
    )
    def get(self, request):
        return Response(exporting.export_data(user=request.user))
