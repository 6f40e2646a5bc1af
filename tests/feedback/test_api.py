"""The feedback API: the loop end to end (ask, send, reply by token, thank, improve), outsiders get
404 on every object endpoint, error shapes, and list endpoints keep their query budgets."""

import pytest
from django.urls import reverse

from apps.feedback import services
from apps.feedback.models import ActionItem, FeedbackRequest, ReplyLink, ThankYou
from tests.candidates.factories import ContactFactory
from tests.core.error_shape import assert_api_error
from tests.feedback.factories import ActionItemFactory, RejectedApplicationFactory, RequestFactory

pytestmark = pytest.mark.django_db

TONE_CODES = {"argumentative", "sway", "demanding", "too_many_questions", "too_long", "no_thanks", "vague"}


def url(name, **kwargs):
    return reverse(f"feedback-api:{name}", kwargs=kwargs)


def sent(draft):
    services.request_send(request=draft, channel="debrief")
    draft.refresh_from_db()
    return draft


def answered(draft):
    sent(draft)
    services.reply_submit(token=ReplyLink.objects.get(request=draft).token, answers={"interview": "More examples."})
    return draft


# --- The loop through the API ------------------------------------------------------------------


def test_a_candidate_runs_the_whole_loop_through_the_api(candidate_api, candidate, anon_api):
    application = RejectedApplicationFactory(owner=candidate, role_title="Data analyst")
    contact = ContactFactory(owner=candidate, name="Dana Reyes", email="dana@northwind.example")
    created = candidate_api.post(
        url("request-list"),
        {"application_id": application.pk, "contact_id": contact.pk, "topics": ["interview"]},
        format="json",
    )
    assert created.status_code == 201, created.json()
    request_id = created.json()["id"]
    sent_response = candidate_api.post(url("request-send", pk=request_id), {"channel": "debrief"}, format="json")
    assert sent_response.json()["delivery_status"] == "pending"
    token = ReplyLink.objects.get(request_id=request_id).token
    page = anon_api.get(url("reply-by-token", token=token)).json()
    assert page["topics"][0]["value"] == "interview"
    answer = anon_api.post(
        url("reply-by-token", token=token), {"answers": {"interview": "Give more examples."}}, format="json"
    )
    assert answer.status_code == 201, answer.json()
    thank_you = candidate_api.get(url("thank-you-list")).json()["results"][0]
    thanked = candidate_api.post(
        url("thank-you-send", pk=thank_you["id"]), {"channel": "debrief", "body": "Thank you, Dana!"}, format="json"
    )
    assert thanked.json()["status"] == "sent"
    item = candidate_api.get(url("item-list")).json()["results"][0]
    plan = candidate_api.post(
        url("action-item-list"), {"title": "Practise STAR stories", "item_ids": [item["id"]]}, format="json"
    )
    assert plan.json()["topic"] == "interview"
    insights = candidate_api.get(url("insights")).json()
    assert insights["total"] == {"asked": 1, "answered": 1, "declined": 0, "rate": 1.0}


def test_the_thread_detail_tells_the_story_in_order(candidate_api, draft):
    answered(draft)
    body = candidate_api.get(url("thread-detail", pk=draft.thread_id)).json()
    assert [event["kind"] for event in body["timeline"]] == ["sent", "answered"]


def test_the_thread_list_shows_each_threads_state(candidate_api, draft):
    sent(draft)
    assert candidate_api.get(url("thread-list")).json()["results"][0]["state"] == "waiting"


# --- Errors, in the one shape ------------------------------------------------------------------


def test_a_second_follow_up_is_a_409_with_a_clear_message(candidate_api, draft):
    sent(draft)
    follow_up = url("request-follow-up", pk=draft.pk)
    candidate_api.post(follow_up, {"body": "Following up once — thank you!"}, format="json")
    response = candidate_api.post(follow_up, {"body": "Again"}, format="json")
    assert "already followed up" in assert_api_error(response, status=409, code="already_followed_up")["message"]


def test_thanking_twice_is_a_409(candidate_api, draft):
    answered(draft)
    thank_you = ThankYou.objects.get()
    candidate_api.post(url("thank-you-send", pk=thank_you.pk), {"channel": "own_mail"}, format="json")
    response = candidate_api.post(url("thank-you-send", pk=thank_you.pk), {"channel": "own_mail"}, format="json")
    assert_api_error(response, status=409, code="already_thanked")


def test_sending_an_empty_request_names_the_field(candidate_api, draft):
    candidate_api.patch(url("request-detail", pk=draft.pk), {"body": ""}, format="json")
    response = candidate_api.post(url("request-send", pk=draft.pk), {"channel": "debrief"}, format="json")
    assert "body" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_a_ten_thousand_word_body_is_refused_by_its_length(candidate_api, draft):
    response = candidate_api.patch(url("request-detail", pk=draft.pk), {"body": "word " * 10_000}, format="json")
    assert "body" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_a_request_for_an_application_not_rejected_is_a_409(candidate_api, candidate):
    from tests.candidates.factories import ApplicationFactory

    application = ApplicationFactory(owner=candidate)
    response = candidate_api.post(
        url("request-list"), {"application_id": application.pk, "recipient_name": "Dana"}, format="json"
    )
    assert_api_error(response, status=409, code="not_rejected")


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [("revoked_at", "now", "reply_link_revoked"), ("used_at", "now", "reply_link_used")],
)
def test_a_spent_link_answers_410_with_its_reason(anon_api, draft, field, value, code):
    from django.utils import timezone

    sent(draft)
    link = ReplyLink.objects.get(request=draft)
    setattr(link, field, timezone.now())
    link.save()
    response = anon_api.get(url("reply-by-token", token=link.token))
    assert_api_error(response, status=410, code=code)


def test_an_unknown_token_is_a_404(anon_api, db):
    assert_api_error(anon_api.get(url("reply-by-token", token="x" * 43)), status=404, code="reply_link_unknown")


def test_reading_the_reply_endpoint_never_spends_the_link(anon_api, draft):
    sent(draft)
    token = ReplyLink.objects.get(request=draft).token
    for _ in range(3):
        anon_api.get(url("reply-by-token", token=token))
    assert ReplyLink.objects.get(request=draft).used_at is None


def test_the_reply_endpoint_shows_nothing_beyond_name_role_and_topics(anon_api, draft):
    sent(draft)
    body = anon_api.get(url("reply-by-token", token=ReplyLink.objects.get(request=draft).token)).json()
    assert set(body) == {"candidate_name", "role_title", "company", "topics", "expires_at"}


def test_the_reply_endpoint_is_rate_limited_per_token(anon_api, draft):
    from apps.feedback.reply_guard import PER_TOKEN

    sent(draft)
    token_url = url("reply-by-token", token=ReplyLink.objects.get(request=draft).token)
    for _ in range(PER_TOKEN[0]):
        anon_api.get(token_url)
    assert_api_error(anon_api.get(token_url), status=429, code="throttled", extra_keys=("retry_after",))


def test_an_unknown_template_kind_is_a_404(candidate_api):
    assert_api_error(candidate_api.get(url("template-detail", kind="memo")), status=404, code="not_found")


def test_a_template_edit_and_reset_round_trip(candidate_api):
    template_url = url("template-detail", kind="thank_you")
    edited = candidate_api.put(
        template_url, {"subject": "Thanks", "body": "Thanks {contact_first_name}!"}, format="json"
    )
    assert edited.json()["is_default"] is False
    assert candidate_api.delete(template_url).json()["is_default"] is True


def test_a_draft_is_rendered_without_saving_anything(candidate_api, candidate):
    application = RejectedApplicationFactory(owner=candidate)
    response = candidate_api.post(
        url("draft-create"), {"application_id": application.pk, "topics": ["resume"]}, format="json"
    )
    assert "my résumé" in response.json()["body"]
    assert FeedbackRequest.objects.count() == 0


# --- Tone and redaction checks: the contract shape ---------------------------------------------


def test_the_tone_check_answers_the_contract_shape(candidate_api):
    pytest.importorskip("apps.feedback.tone", reason="the tone checker arrives in its own commit")
    response = candidate_api.post(
        url("tone-check"), {"text": "This was unfair. Please reconsider ASAP.", "kind": "request"}, format="json"
    )
    body = response.json()
    assert set(body) == {"ok", "word_count", "findings"}
    assert isinstance(body["word_count"], int)
    assert {finding["code"] for finding in body["findings"]} <= TONE_CODES
    assert all(set(f) == {"code", "start", "end", "message", "suggestion"} for f in body["findings"])


def test_the_tone_check_refuses_an_unknown_kind(candidate_api):
    response = candidate_api.post(url("tone-check"), {"text": "Hi", "kind": "memo"}, format="json")
    assert "kind" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_the_tone_check_refuses_text_over_its_limit(candidate_api):
    response = candidate_api.post(url("tone-check"), {"text": "a" * 20_001}, format="json")
    assert "text" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_the_tone_check_needs_a_signed_in_user(anon_api):
    assert anon_api.post(url("tone-check"), {"text": "Hi"}, format="json").status_code == 401


def test_the_redaction_check_is_for_recruiters(candidate_api, recruiter_api):
    pytest.importorskip("apps.feedback.redaction", reason="the redaction checker arrives in its own commit")
    payload = {"text": "Call me on +44 20 7946 0958.", "candidate_name": "Cara Jensen"}
    assert candidate_api.post(url("redaction-check"), payload, format="json").status_code == 403
    body = recruiter_api.post(url("redaction-check"), payload, format="json").json()
    assert set(body) == {"ok", "findings"}


# --- Outsiders ---------------------------------------------------------------------------------


def _objects(candidate):
    draft = RequestFactory(owner=candidate)
    answered(draft)
    reply = draft.reply
    return {
        "thread-detail": draft.thread_id,
        "request-detail": draft.pk,
        "request-send": draft.pk,
        "request-follow-up": draft.pk,
        "request-revoke-link": draft.pk,
        "reply-detail": reply.pk,
        "item-detail": reply.items.first().pk,
        "item-split": reply.items.first().pk,
        "thank-you-detail": reply.thank_you.pk,
        "thank-you-send": reply.thank_you.pk,
        "thank-you-skip": reply.thank_you.pk,
        "action-item-detail": ActionItemFactory(owner=candidate).pk,
        "action-item-complete": ActionItem.objects.get().pk,
    }


def test_another_candidate_gets_404_on_every_object_endpoint(other_candidate_api, candidate):
    for name, pk in _objects(candidate).items():
        method = "get" if name.endswith("detail") else "post"
        response = getattr(other_candidate_api, method)(url(name, pk=pk), {}, format="json")
        assert response.status_code == 404, name


def test_another_candidate_cannot_change_or_delete_her_objects(other_candidate_api, candidate):
    objects = _objects(candidate)
    for name in ("request-detail", "item-detail", "action-item-detail"):
        assert other_candidate_api.patch(url(name, pk=objects[name]), {}, format="json").status_code == 404, name
        if name != "item-detail":
            assert other_candidate_api.delete(url(name, pk=objects[name])).status_code == 404, name


def test_outsiders_lists_are_empty(other_candidate_api, recruiter_api, candidate):
    _objects(candidate)
    lists = ("thread-list", "request-list", "reply-list", "item-list", "thank-you-list", "action-item-list")
    for client in (other_candidate_api, recruiter_api):
        for name in lists:
            assert client.get(url(name)).json()["results"] == [], name


def test_merging_her_items_as_someone_else_is_refused(other_candidate_api, candidate):
    draft = RequestFactory(owner=candidate)
    services.request_mark_sent(request=draft)
    reply = services.reply_record_pasted(request=draft, text="One. Two.")
    ids = list(reply.items.values_list("pk", flat=True))
    response = other_candidate_api.post(url("item-merge"), {"item_ids": ids}, format="json")
    assert "item_ids" in assert_api_error(response, status=400, code="validation_error")["fields"]


def test_recruiters_cannot_create_feedback_requests(recruiter_api, candidate):
    application = RejectedApplicationFactory(owner=candidate)
    response = recruiter_api.post(
        url("request-list"), {"application_id": application.pk, "recipient_name": "Dana"}, format="json"
    )
    assert_api_error(response, status=403, code="permission_denied")


# --- Query budgets -----------------------------------------------------------------------------


def _many(candidate, rows):
    for number in range(rows):
        draft = RequestFactory(owner=candidate, contact=None, recipient_email=f"p{number}@company.example")
        answered(draft)
        services.action_item_create(owner=candidate, title=f"Step {number}", item_ids=[draft.reply.items.first().pk])


# Force-authenticated API clients read no session or user: the counts are the view's own.
LIST_BUDGETS = [
    ("thread-list", 2),  # 1 threads with application and company, 2 their requests
    ("request-list", 1),  # 1 requests with thread, outbox rows and reply link
    ("reply-list", 2),  # 1 replies with thank-you and its outbox row, 2 their items
    ("item-list", 1),  # 1 items
    ("thank-you-list", 1),  # 1 thank-yous with outbox row
    ("action-item-list", 2),  # 1 action items, 2 the ids of their feedback items
    ("insights", 4),  # 1 items by month/topic/polarity, 2 quotes, 3 requests by role/channel/stage, 4 ledger
]


@pytest.mark.parametrize("name,queries", LIST_BUDGETS, ids=[row[0] for row in LIST_BUDGETS])
@pytest.mark.parametrize("rows", [1, 50])
def test_list_endpoints_run_the_same_queries_for_1_and_50(
    candidate_api, candidate, name, queries, rows, django_assert_num_queries
):
    _many(candidate, rows)
    with django_assert_num_queries(queries):
        response = candidate_api.get(url(name), {"page_size": 100})
    assert response.status_code == 200


def test_the_thread_detail_runs_four_queries_however_long_the_thread(
    candidate_api, candidate, django_assert_num_queries
):
    draft = RequestFactory(owner=candidate)
    answered(draft)
    for _ in range(5):
        RequestFactory(owner=candidate, thread=draft.thread)
    # 1 thread with application and company, 2 requests with outbox rows and links, 3 replies with
    # thank-yous and their outbox rows, 4 items
    with django_assert_num_queries(4):
        candidate_api.get(url("thread-detail", pk=draft.thread_id))


def test_patching_an_action_item_keeps_what_was_not_sent(candidate_api, candidate):
    from datetime import date

    action_item = services.action_item_create(owner=candidate, title="Practise", due_on=date(2030, 1, 2))
    candidate_api.patch(url("action-item-detail", pk=action_item.pk), {"notes": "Did one"}, format="json")
    action_item.refresh_from_db()
    assert action_item.due_on == date(2030, 1, 2)
