"""``/work-queue/``: what the recruiter should do next — asks waiting for a relay and drafts to
publish, overdue first, each with its age. Reading it is a read of each listed candidate's data,
so it is audited like the candidate list."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import IsRecruiter
from apps.recruiters import selectors, services
from apps.recruiters.api import serializers as out

QUEUE_MAX = 500


class WorkQueueApi(APIView):
    """2 queries (asks waiting, drafts) plus 1 INSERT for the audit rows, whatever the number of candidates."""

    permission_classes = (IsRecruiter,)

    class QueueOutput(serializers.Serializer):
        count = serializers.IntegerField()
        overdue = serializers.IntegerField()
        truncated = serializers.BooleanField(help_text=f"More than {QUEUE_MAX} entries: the oldest are shown.")
        results = out.QueueEntrySerializer(many=True)

    class QueueFilter(serializers.Serializer):
        kind = serializers.ChoiceField(choices=["ask", "draft", "overdue"], required=False)

    @extend_schema(
        operation_id="work_queue_retrieve",
        parameters=[QueueFilter],
        responses={200: QueueOutput},
        description="The whole queue at once (it is your open work, not a history): asks waiting for a "
        "relay (overdue after 3 days) and drafts to publish (overdue after 2), overdue first, then oldest. "
        "`kind` narrows it to asks, drafts or overdue entries.",
    )
    def get(self, request):
        query = self.QueueFilter(data=request.query_params)
        query.is_valid(raise_exception=True)
        entries = selectors.work_queue(recruiter=request.user)
        kind = query.validated_data.get("kind")
        if kind == "overdue":
            entries = [entry for entry in entries if entry.overdue]
        elif kind:
            entries = [entry for entry in entries if entry.kind == kind]
        shown = entries[:QUEUE_MAX]
        services.audit_recruiter_read(
            recruiter=request.user, what="work queue", candidate_ids=[entry.candidate_id for entry in shown], via="api"
        )
        return Response(
            self.QueueOutput(
                {
                    "count": len(entries),
                    "overdue": sum(1 for entry in entries if entry.overdue),
                    "truncated": len(entries) > QUEUE_MAX,
                    "results": shown,
                }
            ).data
        )
