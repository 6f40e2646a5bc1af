"""``/action-items/`` (the improvement plan: list, add), ``/action-items/{id}/`` (read, change,
delete) and ``/action-items/{id}/complete/``."""

import django_filters
from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.feedback import services
from apps.feedback.api import serializers as out
from apps.feedback.models import ActionStatus, FeedbackItem, Topic
from apps.feedback.permissions import action_items_visible_to, can_change_action_item


class _ActionItemScope:
    scope = action_items_visible_to
    can_change = can_change_action_item

    def refine(self, queryset):
        return queryset.prefetch_related(Prefetch("items", queryset=FeedbackItem.objects.only("id")))


class ActionItemFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ActionStatus.choices)
    topic = django_filters.ChoiceFilter(choices=Topic.choices)


class _ActionItemFields(serializers.Serializer):
    title = serializers.CharField(max_length=200, required=False)
    topic = serializers.ChoiceField(choices=Topic.choices, required=False)
    due_on = serializers.DateField(required=False, allow_null=True)
    notes = serializers.CharField(max_length=out.TEXT_MAX, required=False, allow_blank=True)
    item_ids = serializers.ListField(child=out.IdField(), required=False, max_length=100)

    def validate_due_on(self, value):
        if value is not None and not 2000 <= value.year <= 2100:
            raise serializers.ValidationError("Pick a date between the years 2000 and 2100.")
        return value


class ActionItemsApi(_ActionItemScope, ScopedListApi):
    """Your improvement plan (2 queries a page: steps; the ids of their feedback items) — and a new step."""

    write_permission_classes = (IsCandidate,)
    serializer_class = out.ActionItemOutputSerializer
    filterset_class = ActionItemFilter
    ordering_fields = ["created_at", "due_on"]
    ordering = ["-created_at"]

    class CreateInput(_ActionItemFields):
        title = serializers.CharField(max_length=200)

    @extend_schema(operation_id="action_items_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="action_items_create",
        request=CreateInput,
        responses={201: out.ActionItemOutputSerializer, **errors(403)},
        examples=[
            OpenApiExample(
                "Practise",
                request_only=True,
                value={"title": "Practise three STAR stories", "item_ids": [4], "due_on": "2026-12-15"},
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        action_item = services.action_item_create(owner=request.user, **data.validated_data)
        return Response(
            out.ActionItemOutputSerializer(self.get_queryset().get(pk=action_item.pk)).data,
            status=status.HTTP_201_CREATED,
        )


class ActionItemApi(_ActionItemScope, ScopedApi):
    class UpdateInput(_ActionItemFields):
        status = serializers.ChoiceField(choices=ActionStatus.choices, required=False)

    @extend_schema(operation_id="action_items_retrieve", responses={200: out.ActionItemOutputSerializer})
    def get(self, request, pk):
        return Response(out.ActionItemOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="action_items_update",
        request=UpdateInput,
        responses={200: out.ActionItemOutputSerializer, **errors(403)},
    )
    def patch(self, request, pk):
        action_item = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        fields.setdefault("due_on", services.UNCHANGED)
        services.action_item_update(action_item=action_item, **fields)
        return Response(out.ActionItemOutputSerializer(self.get_object()).data)

    @extend_schema(operation_id="action_items_delete", responses={204: None, **errors(403)})
    def delete(self, request, pk):
        services.action_item_delete(action_item=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ActionItemCompleteApi(_ActionItemScope, ScopedApi):
    @extend_schema(
        operation_id="action_items_complete",
        request=None,
        responses={200: out.ActionItemOutputSerializer, **errors(403)},
        description="Done — well done. Idempotent; its reminder stops.",
    )
    def post(self, request, pk):
        services.action_item_complete(action_item=self.get_object(for_change=True))
        return Response(out.ActionItemOutputSerializer(self.get_object()).data)
