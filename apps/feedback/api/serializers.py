"""Shapes the feedback API speaks. Output serializers read loaded rows (never query beyond what
the view's selector loaded); input serializers describe shape only — ids are plain integers the
services resolve in the owner's scope."""

from rest_framework import serializers

from apps.feedback.models import (
    ActionStatus,
    Channel,
    Polarity,
    RecipientRole,
    ReplySource,
    RequestStatus,
    TemplateKind,
    ThankYouStatus,
    ThreadState,
    Topic,
)
from apps.reminders.models import Reminder

MAX_ID = 2**63 - 1
TEXT_MAX = 10_000


def IdField(**kwargs) -> serializers.IntegerField:  # noqa: N802 - reads like a field class
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


def TopicsField(**kwargs) -> serializers.ListField:  # noqa: N802
    return serializers.ListField(child=serializers.ChoiceField(choices=Topic.choices), max_length=len(Topic), **kwargs)


DELIVERY_CHOICES = [("", "Not sent by Debrief"), *Reminder.Status.choices]
THANK_YOU_CHANNEL_CHOICES = [("", "Not sent yet"), *Channel.choices]


class ApplicationRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    role_title = serializers.CharField()
    company = serializers.CharField(source="company.name")
    rejected_at = serializers.DateTimeField(allow_null=True)
    rejection_summary = serializers.CharField()


class ReplyLinkSerializer(serializers.Serializer):
    expires_at = serializers.DateTimeField()
    revoked_at = serializers.DateTimeField(allow_null=True)
    used_at = serializers.DateTimeField(allow_null=True)
    state = serializers.SerializerMethodField()

    def get_state(self, link) -> str:
        return link.problem() or "active"


class RequestOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    thread_id = serializers.IntegerField()
    application_id = serializers.IntegerField(source="thread.application_id")
    contact_id = serializers.IntegerField(allow_null=True)
    recipient_name = serializers.CharField()
    recipient_email = serializers.CharField()
    recipient_role = serializers.ChoiceField(choices=RecipientRole.choices)
    topics = serializers.ListField(child=serializers.ChoiceField(choices=Topic.choices))
    subject = serializers.CharField()
    body = serializers.CharField()
    channel = serializers.ChoiceField(choices=Channel.choices)
    status = serializers.ChoiceField(choices=RequestStatus.choices)
    tone_findings = serializers.ListField(child=serializers.DictField())
    sent_at = serializers.DateTimeField(allow_null=True)
    followed_up_at = serializers.DateTimeField(allow_null=True)
    follow_up_body = serializers.CharField()
    closed_at = serializers.DateTimeField(allow_null=True)
    can_follow_up = serializers.BooleanField()
    delivery_status = serializers.ChoiceField(choices=DELIVERY_CHOICES, help_text="The outbox row's status.")
    follow_up_delivery_status = serializers.SerializerMethodField()
    reply_link = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_follow_up_delivery_status(self, request) -> str:
        return request.follow_up_outbox.status if request.follow_up_outbox_id else ""

    def get_reply_link(self, request) -> dict | None:
        link = getattr(request, "reply_link", None)
        return ReplyLinkSerializer(link).data if link is not None else None


class ItemOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reply_id = serializers.IntegerField()
    topic = serializers.ChoiceField(choices=Topic.choices)
    polarity = serializers.ChoiceField(choices=Polarity.choices)
    text = serializers.CharField()
    position = serializers.IntegerField()


class ThankYouOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reply_id = serializers.IntegerField()
    recipient_name = serializers.CharField()
    recipient_email = serializers.CharField()
    recipient_role = serializers.ChoiceField(choices=RecipientRole.choices)
    status = serializers.ChoiceField(choices=ThankYouStatus.choices)
    channel = serializers.ChoiceField(choices=THANK_YOU_CHANNEL_CHOICES)
    subject = serializers.CharField()
    body = serializers.CharField()
    sent_at = serializers.DateTimeField(allow_null=True)
    delivery_status = serializers.ChoiceField(choices=DELIVERY_CHOICES)
    created_at = serializers.DateTimeField()


class ReplyOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    thread_id = serializers.IntegerField()
    request_id = serializers.IntegerField(allow_null=True)
    source = serializers.ChoiceField(choices=ReplySource.choices)
    declined = serializers.BooleanField()
    text = serializers.CharField()
    received_at = serializers.DateTimeField()
    answered_by_name = serializers.CharField()
    answered_by_role = serializers.ChoiceField(choices=RecipientRole.choices)
    items = ItemOutputSerializer(many=True)
    thank_you = serializers.SerializerMethodField()

    def get_thank_you(self, reply) -> dict | None:
        thank_you = getattr(reply, "thank_you", None)
        return ThankYouOutputSerializer(thank_you).data if thank_you is not None else None


class ThreadOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    application = ApplicationRefSerializer()
    state = serializers.ChoiceField(choices=ThreadState.choices)
    opened_at = serializers.DateTimeField()
    closed_at = serializers.DateTimeField(allow_null=True)
    latest_request = serializers.SerializerMethodField()

    def get_latest_request(self, thread) -> dict | None:
        requests = list(thread.requests.all())
        if not requests:
            return None
        latest = requests[0]
        return {"id": latest.pk, "status": latest.status, "recipient_name": latest.recipient_name}


class EventSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    kind = serializers.CharField()
    text = serializers.CharField()


class ThreadDetailOutputSerializer(ThreadOutputSerializer):
    requests = RequestOutputSerializer(many=True, source="request_list")
    replies = ReplyOutputSerializer(many=True, source="reply_list")
    timeline = EventSerializer(many=True)

    def get_latest_request(self, thread) -> dict | None:
        requests = thread.request_list
        if not requests:
            return None
        latest = requests[-1]
        return {"id": latest.pk, "status": latest.status, "recipient_name": latest.recipient_name}


class ActionItemOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    topic = serializers.ChoiceField(choices=Topic.choices)
    due_on = serializers.DateField(allow_null=True)
    status = serializers.ChoiceField(choices=ActionStatus.choices)
    notes = serializers.CharField()
    item_ids = serializers.SerializerMethodField()
    completed_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()

    def get_item_ids(self, action_item) -> list[int]:
        return [item.pk for item in action_item.items.all()]


class TemplateOutputSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=TemplateKind.choices)
    subject = serializers.CharField()
    body = serializers.CharField()
    is_default = serializers.BooleanField()


class FindingSerializer(serializers.Serializer):
    code = serializers.CharField()
    start = serializers.IntegerField(min_value=0)
    end = serializers.IntegerField(min_value=0)
    message = serializers.CharField()
    suggestion = serializers.CharField()
