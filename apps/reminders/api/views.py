"""Notifications over the API: list (cursor pages, newest first), unread count, mark read."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import ListAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.core.api.pagination import CursorPagination
from apps.reminders.permissions import notification_get_for_user
from apps.reminders.selectors import notification_unread_count, notifications_visible_to
from apps.reminders.services import notification_mark_read, notifications_mark_all_read


class NotificationOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    kind = serializers.CharField()
    text = serializers.CharField()
    link = serializers.CharField()
    is_read = serializers.BooleanField()
    read_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()


class NotificationListApi(ListAPIView):
    """My notifications, newest first, in cursor pages. `?unread=true` for unread ones only."""

    serializer_class = NotificationOutputSerializer
    pagination_class = CursorPagination
    filter_backends = []  # the one filter below; ordering is the cursor's

    class FilterSerializer(serializers.Serializer):
        unread = serializers.BooleanField(required=False, allow_null=True, default=None)

    def get_queryset(self):
        filters = self.FilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        notifications = notifications_visible_to(self.request.user)
        unread = filters.validated_data.get("unread")
        if unread is not None:
            notifications = notifications.filter(read_at__isnull=unread)
        return notifications

    @extend_schema(
        operation_id="notifications_list",
        parameters=[OpenApiParameter("unread", bool, description="Only unread (true) or only read (false).")],
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class NotificationUnreadCountApi(APIView):
    class OutputSerializer(serializers.Serializer):
        unread = serializers.IntegerField()

    @extend_schema(operation_id="notifications_unread_count", responses={200: OutputSerializer})
    def get(self, request):
        return Response({"unread": notification_unread_count(user=request.user)})


class NotificationReadApi(APIView):
    """Mark one of my notifications read (idempotent). Someone else's is a 404."""

    @extend_schema(operation_id="notifications_read", request=None, responses={200: NotificationOutputSerializer})
    def post(self, request, public_id):
        notification = notification_get_for_user(request.user, public_id)
        notification_mark_read(notification=notification)
        return Response(NotificationOutputSerializer(notification).data)


class NotificationReadAllApi(APIView):
    class OutputSerializer(serializers.Serializer):
        marked_read = serializers.IntegerField()

    @extend_schema(operation_id="notifications_read_all", request=None, responses={200: OutputSerializer})
    def post(self, request):
        return Response({"marked_read": notifications_mark_all_read(user=request.user)})
