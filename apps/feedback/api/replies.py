"""``/feedback-replies/`` (list; record an answer that came by e-mail or phone), ``/feedback-replies/{id}/``,
``/feedback-items/`` (list), ``/feedback-items/{id}/`` (read, retag, reword), ``/feedback-items/{id}/split/``
and ``/feedback-items/merge/``."""

import django_filters
from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.core.api.filters import IdFilter
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.feedback import services
from apps.feedback.api import serializers as out
from apps.feedback.models import FeedbackItem, Polarity, Topic
from apps.feedback.permissions import can_change_item, items_visible_to, replies_visible_to


class _ReplyScope:
    scope = replies_visible_to

    def refine(self, queryset):
        return queryset.select_related("thank_you__outbox").prefetch_related(
            Prefetch("items", queryset=FeedbackItem.objects.order_by("position", "id"))
        )


class RepliesApi(_ReplyScope, ScopedListApi):
    """Answers received (2 queries a page: replies with their thank-yous; items) — and record one
    that came another way."""

    write_permission_classes = (IsCandidate,)
    serializer_class = out.ReplyOutputSerializer
    ordering_fields = ["created_at", "received_at"]
    ordering = ["-created_at"]

    class RecordInput(serializers.Serializer):
        request_id = out.IdField(help_text="One of your sent requests.")
        text = serializers.CharField(max_length=40_000, required=False, allow_blank=True)
        declined = serializers.BooleanField(default=False, help_text="They'd rather not say.")
        answered_by_name = serializers.CharField(max_length=150, required=False, allow_blank=True)

    @extend_schema(operation_id="feedback_replies_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="feedback_replies_create",
        request=RecordInput,
        responses={201: out.ReplyOutputSerializer, **errors(403, 409)},
        description="The answer is split into items with guessed topics and polarities (fix them with PATCH, "
        "split and merge). Every answer — a decline too — owes a thank-you. A second answer is a 409.",
        examples=[
            OpenApiExample(
                "A pasted answer",
                request_only=True,
                value={"request_id": 1, "text": "Your interview was strong.\n\nThe résumé could be shorter."},
            )
        ],
    )
    def post(self, request):
        data = self.RecordInput(data=request.data)
        data.is_valid(raise_exception=True)
        reply = services.reply_record(owner=request.user, **data.validated_data)
        return Response(
            out.ReplyOutputSerializer(self.get_queryset().get(pk=reply.pk)).data, status=status.HTTP_201_CREATED
        )


class ReplyApi(_ReplyScope, ScopedApi):
    @extend_schema(operation_id="feedback_replies_retrieve", responses={200: out.ReplyOutputSerializer})
    def get(self, request, pk):
        return Response(out.ReplyOutputSerializer(self.get_object()).data)


class ItemFilter(django_filters.FilterSet):
    topic = django_filters.MultipleChoiceFilter(choices=Topic.choices)
    polarity = django_filters.ChoiceFilter(choices=Polarity.choices)
    reply = IdFilter(field_name="reply_id", help_text="A reply id.")


class ItemsApi(ScopedListApi):
    """Every point of feedback, tagged by topic and polarity. 1 query a page."""

    scope = items_visible_to
    serializer_class = out.ItemOutputSerializer
    filterset_class = ItemFilter
    ordering_fields = ["created_at", "position"]
    ordering = ["-created_at"]

    @extend_schema(operation_id="feedback_items_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ItemApi(ScopedApi):
    scope = items_visible_to
    can_change = can_change_item

    class UpdateInput(serializers.Serializer):
        topic = serializers.ChoiceField(choices=Topic.choices, required=False)
        polarity = serializers.ChoiceField(choices=Polarity.choices, required=False)
        text = serializers.CharField(max_length=5_000, required=False)

    @extend_schema(operation_id="feedback_items_retrieve", responses={200: out.ItemOutputSerializer})
    def get(self, request, pk):
        return Response(out.ItemOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="feedback_items_update",
        request=UpdateInput,
        responses={200: out.ItemOutputSerializer, **errors(403)},
        examples=[OpenApiExample("Retag", request_only=True, value={"topic": "skills", "polarity": "strength"})],
    )
    def patch(self, request, pk):
        item = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        item, _ = services.item_update(item=item, **data.validated_data)
        return Response(out.ItemOutputSerializer(item).data)


class ItemSplitApi(ScopedApi):
    scope = items_visible_to
    can_change = can_change_item

    class SplitInput(serializers.Serializer):
        at = serializers.IntegerField(min_value=1, max_value=100_000, help_text="The character offset to split at.")

    @extend_schema(
        operation_id="feedback_items_split",
        request=SplitInput,
        responses={200: out.ItemOutputSerializer(many=True), **errors(403)},
        description="Two items from one; both keep the topic and polarity. Answers both, in order.",
    )
    def post(self, request, pk):
        item = self.get_object(for_change=True)
        data = self.SplitInput(data=request.data)
        data.is_valid(raise_exception=True)
        parts = services.item_split(item=item, at=data.validated_data["at"])
        return Response(out.ItemOutputSerializer(parts, many=True).data)


class ItemMergeApi(ScopedApi):
    write_permission_classes = (IsCandidate,)
    scope = items_visible_to

    class MergeInput(serializers.Serializer):
        item_ids = serializers.ListField(child=out.IdField(), min_length=2, max_length=50)

    @extend_schema(
        operation_id="feedback_items_merge",
        request=MergeInput,
        responses={200: out.ItemOutputSerializer, **errors(403)},
        description="Merge items of one answer into the first (by position); their words are kept in order.",
    )
    def post(self, request):
        data = self.MergeInput(data=request.data)
        data.is_valid(raise_exception=True)
        item = services.item_merge(owner=request.user, item_ids=data.validated_data["item_ids"])
        return Response(out.ItemOutputSerializer(item).data)
