"""Shapes the candidates API speaks. Serializers describe shape only: they never query and never
save. Ids in a body (``company_id``, ``application_id``, ``interviewer_ids``) are plain integers
here; the services resolve them inside the owner's scope."""

from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from apps.candidates.models import Application, Contact, ImportJob, Interview, Stage

MAX_ID = 2**63 - 1
# "How far had you got?": one choice set (and one schema enum) for input and output.
REJECTION_STAGE_CHOICES = [(stage, Stage(stage).label) for stage in Stage.REJECTABLE]


def IdField(**kwargs) -> serializers.IntegerField:  # noqa: N802 - reads like a field class
    """A row id: a whole number from 1 to the database's limit."""
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


# --- Output ---------------------------------------------------------------------------------


class CompanyRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class RejectionSerializer(serializers.Serializer):
    rejected_at = serializers.DateTimeField()
    via = serializers.ChoiceField(source="rejection_via", choices=Application.RejectionVia.choices, allow_blank=True)
    stage_reached = serializers.ChoiceField(source="rejection_stage_reached", choices=REJECTION_STAGE_CHOICES)
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
    allowed_next_stages = serializers.ListField(child=serializers.ChoiceField(choices=Stage.choices))
    rejection = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    @extend_schema_field(RejectionSerializer(allow_null=True))
    def get_rejection(self, application) -> dict | None:
        return RejectionSerializer(application).data if application.is_rejected else None


class StageChangeOutputSerializer(serializers.Serializer):
    from_stage = serializers.ChoiceField(choices=Stage.choices, allow_blank=True)
    to_stage = serializers.ChoiceField(choices=Stage.choices)
    changed_at = serializers.DateTimeField(help_text="When the step happened.")
    recorded_at = serializers.DateTimeField(
        allow_null=True, help_text="When it was entered; null for steps recorded before the two were kept apart."
    )
    note = serializers.CharField()


class ApplicationContactOutputSerializer(serializers.Serializer):
    contact_id = serializers.IntegerField()
    name = serializers.CharField(source="contact.name")
    role = serializers.ChoiceField(choices=Contact.Role.choices)


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


# --- Input building blocks ------------------------------------------------------------------


class CompanyByNameInput(serializers.Serializer):
    company_name = serializers.CharField(
        max_length=160, required=False, help_text="Created if you have none by that name."
    )
    company_id = IdField(required=False, help_text="One of your companies.")
