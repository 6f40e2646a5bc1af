"""Insights: topics over time (SVG and a table), the most frequent "to improve" topics with the
quotes behind them, and the feedback yield (answered / asked) by role, channel and stage."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from apps.candidates.models import Stage
from apps.feedback import charts, selectors
from apps.feedback.models import Channel, RecipientRole, Topic
from apps.feedback.views.shell import candidate_page

CHANNEL_LABELS = {Channel.DEBRIEF: "Sent by Debrief", Channel.OWN_MAIL: "Sent from your mail"}


def _rates(yields: dict, labels: dict) -> list[charts.Rate]:
    return [
        charts.Rate(label=labels.get(key, str(key).replace("_", " ").capitalize()), answered=y.answered, asked=y.asked)
        for key, y in yields.items()
        if y.asked
    ]


@candidate_page
@require_safe
def insights(request):
    """A fixed 5 queries whatever the data (session, user, preferences, then the insights' 3)."""
    data = selectors.insights_for(user=request.user)
    topic_labels = dict(Topic.choices)
    months = [row["month"] for row in data.months]
    counts = {(row["month"], topic): n for row in data.months for topic, n in row["counts"].items()}
    over_time = charts.topics_over_time(months, counts, topic_labels)
    improve = charts.bars([(row["topic"], row["label"], row["count"]) for row in data.to_improve])
    context = {
        "data": data,
        "over_time": over_time,
        "improve": improve,
        "month_rows": [
            {
                "label": charts.month_label(row["month"]),
                "total": row["total"],
                "cells": [(topic_labels[t], row["counts"].get(t, 0)) for t, _, _ in over_time.legend],
            }
            for row in data.months
        ],
        "total_rate": charts.Rate(label="All requests", answered=data.total.answered, asked=data.total.asked),
        "yield_groups": [
            ("Who you asked", _rates(data.by_role, dict(RecipientRole.choices))),
            ("How it went out", _rates(data.by_channel, CHANNEL_LABELS)),
            ("Stage you reached", _rates(data.by_stage, dict(Stage.choices))),
        ],
    }
    return render(request, "feedback/insights.html", context)
