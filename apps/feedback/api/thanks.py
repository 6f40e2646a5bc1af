"""``/thank-yous/`` (the gratitude ledger), ``/thank-yous/{id}/`` and its actions ``send/`` and ``skip/``."""

import django_filters
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.feedback import services
from apps.feedback.api import serializers as out
from apps.feedback.models import Channel, ThankYouStatus
from apps.feedback.permissions import can_change_thank_you, thank_yous_visible_to


class _ThankYouScope:
    scope = thank_yous_visible_to
    can_change = can_change_thank_you

    def refine(self, queryset):
        return queryset.select_related("outbox")


class ThankYouFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ThankYouStatus.choices)


class ThankYousApi(_ThankYouScope, ScopedListApi):
    """Thank-yous owed, sent and skipped, to whom. 1 query a page."""

    serializer_class = out.ThankYouOutputSerializer
    filterset_class = ThankYouFilter
    ordering_fields = ["created_at", "sent_at"]
    ordering = ["-created_at"]

    @extend_schema(operation_id="thank_yous_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ThankYouApi(_ThankYouScope, ScopedApi):
    @extend_schema(operation_id="thank_yous_retrieve", responses={200: out.ThankYouOutputSerializer})
    def get(self, request, pk):
        return Response(out.ThankYouOutputSerializer(self.get_object()).data)


class ThankYouSendApi(_ThankYouScope, ScopedApi):
    class SendInput(serializers.Serializer):
        channel = serializers.ChoiceField(choices=Channel.choices)
        subject = serializers.CharField(max_length=200, required=False, allow_blank=True)
        body = serializers.CharField(max_length=out.TEXT_MAX, required=False, allow_blank=True)

    @extend_schema(
        operation_id="thank_yous_send",
        request=SendInput,
        responses={200: out.ThankYouOutputSerializer, **errors(403, 409)},
        description="Send (`debrief`, through the outbox, Reply-To you) or log (`own_mail`) your thanks. "
        "Thanking twice is refused (409 `already_thanked`).",
        examples=[
            OpenApiExample(
                "Thanks by Debrief",
                request_only=True,
                value={"channel": "debrief", "body": "Thank you, Dana — that helps a lot."},
            )
        ],
    )
    def post(self, request, pk):
        thank_you = self.get_object(for_change=True)
        data = self.SendInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.thank_you_send(thank_you=thank_you, **data.validated_data)
        return Response(out.ThankYouOutputSerializer(self.get_object()).data)


class ThankYouSkipApi(_ThankYouScope, ScopedApi):
    @extend_schema(
        operation_id="thank_yous_skip",
        request=None,
        responses={200: out.ThankYouOutputSerializer, **errors(403, 409)},
        description="Decide not to thank (the reminders stop). Already sent: 409.",
    )
    def post(self, request, pk):
        services.thank_you_skip(thank_you=self.get_object(for_change=True))
        return Response(out.ThankYouOutputSerializer(self.get_object()).data)
