"""``/feedback-requests/`` (list, new draft), ``/feedback-requests/{id}/`` (read, edit or delete a
draft) and its actions ``send/``, ``follow-up/`` and ``revoke-link/``."""

import django_filters
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.core.api.filters import IdFilter
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.feedback import services
from apps.feedback.api import serializers as out
from apps.feedback.models import Channel, RecipientRole, RequestStatus
from apps.feedback.permissions import can_change_request, requests_visible_to


class RequestFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=RequestStatus.choices)
    thread = IdFilter(field_name="thread_id", help_text="A thread id.")
    application = IdFilter(field_name="thread__application_id", help_text="An application id.")


class _RequestFields(serializers.Serializer):
    contact_id = out.IdField(required=False, allow_null=True, help_text="One of your contacts.")
    recipient_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    recipient_email = serializers.EmailField(required=False, allow_blank=True)
    recipient_role = serializers.ChoiceField(choices=RecipientRole.choices, required=False)
    topics = out.TopicsField(required=False)
    subject = serializers.CharField(max_length=200, required=False, allow_blank=True)
    body = serializers.CharField(max_length=out.TEXT_MAX, required=False, allow_blank=True)


class _RequestScope:
    scope = requests_visible_to
    can_change = can_change_request

    def refine(self, queryset):
        return queryset.select_related("thread", "outbox", "follow_up_outbox", "reply_link")


class RequestsApi(_RequestScope, ScopedListApi):
    """Your requests for feedback (1 query a page) — and a new draft to one person."""

    write_permission_classes = (IsCandidate,)
    serializer_class = out.RequestOutputSerializer
    filterset_class = RequestFilter
    ordering_fields = ["created_at", "sent_at"]
    ordering = ["-created_at"]

    class CreateInput(_RequestFields):
        application_id = out.IdField(help_text="One of your rejected applications.")

    @extend_schema(operation_id="feedback_requests_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="feedback_requests_create",
        request=CreateInput,
        responses={201: out.RequestOutputSerializer, **errors(403, 409)},
        description="A draft to one person: a contact (`contact_id`) or a name and address typed in. "
        "Without `subject`/`body`, your template fills them. An application not rejected is a 409.",
        examples=[
            OpenApiExample(
                "Ask Dana about the interview (wording from your template)",
                request_only=True,
                value={"application_id": 1, "contact_id": 2, "topics": ["interview", "skills"]},
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        created = services.request_create(owner=request.user, **data.validated_data)
        return Response(
            out.RequestOutputSerializer(self.get_queryset().get(pk=created.pk)).data, status=status.HTTP_201_CREATED
        )


class RequestApi(_RequestScope, ScopedApi):
    UpdateInput = _RequestFields

    @extend_schema(operation_id="feedback_requests_retrieve", responses={200: out.RequestOutputSerializer})
    def get(self, request, pk):
        return Response(out.RequestOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="feedback_requests_update",
        request=UpdateInput,
        responses={200: out.RequestOutputSerializer, **errors(403, 409)},
        description="Edit a draft. A sent request can't change (409); follow up once instead.",
    )
    def patch(self, request, pk):
        feedback_request = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        fields.setdefault("contact_id", services.UNCHANGED)
        services.request_update(request=feedback_request, **fields)
        return Response(out.RequestOutputSerializer(self.get_object()).data)

    @extend_schema(operation_id="feedback_requests_delete", responses={204: None, **errors(403, 409)})
    def delete(self, request, pk):
        services.request_delete(request=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


class RequestSendApi(_RequestScope, ScopedApi):
    class SendInput(serializers.Serializer):
        channel = serializers.ChoiceField(
            choices=Channel.choices,
            help_text="`debrief`: Debrief e-mails it with a reply link (Reply-To you). "
            "`own_mail`: you sent it from your own mail; this logs it.",
        )

    @extend_schema(
        operation_id="feedback_requests_send",
        request=SendInput,
        responses={200: out.RequestOutputSerializer, **errors(403, 409)},
        description="Send a draft. Refused with field messages: an empty body, over 10,000 characters or "
        "1,000 words, no topic, no e-mail address for `debrief`. Already sent: 409.",
        examples=[OpenApiExample("Debrief sends it", request_only=True, value={"channel": "debrief"})],
    )
    def post(self, request, pk):
        feedback_request = self.get_object(for_change=True)
        data = self.SendInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.request_send(request=feedback_request, channel=data.validated_data["channel"])
        return Response(out.RequestOutputSerializer(self.get_object()).data)


class RequestFollowUpApi(_RequestScope, ScopedApi):
    class FollowUpInput(serializers.Serializer):
        body = serializers.CharField(max_length=out.TEXT_MAX, allow_blank=True)
        subject = serializers.CharField(max_length=200, required=False, allow_blank=True)

    @extend_schema(
        operation_id="feedback_requests_follow_up",
        request=FollowUpInput,
        responses={200: out.RequestOutputSerializer, **errors(403, 409)},
        description="Follow up once, by the request's channel. A second follow-up is refused "
        "(409 `already_followed_up`).",
    )
    def post(self, request, pk):
        feedback_request = self.get_object(for_change=True)
        data = self.FollowUpInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.request_follow_up(request=feedback_request, **data.validated_data)
        return Response(out.RequestOutputSerializer(self.get_object()).data)


class RequestRevokeLinkApi(_RequestScope, ScopedApi):
    @extend_schema(
        operation_id="feedback_requests_revoke_link",
        request=None,
        responses={200: out.RequestOutputSerializer, **errors(403, 409)},
        description="End the reply link at once (idempotent). Sent from your own mail: 409 `no_reply_link`.",
    )
    def post(self, request, pk):
        services.reply_link_revoke(request=self.get_object(for_change=True))
        return Response(out.RequestOutputSerializer(self.get_object()).data)
