"""The feedback loop's reminders and outgoing mail, end to end through the sweep: the request
e-mail (Reply-To the candidate, with a working reply link, escaped), the follow-up nudge, the
gentle close, thanks reminders that stop once thanked, and the action item's due day."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from apps.feedback import reminder_hooks as hooks
from apps.feedback import services
from apps.feedback.models import ReplyLink, RequestStatus
from apps.feedback.tasks import close_unanswered
from apps.reminders.models import Notification, Reminder
from apps.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db


def make_due(kind: str) -> None:
    Reminder.objects.filter(kind=kind, status=Reminder.Status.PENDING).update(
        due_at=timezone.now() - timedelta(minutes=1)
    )


@pytest.fixture
def sent(draft):
    services.request_update(request=draft, body="Dear Dana, <script>alert('x')</script> thank you! Interview tips?")
    services.request_send(request=draft, channel="debrief")
    draft.refresh_from_db()
    return draft


def test_the_request_goes_out_once_with_reply_to_the_candidate(sent):
    reminders_sweep()
    reminders_sweep()
    assert [message.reply_to for message in mail.outbox] == [[sent.owner.email]]


def test_the_request_e_mail_carries_a_reply_link_that_works(sent, anon_client):
    reminders_sweep()
    token = ReplyLink.objects.get(request=sent).token
    (message,) = mail.outbox
    assert f"/reply/{token}/" in message.body
    assert anon_client.get(f"/reply/{token}/").status_code == 200


def test_the_request_e_mail_escapes_html_in_the_html_body(sent):
    reminders_sweep()
    html = mail.outbox[0].alternatives[0][0]
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_the_request_e_mail_keeps_the_text_body_as_written(sent):
    reminders_sweep()
    assert "<script>alert('x')</script>" in mail.outbox[0].body


def test_the_request_shows_its_delivery_status(sent):
    reminders_sweep()
    sent.refresh_from_db()
    assert sent.delivery_status == Reminder.Status.SENT


def test_the_follow_up_nudge_arrives_when_no_answer_came(sent):
    make_due(hooks.FOLLOW_UP_DUE)
    reminders_sweep()
    assert Notification.objects.filter(kind=hooks.FOLLOW_UP_DUE, recipient=sent.owner).count() == 1


def test_an_answer_before_the_nudge_cancels_it(sent):
    services.reply_submit(token=ReplyLink.objects.get(request=sent).token, answers={"interview": "Good."})
    make_due(hooks.FOLLOW_UP_DUE)
    reminders_sweep()
    assert not Notification.objects.filter(kind=hooks.FOLLOW_UP_DUE).exists()


def test_the_follow_up_e_mail_goes_out_through_the_outbox_too(sent):
    reminders_sweep()
    services.request_follow_up(request=sent, body="Dear Dana, following up once. Thank you!")
    reminders_sweep()
    assert [message.subject for message in mail.outbox][-1].startswith("Re: ")


def test_the_close_task_closes_a_due_request_even_without_its_reminder_row(sent):
    Reminder.objects.filter(kind=hooks.CLOSE_NO_RESPONSE).delete()  # a stuck or lost row changes nothing
    type(sent).objects.filter(pk=sent.pk).update(sent_at=timezone.now() - timedelta(days=22))
    close_unanswered()
    sent.refresh_from_db()
    assert sent.status == RequestStatus.NO_RESPONSE


def test_the_close_task_then_tells_the_candidate_once(sent):
    type(sent).objects.filter(pk=sent.pk).update(sent_at=timezone.now() - timedelta(days=22))
    close_unanswered()
    close_unanswered()
    reminders_sweep()
    assert Notification.objects.filter(kind=hooks.CLOSE_NO_RESPONSE).count() == 1


def test_the_close_task_leaves_a_request_that_is_not_yet_due(sent):
    type(sent).objects.filter(pk=sent.pk).update(sent_at=timezone.now() - timedelta(days=20))
    close_unanswered()
    sent.refresh_from_db()
    assert sent.status == RequestStatus.SENT


def test_the_close_task_waits_fourteen_days_after_a_follow_up(sent):
    services.request_follow_up(request=sent, body="Dear Dana, following up once. Thank you!")
    type(sent).objects.filter(pk=sent.pk).update(
        sent_at=timezone.now() - timedelta(days=30), followed_up_at=timezone.now() - timedelta(days=13)
    )
    close_unanswered()
    sent.refresh_from_db()
    assert sent.status == RequestStatus.FOLLOWED_UP


def test_a_close_notice_for_a_request_that_is_still_open_closes_nothing(sent):
    hooks.reminder_schedule(
        kind=hooks.CLOSE_NO_RESPONSE, subject=sent, recipient=sent.owner, due_at=timezone.now() - timedelta(minutes=1)
    )
    type(sent).objects.filter(pk=sent.pk).update(sent_at=timezone.now() - timedelta(days=22))
    reminders_sweep()
    sent.refresh_from_db()
    assert sent.status == RequestStatus.SENT


@pytest.fixture
def thank_you(sent):
    reply = services.reply_submit(token=ReplyLink.objects.get(request=sent).token, answers={"interview": "Good."})
    return reply.thank_you


def test_the_thanks_reminder_arrives_after_a_day(thank_you):
    Reminder.objects.filter(kind=hooks.THANK_DUE, cycle=0).update(due_at=timezone.now() - timedelta(minutes=1))
    reminders_sweep()
    assert Notification.objects.filter(kind=hooks.THANK_DUE).count() == 1


def test_thanks_sent_stop_both_thanks_reminders(thank_you):
    services.thank_you_send(thank_you=thank_you, channel="own_mail")
    make_due(hooks.THANK_DUE)
    reminders_sweep()
    assert not Notification.objects.filter(kind=hooks.THANK_DUE).exists()


def test_the_thank_you_e_mail_escapes_html_and_replies_to_the_candidate(thank_you):
    reminders_sweep()  # the request itself
    services.thank_you_send(thank_you=thank_you, channel="debrief", body="Thanks <b>Dana</b> & team!")
    reminders_sweep()
    message = mail.outbox[-1]
    assert "Thanks <b>Dana</b> & team!" in message.body
    assert "Thanks &lt;b&gt;Dana&lt;/b&gt; &amp; team!" in message.alternatives[0][0]


def test_the_action_item_reminder_arrives_on_its_due_day_unless_done(candidate):
    open_item = services.action_item_create(owner=candidate, title="Open", due_on=timezone.localdate())
    done_item = services.action_item_create(owner=candidate, title="Done", due_on=timezone.localdate())
    services.action_item_complete(action_item=done_item)
    make_due(hooks.ACTION_DUE)
    reminders_sweep()
    assert [n.text for n in Notification.objects.filter(kind=hooks.ACTION_DUE)] == [
        f"“{open_item.title}” is due today. Small steps count — note what you did."
    ]


def test_an_answer_through_the_link_tells_the_candidate_at_once(sent):
    services.reply_submit(
        token=ReplyLink.objects.get(request=sent).token, answers={"interview": "Good."}, answered_by_name="Dana"
    )
    reminders_sweep()
    (notice,) = Notification.objects.filter(kind=hooks.ANSWERED, recipient=sent.owner)
    assert notice.text.startswith("Dana answered your request")


def test_a_pasted_answer_sends_the_candidate_no_notice(draft):
    services.request_mark_sent(request=draft)
    services.reply_record_pasted(request=draft, text="Good interview.")
    assert not Reminder.objects.filter(kind=hooks.ANSWERED).exists()
