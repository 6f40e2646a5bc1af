"""What the feedback says across all rejections: topics over time, the most frequent "to
improve" topics with the quotes behind them, and the feedback yield (answered / asked) by the
asked person's role, by channel and by the stage reached. 3 queries whatever the data."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncMonth

from apps.candidates.models import Stage
from apps.feedback.models import Channel, Polarity, RecipientRole, RequestStatus, Topic
from apps.feedback.permissions import items_visible_to, requests_visible_to

QUOTES_PER_TOPIC = 3
QUOTE_POOL = 300  # the newest "to improve" items looked at for quotes


@dataclass
class Yield:
    asked: int = 0
    answered: int = 0
    declined: int = 0

    @property
    def rate(self) -> float:
        return self.answered / self.asked if self.asked else 0.0

    @property
    def percent(self) -> int:
        return round(self.rate * 100)

    def as_dict(self) -> dict:
        return {"asked": self.asked, "answered": self.answered, "declined": self.declined, "rate": round(self.rate, 3)}


@dataclass
class Insights:
    # [{"month": date, "counts": {topic: n}, "total": n}], oldest first
    months: list[dict] = field(default_factory=list)
    # [{"topic", "label", "count", "quotes": [{"text", "role_title", "company", "item_id"}]}], most frequent first
    to_improve: list[dict] = field(default_factory=list)
    strengths: list[dict] = field(default_factory=list)  # [{"topic", "label", "count"}]
    total: Yield = field(default_factory=Yield)
    by_role: dict[str, Yield] = field(default_factory=dict)
    by_channel: dict[str, Yield] = field(default_factory=dict)
    by_stage: dict[str, Yield] = field(default_factory=dict)
    item_count: int = 0


def insights_for(*, user) -> Insights:
    """3 queries: items by month × topic × polarity, the newest "to improve" items (quotes),
    requests by role × channel × stage × status."""
    insights = Insights()
    items = items_visible_to(user)

    by_month: dict = defaultdict(Counter)
    to_improve: Counter = Counter()
    strengths: Counter = Counter()
    for row in (
        items.annotate(month=TruncMonth("reply__received_at"))
        .values("month", "topic", "polarity")
        .annotate(n=Count("id"))
        .order_by("month")
    ):
        by_month[row["month"].date() if hasattr(row["month"], "date") else row["month"]][row["topic"]] += row["n"]
        (to_improve if row["polarity"] == Polarity.TO_IMPROVE else strengths)[row["topic"]] += row["n"]
        insights.item_count += row["n"]
    insights.months = [
        {"month": month, "counts": dict(counts), "total": sum(counts.values())}
        for month, counts in sorted(by_month.items())
    ]

    quotes: dict[str, list[dict]] = defaultdict(list)
    pool = (
        items.filter(polarity=Polarity.TO_IMPROVE)
        .select_related("reply__thread__application__company")
        .order_by("-reply__received_at", "-id")[:QUOTE_POOL]
    )
    for item in pool:
        if len(quotes[item.topic]) < QUOTES_PER_TOPIC:
            application = item.reply.thread.application
            quotes[item.topic].append(
                {
                    "item_id": item.pk,
                    "text": item.text,
                    "role_title": application.role_title,
                    "company": application.company.name,
                }
            )
    insights.to_improve = [
        {"topic": topic, "label": Topic(topic).label, "count": count, "quotes": quotes.get(topic, [])}
        for topic, count in to_improve.most_common()
    ]
    insights.strengths = [
        {"topic": topic, "label": Topic(topic).label, "count": count} for topic, count in strengths.most_common()
    ]

    insights.by_role = {value: Yield() for value in RecipientRole.values}
    insights.by_channel = {value: Yield() for value in Channel.values}
    insights.by_stage = {}
    for row in (
        requests_visible_to(user)
        .exclude(status=RequestStatus.DRAFT)
        .values(
            "recipient_role",
            "channel",
            "status",
            "thread__application__rejection_stage_reached",
            "thread__application__furthest_stage",
        )
        .annotate(n=Count("id"))
        .order_by()
    ):
        stage = row["thread__application__rejection_stage_reached"] or row["thread__application__furthest_stage"]
        buckets = [
            insights.total,
            insights.by_role.setdefault(row["recipient_role"], Yield()),
            insights.by_channel.setdefault(row["channel"], Yield()),
            insights.by_stage.setdefault(stage, Yield()),
        ]
        for bucket in buckets:
            bucket.asked += row["n"]
            if row["status"] == RequestStatus.ANSWERED:
                bucket.answered += row["n"]
            elif row["status"] == RequestStatus.DECLINED:
                bucket.declined += row["n"]
    order = list(Stage.values)
    insights.by_stage = dict(
        sorted(insights.by_stage.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    )
    return insights
