""" "All my data" carries the feedback loop: what was asked, what came back, thanks and the plan —
the candidate's own rows only."""

import json

import pytest
from django.urls import reverse

from apps.candidates import exporting
from apps.feedback.services.replies import reply_record_pasted
from apps.feedback.services.sending import request_mark_sent
from tests.feedback.factories import ActionItemFactory, RequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(candidate):
    request = request_mark_sent(request=RequestFactory(owner=candidate))
    reply_record_pasted(request=request, text="Your system design answer was strong. Practise the STAR format.")
    ActionItemFactory(owner=candidate, title="Rehearse three STAR stories")
    return request


def test_the_json_export_holds_the_requests_replies_points_thanks_and_plan(candidate_client, answered):
    document = json.loads(candidate_client.get(reverse("candidates:export-json")).content)
    assert [row["id"] for row in document["feedback_requests"]] == [answered.pk]
    assert "STAR format" in document["feedback_replies"][0]["text"]
    assert document["feedback_items"]
    assert document["thank_yous"][0]["status"] == "pending"
    assert document["action_items"][0]["title"] == "Rehearse three STAR stories"


def test_another_candidates_feedback_is_not_in_my_export(candidate, other_candidate, answered):
    document = exporting.export_data(user=other_candidate)
    assert document["feedback_requests"] == []
    assert document["feedback_replies"] == []


def test_the_export_never_carries_reply_link_secrets(candidate, answered):
    text = json.dumps(exporting.export_data(user=candidate))
    assert "token" not in text


def test_the_feedback_part_of_the_export_costs_the_same_queries_for_1_and_many_rows(
    candidate, django_assert_num_queries
):
    from apps.feedback.exporting import feedback_export

    RequestFactory(owner=candidate)
    ActionItemFactory(owner=candidate)
    # requests (+thread), replies, items, thank-yous, action items, their items (prefetch), templates.
    with django_assert_num_queries(7):
        feedback_export(candidate)
    for _ in range(5):
        ActionItemFactory(owner=candidate)
        RequestFactory(owner=candidate)
    with django_assert_num_queries(7):
        feedback_export(candidate)
