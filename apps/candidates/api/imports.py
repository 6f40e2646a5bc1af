"""``/imports/`` (list, import CSV text) and ``/imports/{id}/`` (progress)."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.candidates import importing
from apps.candidates.api.serializers import ImportJobOutputSerializer
from apps.candidates.permissions import import_jobs_visible_to
from apps.core.api.filters import OrderingFilter
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi


def _without_content(queryset):
    return queryset.defer("content")


class ImportJobsApi(ScopedListApi):
    """Your imports (list), and importing applications from CSV text (the request body is limited
    to 1 MiB; the web page takes files up to 5 MB). The import runs in the background: poll the job."""

    scope = import_jobs_visible_to
    write_permission_classes = (IsCandidate,)
    serializer_class = ImportJobOutputSerializer
    filter_backends = [OrderingFilter]
    ordering_fields = ["created_at"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return _without_content(queryset)

    class CreateInput(serializers.Serializer):
        csv = serializers.CharField(trim_whitespace=False, help_text="The file's text, header row first.")
        filename = serializers.CharField(max_length=255, required=False, allow_blank=True)
        mapping = serializers.DictField(
            child=serializers.CharField(allow_blank=True),
            required=False,
            help_text='Field → column name, e.g. {"role_title": "Position"}; omitted fields are guessed.',
        )

    @extend_schema(operation_id="imports_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="imports_create",
        request=CreateInput,
        responses={202: ImportJobOutputSerializer, **errors(400, 403, 413)},
        examples=[
            OpenApiExample(
                "A small file",
                request_only=True,
                value={
                    "filename": "tracker.csv",
                    "csv": "Company,Position,Applied,Status\nNorthwind,Data analyst,2026-11-02,Rejected\n",
                    "mapping": {"role_title": "Position"},
                },
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        job = importing.import_job_submit(
            owner=request.user,
            filename=values.get("filename") or "api.csv",
            data=values["csv"].encode(),
            mapping_by_name=values.get("mapping") or {},
        )
        return Response(ImportJobOutputSerializer(self.get_object_by_pk(job.pk)).data, status=status.HTTP_202_ACCEPTED)


class ImportJobApi(ScopedApi):
    """An import's progress: rows read, imported, already there, and the rows with problems."""

    scope = import_jobs_visible_to

    def refine(self, queryset):
        return _without_content(queryset)

    @extend_schema(operation_id="imports_retrieve", responses={200: ImportJobOutputSerializer})
    def get(self, request, pk):
        return Response(ImportJobOutputSerializer(self.get_object()).data)
