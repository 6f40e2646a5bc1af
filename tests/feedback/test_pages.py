"""The candidate's feedback pages: threads, the composer with its tone check, the thread's actions,
thanks, the plan, insights and templates. Outsiders get 404 on every object page; bad input keeps
what was typed and says what to fix, next to the field."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.accounts.models import NotificationPreferences
from apps.candidates.models import ApplicationContact
from apps.feedback import services
from apps.feedback.models import ActionItem, FeedbackRequest, MessageTemplate, ReplyLink, ThankYou
from tests.candidates.factories import ContactFactory
from tests.core.html_parse import parse
from tests.feedback.factories import ActionItemFactory, RejectedApplicationFactory, RequestFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture
def rejected(candidate):
    """Cara's rejection from Northwind, with Dana (hiring manager) on the application."""
    application = RejectedApplicationFactory(owner=candidate, role_title="Data analyst")
    dana = ContactFactory(owner=candidate, name="Dana Reyes", email="dana@northwind.example")
    ApplicationContact.objects.create(application=application, contact=dana, role="hiring_manager")
    return application


@pytest.fixture
def sent(candidate):
    request = RequestFactory(owner=candidate)
    return services.request_send(request=request, channel="debrief")


@pytest.fixture
def answered(candidate):
    request = RequestFactory(owner=candidate)
    services.request_mark_sent(request=request)
    return services.reply_record_pasted(
        request=request, text="Your answers were clear.\n\nPractise the system design round out loud."
    )


def _compose(application, **overrides):
    data = {
        "contact": str(application.contact_links.get().contact_id),
        "recipient_role": "hiring_manager",
        "topics": ["interview"],
        "subject": "Thank you — Data analyst",
        "body": "Dear Dana,\n\nThank you for your time. I respect your decision. Could you share one thing "
        "that would have made my interview stronger?\n\nKind regards,\nCara",
        "action": "debrief",
    }
    return data | overrides


# --- The composer ----------------------------------------------------------------------------


def test_the_composer_opens_with_a_draft_filled_from_the_template(candidate_client, rejected):
    response = candidate_client.get(reverse("feedback:request-create") + f"?application={rejected.pk}")
    page = parse(response)
    assert response.status_code == 200
    body = page.find_all("textarea", name="body")[0]
    assert body["hx-post"] == reverse("feedback:tone-check")
    assert "Data analyst" in response.content.decode()


def test_the_composer_for_another_candidates_application_is_404(other_candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    assert other_candidate_client.get(url).status_code == 404


def test_sending_from_debrief_sends_and_lands_on_the_thread(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    response = candidate_client.post(url, _compose(rejected))
    request = FeedbackRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("feedback:thread-detail", args=[request.thread_id]))
    assert request.status == "sent"
    assert request.channel == "debrief"


def test_a_tone_warning_on_send_shows_the_words_and_sends_nothing(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    body = "Dear Dana,\n\nI think the decision was unfair. Please reconsider my application.\n\nCara"
    response = candidate_client.post(url, _compose(rejected, body=body))
    page = parse(response)
    assert not FeedbackRequest.objects.exists()
    assert page.find_all("q", class_="tone__quote")
    assert page.find_all("button", name="confirmed", value="debrief")


def test_send_it_as_it_is_sends_after_the_warning(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    body = "Dear Dana,\n\nThank you. I think the decision was unfair. Could you tell me about my interview?\n\nCara"
    candidate_client.post(url, _compose(rejected, body=body, action="", confirmed="debrief"))
    assert FeedbackRequest.objects.get().status == "sent"


def test_an_empty_message_keeps_the_choices_and_says_what_to_write(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    response = candidate_client.post(url, _compose(rejected, body="", subject="Kept subject"))
    page = parse(response)
    body = page.find_all("textarea", name="body")[0]
    assert response.status_code == 400
    assert "body_error" in body.get("aria-describedby", "")
    assert page.find_all("input", name="subject", value="Kept subject")
    assert not FeedbackRequest.objects.exists()


def test_ten_thousand_words_are_refused_with_a_clear_message(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    response = candidate_client.post(url, _compose(rejected, body="thanks " * 10_000, confirmed="debrief"))
    assert response.status_code == 400
    assert "Nothing was sent" in parse(response).text


def test_i_will_send_it_myself_saves_a_draft_with_a_mailto_link(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    response = candidate_client.post(url, _compose(rejected, action="own_mail"))
    draft = FeedbackRequest.objects.get()
    page = parse(candidate_client.get(response["Location"]))
    assert draft.status == "draft"
    assert page.find_all("a", href=page.find_all("a", **{"data-mailto": ""})[0]["href"])[0]["href"].startswith(
        "mailto:dana%40northwind.example?subject="
    )


def test_mark_as_sent_from_the_draft_logs_it_sent_from_your_mail(candidate_client, rejected):
    url = reverse("feedback:request-create") + f"?application={rejected.pk}"
    candidate_client.post(url, _compose(rejected, action="own_mail"))
    draft = FeedbackRequest.objects.get()
    candidate_client.post(
        reverse("feedback:request-detail", args=[draft.pk]), _compose(rejected, action="own_mail_sent")
    )
    draft.refresh_from_db()
    assert (draft.status, draft.channel) == ("sent", "own_mail")


def test_the_live_tone_check_answers_with_the_findings_partial(candidate_client):
    response = candidate_client.post(
        reverse("feedback:tone-check"), {"body": "Why didn't you hire me?", "kind": "request"}
    )
    page = parse(response)
    assert response.status_code == 200
    assert page.find_all("div", id="tone-findings")
    assert "<html" not in response.content.decode()


def test_the_tone_check_shows_html_in_the_text_escaped(candidate_client):
    response = candidate_client.post(reverse("feedback:tone-check"), {"body": f"Unfair! {SCRIPT}", "kind": "request"})
    assert SCRIPT not in response.content.decode()


# --- Threads -----------------------------------------------------------------------------------


def test_the_thread_list_teaches_when_it_is_empty(candidate_client):
    page = parse(candidate_client.get(reverse("feedback:thread-list")))
    assert "Your feedback threads live here" in page.text


def test_the_thread_list_filters_by_state(candidate_client, sent, answered):
    page = parse(candidate_client.get(reverse("feedback:thread-list") + "?state=answered"))
    links = [a["href"] for a in page.find_all("a") if a["href"].startswith("/dashboard/feedback/threads/")]
    assert links == [reverse("feedback:thread-detail", args=[answered.thread_id])]


def test_an_htmx_filter_gets_only_the_results_partial(candidate_client, sent):
    response = candidate_client.get(reverse("feedback:thread-list") + "?state=waiting", headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="results">')


@pytest.mark.parametrize("rows", [1, 50])
def test_the_thread_list_runs_the_same_queries_for_1_and_50(
    candidate_client, candidate, rows, django_assert_num_queries
):
    for _ in range(rows):
        RequestFactory(owner=candidate)
    # 1 session, 2 user, 3 preferences, 4 count (pages), 5 threads with applications and companies,
    # 6 their requests with outbox rows
    with django_assert_num_queries(6):
        assert candidate_client.get(reverse("feedback:thread-list")).status_code == 200


def test_the_thread_shows_the_delivery_status_and_the_actions(candidate_client, sent):
    page = parse(candidate_client.get(reverse("feedback:thread-detail", args=[sent.thread_id])))
    assert "On its way" in page.text
    assert page.find_all("a", href=reverse("feedback:request-revoke-link", args=[sent.pk]))


def test_another_candidate_gets_404_for_the_thread(other_candidate_client, sent):
    assert other_candidate_client.get(reverse("feedback:thread-detail", args=[sent.thread_id])).status_code == 404


def test_a_recruiter_is_sent_to_their_own_area(recruiter_client, sent):
    assert recruiter_client.get(reverse("feedback:thread-detail", args=[sent.thread_id])).status_code == 302


@pytest.mark.parametrize("replies", [1, 50])
def test_the_thread_runs_the_same_queries_for_1_and_50_items(
    candidate_client, candidate, replies, django_assert_num_queries
):
    request = RequestFactory(owner=candidate)
    services.request_mark_sent(request=request)
    services.reply_record_pasted(request=request, text="\n\n".join(f"Point {n} to practise." for n in range(replies)))
    # 1 session, 2 user, 3 preferences, 4 thread with application and company, 5 requests with outbox rows,
    # reply link and contact, 6 replies with thank-yous, 7 their items
    with django_assert_num_queries(7):
        assert candidate_client.get(reverse("feedback:thread-detail", args=[request.thread_id])).status_code == 200


def test_answer_text_with_html_is_shown_escaped(candidate_client, candidate):
    request = RequestFactory(owner=candidate)
    services.request_mark_sent(request=request)
    services.reply_record_pasted(request=request, text=f"Your demo was good. {SCRIPT}")
    body = candidate_client.get(reverse("feedback:thread-detail", args=[request.thread_id])).content.decode()
    assert SCRIPT not in body
    assert "&lt;script&gt;" in body


def test_a_second_follow_up_is_refused_clearly(candidate_client, sent):
    services.request_follow_up(request=sent, body="Dear Dana, following up once. Thank you for your time.")
    response = candidate_client.post(reverse("feedback:request-follow-up", args=[sent.pk]), {"body": "Again?"})
    assert response.status_code == 409
    assert "already followed up" in parse(response).text


def test_the_follow_up_page_gives_the_first_follow_ups_date_in_her_own_zone(candidate, candidate_client, sent):
    NotificationPreferences.objects.update_or_create(user=candidate, defaults={"timezone": "Asia/Tokyo"})
    services.request_follow_up(request=sent, body="Dear Dana, following up once. Thank you for your time.")
    # 20:00 UTC on 1 March is already 2 March in Tokyo.
    FeedbackRequest.objects.filter(pk=sent.pk).update(followed_up_at=datetime(2026, 3, 1, 20, 0, tzinfo=UTC))
    response = candidate_client.get(reverse("feedback:request-follow-up", args=[sent.pk]))
    assert "02 Mar 2026" in parse(response).text


def test_following_up_once_records_it(candidate_client, sent):
    url = reverse("feedback:request-follow-up", args=[sent.pk])
    candidate_client.post(url, {"subject": "Following up", "body": "Dear Dana, following up once. Thank you!"})
    sent.refresh_from_db()
    assert sent.status == "followed_up"


def test_revoking_the_link_asks_first_then_revokes(candidate_client, sent):
    url = reverse("feedback:request-revoke-link", args=[sent.pk])
    assert "will stop working" in parse(candidate_client.get(url)).text
    candidate_client.post(url)
    sent.reply_link.refresh_from_db()
    assert sent.reply_link.revoked_at is not None


def test_pasting_an_answer_makes_items_and_a_thank_you_owed(candidate_client, sent):
    url = reverse("feedback:request-reply", args=[sent.pk])
    candidate_client.post(url, {"action": "pasted", "text": "Good SQL.\n\nPractise talking about trade-offs."})
    assert ThankYou.objects.get(reply__request=sent).status == "pending"


def test_an_empty_pasted_answer_says_what_to_do(candidate_client, sent):
    response = candidate_client.post(
        reverse("feedback:request-reply", args=[sent.pk]), {"action": "pasted", "text": ""}
    )
    assert response.status_code == 400
    assert "nothing here to record" in parse(response).text


def test_they_would_rather_not_say_still_owes_thanks(candidate_client, sent):
    candidate_client.post(reverse("feedback:request-reply", args=[sent.pk]), {"action": "declined"})
    assert ThankYou.objects.get(reply__request=sent).status == "pending"


def test_retagging_an_item_with_htmx_returns_the_item(candidate_client, answered):
    item = answered.items.first()
    response = candidate_client.post(
        reverse("feedback:item-edit", args=[item.pk]),
        {"topic": "skills", "polarity": "strength", "text": item.text},
        headers={"HX-Request": "true"},
    )
    item.refresh_from_db()
    assert item.topic == "skills"
    assert parse(response).find_all("div", id=f"item-{item.pk}")


def test_another_candidate_gets_404_for_an_item(other_candidate_client, answered):
    item = answered.items.first()
    assert other_candidate_client.get(reverse("feedback:item-edit", args=[item.pk])).status_code == 404


def test_merging_two_points_leaves_one(candidate_client, answered):
    ids = [str(item.pk) for item in answered.items.all()]
    candidate_client.post(reverse("feedback:reply-merge", args=[answered.pk]), {"items": ids})
    assert answered.items.count() == 1


# --- Thanks -------------------------------------------------------------------------------------


def test_thanking_from_debrief_marks_it_sent(candidate_client, answered):
    thank_you = answered.thank_you
    url = reverse("feedback:thank-you-compose", args=[thank_you.pk])
    candidate_client.post(url, {"action": "debrief", "subject": "Thank you", "body": "Dear Dana, thank you so much."})
    thank_you.refresh_from_db()
    assert thank_you.status == "sent"


def test_thanking_twice_is_refused_politely(candidate_client, answered):
    thank_you = answered.thank_you
    services.thank_you_send(thank_you=thank_you, channel="own_mail")
    url = reverse("feedback:thank-you-compose", args=[thank_you.pk])
    response = candidate_client.post(url, {"action": "own_mail", "body": "Thanks again!"}, follow=True)
    assert "already thanked" in parse(response).text


def test_another_candidate_gets_404_for_a_thank_you(other_candidate_client, answered):
    url = reverse("feedback:thank-you-compose", args=[answered.thank_you.pk])
    assert other_candidate_client.get(url).status_code == 404


# --- Plan, insights, templates --------------------------------------------------------------------


def test_a_point_becomes_a_step_in_the_plan(candidate_client, answered):
    item = answered.items.last()
    url = reverse("feedback:action-create") + f"?item={item.pk}"
    candidate_client.post(url, {"title": "Practise system design", "topic": "interview", "item": item.pk})
    assert list(ActionItem.objects.get().items.all()) == [item]


def test_a_step_without_a_title_keeps_the_notes_and_says_why(candidate_client):
    response = candidate_client.post(
        reverse("feedback:action-create"), {"title": "", "topic": "skills", "notes": "Kept"}
    )
    page = parse(response)
    assert response.status_code == 400
    assert (
        "Kept" in page.find_all("textarea", name="notes")[0].get("data-value", "")
        or "Kept" in response.content.decode()
    )


def test_another_candidate_gets_404_for_a_step(other_candidate_client, candidate):
    step = ActionItemFactory(owner=candidate)
    assert other_candidate_client.get(reverse("feedback:action-edit", args=[step.pk])).status_code == 404


def test_a_step_title_with_html_is_shown_escaped(candidate_client, candidate):
    ActionItemFactory(owner=candidate, title=SCRIPT)
    assert SCRIPT not in candidate_client.get(reverse("feedback:plan")).content.decode()


def test_completing_a_step_moves_it_to_done(candidate_client, candidate):
    step = ActionItemFactory(owner=candidate)
    candidate_client.post(reverse("feedback:action-complete", args=[step.pk]))
    step.refresh_from_db()
    assert step.status == "done"


def test_insights_teach_when_there_is_nothing_yet(candidate_client):
    assert "Patterns appear after a few answers" in parse(candidate_client.get(reverse("feedback:insights"))).text


def test_insights_chart_the_topics_with_their_numbers(candidate_client, answered):
    page = parse(candidate_client.get(reverse("feedback:insights")))
    assert page.find_all("svg", class_="chart")
    assert page.find_all("caption")


@pytest.mark.parametrize("replies", [1, 50])
def test_insights_run_the_same_queries_for_1_and_50_answers(
    candidate_client, candidate, replies, django_assert_num_queries
):
    for _ in range(replies):
        request = RequestFactory(owner=candidate)
        services.request_mark_sent(request=request)
        services.reply_record_pasted(request=request, text="Practise the design round.")
    # 1 session, 2 user, 3 preferences, 4 items by month and topic, 5 newest "to improve" items, 6 requests by role
    with django_assert_num_queries(6):
        assert candidate_client.get(reverse("feedback:insights")).status_code == 200


def test_saving_a_template_makes_it_yours_and_reset_brings_back_the_default(candidate_client, candidate):
    candidate_client.post(
        reverse("feedback:templates"),
        {"kind": "request", "request-subject": "Hi", "request-body": "Dear {contact_name}"},
    )
    assert MessageTemplate.objects.get(owner=candidate).body == "Dear {contact_name}"
    candidate_client.post(reverse("feedback:template-reset", args=["request"]))
    assert not MessageTemplate.objects.filter(owner=candidate).exists()


def test_an_empty_template_is_refused_next_to_the_field(candidate_client):
    response = candidate_client.post(
        reverse("feedback:templates"), {"kind": "thank_you", "thank_you-subject": "Hi", "thank_you-body": ""}
    )
    page = parse(response)
    assert response.status_code == 400
    assert "thank_you-body_error" in page.find_all("textarea", name="thank_you-body")[0].get("aria-describedby", "")


def test_the_dashboard_shows_the_gratitude_ledger(candidate_client, answered):
    page = parse(candidate_client.get(reverse("candidates:dashboard")))
    assert page.find_all("section", class_="card gratitude")


@pytest.mark.parametrize("rows", [1, 50])
def test_the_dashboard_with_the_feedback_loop_runs_the_same_queries_for_1_and_50(
    candidate_client, candidate, rows, django_assert_num_queries
):
    for _ in range(rows):
        request = RequestFactory(owner=candidate)
        services.request_mark_sent(request=request)
        services.reply_record_pasted(request=request, text="Practise the design round.")
        ActionItemFactory(owner=candidate, due_on=timezone.localdate())
    # 1 session, 2 user, 3 preferences (time zone), 4 counts by stage, funnel reached and rejections by stage
    # (one aggregate), 5 upcoming interviews, 6 recent rejections, to-dos: 7 empty journals, 8 rejections to ask
    # about, 9 follow-ups due, 10 thanks owed, 11 steps due; 12 the gratitude ledger
    with django_assert_num_queries(12):
        assert candidate_client.get(reverse("candidates:dashboard")).status_code == 200


# --- Every "Ask for feedback" opens the composer; the charts carry their numbers ---------------------


def test_the_application_pages_ask_for_feedback_button_opens_the_composer(candidate_client, rejected):
    page = parse(candidate_client.get(reverse("candidates:application-detail", args=[rejected.pk])))
    asks = [a["href"] for a in page.find_all("a") if a.get("href", "").startswith(reverse("feedback:request-create"))]
    assert asks == [reverse("feedback:request-create") + f"?application={rejected.pk}"]


def test_the_ask_reminder_links_to_the_composer(candidate, rejected):
    from apps.candidates.reminder_kinds import _ask_render

    class Row:
        subject = rejected

    assert _ask_render(Row()).link == reverse("feedback:request-create") + f"?application={rejected.pk}"


def test_the_topics_chart_writes_each_months_total_beside_its_bar():
    from datetime import date

    from apps.feedback.charts import topics_over_time

    months = [date(2026, 9, 1), date(2026, 10, 1)]
    counts = {(months[0], "interview"): 2, (months[1], "interview"): 1, (months[1], "skills"): 3}
    chart = topics_over_time(months, counts, {"interview": "Interview", "skills": "Skills"})
    assert [(row.label, row.total) for row in chart.rows] == [("Sep 2026", 2), ("Oct 2026", 4)]
    assert chart.rows[1].number_x > chart.rows[1].segments[-1].x
    assert chart.legend == [("interview", "Interview", 3), ("skills", "Skills", 3)]


def test_a_small_count_is_still_drawn_wide_enough_to_see():
    from apps.feedback.charts import bars

    chart = bars([("interview", "Interview", 500), ("skills", "Skills", 1)])
    assert chart.bars[1].width >= 3


def test_the_insights_svg_has_a_title_and_a_description(candidate_client, answered):
    page = parse(candidate_client.get(reverse("feedback:insights")))
    svg = page.find_all("svg", class_="chart")[0]
    assert svg["role"] == "img"
    assert svg["aria-labelledby"].endswith("-desc")


def test_another_candidate_gets_404_for_a_draft(other_candidate_client, candidate):
    draft = RequestFactory(owner=candidate)
    assert other_candidate_client.get(reverse("feedback:request-detail", args=[draft.pk])).status_code == 404


def test_a_follow_up_within_the_week_says_waiting_is_kinder(candidate_client, sent):
    page = parse(candidate_client.get(reverse("feedback:request-follow-up", args=[sent.pk])))
    assert "less than a week" in page.text


def test_a_request_sent_from_your_own_mail_has_no_link_to_revoke(candidate_client, candidate):
    own = services.request_mark_sent(request=RequestFactory(owner=candidate))
    response = candidate_client.get(reverse("feedback:request-revoke-link", args=[own.pk]), follow=True)
    assert "no reply link" in parse(response).text


@pytest.mark.parametrize("rows", [1, 50])
def test_the_plan_runs_the_same_queries_for_1_and_50(
    candidate_client, candidate, answered, rows, django_assert_num_queries
):
    item = answered.items.first()
    for _ in range(rows):
        services.action_item_create(owner=candidate, title="Practise", item_ids=[item.pk])
    # 1 session, 2 user, 3 preferences, 4 steps, 5 their feedback points with replies, threads, applications, companies
    with django_assert_num_queries(5):
        assert candidate_client.get(reverse("feedback:plan")).status_code == 200


def test_an_automated_rejection_gets_a_probably_nobody_to_ask_hint(candidate_client, candidate):
    from apps.candidates.models import Stage

    application = RejectedApplicationFactory(
        owner=candidate, furthest_stage=Stage.APPLIED, rejection_stage_reached=Stage.APPLIED
    )
    page = parse(candidate_client.get(reverse("feedback:request-create") + f"?application={application.pk}"))
    assert "Probably nobody to ask here" in page.text


def test_a_rejection_after_an_interview_gets_no_such_hint(candidate_client, rejected):
    page = parse(candidate_client.get(reverse("feedback:request-create") + f"?application={rejected.pk}"))
    assert "Probably nobody to ask" not in page.text


def test_splitting_a_point_makes_two(candidate_client, answered):
    item = answered.items.first()
    candidate_client.post(reverse("feedback:item-split", args=[item.pk]), {"at": 10})
    assert answered.items.count() == 3


def test_a_split_outside_the_text_keeps_the_point_and_says_where_to_cut(candidate_client, answered):
    item = answered.items.first()
    response = candidate_client.post(reverse("feedback:item-split", args=[item.pk]), {"at": 5000})
    page = parse(response)
    assert response.status_code == 400
    assert "at_error" in page.find_all("input", name="at")[0].get("aria-describedby", "")


def test_the_composer_from_another_candidates_thread_is_404(other_candidate_client, sent):
    url = reverse("feedback:request-create") + f"?thread={sent.thread_id}"
    assert other_candidate_client.get(url).status_code == 404


def test_the_composer_from_a_thread_asks_about_its_application(candidate_client, sent):
    response = candidate_client.get(reverse("feedback:request-create") + f"?thread={sent.thread_id}")
    assert sent.thread.application.role_title in parse(response).text


def test_a_draft_to_someone_no_longer_on_the_application_can_still_be_sent(candidate_client, candidate):
    draft = RequestFactory(owner=candidate)  # its contact is not on the application's people
    data = {"contact": str(draft.contact_id), "recipient_role": "hiring_manager", "topics": ["interview"]}
    data |= {"subject": draft.subject, "body": draft.body}
    candidate_client.post(reverse("feedback:request-detail", args=[draft.pk]), data | {"action": "debrief"})
    draft.refresh_from_db()
    assert draft.status == "sent"


def test_checking_a_follow_ups_tone_without_javascript_sends_nothing(candidate_client, sent):
    url = reverse("feedback:request-follow-up", args=[sent.pk])
    response = candidate_client.post(url, {"action": "check", "body": "Why didn't you answer me? This is unfair."})
    sent.refresh_from_db()
    assert sent.followed_up_at is None
    assert parse(response).find_all("li", class_="tone__finding tone__finding--argumentative")


def test_the_thread_list_pages_by_twenty(candidate_client, candidate):
    for _ in range(25):
        RequestFactory(owner=candidate)
    page = parse(candidate_client.get(reverse("feedback:thread-list") + "?page=2"))
    rows = [a for a in page.find_all("a") if a["href"].startswith("/dashboard/feedback/threads/")]
    assert len(rows) == 5
    assert page.find_all("a", href="?page=1")


def test_a_draft_already_sent_by_mail_is_marked_sent_from_the_thread(candidate_client, candidate):
    draft = RequestFactory(owner=candidate)
    page = parse(candidate_client.get(reverse("feedback:thread-detail", args=[draft.thread_id])))
    assert page.find_all("form", action=reverse("feedback:request-mark-sent", args=[draft.pk]))
    candidate_client.post(reverse("feedback:request-mark-sent", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.channel == "own_mail"


def test_the_plan_step_edit_form_keeps_its_due_date_in_the_date_input_format(candidate):
    from datetime import date

    from apps.feedback.forms import ActionItemForm
    from tests.feedback.factories import ActionItemFactory

    step = ActionItemFactory(owner=candidate, due_on=date(2026, 12, 4))
    assert 'value="2026-12-04"' in str(ActionItemForm(instance=step)["due_on"])


def test_a_thread_shows_the_reply_links_end_in_her_own_zone_without_any_per_view_override(
    candidate, candidate_client, sent
):
    # The core middleware activates her zone for every page; the feedback views add nothing.
    NotificationPreferences.objects.update_or_create(user=candidate, defaults={"timezone": "Asia/Tokyo"})
    ReplyLink.objects.filter(request=sent).update(expires_at=datetime(2099, 3, 1, 20, 0, tzinfo=UTC))
    page = parse(candidate_client.get(reverse("feedback:thread-detail", args=[sent.thread_id])))
    assert "2 Mar" in page.text
