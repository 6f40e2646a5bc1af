"""``/interviews/`` (list, log one) and ``/interviews/{id}/`` (read, change or debrief, delete)."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.candidates import services
from apps.candidates.api.filters import InterviewFilter
from apps.candidates.api.serializers import IdField, InterviewOutputSerializer, JournalSerializer
from apps.candidates.models import Interview
from apps.candidates.permissions import can_change_interview, interviews_visible_to
from apps.core.api import fields
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi


class _InterviewInput(serializers.Serializer):
    starts_at = fields.DateTimeField(help_text="ISO 8601 with offset, e.g. 2026-12-01T10:00:00+01:00.")
    timezone = serializers.CharField(max_length=64, help_text="The IANA zone the time was agreed in.")
    duration_minutes = serializers.IntegerField(min_value=5, max_value=24 * 60, required=False)
    kind = serializers.ChoiceField(choices=Interview.Kind.choices, required=False)
    location = serializers.CharField(max_length=300, required=False, allow_blank=True)
    interviewer_ids = serializers.ListField(child=IdField(), required=False, max_length=50)


def _with_interviewers(queryset):
    return queryset.prefetch_related("interviewers")


class InterviewsApi(ScopedListApi):
    """Your interviews: list (filter by application, kind, upcoming, empty journal; 2 queries a page)
    and log one on an application; a debrief reminder is set for after it ends."""

    scope = interviews_visible_to
    write_permission_classes = (IsCandidate,)
    serializer_class = InterviewOutputSerializer
    filterset_class = InterviewFilter
    ordering_fields = ["created_at", "starts_at"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return _with_interviewers(queryset)

    class CreateInput(_InterviewInput):
        application_id = IdField()
        journal = JournalSerializer(required=False)

    @extend_schema(operation_id="interviews_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="interviews_create",
        request=CreateInput,
        responses={201: InterviewOutputSerializer, **errors(400, 403)},
        examples=[
            OpenApiExample(
                "A video interview",
                request_only=True,
                value={
                    "application_id": 1,
                    "starts_at": "2026-12-01T10:00:00+01:00",
                    "timezone": "Europe/Berlin",
                    "duration_minutes": 60,
                    "kind": "video",
                    "location": "https://meet.example.com/abc",
                },
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        interview = services.interview_create(owner=request.user, **data.validated_data)
        interview = self.get_object_by_pk(interview.pk)
        return Response(InterviewOutputSerializer(interview).data, status=status.HTTP_201_CREATED)


class InterviewApi(ScopedApi):
    """One interview with its debrief journal: read, reschedule or debrief, delete."""

    scope = interviews_visible_to
    can_change = can_change_interview

    def refine(self, queryset):
        return _with_interviewers(queryset.select_related("application"))

    class UpdateInput(_InterviewInput):
        starts_at = fields.DateTimeField(required=False)
        timezone = serializers.CharField(max_length=64, required=False)
        journal = JournalSerializer(required=False, help_text="Write the debrief; parts left out stay as they are.")

    @extend_schema(operation_id="interviews_retrieve", responses={200: InterviewOutputSerializer})
    def get(self, request, pk):
        return Response(InterviewOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="interviews_update",
        request=UpdateInput,
        responses={200: InterviewOutputSerializer, **errors(400, 403)},
        examples=[
            OpenApiExample(
                "Write the debrief",
                request_only=True,
                value={
                    "journal": {
                        "asked": "Walk me through a dashboard you built.",
                        "do_differently": "Lead with the result.",
                    }
                },
            )
        ],
    )
    def patch(self, request, pk):
        interview = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        journal = values.pop("journal", None)
        if values:
            services.interview_update(interview=interview, **values)
        if journal is not None:
            services.interview_journal_update(interview=interview, **journal)
        return Response(InterviewOutputSerializer(self.get_object()).data)

    @extend_schema(operation_id="interviews_delete", responses={204: None, **errors(403)})
    def delete(self, request, pk):
        services.interview_delete(interview=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)
