"""``/feedback-threads/`` (list) and ``/feedback-threads/{id}/`` (the thread's timeline)."""

import django_filters
from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from apps.core.api.filters import IdFilter
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.feedback import selectors
from apps.feedback.api import serializers as out
from apps.feedback.models import FeedbackRequest
from apps.feedback.permissions import threads_visible_to


class ThreadFilter(django_filters.FilterSet):
    application = IdFilter(field_name="application_id", help_text="An application id.")


class ThreadsApi(ScopedListApi):
    """Your feedback threads, newest first, each with its state and latest request. 2 queries a page
    (threads with application and company; their requests)."""

    scope = threads_visible_to
    serializer_class = out.ThreadOutputSerializer
    filterset_class = ThreadFilter
    ordering_fields = ["created_at", "opened_at"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.select_related("application__company").prefetch_related(
            Prefetch("requests", queryset=FeedbackRequest.objects.order_by("-created_at", "-id"))
        )

    @extend_schema(operation_id="feedback_threads_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ThreadApi(ScopedApi):
    """One thread with its requests, replies (items, thank-yous) and timeline. 4 queries."""

    scope = threads_visible_to

    @extend_schema(operation_id="feedback_threads_retrieve", responses={200: out.ThreadDetailOutputSerializer})
    def get(self, request, pk):
        thread = selectors.thread_detail(user=request.user, pk=pk)
        return Response(out.ThreadDetailOutputSerializer(thread).data)
