"""The candidates API: one view per operation, nested Input/Output serializers, services write.

Every view is a ``ScopedApi``/``ScopedListApi`` whose ``scope`` is a ``*_visible_to`` function,
so nothing here can reach another candidate's rows (see api/base.py).
"""

import zoneinfo

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers, status
from rest_framework.filters import OrderingFilter
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import IsCandidate
from apps.candidates import exporting, importing, services
from apps.candidates.api.filters import ApplicationFilter, CompanyFilter, ContactFilter, InterviewFilter
from apps.candidates.models import Application, Contact, ImportJob, Interview, Stage
from apps.candidates.permissions import (
    applications_visible_to,
    can_change_application,
    can_change_company,
    can_change_contact,
    can_change_interview,
    companies_visible_to,
    contacts_visible_to,
    import_jobs_visible_to,
    interviews_visible_to,
)
from apps.core.api.scoping import ScopedApi, ScopedListApi

FILTERS = [DjangoFilterBackend, OrderingFilter]
NOT_FOUND = OpenApiResponse(description="Not found — or not yours to see.")


# --- Shared output shapes -----------------------------------------------------------------


class CompanyRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class RejectionSerializer(serializers.Serializer):
    rejected_at = serializers.DateTimeField()
    via = serializers.CharField(source="rejection_via")
    stage_reached = serializers.CharField(source="rejection_stage_reached")
    reason = serializers.CharField(source="rejection_reason")
    summary = serializers.CharField(source="rejection_summary")


class ApplicationOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    company = CompanyRefSerializer()
    role_title = serializers.CharField()
    job_url = serializers.CharField()
    source = serializers.CharField()
    notes = serializers.CharField()
    applied_on = serializers.DateField()
    stage = serializers.ChoiceField(choices=Stage.choices)
    furthest_stage = serializers.ChoiceField(choices=Stage.choices)
    stage_changed_at = serializers.DateTimeField()
    allowed_next_stages = serializers.ListField(child=serializers.CharField())
    rejection = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    @extend_schema_field(RejectionSerializer(allow_null=True))
    def get_rejection(self, application) -> dict | None:
        return RejectionSerializer(application).data if application.is_rejected else None


class StageChangeOutputSerializer(serializers.Serializer):
    from_stage = serializers.CharField()
    to_stage = serializers.CharField()
    changed_at = serializers.DateTimeField()
    note = serializers.CharField()


class ApplicationContactOutputSerializer(serializers.Serializer):
    contact_id = serializers.IntegerField()
    name = serializers.CharField(source="contact.name")
    role = serializers.CharField()


class ApplicationDetailOutputSerializer(ApplicationOutputSerializer):
    stage_history = StageChangeOutputSerializer(many=True, source="stage_changes.all")
    contacts = ApplicationContactOutputSerializer(many=True, source="contact_links.all")
    interview_ids = serializers.SerializerMethodField()

    def get_interview_ids(self, application) -> list[int]:
        return [interview.pk for interview in application.interviews.all()]


class JournalSerializer(serializers.Serializer):
    asked = serializers.CharField(allow_blank=True, required=False, max_length=20000)
    answered = serializers.CharField(allow_blank=True, required=False, max_length=20000)
    went_well = serializers.CharField(allow_blank=True, required=False, max_length=20000)
    do_differently = serializers.CharField(allow_blank=True, required=False, max_length=20000)
    cues = serializers.CharField(allow_blank=True, required=False, max_length=20000)


class InterviewOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    application_id = serializers.IntegerField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    duration_minutes = serializers.IntegerField()
    timezone = serializers.CharField()
    kind = serializers.ChoiceField(choices=Interview.Kind.choices)
    location = serializers.CharField()
    interviewer_ids = serializers.SerializerMethodField()
    journal = serializers.SerializerMethodField()
    journal_written_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()

    def get_interviewer_ids(self, interview) -> list[int]:
        return [contact.pk for contact in interview.interviewers.all()]

    @extend_schema_field(JournalSerializer)
    def get_journal(self, interview) -> dict:
        return {name: getattr(interview, name) for name in Interview.JOURNAL_FIELDS}


class ContactOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    email = serializers.CharField()
    title = serializers.CharField()
    company = CompanyRefSerializer(allow_null=True)
    role = serializers.ChoiceField(choices=Contact.Role.choices)
    notes = serializers.CharField()
    created_at = serializers.DateTimeField()


class CompanyOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    website = serializers.CharField()
    created_at = serializers.DateTimeField()


class ImportJobOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    filename = serializers.CharField()
    status = serializers.ChoiceField(choices=ImportJob.Status.choices)
    total_rows = serializers.IntegerField()
    processed_rows = serializers.IntegerField()
    percent = serializers.IntegerField()
    imported_count = serializers.IntegerField()
    duplicate_count = serializers.IntegerField()
    errors = serializers.ListField(
        child=inline_serializer(
            "ImportRowError", {"row": serializers.IntegerField(allow_null=True), "reason": serializers.CharField()}
        )
    )
    failure = serializers.CharField()
    mapping = serializers.DictField(child=serializers.IntegerField(allow_null=True))
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)


def _input_timezone(value: str) -> str:
    if value not in zoneinfo.available_timezones():
        raise serializers.ValidationError(
            f"“{value}” is not a time zone we know. Use an IANA name like Europe/Berlin or America/New_York."
        )
    return value


class _CompanyByName(serializers.Serializer):
    company_name = serializers.CharField(
        max_length=160, required=False, help_text="Created if you have none by that name."
    )
    company_id = serializers.IntegerField(required=False, min_value=1, help_text="One of your companies.")

    def company(self, user):
        """The company the input names: by id (must be visible) or by name (found or created by the service)."""
        company_id = self.validated_data.get("company_id")
        if company_id is None:
            return None
        company = companies_visible_to(user).filter(pk=company_id).first()
        if company is None:
            raise serializers.ValidationError({"company_id": ["You have no company with this id."]})
        return company

    def update_values(self, user) -> dict:
        """The validated fields for an update service: ``company_id`` resolved to ``company``."""
        values = dict(self.validated_data)
        values.pop("company_id", None)
        company = self.company(user)
        if company is not None:
            values["company"] = company
        return values


# --- Applications -------------------------------------------------------------------------


class ApplicationListApi(ScopedListApi):
    """Your applications: filter by stage, company, dates or text; order; cursor pages. 1 query a page."""

    scope = applications_visible_to
    serializer_class = ApplicationOutputSerializer
    filter_backends = FILTERS
    filterset_class = ApplicationFilter
    ordering_fields = ["created_at", "applied_on", "stage_changed_at", "role_title"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.select_related("company")

    @extend_schema(operation_id="applications_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ApplicationCreateApi(APIView):
    """Add an application. A stage beyond "applied" is recorded as a step in its history."""

    permission_classes = [IsAuthenticated, IsCandidate]

    class InputSerializer(_CompanyByName):
        role_title = serializers.CharField(max_length=200)
        applied_on = serializers.DateField(required=False)
        job_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
        source = serializers.CharField(max_length=100, required=False, allow_blank=True)
        notes = serializers.CharField(required=False, allow_blank=True, max_length=20000)
        stage = serializers.ChoiceField(
            choices=Stage.choices, required=False, help_text="Not “rejected”: add it, then use the stage action."
        )

        def validate_stage(self, value):
            if value == Stage.REJECTED:
                raise serializers.ValidationError(
                    "Add the application, then record the rejection with the stage action."
                )
            return value

        def validate(self, data):
            if not data.get("company_id") and not (data.get("company_name") or "").strip():
                raise serializers.ValidationError({"company_name": ["Name the company (or give company_id)."]})
            return data

    @extend_schema(
        operation_id="applications_create",
        request=InputSerializer,
        responses={201: ApplicationDetailOutputSerializer},
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
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        values.pop("company_id", None)
        application = services.application_create(
            owner=request.user, company=data.company(request.user), **{"company_name": "", **values}
        )
        application = (
            applications_visible_to(request.user)
            .prefetch_related("stage_changes", "interviews", "contact_links__contact")
            .get(pk=application.pk)
        )
        return Response(ApplicationDetailOutputSerializer(application).data, status=status.HTTP_201_CREATED)


class _ApplicationObjectApi(ScopedApi):
    scope = applications_visible_to
    can_change = can_change_application

    def refine(self, queryset):
        return queryset.select_related("company").prefetch_related(
            "stage_changes", "interviews", "contact_links__contact"
        )


class ApplicationDetailApi(_ApplicationObjectApi):
    """One application with its stage history, interview ids and contacts."""

    @extend_schema(
        operation_id="applications_retrieve", responses={200: ApplicationDetailOutputSerializer, 404: NOT_FOUND}
    )
    def get(self, request, pk):
        return Response(ApplicationDetailOutputSerializer(self.get_object()).data)


class ApplicationUpdateApi(_ApplicationObjectApi):
    """Change the facts of an application. The stage changes only through the stage action."""

    class InputSerializer(_CompanyByName):
        role_title = serializers.CharField(max_length=200, required=False)
        applied_on = serializers.DateField(required=False)
        job_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
        source = serializers.CharField(max_length=100, required=False, allow_blank=True)
        notes = serializers.CharField(required=False, allow_blank=True, max_length=20000)

    @extend_schema(
        operation_id="applications_update",
        request=InputSerializer,
        responses={200: ApplicationDetailOutputSerializer, 404: NOT_FOUND},
        examples=[OpenApiExample("Add a note", request_only=True, value={"notes": "Referred by Priya."})],
    )
    def patch(self, request, pk):
        application = self.get_object(for_change=True)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.application_update(application=application, **data.update_values(request.user))
        return Response(ApplicationDetailOutputSerializer(self.get_object()).data)


class ApplicationDeleteApi(_ApplicationObjectApi):
    """Delete an application with its history, interviews and journals. Contacts stay."""

    @extend_schema(operation_id="applications_delete", responses={204: None, 404: NOT_FOUND})
    def delete(self, request, pk):
        services.application_delete(application=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ApplicationStageChangeApi(_ApplicationObjectApi):
    """Move an application to another stage. The move is validated and kept in the history;
    an impossible move answers 409 ``impossible_stage_change`` with the allowed stages."""

    class InputSerializer(serializers.Serializer):
        to_stage = serializers.ChoiceField(choices=Stage.choices)
        note = serializers.CharField(max_length=300, required=False, allow_blank=True)
        rejected_on = serializers.DateField(required=False, help_text="With to_stage=rejected: when the answer came.")
        rejection_via = serializers.ChoiceField(choices=Application.RejectionVia.choices, required=False)
        rejection_stage_reached = serializers.ChoiceField(
            choices=[(stage, Stage(stage).label) for stage in Stage.REJECTABLE], required=False
        )
        rejection_reason = serializers.CharField(required=False, allow_blank=True, max_length=5000)

        def validate(self, data):
            rejection_keys = {"rejected_on", "rejection_via", "rejection_stage_reached", "rejection_reason"}
            if data["to_stage"] != Stage.REJECTED and rejection_keys & set(data):
                raise serializers.ValidationError({"to_stage": ["Rejection details go only with to_stage=rejected."]})
            return data

    @extend_schema(
        operation_id="applications_stage_change",
        request=InputSerializer,
        responses={
            200: ApplicationDetailOutputSerializer,
            404: NOT_FOUND,
            409: OpenApiResponse(description="That move is not possible from the current stage; nothing changed."),
        },
        examples=[
            OpenApiExample(
                "Invited to interview", request_only=True, value={"to_stage": "interviewing", "note": "Call with Dana"}
            ),
            OpenApiExample(
                "Turned down",
                request_only=True,
                value={
                    "to_stage": "rejected",
                    "rejected_on": "2026-11-20",
                    "rejection_via": "email",
                    "rejection_reason": "They went with someone with more SQL experience.",
                },
            ),
        ],
    )
    def post(self, request, pk):
        application = self.get_object(for_change=True)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.application_stage_change(application=application, **data.validated_data)
        return Response(ApplicationDetailOutputSerializer(self.get_object()).data)


# --- Interviews ---------------------------------------------------------------------------


class InterviewListApi(ScopedListApi):
    """Your interviews: filter by application, kind, upcoming, empty journal. 2 queries a page."""

    scope = interviews_visible_to
    serializer_class = InterviewOutputSerializer
    filter_backends = FILTERS
    filterset_class = InterviewFilter
    ordering_fields = ["created_at", "starts_at"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.prefetch_related("interviewers")

    @extend_schema(operation_id="interviews_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class _InterviewInput(serializers.Serializer):
    starts_at = serializers.DateTimeField(help_text="ISO 8601 with offset, e.g. 2026-12-01T10:00:00+01:00.")
    timezone = serializers.CharField(max_length=64, help_text="The IANA zone the time was agreed in.")
    duration_minutes = serializers.IntegerField(min_value=5, max_value=24 * 60, required=False)
    kind = serializers.ChoiceField(choices=Interview.Kind.choices, required=False)
    location = serializers.CharField(max_length=300, required=False, allow_blank=True)
    interviewer_ids = serializers.ListField(child=serializers.IntegerField(min_value=1), required=False, max_length=50)

    def validate_timezone(self, value):
        return _input_timezone(value)

    def interviewers(self, user):
        ids = self.validated_data.get("interviewer_ids")
        if ids is None:
            return None
        contacts = list(contacts_visible_to(user).filter(pk__in=ids))
        if len(contacts) != len(set(ids)):
            raise serializers.ValidationError({"interviewer_ids": ["Some of these are not your contacts."]})
        return contacts


class InterviewCreateApi(APIView):
    """Log an interview on one of your applications; a debrief reminder is set for after it ends."""

    permission_classes = [IsAuthenticated, IsCandidate]

    class InputSerializer(_InterviewInput):
        application_id = serializers.IntegerField(min_value=1)
        journal = JournalSerializer(required=False)

    @extend_schema(
        operation_id="interviews_create",
        request=InputSerializer,
        responses={201: InterviewOutputSerializer},
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
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        application = applications_visible_to(request.user).filter(pk=values["application_id"]).first()
        if application is None or not can_change_application(request.user, application):
            raise serializers.ValidationError({"application_id": ["You have no application with this id."]})
        interview = services.interview_create(
            application=application,
            starts_at=values["starts_at"],
            timezone_name=values["timezone"],
            duration_minutes=values.get("duration_minutes", 45),
            kind=values.get("kind", Interview.Kind.VIDEO),
            location=values.get("location", ""),
            interviewers=data.interviewers(request.user),
            journal=values.get("journal"),
        )
        interview = interviews_visible_to(request.user).prefetch_related("interviewers").get(pk=interview.pk)
        return Response(InterviewOutputSerializer(interview).data, status=status.HTTP_201_CREATED)


class _InterviewObjectApi(ScopedApi):
    scope = interviews_visible_to
    can_change = can_change_interview

    def refine(self, queryset):
        return queryset.select_related("application").prefetch_related("interviewers")


class InterviewDetailApi(_InterviewObjectApi):
    """One interview with its debrief journal."""

    @extend_schema(operation_id="interviews_retrieve", responses={200: InterviewOutputSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        return Response(InterviewOutputSerializer(self.get_object()).data)


class InterviewUpdateApi(_InterviewObjectApi):
    """Reschedule or correct an interview, and/or write its debrief journal (send ``journal``)."""

    class InputSerializer(_InterviewInput):
        starts_at = serializers.DateTimeField(required=False)
        timezone = serializers.CharField(max_length=64, required=False)
        journal = JournalSerializer(required=False)

    @extend_schema(
        operation_id="interviews_update",
        request=InputSerializer,
        responses={200: InterviewOutputSerializer, 404: NOT_FOUND},
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
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        journal = values.pop("journal", None)
        interviewers = data.interviewers(request.user)
        values.pop("interviewer_ids", None)
        if values or interviewers is not None:
            services.interview_update(interview=interview, interviewers=interviewers, **values)
        if journal is not None:
            services.interview_journal_update(interview=interview, **journal)
        return Response(InterviewOutputSerializer(self.get_object()).data)


class InterviewDeleteApi(_InterviewObjectApi):
    @extend_schema(operation_id="interviews_delete", responses={204: None, 404: NOT_FOUND})
    def delete(self, request, pk):
        services.interview_delete(interview=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- Contacts -----------------------------------------------------------------------------


class ContactListApi(ScopedListApi):
    """Your contacts: filter by company, role, application or text. 1 query a page."""

    scope = contacts_visible_to
    serializer_class = ContactOutputSerializer
    filter_backends = FILTERS
    filterset_class = ContactFilter
    ordering_fields = ["created_at", "name"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.select_related("company")

    @extend_schema(operation_id="contacts_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class _ContactInput(_CompanyByName):
    name = serializers.CharField(max_length=150)
    email = serializers.EmailField(required=False, allow_blank=True)
    title = serializers.CharField(max_length=150, required=False, allow_blank=True)
    role = serializers.ChoiceField(choices=Contact.Role.choices, required=False)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=20000)


class ContactCreateApi(APIView):
    """Add a contact; with ``application_id`` they are listed on that application in their role."""

    permission_classes = [IsAuthenticated, IsCandidate]

    class InputSerializer(_ContactInput):
        application_id = serializers.IntegerField(min_value=1, required=False)

    @extend_schema(
        operation_id="contacts_create",
        request=InputSerializer,
        responses={201: ContactOutputSerializer},
        examples=[
            OpenApiExample(
                "The hiring manager",
                request_only=True,
                value={
                    "name": "Dana Reyes",
                    "email": "dana@northwind.example",
                    "title": "Head of Analytics",
                    "company_name": "Northwind",
                    "role": "hiring_manager",
                    "application_id": 1,
                },
            )
        ],
    )
    def post(self, request):
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        application = None
        if "application_id" in values:
            application = applications_visible_to(request.user).filter(pk=values.pop("application_id")).first()
            if application is None:
                raise serializers.ValidationError({"application_id": ["You have no application with this id."]})
        values.pop("company_id", None)
        contact = services.contact_create(
            owner=request.user, company=data.company(request.user), application=application, **values
        )
        return Response(ContactOutputSerializer(contact).data, status=status.HTTP_201_CREATED)


class _ContactObjectApi(ScopedApi):
    scope = contacts_visible_to
    can_change = can_change_contact

    def refine(self, queryset):
        return queryset.select_related("company")


class ContactDetailApi(_ContactObjectApi):
    @extend_schema(operation_id="contacts_retrieve", responses={200: ContactOutputSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        return Response(ContactOutputSerializer(self.get_object()).data)


class ContactUpdateApi(_ContactObjectApi):
    class InputSerializer(_ContactInput):
        name = serializers.CharField(max_length=150, required=False)

    @extend_schema(
        operation_id="contacts_update",
        request=InputSerializer,
        responses={200: ContactOutputSerializer, 404: NOT_FOUND},
        examples=[OpenApiExample("New title", request_only=True, value={"title": "Director of Analytics"})],
    )
    def patch(self, request, pk):
        contact = self.get_object(for_change=True)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.contact_update(contact=contact, **data.update_values(request.user))
        return Response(ContactOutputSerializer(self.get_object()).data)


class ContactDeleteApi(_ContactObjectApi):
    @extend_schema(operation_id="contacts_delete", responses={204: None, 404: NOT_FOUND})
    def delete(self, request, pk):
        services.contact_delete(contact=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- Companies ----------------------------------------------------------------------------


class CompanyListApi(ScopedListApi):
    scope = companies_visible_to
    serializer_class = CompanyOutputSerializer
    filter_backends = FILTERS
    filterset_class = CompanyFilter
    ordering_fields = ["created_at", "name"]
    ordering = ["-created_at"]

    @extend_schema(operation_id="companies_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class _CompanyInput(serializers.Serializer):
    name = serializers.CharField(max_length=160)
    website = serializers.URLField(required=False, allow_blank=True)


class CompanyCreateApi(APIView):
    permission_classes = [IsAuthenticated, IsCandidate]

    class InputSerializer(_CompanyInput):
        pass

    @extend_schema(
        operation_id="companies_create",
        request=InputSerializer,
        responses={201: CompanyOutputSerializer},
        examples=[
            OpenApiExample(
                "A company", request_only=True, value={"name": "Northwind", "website": "https://northwind.example"}
            )
        ],
    )
    def post(self, request):
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        company = services.company_create(owner=request.user, **data.validated_data)
        return Response(CompanyOutputSerializer(company).data, status=status.HTTP_201_CREATED)


class _CompanyObjectApi(ScopedApi):
    scope = companies_visible_to
    can_change = can_change_company


class CompanyDetailApi(_CompanyObjectApi):
    @extend_schema(operation_id="companies_retrieve", responses={200: CompanyOutputSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        return Response(CompanyOutputSerializer(self.get_object()).data)


class CompanyUpdateApi(_CompanyObjectApi):
    class InputSerializer(_CompanyInput):
        name = serializers.CharField(max_length=160, required=False)

    @extend_schema(
        operation_id="companies_update",
        request=InputSerializer,
        responses={200: CompanyOutputSerializer, 404: NOT_FOUND},
        examples=[OpenApiExample("Rename", request_only=True, value={"name": "Northwind Traders"})],
    )
    def patch(self, request, pk):
        company = self.get_object(for_change=True)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        company = services.company_update(company=company, **data.validated_data)
        return Response(CompanyOutputSerializer(company).data)


class CompanyDeleteApi(_CompanyObjectApi):
    @extend_schema(
        operation_id="companies_delete",
        responses={204: None, 404: NOT_FOUND, 409: OpenApiResponse(description="The company still has applications.")},
    )
    def delete(self, request, pk):
        services.company_delete(company=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- Import jobs --------------------------------------------------------------------------


class ImportJobListApi(ScopedListApi):
    scope = import_jobs_visible_to
    serializer_class = ImportJobOutputSerializer
    filter_backends = [OrderingFilter]
    ordering_fields = ["created_at"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.defer("content")

    @extend_schema(operation_id="imports_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ImportJobCreateApi(APIView):
    """Import applications from CSV text (the request body is limited to 1 MiB; the web page takes
    files up to 5 MB). The import runs in the background: poll the job for progress."""

    permission_classes = [IsAuthenticated, IsCandidate]

    class InputSerializer(serializers.Serializer):
        csv = serializers.CharField(trim_whitespace=False, help_text="The file's text, header row first.")
        filename = serializers.CharField(max_length=255, required=False, allow_blank=True)
        mapping = serializers.DictField(
            child=serializers.CharField(allow_blank=True),
            required=False,
            help_text='Field → column name, e.g. {"role_title": "Position"}; omitted fields are guessed.',
        )

    @extend_schema(
        operation_id="imports_create",
        request=InputSerializer,
        responses={202: ImportJobOutputSerializer},
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
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        job = importing.import_job_submit(
            owner=request.user,
            filename=values.get("filename") or "api.csv",
            data=values["csv"].encode(),
            mapping_by_name=values.get("mapping") or {},
        )
        job.refresh_from_db()
        return Response(ImportJobOutputSerializer(job).data, status=status.HTTP_202_ACCEPTED)


class ImportJobDetailApi(ScopedApi):
    """An import's progress: rows read, imported, already there, and the rows with problems."""

    scope = import_jobs_visible_to

    def refine(self, queryset):
        return queryset.defer("content")

    @extend_schema(operation_id="imports_retrieve", responses={200: ImportJobOutputSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        return Response(ImportJobOutputSerializer(self.get_object()).data)


# --- Export -------------------------------------------------------------------------------


class DataExportApi(APIView):
    """Everything you own in Debrief, as one JSON document (the same as the page's download)."""

    permission_classes = [IsAuthenticated, IsCandidate]

    @extend_schema(
        operation_id="me_export", responses={200: OpenApiResponse(description="The export document.", response=dict)}
    )
    def get(self, request):
        return Response(exporting.export_data(user=request.user))
