"""``/applications/`` (list, add), ``/applications/{id}/`` (read, change, delete) and the
``/applications/{id}/stage/`` action. One class per URL, one method per operation, each with its
own input serializer and schema."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.candidates import services
from apps.candidates.api.filters import ApplicationFilter
from apps.candidates.api.serializers import (
    REJECTION_STAGE_CHOICES,
    ApplicationDetailOutputSerializer,
    ApplicationOutputSerializer,
    CompanyByNameInput,
)
from apps.candidates.models import Application, Stage
from apps.candidates.permissions import applications_visible_to, can_change_application
from apps.candidates.selectors import with_application_detail
from apps.core.api import fields
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi

ORDERING_FIELDS = ["created_at", "applied_on", "stage_changed_at", "role_title"]


class ApplicationsApi(ScopedListApi):
    """Your applications: list (filter, order, cursor pages; 1 query a page) and add."""

    scope = applications_visible_to
    write_permission_classes = (IsCandidate,)
    serializer_class = ApplicationOutputSerializer
    filterset_class = ApplicationFilter
    ordering_fields = ORDERING_FIELDS
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.select_related("company")

    class CreateInput(CompanyByNameInput):
        role_title = serializers.CharField(max_length=200)
        applied_on = fields.DateField(required=False)
        job_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
        source = serializers.CharField(max_length=100, required=False, allow_blank=True)
        notes = serializers.CharField(required=False, allow_blank=True, max_length=20000)
        stage = serializers.ChoiceField(
            choices=[(value, label) for value, label in Stage.choices if value != Stage.REJECTED],
            required=False,
            help_text="Not “rejected”: add it, then record the rejection with the stage action.",
        )

        def validate(self, data):
            if not data.get("company_id") and not (data.get("company_name") or "").strip():
                raise serializers.ValidationError({"company_name": ["Name the company (or give company_id)."]})
            return data

    @extend_schema(operation_id="applications_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="applications_create",
        request=CreateInput,
        responses={201: ApplicationDetailOutputSerializer, **errors(400, 403)},
        examples=[
            OpenApiExample(
                "A new application",
                request_only=True,
                value={
                    "company_name": "Northwind",
                    "role_title": "Data analyst",
                    "applied_on": "2026-11-02",
                    "job_url": "https://jobs.example.com/northwind/123",
                    "source": "LinkedIn",
                },
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        application = services.application_create(owner=request.user, **data.validated_data)
        application = self.get_object_by_pk(application.pk, refine=with_application_detail)
        return Response(ApplicationDetailOutputSerializer(application).data, status=status.HTTP_201_CREATED)


class ApplicationApi(ScopedApi):
    """One application with its stage history, interview ids and contacts: read, change, delete."""

    scope = applications_visible_to
    can_change = can_change_application

    def refine(self, queryset):
        return with_application_detail(queryset)

    class UpdateInput(CompanyByNameInput):
        role_title = serializers.CharField(max_length=200, required=False)
        applied_on = fields.DateField(required=False)
        job_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
        source = serializers.CharField(max_length=100, required=False, allow_blank=True)
        notes = serializers.CharField(required=False, allow_blank=True, max_length=20000)

    @extend_schema(operation_id="applications_retrieve", responses={200: ApplicationDetailOutputSerializer})
    def get(self, request, pk):
        return Response(ApplicationDetailOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="applications_update",
        request=UpdateInput,
        responses={200: ApplicationDetailOutputSerializer, **errors(400, 403)},
        examples=[OpenApiExample("Add a note", request_only=True, value={"notes": "Referred by Priya."})],
    )
    def patch(self, request, pk):
        application = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.application_update(application=application, **data.validated_data)
        return Response(ApplicationDetailOutputSerializer(self.get_object()).data)

    @extend_schema(operation_id="applications_delete", responses={204: None, **errors(403)})
    def delete(self, request, pk):
        services.application_delete(application=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ApplicationStageApi(ScopedApi):
    """Move an application to another stage. The move is validated and kept in the history; an
    impossible move answers 409 ``impossible_stage_change`` with the allowed stages."""

    scope = applications_visible_to
    can_change = can_change_application

    def refine(self, queryset):
        return with_application_detail(queryset)

    class StageInput(serializers.Serializer):
        to_stage = serializers.ChoiceField(choices=Stage.choices)
        note = serializers.CharField(max_length=300, required=False, allow_blank=True)
        happened_on = fields.DateField(
            required=False,
            help_text="The day the step happened, if not today: not in the future, not before applied_on. "
            "The history is dated and ordered by it.",
        )
        rejected_on = fields.DateField(required=False, help_text="With to_stage=rejected: when the answer came.")
        rejection_via = serializers.ChoiceField(choices=Application.RejectionVia.choices, required=False)
        rejection_stage_reached = serializers.ChoiceField(choices=REJECTION_STAGE_CHOICES, required=False)
        rejection_reason = serializers.CharField(required=False, allow_blank=True, max_length=5000)

        def validate(self, data):
            rejection_keys = {"rejected_on", "rejection_via", "rejection_stage_reached", "rejection_reason"}
            if data["to_stage"] != Stage.REJECTED and rejection_keys & set(data):
                raise serializers.ValidationError({"to_stage": ["Rejection details go only with to_stage=rejected."]})
            return data

    @extend_schema(
        operation_id="applications_stage_change",
        request=StageInput,
        responses={200: ApplicationDetailOutputSerializer, **errors(400, 403, 409)},
        examples=[
            OpenApiExample(
                "Invited to interview",
                request_only=True,
                value={"to_stage": "interviewing", "note": "Call with Dana", "happened_on": "2026-11-17"},
            ),
            OpenApiExample(
                "Turned down",
                request_only=True,
                value={
                    "to_stage": "rejected",
                    "rejected_on": "2026-11-20",
                    "rejection_via": "email",
                    "rejection_stage_reached": "interviewing",
                    "rejection_reason": "They went with someone with more SQL experience.",
                },
            ),
        ],
    )
    def post(self, request, pk):
        application = self.get_object(for_change=True)
        data = self.StageInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.application_stage_change(application=application, **data.validated_data)
        return Response(ApplicationDetailOutputSerializer(self.get_object()).data)
