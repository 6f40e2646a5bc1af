"""Insights: topics over time, the most frequent "to improve" topics with the quotes behind them,
and the feedback yield by the asked person's role, channel and stage reached — in 3 queries."""

import pytest

from apps.feedback import services
from apps.feedback.insights import insights_for
from apps.feedback.models import ReplyLink
from tests.feedback.factories import RequestFactory

pytestmark = pytest.mark.django_db


def _answered(candidate, text: str, *, role="hiring_manager", channel="own_mail"):
    request = RequestFactory(owner=candidate, recipient_role=role, contact=None)
    if channel == "debrief":
        services.request_send(request=request, channel="debrief")
        return services.reply_submit(token=ReplyLink.objects.get(request=request).token, free_text=text)
    services.request_mark_sent(request=request)
    return services.reply_record_pasted(request=request, text=text)


def test_the_most_frequent_topic_to_improve_comes_first_with_its_quotes(candidate):
    _answered(candidate, "You lacked experience with dbt.")
    _answered(candidate, "More years of experience would help.")
    _answered(candidate, "Your CV could be shorter.")
    top = insights_for(user=candidate).to_improve[0]
    assert (top["topic"], top["count"]) == ("experience", 2)
    assert {quote["text"] for quote in top["quotes"]} == {
        "You lacked experience with dbt.",
        "More years of experience would help.",
    }


def test_strengths_are_counted_apart(candidate):
    _answered(candidate, "Your cover letter was excellent.")
    assert insights_for(user=candidate).strengths == [{"topic": "cover_letter", "label": "Cover letter", "count": 1}]


def test_topics_are_counted_by_month(candidate):
    _answered(candidate, "Your CV could be shorter. Your interview answers were vague.")
    (month,) = insights_for(user=candidate).months
    assert month["counts"] == {"resume": 1, "interview": 1}


def test_the_yield_is_answered_over_asked_by_role_and_channel(candidate):
    _answered(candidate, "Good interview.", role="interviewer", channel="debrief")
    unanswered = RequestFactory(owner=candidate, recipient_role="interviewer", contact=None)
    services.request_mark_sent(request=unanswered)
    insights = insights_for(user=candidate)
    assert insights.by_role["interviewer"].as_dict() == {"asked": 2, "answered": 1, "declined": 0, "rate": 0.5}
    assert insights.by_channel["debrief"].rate == 1.0


def test_the_yield_counts_by_the_stage_reached(candidate):
    _answered(candidate, "Good interview.")
    assert insights_for(user=candidate).by_stage["interviewing"].answered == 1


def test_drafts_are_not_counted_as_asked(candidate):
    RequestFactory(owner=candidate)
    assert insights_for(user=candidate).total.asked == 0


def test_someone_elses_feedback_never_shows(candidate, other_candidate):
    _answered(candidate, "You lacked experience.")
    assert insights_for(user=other_candidate).item_count == 0


@pytest.mark.parametrize("rows", [1, 50])
def test_insights_take_three_queries_for_1_and_50_answers(candidate, rows, django_assert_num_queries):
    for _ in range(rows):
        _answered(candidate, "You lacked experience. Your CV was clear.")
    # 1 items by month × topic × polarity, 2 the newest "to improve" items for quotes,
    # 3 sent requests by role × channel × stage × status
    with django_assert_num_queries(3):
        insights_for(user=candidate)
