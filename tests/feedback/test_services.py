"""The feedback loop's services: ask, send, follow up once, reply, thank, improve — and the bad
input around each (clear messages, nothing lost)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from apps.accounts.models import NotificationPreferences
from apps.candidates.models import Stage
from apps.candidates.reminder_hooks import ASK_FEEDBACK
from apps.core.errors import ApplicationError
from apps.feedback import reminder_hooks as hooks
from apps.feedback import services
from apps.feedback.models import (
    FeedbackItem,
    FeedbackReply,
    FeedbackRequest,
    FeedbackThread,
    ReplyLink,
    RequestStatus,
    ThankYou,
    ThreadState,
)
from apps.reminders.models import Reminder
from tests.candidates.factories import ApplicationFactory, ContactFactory
from tests.feedback.factories import RejectedApplicationFactory, RequestFactory
from tests.recruiters.factories import represent

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


def pending(kind: str, subject) -> list[Reminder]:
    return list(
        Reminder.objects.filter(kind=kind, subject_id=str(subject.pk), status=Reminder.Status.PENDING).order_by("cycle")
    )


def sent_by_debrief(draft, now=NOW):
    services.request_send(request=draft, channel="debrief", now=now)
    draft.refresh_from_db()
    return draft


def token_of(request) -> str:
    return ReplyLink.objects.get(request=request).token


# --- Threads -----------------------------------------------------------------------------------


def test_rejecting_an_application_opens_its_thread(candidate):
    from apps.candidates.services import application_stage_change

    application = ApplicationFactory(owner=candidate)
    application_stage_change(application=application, to_stage=Stage.REJECTED)
    assert FeedbackThread.objects.filter(application=application, owner=candidate).exists()


def test_an_application_that_comes_back_rests_its_thread_and_a_new_rejection_reopens_it(candidate):
    from apps.candidates.services import application_stage_change

    application = ApplicationFactory(owner=candidate)
    application_stage_change(application=application, to_stage=Stage.REJECTED)
    application_stage_change(application=application, to_stage=Stage.INTERVIEWING)
    assert FeedbackThread.objects.get(application=application).closed_at is not None
    application_stage_change(application=application, to_stage=Stage.REJECTED)
    assert FeedbackThread.objects.get(application=application).closed_at is None


def test_a_thread_state_follows_its_most_hopeful_request(draft):
    sent_by_debrief(draft)
    RequestFactory(owner=draft.owner, thread=draft.thread)  # a second, still a draft
    thread = FeedbackThread.objects.prefetch_related("requests").get(pk=draft.thread_id)
    assert thread.state == ThreadState.WAITING


# --- Drafts ------------------------------------------------------------------------------------


def test_a_draft_is_filled_from_the_application_the_person_and_the_topics(candidate):
    application = RejectedApplicationFactory(owner=candidate, role_title="Data analyst")
    contact = ContactFactory(owner=candidate, name="Dana Reyes")
    draft = services.request_draft(
        owner=candidate, application=application, contact=contact, topics=["interview", "resume"]
    )
    assert "Dear Dana," in draft.body
    assert "my interview and my résumé" in draft.body
    assert "Data analyst" in draft.subject


def test_a_candidate_template_replaces_the_default_and_reset_brings_it_back(candidate):
    application = RejectedApplicationFactory(owner=candidate)
    services.template_update(owner=candidate, kind="request", subject="Hi", body="Hello {contact_first_name}, {x}")
    mine = services.request_draft(owner=candidate, application=application, contact_name="Dana Reyes")
    assert mine.body == "Hello Dana, {x}"  # unknown placeholders are left as written
    services.template_reset(owner=candidate, kind="request")
    assert services.request_draft(owner=candidate, application=application).body.startswith("Dear hiring team")


def test_creating_a_request_resolves_the_contact_in_the_owners_scope(candidate, other_candidate):
    application = RejectedApplicationFactory(owner=candidate)
    strangers_contact = ContactFactory(owner=other_candidate)
    with pytest.raises(ValidationError) as error:
        services.request_create(owner=candidate, application_id=application.pk, contact_id=strangers_contact.pk)
    assert "contact_id" in error.value.message_dict


def test_creating_a_request_for_someone_elses_application_is_refused(candidate, other_candidate):
    application = RejectedApplicationFactory(owner=other_candidate)
    with pytest.raises(ValidationError) as error:
        services.request_create(owner=candidate, application_id=application.pk, recipient_name="Dana")
    assert "application_id" in error.value.message_dict


def test_a_recruiter_cannot_open_a_request_on_an_application_shared_with_her(candidate, recruiter):
    application = RejectedApplicationFactory(owner=candidate)
    represent(recruiter, candidate, share=[application])
    with pytest.raises(ValidationError) as error:
        services.request_create(owner=recruiter, application_id=application.pk, recipient_name="Dana")
    assert "application_id" in error.value.message_dict


def test_a_request_needs_a_rejected_application(candidate):
    application = ApplicationFactory(owner=candidate)
    with pytest.raises(ApplicationError) as error:
        services.request_create(owner=candidate, application_id=application.pk, recipient_name="Dana")
    assert error.value.code == "not_rejected"


def test_a_new_request_without_wording_starts_from_the_template(candidate):
    application = RejectedApplicationFactory(owner=candidate)
    contact = ContactFactory(owner=candidate, name="Dana Reyes", email="dana@co.example")
    request = services.request_create(
        owner=candidate, application_id=application.pk, contact_id=contact.pk, topics=["skills"]
    )
    assert request.recipient_email == "dana@co.example"
    assert "my skills" in request.body


# --- Sending: bad input ------------------------------------------------------------------------


def test_an_empty_request_is_refused_and_stays_a_draft(draft):
    draft.body = "   "
    draft.save()
    with pytest.raises(ValidationError) as error:
        services.request_send(request=draft, channel="debrief")
    assert "empty" in error.value.message_dict["body"][0]
    draft.refresh_from_db()
    assert draft.status == RequestStatus.DRAFT


def test_a_ten_thousand_word_request_is_refused_with_its_length(draft):
    services.request_update(request=draft, body="word " * 1999)
    draft.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        services.request_send(request=draft, channel="own_mail")
    assert "1,999 words" in error.value.message_dict["body"][0]


def test_a_body_over_ten_thousand_characters_is_refused_before_it_is_saved(draft):
    with pytest.raises(ValidationError) as error:
        services.request_update(request=draft, body="word " * 10_000)
    assert "characters" in error.value.message_dict["body"][0]


def test_a_request_without_topics_is_refused(draft):
    services.request_update(request=draft, topics=[])
    with pytest.raises(ValidationError) as error:
        services.request_send(request=draft, channel="own_mail")
    assert "topics" in error.value.message_dict


def test_saving_and_sending_a_new_request_without_an_address_leaves_no_draft_behind(candidate):
    application = RejectedApplicationFactory(owner=candidate)
    with pytest.raises(ValidationError):
        services.request_save_and_send(
            owner=candidate,
            application_id=application.pk,
            fields={"recipient_name": "Dana", "topics": ["interview"]},
            send=services.SEND_BY_DEBRIEF,
        )
    assert not FeedbackRequest.objects.filter(thread__application=application).exists()


def test_saving_and_marking_sent_a_new_request_records_it_sent(candidate):
    application = RejectedApplicationFactory(owner=candidate)
    saved = services.request_save_and_send(
        owner=candidate,
        application_id=application.pk,
        fields={"recipient_name": "Dana", "topics": ["interview"]},
        send=services.MARK_SENT,
    )
    assert saved.status == RequestStatus.SENT


def test_debrief_cannot_send_without_an_address(draft):
    services.request_update(request=draft, recipient_email="")
    with pytest.raises(ValidationError) as error:
        services.request_send(request=draft, channel="debrief")
    assert "own mail" in error.value.message_dict["recipient_email"][0]


def test_an_unknown_topic_is_refused(draft):
    with pytest.raises(ValidationError) as error:
        services.request_update(request=draft, topics=["salary"])
    assert "salary" in error.value.message_dict["topics"][0]


def test_a_sent_request_can_no_longer_be_edited(draft):
    sent_by_debrief(draft)
    with pytest.raises(ApplicationError) as error:
        services.request_update(request=draft, body="Changed")
    assert error.value.status == 409


def test_html_in_a_request_is_kept_as_text(draft):
    services.request_update(request=draft, body="Dear Dana, <script>alert(1)</script> thanks")
    draft.refresh_from_db()
    assert draft.body == "Dear Dana, <script>alert(1)</script> thanks"


# --- Sending -----------------------------------------------------------------------------------


def test_sending_by_debrief_writes_a_reply_link_and_one_outbox_row(draft):
    sent_by_debrief(draft)
    assert draft.outbox.recipient_email == draft.recipient_email
    assert draft.outbox.kind == hooks.REQUEST_MAIL
    assert draft.outbox.payload["reply_to"] == draft.owner.email


def test_the_reply_token_is_never_stored(draft):
    sent_by_debrief(draft)
    link = ReplyLink.objects.get(request=draft)
    assert link.token_hash == ReplyLink.hash_token(link.token)
    stored = [str(value) for value in ReplyLink.objects.filter(pk=link.pk).values().get().values()]
    stored += [str(row.payload) for row in Reminder.objects.all()]
    assert not any(link.token in value for value in stored)


def test_the_reply_link_expires_fourteen_days_after_sending(draft):
    sent_by_debrief(draft)
    assert ReplyLink.objects.get(request=draft).expires_at == NOW + timedelta(days=14)


def test_sending_stops_the_ask_for_feedback_reminder(draft):
    from apps.candidates.reminder_hooks import ask_feedback_schedule

    application = draft.thread.application
    ask_feedback_schedule(application=application)
    sent_by_debrief(draft)
    assert pending(ASK_FEEDBACK, application) == []


def test_sending_arms_the_follow_up_reminder_a_week_later(draft):
    sent_by_debrief(draft)
    assert [row.due_at for row in pending(hooks.FOLLOW_UP_DUE, draft)] == [NOW + timedelta(days=7)]


def test_own_mail_writes_no_link_and_no_outbox_row(draft):
    services.request_mark_sent(request=draft, now=NOW)
    draft.refresh_from_db()
    assert (draft.status, draft.channel, draft.outbox_id) == (RequestStatus.SENT, "own_mail", None)
    assert not ReplyLink.objects.filter(request=draft).exists()


# --- Follow up once ----------------------------------------------------------------------------


def test_a_follow_up_goes_through_the_outbox_and_moves_the_close_to_fourteen_days_later(draft):
    sent_by_debrief(draft)
    later = NOW + timedelta(days=8)
    services.request_follow_up(request=draft, body="Dear Dana, following up once. Thank you!", now=later)
    draft.refresh_from_db()
    assert draft.follow_up_outbox.kind == hooks.FOLLOW_UP_MAIL
    assert hooks.close_due_at(draft) == later + timedelta(days=14)


def test_a_follow_up_stops_the_follow_up_reminder(draft):
    sent_by_debrief(draft)
    services.request_follow_up(request=draft, body="Following up once. Thank you!", now=NOW + timedelta(days=8))
    assert pending(hooks.FOLLOW_UP_DUE, draft) == []


def test_a_second_follow_up_is_refused_clearly_and_the_first_is_kept(draft):
    sent_by_debrief(draft)
    services.request_follow_up(request=draft, body="Following up once. Thank you!", now=NOW + timedelta(days=8))
    with pytest.raises(ApplicationError) as error:
        services.request_follow_up(request=draft, body="Again?", now=NOW + timedelta(days=9))
    assert error.value.code == "already_followed_up"
    draft.refresh_from_db()
    assert draft.follow_up_body == "Following up once. Thank you!"


def test_a_draft_cannot_be_followed_up(draft):
    with pytest.raises(ApplicationError) as error:
        services.request_follow_up(request=draft, body="Hello")
    assert error.value.code == "request_not_waiting"


def test_a_request_closes_as_no_response_only_when_due(draft):
    sent_by_debrief(draft)
    services.request_follow_up(request=draft, body="Following up. Thank you!", now=NOW + timedelta(days=8))
    assert services.request_close_no_response(request=draft, now=NOW + timedelta(days=21)) is False
    assert services.request_close_no_response(request=draft, now=NOW + timedelta(days=22)) is True
    draft.refresh_from_db()
    assert draft.status == RequestStatus.NO_RESPONSE


def test_closing_twice_changes_nothing(draft):
    sent_by_debrief(draft)
    late = NOW + timedelta(days=30)
    services.request_close_no_response(request=draft, now=late)
    assert services.request_close_no_response(request=draft, now=late) is False


# --- Replies through the link ------------------------------------------------------------------


def test_a_reply_through_the_link_becomes_items_and_a_thank_you_owed(draft):
    sent_by_debrief(draft)
    reply = services.reply_submit(
        token=token_of(draft),
        answers={"interview": "Your answers were strong but you could give more concrete examples."},
        free_text="Your résumé was clear.\n\nThe case study felt rushed.",
        now=NOW + timedelta(days=2),
    )
    assert [(item.topic, item.polarity) for item in reply.items.order_by("position")] == [
        ("interview", "to_improve"),
        ("resume", "strength"),
        ("interview", "to_improve"),
    ]
    assert ThankYou.objects.get(reply=reply).status == "pending"


def test_a_reply_marks_the_request_answered_and_stops_its_reminders(draft):
    sent_by_debrief(draft)
    services.reply_submit(token=token_of(draft), answers={"interview": "More examples."})
    draft.refresh_from_db()
    assert draft.status == RequestStatus.ANSWERED
    assert pending(hooks.FOLLOW_UP_DUE, draft) + pending(hooks.CLOSE_NO_RESPONSE, draft) == []


def test_a_reply_arms_two_thank_you_reminders_at_a_day_and_three_days(draft):
    sent_by_debrief(draft)
    reply = services.reply_submit(token=token_of(draft), answers={"interview": "More examples."}, now=NOW)
    thank_you = ThankYou.objects.get(reply=reply)
    assert [row.due_at for row in pending(hooks.THANK_DUE, thank_you)] == [
        NOW + timedelta(hours=24),
        NOW + timedelta(hours=72),
    ]


def test_declining_through_the_link_still_owes_a_thank_you(draft):
    sent_by_debrief(draft)
    reply = services.reply_submit(token=token_of(draft), declined=True)
    draft.refresh_from_db()
    assert draft.status == RequestStatus.DECLINED
    assert ThankYou.objects.filter(reply=reply).exists()


def test_an_empty_answer_is_refused_and_the_link_still_works(draft):
    sent_by_debrief(draft)
    with pytest.raises(ValidationError):
        services.reply_submit(token=token_of(draft), answers={"interview": "  "})
    assert ReplyLink.objects.get(request=draft).used_at is None


def test_an_answer_to_a_topic_not_asked_is_refused(draft):
    sent_by_debrief(draft)
    with pytest.raises(ValidationError):
        services.reply_submit(token=token_of(draft), answers={"salary": "No."})


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (lambda link: setattr(link, "revoked_at", NOW), "reply_link_revoked"),
        (lambda link: setattr(link, "used_at", NOW), "reply_link_used"),
        (lambda link: setattr(link, "expires_at", NOW - timedelta(seconds=1)), "reply_link_expired"),
    ],
    ids=["revoked", "used", "expired"],
)
def test_a_spent_link_is_refused_with_its_own_reason(draft, spoil, code):
    sent_by_debrief(draft)
    link = ReplyLink.objects.get(request=draft)
    spoil(link)
    link.save()
    with pytest.raises(ApplicationError) as error:
        services.reply_submit(token=token_of(draft), answers={"interview": "More examples."})
    assert error.value.code == code


def test_an_unknown_token_is_a_not_found(db):
    with pytest.raises(ApplicationError) as error:
        services.reply_submit(token="nope", answers={"interview": "x"})
    assert error.value.status == 404


def test_a_second_reply_through_the_same_link_is_refused_and_the_first_is_kept(draft):
    sent_by_debrief(draft)
    token = token_of(draft)
    services.reply_submit(token=token, answers={"interview": "First answer."})
    with pytest.raises(ApplicationError) as error:
        services.reply_submit(token=token, answers={"interview": "Second answer."})
    assert error.value.code == "reply_link_used"
    assert FeedbackItem.objects.get(reply__request=draft).text == "First answer."


def test_a_revoked_link_is_refused_even_after_the_candidate_revokes_twice(draft):
    sent_by_debrief(draft)
    services.reply_link_revoke(request=draft)
    services.reply_link_revoke(request=draft)
    with pytest.raises(ApplicationError) as error:
        services.reply_submit(token=token_of(draft), declined=True)
    assert error.value.code == "reply_link_revoked"


# --- Pasted and declined answers ---------------------------------------------------------------


def test_a_pasted_answer_is_split_into_items_without_greetings(draft):
    services.request_mark_sent(request=draft)
    reply = services.reply_record_pasted(
        request=draft,
        text="Hi Cara,\n\nYour cover letter was excellent.\n\nYou lacked experience with SQL.\n\nBest,\nDana",
    )
    assert [item.text for item in reply.items.all()] == [
        "Your cover letter was excellent.",
        "You lacked experience with SQL.",
    ]


def test_a_pasted_answer_to_a_draft_is_refused(draft):
    with pytest.raises(ApplicationError) as error:
        services.reply_record_pasted(request=draft, text="Good job.")
    assert error.value.code == "request_not_sent"


def test_a_late_answer_after_no_response_is_still_welcome(draft):
    services.request_mark_sent(request=draft, now=NOW)
    services.request_close_no_response(request=draft, now=NOW + timedelta(days=30))
    services.reply_record_pasted(request=draft, text="Sorry for the delay. Your interview was strong.")
    draft.refresh_from_db()
    assert draft.status == RequestStatus.ANSWERED


def test_a_second_answer_for_one_request_is_refused(draft):
    services.request_mark_sent(request=draft)
    services.reply_record_declined(request=draft)
    with pytest.raises(ApplicationError) as error:
        services.reply_record_pasted(request=draft, text="Changed my mind: great interview.")
    assert error.value.code == "already_answered"


# --- Items -------------------------------------------------------------------------------------


@pytest.fixture
def reply(draft):
    services.request_mark_sent(request=draft)
    return services.reply_record_pasted(
        request=draft, text="Your interview answers were vague. Your CV was clear. Show more SQL."
    )


def test_an_item_can_be_retagged(reply):
    item = reply.items.first()
    services.item_update(item=item, topic="skills", polarity="strength")
    item.refresh_from_db()
    assert (item.topic, item.polarity) == ("skills", "strength")


def test_an_item_with_an_unknown_topic_is_refused(reply):
    with pytest.raises(ValidationError):
        services.item_update(item=reply.items.first(), topic="salary")


def test_splitting_an_item_keeps_every_word_in_order(reply):
    item = reply.items.first()
    original = item.text
    first, second = services.item_split(item=item, at=original.index("were"))
    texts = list(FeedbackItem.objects.filter(reply=reply).order_by("position").values_list("text", flat=True))
    assert texts[:2] == [first.text, second.text]
    assert f"{first.text} {second.text}" == original


def test_splitting_at_the_edge_is_refused(reply):
    with pytest.raises(ValidationError):
        services.item_split(item=reply.items.first(), at=0)


def test_merging_items_joins_their_words_into_the_first(reply):
    ids = list(reply.items.order_by("position").values_list("pk", flat=True))
    merged = services.item_merge(owner=reply.owner, item_ids=ids[:2])
    assert merged.text.count("\n\n") == 1
    assert FeedbackItem.objects.filter(reply=reply).count() == 2


def test_merging_someone_elses_items_is_refused(reply, other_candidate):
    ids = list(reply.items.values_list("pk", flat=True))
    with pytest.raises(ValidationError):
        services.item_merge(owner=other_candidate, item_ids=ids)


# --- Thanks ------------------------------------------------------------------------------------


@pytest.fixture
def thank_you(draft):
    sent_by_debrief(draft)
    reply = services.reply_submit(token=token_of(draft), answers={"interview": "More examples."})
    return reply.thank_you


def test_thanks_by_debrief_go_through_the_outbox_and_stop_the_reminders(thank_you):
    services.thank_you_send(thank_you=thank_you, channel="debrief", body="Thank you, Dana — that helps a lot.")
    thank_you.refresh_from_db()
    assert thank_you.outbox.kind == hooks.THANK_YOU_MAIL
    assert pending(hooks.THANK_DUE, thank_you) == []


def test_thanking_twice_is_refused_clearly(thank_you):
    services.thank_you_send(thank_you=thank_you, channel="own_mail")
    with pytest.raises(ApplicationError) as error:
        services.thank_you_send(thank_you=thank_you, channel="debrief", body="Thanks again!")
    assert error.value.code == "already_thanked"
    assert "already thanked" in error.value.message


def test_an_empty_thank_you_by_debrief_is_refused(thank_you):
    with pytest.raises(ValidationError):
        services.thank_you_send(thank_you=thank_you, channel="debrief", body="")


def test_skipping_thanks_stops_the_reminders(thank_you):
    services.thank_you_skip(thank_you=thank_you)
    assert pending(hooks.THANK_DUE, thank_you) == []


# --- Action items ------------------------------------------------------------------------------


def test_an_action_item_takes_its_topic_from_its_feedback_and_is_reminded_on_its_due_date(reply):
    item = reply.items.first()
    due = timezone.localdate() + timedelta(days=5)
    action_item = services.action_item_create(owner=reply.owner, title="Practise STAR", item_ids=[item.pk], due_on=due)
    assert action_item.topic == item.topic
    assert [row.due_at.date() for row in pending(hooks.ACTION_DUE, action_item)] == [due]


def test_completing_an_action_item_stamps_it_and_stops_its_reminder(reply):
    action_item = services.action_item_create(
        owner=reply.owner, title="Practise STAR", due_on=timezone.localdate() + timedelta(days=3)
    )
    services.action_item_complete(action_item=action_item)
    action_item.refresh_from_db()
    assert action_item.completed_at is not None
    assert pending(hooks.ACTION_DUE, action_item) == []


def test_an_action_item_cannot_link_someone_elses_feedback(reply, other_candidate):
    with pytest.raises(ValidationError):
        services.action_item_create(owner=other_candidate, title="Steal", item_ids=[reply.items.first().pk])


def test_an_action_item_needs_a_title(candidate):
    with pytest.raises(ValidationError):
        services.action_item_create(owner=candidate, title=" ")


def test_deleting_a_draft_request_removes_it_but_a_sent_one_stays(draft):
    other = RequestFactory(owner=draft.owner, thread=draft.thread)
    services.request_delete(request=other)
    sent_by_debrief(draft)
    with pytest.raises(ApplicationError):
        services.request_delete(request=draft)
    assert list(FeedbackRequest.objects.values_list("pk", flat=True)) == [draft.pk]


def test_a_reply_knows_who_answered(draft):
    sent_by_debrief(draft)
    services.reply_submit(token=token_of(draft), answers={"interview": "Fine."}, answered_by_name="Dana R.")
    assert FeedbackReply.objects.get(request=draft).answered_by_name == "Dana R."


def test_a_follow_up_locks_only_the_request_row(draft):
    # PostgreSQL refuses FOR UPDATE on the nullable side of the reply link's outer join.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if not connection.features.has_select_for_update_of:
        from config import env

        if env.is_ci():
            pytest.fail("CI runs on PostgreSQL, which takes row locks: this test must run there")
        pytest.skip("this database takes no row locks (SQLite); CI runs it on PostgreSQL")
    sent_by_debrief(draft)
    with CaptureQueriesContext(connection) as queries:
        services.request_follow_up(request=draft, body="Following up once. Thank you!", now=NOW + timedelta(days=8))
    locking = [query["sql"] for query in queries if "FOR UPDATE" in query["sql"] and "LEFT OUTER JOIN" in query["sql"]]
    assert locking
    assert all("FOR UPDATE OF" in sql for sql in locking)


# --- Dates in messages, in the candidate's own zone ---------------------------------------------

# 20:00 UTC on 1 March is already 2 March in Tokyo.
LATE_EVENING_UTC = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


@pytest.fixture
def tokyo(candidate):
    NotificationPreferences.objects.update_or_create(user=candidate, defaults={"timezone": "Asia/Tokyo"})
    return candidate


def test_a_second_follow_up_is_refused_with_the_date_in_her_own_zone(tokyo, draft):
    sent_by_debrief(draft)
    services.request_follow_up(request=draft, body="Following up once. Thank you!", now=NOW + timedelta(days=8))
    FeedbackRequest.objects.filter(pk=draft.pk).update(followed_up_at=LATE_EVENING_UTC)
    with pytest.raises(ApplicationError) as error:
        services.request_follow_up(request=draft, body="Again?", now=NOW + timedelta(days=9))
    assert "02 Mar 2026" in error.value.message


def test_thanking_twice_is_refused_with_the_date_in_her_own_zone(tokyo, thank_you):
    services.thank_you_send(thank_you=thank_you, channel="own_mail")
    ThankYou.objects.filter(pk=thank_you.pk).update(sent_at=LATE_EVENING_UTC)
    with pytest.raises(ApplicationError) as error:
        services.thank_you_send(thank_you=thank_you, channel="debrief", body="Thanks again!")
    assert "02 Mar 2026" in error.value.message
