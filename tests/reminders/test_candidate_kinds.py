"""The first kinds, end to end: a candidates service arms the row, the sweep delivers it (or
drops it because the action was done), in the candidate's own time."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from apps.candidates.models import Stage
from apps.candidates.services import application_stage_change, interview_create, interview_journal_update
from apps.reminders.digest import DIGEST_KIND, digests_plan
from apps.reminders.models import Notification, Reminder
from apps.reminders.sweep import reminders_sweep
from tests.candidates.factories import ApplicationFactory, CompanyFactory, InterviewFactory

pytestmark = pytest.mark.django_db

Status = Reminder.Status


def _make_due(kind: str) -> Reminder:
    reminder = Reminder.objects.get(kind=kind)
    Reminder.objects.filter(pk=reminder.pk).update(due_at=timezone.now() - timedelta(minutes=1))
    return reminder


def _interview(candidate, *, hours_ago=5):
    application = ApplicationFactory(
        owner=candidate, role_title="Data Analyst", company=CompanyFactory(owner=candidate, name="Northwind")
    )
    return interview_create(
        application=application,
        starts_at=timezone.now() - timedelta(hours=hours_ago),
        timezone="Europe/Berlin",
        duration_minutes=60,
    )


def test_the_debrief_reminder_arrives_three_hours_after_the_interview_ends(candidate):
    interview = _interview(candidate, hours_ago=2)
    reminder = Reminder.objects.get(kind="interview_debrief")
    assert reminder.due_at == interview.ends_at + timedelta(hours=3)
    assert reminders_sweep().claimed == 0  # not yet

    _make_due("interview_debrief")
    assert reminders_sweep().sent == 1
    (message,) = mail.outbox
    assert message.subject == "How did the Northwind interview go?"
    link = f"http://testserver{reverse('candidates:interview-debrief', args=[interview.pk])}"
    assert link in message.body and link in message.alternatives[0].content
    assert "Data Analyst" in message.body
    notification = Notification.objects.get(recipient=candidate)
    assert "Northwind" in notification.text and notification.link.endswith(f"/interviews/{interview.pk}/debrief/")


def test_writing_the_journal_before_it_is_due_cancels_the_debrief_reminder(candidate):
    interview = _interview(candidate)
    interview_journal_update(interview=interview, asked="Tell me about a conflict.")
    assert Reminder.objects.get(kind="interview_debrief").status == Status.CANCELLED
    assert reminders_sweep().claimed == 0 and not mail.outbox


def test_a_journal_written_another_way_still_stops_the_reminder_at_send_time(candidate):
    interview = _interview(candidate)
    _make_due("interview_debrief")
    type(interview).objects.filter(pk=interview.pk).update(went_well="Rapport with the panel")
    result = reminders_sweep()
    assert result.cancelled == 1 and not mail.outbox and not Notification.objects.exists()


def test_ask_for_feedback_follows_a_rejection_after_a_human_stage(candidate):
    application = ApplicationFactory(
        owner=candidate, role_title="Designer", company=CompanyFactory(owner=candidate, name="Contoso")
    )
    application_stage_change(application=application, to_stage=Stage.SCREENING)
    application = application_stage_change(application=application, to_stage=Stage.REJECTED)
    reminder = Reminder.objects.get(kind="ask_feedback")
    assert reminder.due_at == application.rejected_at + timedelta(hours=24)

    _make_due("ask_feedback")
    assert reminders_sweep().sent == 1
    (message,) = mail.outbox
    assert message.subject == "Ask Contoso what would have made the difference"
    assert "Turned down after the screening for Designer at Contoso" in message.body


def test_an_automated_rejection_before_any_contact_asks_for_nothing(candidate):
    application = ApplicationFactory(owner=candidate)
    application_stage_change(application=application, to_stage=Stage.REJECTED)
    assert not Reminder.objects.filter(kind="ask_feedback").exists()


def test_moving_back_out_of_rejected_before_the_send_drops_the_ask(candidate):
    application = ApplicationFactory(owner=candidate)
    application_stage_change(application=application, to_stage=Stage.SCREENING)
    application_stage_change(application=application, to_stage=Stage.REJECTED)
    _make_due("ask_feedback")
    # Changed behind the services' back: the send-time check still catches it.
    type(application).objects.filter(pk=application.pk).update(
        stage=Stage.SCREENING, rejected_at=None, rejection_stage_reached=""
    )
    assert reminders_sweep().cancelled == 1 and not mail.outbox


# --- The weekly digest ---------------------------------------------------------------------


def test_the_digest_is_planned_once_a_week_for_monday_nine_in_the_recipients_zone(candidate, other_candidate):
    candidate.preferences.timezone = "America/New_York"
    candidate.preferences.save()
    other_candidate.preferences.weekly_digest = False
    other_candidate.preferences.save()
    wednesday = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)

    assert digests_plan(now=wednesday) >= 1
    assert digests_plan(now=wednesday + timedelta(hours=1)) == 0  # idempotent
    rows = Reminder.objects.filter(kind=DIGEST_KIND)
    mine = rows.get(recipient=candidate)
    assert not rows.filter(recipient=other_candidate).exists()
    assert mine.cycle == 20261207
    assert mine.due_at == datetime(2026, 12, 7, 14, 0, tzinfo=UTC)  # 09:00 in New York (UTC-5)


def test_the_digest_sums_up_the_week_and_skips_an_empty_one(candidate, other_candidate):
    application = ApplicationFactory(owner=candidate)
    InterviewFactory(application=application, starts_at=timezone.now() - timedelta(days=1))
    digests_plan(now=timezone.now() - timedelta(days=7))
    Reminder.objects.filter(kind=DIGEST_KIND).update(due_at=timezone.now())
    # Make the week the digest covers end now, so "last week" includes the rows above.
    for row in Reminder.objects.filter(kind=DIGEST_KIND):
        zone = row.recipient.preferences.zone
        local_monday = timezone.now().astimezone(zone).date()
        Reminder.objects.filter(pk=row.pk).update(cycle=int((local_monday + timedelta(days=1)).strftime("%Y%m%d")))

    result = reminders_sweep()
    assert result.sent == 1 and result.cancelled >= 1  # other_candidate had nothing this week
    (message,) = mail.outbox
    assert message.to == [candidate.email] and message.subject.startswith("Your week in Debrief")
    assert "1 interview." in message.body and "1 interview debrief still to write." in message.body


def test_turning_the_digest_off_drops_a_planned_one(candidate):
    ApplicationFactory(owner=candidate)
    digests_plan(now=timezone.now() - timedelta(days=7))
    candidate.preferences.weekly_digest = False
    candidate.preferences.save()
    Reminder.objects.filter(kind=DIGEST_KIND).update(due_at=timezone.now())
    reminders_sweep()
    assert not mail.outbox
    assert set(Reminder.objects.filter(recipient=candidate).values_list("status", flat=True)) == {Status.CANCELLED}
