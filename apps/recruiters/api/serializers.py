"""Output shapes of the recruiter API. Serializers never save and never query: views hand them
rows their selectors loaded. No serializer here has a field for a relay's raw notes except
``RelayOutputSerializer``, which only the relay's own recruiter ever receives."""

from rest_framework import serializers

from apps.candidates.models import Stage
from apps.feedback.api.serializers import FindingSerializer, IdField
from apps.feedback.models import Polarity, RecipientRole, ReplySource, RequestStatus, ThreadState, Topic
from apps.recruiters.models import RELAY_TEXT_MAX, RelayStatus, RepresentationStatus, SourceNaming

__all__ = ["FindingSerializer", "IdField"]


class PersonSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    full_name = serializers.CharField()
    email = serializers.EmailField()


class AgencyOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    is_admin = serializers.BooleanField(help_text="Whether you administer this agency.")
    created_at = serializers.DateTimeField()


class MemberOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    recruiter = PersonSerializer(source="user")
    is_admin = serializers.BooleanField()
    joined_at = serializers.DateTimeField(source="updated_at")
    active_count = serializers.IntegerField(help_text="Active representations.")
    invited_count = serializers.IntegerField(help_text="Invitations not answered yet.")
    waiting_asks = serializers.IntegerField(help_text="Candidates' asks waiting for a relay.")
    draft_count = serializers.IntegerField(help_text="Relays drafted, not published.")


class AgencyInvitationOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    state = serializers.SerializerMethodField()
    expires_at = serializers.DateTimeField()
    accepted_at = serializers.DateTimeField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()

    def get_state(self, invitation) -> str:
        return {"": "open", "used": "accepted"}.get(invitation.problem(), invitation.problem())


class RepresentationOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=RepresentationStatus.choices)
    recruiter = PersonSerializer()
    candidate = PersonSerializer(allow_null=True, help_text="Unknown until the candidate enters the code.")
    agency = serializers.CharField(source="agency.name")
    invited_email = serializers.CharField()
    message = serializers.CharField()
    invited_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()
    accepted_at = serializers.DateTimeField(allow_null=True)
    ended_at = serializers.DateTimeField(allow_null=True)
    ended_by_id = serializers.IntegerField(allow_null=True)
    shared_application_ids = serializers.SerializerMethodField()

    def get_shared_application_ids(self, representation) -> list[int]:
        return sorted(share.application_id for share in representation.shares.all())


class RepresentationCreatedSerializer(RepresentationOutputSerializer):
    code = serializers.CharField(help_text="The one-time code for the candidate (ABCD-EFGH); shown only now.")


class SharesOutputSerializer(serializers.Serializer):
    application_ids = serializers.ListField(child=serializers.IntegerField())


class CandidateRowSerializer(serializers.Serializer):
    """One candidate the recruiter represents (actively)."""

    id = serializers.IntegerField(source="candidate.id")
    full_name = serializers.CharField(source="candidate.full_name")
    email = serializers.EmailField(source="candidate.email")
    representation_id = serializers.IntegerField(source="id")
    accepted_at = serializers.DateTimeField()
    shared_count = serializers.IntegerField()
    open_threads = serializers.IntegerField()
    last_activity = serializers.DateTimeField()


class SharedApplicationSerializer(serializers.Serializer):
    """An application as its representing recruiter sees it: no private notes."""

    id = serializers.IntegerField()
    role_title = serializers.CharField()
    company = serializers.CharField(source="company.name")
    job_url = serializers.CharField()
    stage = serializers.ChoiceField(choices=Stage.choices)
    applied_on = serializers.DateField()
    rejected_at = serializers.DateTimeField(allow_null=True)
    rejection_stage_reached = serializers.CharField()
    thread_id = serializers.SerializerMethodField()

    def get_thread_id(self, application) -> int | None:
        thread = getattr(application, "feedback_thread", None)
        return thread.pk if thread is not None else None


class CandidateDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="candidate.id")
    full_name = serializers.CharField(source="candidate.full_name")
    email = serializers.EmailField(source="candidate.email")
    representation_id = serializers.IntegerField(source="id")
    accepted_at = serializers.DateTimeField()
    applications = SharedApplicationSerializer(many=True, source="shared_applications")


class SharedInterviewSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    starts_at = serializers.DateTimeField()
    kind = serializers.CharField()


class SharedApplicationDetailSerializer(SharedApplicationSerializer):
    candidate = PersonSerializer(source="owner")
    interviews = SharedInterviewSerializer(many=True, source="interview_list")


class SharedItemSerializer(serializers.Serializer):
    topic = serializers.ChoiceField(choices=Topic.choices)
    polarity = serializers.ChoiceField(choices=Polarity.choices)
    text = serializers.CharField()


class SharedRequestSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    recipient_name = serializers.CharField()
    recipient_role = serializers.ChoiceField(choices=RecipientRole.choices)
    topics = serializers.ListField(child=serializers.ChoiceField(choices=Topic.choices))
    status = serializers.ChoiceField(choices=RequestStatus.choices)
    sent_at = serializers.DateTimeField(allow_null=True)
    to_you = serializers.SerializerMethodField(help_text="Asked via you: you relay the answer.")
    body = serializers.SerializerMethodField(help_text="The candidate's message, when it was addressed to you.")

    def get_to_you(self, request) -> bool:
        return request.pk in self.context.get("asked_you", ())

    def get_body(self, request) -> str:
        return request.body if request.pk in self.context.get("asked_you", ()) else ""


class SharedReplySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    request_id = serializers.IntegerField(allow_null=True)
    source = serializers.ChoiceField(choices=ReplySource.choices)
    declined = serializers.BooleanField()
    answered_by_name = serializers.CharField()
    received_at = serializers.DateTimeField()
    items = SharedItemSerializer(many=True)


class SharedThreadSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    candidate = PersonSerializer(source="owner")
    application = SharedApplicationSerializer()
    state = serializers.ChoiceField(choices=ThreadState.choices)
    opened_at = serializers.DateTimeField()
    closed_at = serializers.DateTimeField(allow_null=True)
    requests = SharedRequestSerializer(many=True, source="request_list")
    replies = SharedReplySerializer(many=True, source="reply_list")


class RelayOutputSerializer(serializers.Serializer):
    """A relay, for its own recruiter only (``raw_notes`` never leaves the agency)."""

    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=RelayStatus.choices)
    representation_id = serializers.IntegerField()
    candidate = PersonSerializer(source="representation.candidate")
    thread_id = serializers.IntegerField()
    application_id = serializers.IntegerField(source="thread.application_id")
    role_title = serializers.CharField(source="thread.application.role_title")
    company = serializers.CharField(source="thread.application.company.name")
    request_id = serializers.IntegerField(allow_null=True)
    raw_notes = serializers.CharField(help_text="Private to your agency; never shown to the candidate.")
    candidate_text = serializers.CharField()
    source_naming = serializers.ChoiceField(choices=SourceNaming.choices)
    findings = FindingSerializer(many=True, help_text="The redaction check's findings when last run.")
    checked_at = serializers.DateTimeField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    reply_id = serializers.IntegerField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class RelayFieldsSerializer(serializers.Serializer):
    raw_notes = serializers.CharField(max_length=RELAY_TEXT_MAX, required=False, allow_blank=True)
    candidate_text = serializers.CharField(max_length=RELAY_TEXT_MAX, required=False, allow_blank=True)
    source_naming = serializers.ChoiceField(choices=SourceNaming.choices, required=False)


class PreviewItemSerializer(serializers.Serializer):
    topic = serializers.ChoiceField(choices=Topic.choices)
    topic_label = serializers.CharField()
    polarity = serializers.ChoiceField(choices=Polarity.choices)
    polarity_label = serializers.CharField()
    text = serializers.CharField()


class RelayPreviewSerializer(serializers.Serializer):
    recruiter_name = serializers.CharField()
    source_label = serializers.CharField(help_text='"The hiring manager", "The interview panel", or "" (not named).')
    text = serializers.CharField()
    items = PreviewItemSerializer(many=True)


class QueueEntrySerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=[("ask", "Ask waiting for a relay"), ("draft", "Draft to publish")])
    since = serializers.DateTimeField()
    age_seconds = serializers.SerializerMethodField()
    overdue = serializers.BooleanField()
    candidate_id = serializers.IntegerField()
    candidate_name = serializers.CharField()
    role_title = serializers.CharField()
    company = serializers.CharField()
    thread_id = serializers.IntegerField()
    request_id = serializers.IntegerField(allow_null=True)
    relay_id = serializers.IntegerField(allow_null=True)
    topics = serializers.ListField(child=serializers.ChoiceField(choices=Topic.choices))
    findings_count = serializers.IntegerField()

    def get_age_seconds(self, entry) -> int:
        return int(entry.age.total_seconds())


class ActivityOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    at = serializers.DateTimeField(source="created_at")
    actor = serializers.CharField(source="actor_label", help_text="Who did it (their e-mail at the time).")
    action = serializers.CharField()
    action_label = serializers.CharField(source="get_action_display")
    what = serializers.SerializerMethodField()
    target_type = serializers.CharField()
    target_id = serializers.CharField()

    def get_what(self, event) -> str:
        detail = event.detail or {}
        what = detail.get("what", "")
        label = detail.get("label", "")
        return f"{what}: {label}" if what and label else what
