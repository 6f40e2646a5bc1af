"""``/feedback-insights/``: themes over time, the most frequent "to improve" topics with their
quotes, the feedback yield, and the gratitude ledger's counts."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from apps.core.api.scoping import ScopedApi
from apps.feedback import selectors
from apps.feedback.models import Topic
from apps.feedback.permissions import items_visible_to


class YieldSerializer(serializers.Serializer):
    asked = serializers.IntegerField()
    answered = serializers.IntegerField()
    declined = serializers.IntegerField()
    rate = serializers.FloatField(help_text="answered / asked (0 when nothing was asked).")


class MonthSerializer(serializers.Serializer):
    month = serializers.CharField(help_text="YYYY-MM")
    counts = serializers.DictField(child=serializers.IntegerField(), help_text="Items per topic.")
    total = serializers.IntegerField()


class QuoteSerializer(serializers.Serializer):
    item_id = serializers.IntegerField()
    text = serializers.CharField()
    role_title = serializers.CharField()
    company = serializers.CharField()


class ThemeSerializer(serializers.Serializer):
    topic = serializers.ChoiceField(choices=Topic.choices)
    label = serializers.CharField()
    count = serializers.IntegerField()
    quotes = QuoteSerializer(many=True, required=False)


class GratitudeSerializer(serializers.Serializer):
    owed = serializers.IntegerField()
    sent = serializers.IntegerField()
    skipped = serializers.IntegerField()


class InsightsApi(ScopedApi):
    """What the feedback says across all your rejections. 4 queries whatever the data."""

    scope = items_visible_to

    class InsightsOutput(serializers.Serializer):
        item_count = serializers.IntegerField()
        months = MonthSerializer(many=True)
        to_improve = ThemeSerializer(many=True)
        strengths = ThemeSerializer(many=True)
        total = YieldSerializer()
        by_role = serializers.DictField(child=YieldSerializer(), help_text="By the asked person's role.")
        by_channel = serializers.DictField(child=YieldSerializer(), help_text="debrief / own_mail.")
        by_stage = serializers.DictField(child=YieldSerializer(), help_text="By the stage the application reached.")
        gratitude = GratitudeSerializer()

    @extend_schema(operation_id="feedback_insights_retrieve", responses={200: InsightsOutput})
    def get(self, request):
        insights = selectors.insights_for(user=request.user)
        ledger = selectors.gratitude_ledger(user=request.user)
        data = {
            "item_count": insights.item_count,
            "months": [
                {"month": row["month"].strftime("%Y-%m"), "counts": row["counts"], "total": row["total"]}
                for row in insights.months
            ],
            "to_improve": insights.to_improve,
            "strengths": insights.strengths,
            "total": insights.total.as_dict(),
            "by_role": {key: value.as_dict() for key, value in insights.by_role.items()},
            "by_channel": {key: value.as_dict() for key, value in insights.by_channel.items()},
            "by_stage": {key: value.as_dict() for key, value in insights.by_stage.items()},
            "gratitude": {"owed": ledger["owed_count"], "sent": ledger["sent_count"], "skipped": ledger["skipped"]},
        }
        return Response(self.InsightsOutput(data).data)
