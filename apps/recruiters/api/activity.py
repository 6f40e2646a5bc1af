"""``/me/activity/``: "who looked at what, when" — the audit log about you (recruiters' reads of
your data, relays published to you, your own sign-in and token events), newest first."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics

from apps.core.models import AuditEvent
from apps.core.selectors import audit_events_about
from apps.recruiters.api import serializers as out


class MyActivityApi(generics.ListAPIView):
    """Cursor-paginated, newest first. 2 queries a page (events; none per row)."""

    serializer_class = out.ActivityOutputSerializer

    def get_queryset(self):
        if not self.request.user.is_authenticated:  # the schema generator's anonymous request
            return AuditEvent.objects.none()
        return audit_events_about(user=self.request.user)

    @extend_schema(operation_id="me_activity_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)
