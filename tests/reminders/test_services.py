"""reminder_schedule / reminder_cancel: the contract domain apps code against."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from apps.reminders.models import Reminder
from apps.reminders.services import reminder_cancel, reminder_schedule, reminders_cancel_for_subject
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subject(candidate):
    # Any saved model works as a subject; the engine stores it generically.
    return CandidateFactory()


def test_it_writes_one_pending_row_for_a_new_key(candidate, subject):
    due = timezone.now() + timedelta(hours=3)
    reminder = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=due)
    assert reminder.status == Reminder.Status.PENDING
    assert reminder.due_at == due
    assert reminder.subject == subject
    assert reminder.recipient == candidate
    assert reminder.recipient_key == f"user:{candidate.pk}"
    assert Reminder.objects.count() == 1


def test_scheduling_the_same_key_twice_re_arms_the_one_row(candidate, subject):
    first = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=timezone.now())
    later = timezone.now() + timedelta(days=1)
    second = reminder_schedule(
        kind="test_kind", subject=subject, recipient=candidate, due_at=later, payload={"note": "moved"}
    )
    assert second.pk == first.pk
    assert Reminder.objects.count() == 1
    first.refresh_from_db()
    assert first.due_at == later
    assert first.payload == {"note": "moved"}


def test_a_different_cycle_or_recipient_is_a_different_row(candidate, other_candidate, subject):
    due = timezone.now()
    reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=due)
    reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=due, cycle=1)
    reminder_schedule(kind="test_kind", subject=subject, recipient=other_candidate, due_at=due)
    reminder_schedule(kind="test_kind", subject=subject, recipient_email="Dana@Example.com", due_at=due)
    reminder_schedule(kind="test_kind", subject=subject, recipient_email="dana@example.com", due_at=due)
    assert Reminder.objects.count() == 4


def test_an_external_address_needs_no_account(subject):
    reminder = reminder_schedule(
        kind="test_mail",
        subject=subject,
        recipient_email="dana@example.com",
        due_at=timezone.now(),
        payload={"subject": "Hello", "body": "Thanks", "reply_to": "cara@example.com"},
    )
    assert reminder.recipient is None
    assert reminder.to_address == "dana@example.com"
    assert reminder.payload["reply_to"] == "cara@example.com"


def test_a_sent_reminder_is_never_re_armed(candidate, subject):
    reminder = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=timezone.now())
    Reminder.objects.filter(pk=reminder.pk).update(status=Reminder.Status.SENT)
    again = reminder_schedule(
        kind="test_kind", subject=subject, recipient=candidate, due_at=timezone.now() + timedelta(days=2)
    )
    assert again.status == Reminder.Status.SENT
    assert Reminder.objects.count() == 1


def test_a_cancelled_reminder_comes_back_when_the_domain_makes_it_due_again(candidate, subject):
    reminder = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=timezone.now())
    assert reminder_cancel(kind="test_kind", subject=subject) == 1
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.CANCELLED
    reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=timezone.now())
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.PENDING


def test_cancel_touches_only_pending_rows_of_that_kind_subject_recipient_and_cycle(candidate, other_candidate, subject):
    due = timezone.now()
    mine = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=due)
    mine_next = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=due, cycle=1)
    theirs = reminder_schedule(kind="test_kind", subject=subject, recipient=other_candidate, due_at=due)
    other_kind = reminder_schedule(kind="other_kind", subject=subject, recipient=candidate, due_at=due)
    sent = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=due, cycle=2)
    Reminder.objects.filter(pk=sent.pk).update(status=Reminder.Status.SENT)

    assert reminder_cancel(kind="test_kind", subject=subject, recipient=candidate, cycle=0) == 1
    assert reminder_cancel(kind="test_kind", subject=subject, recipient=candidate) == 1
    assert reminder_cancel(kind="test_kind", subject=subject) == 1
    statuses = {r.pk: r.status for r in Reminder.objects.all()}
    assert statuses[mine.pk] == statuses[mine_next.pk] == statuses[theirs.pk] == Reminder.Status.CANCELLED
    assert statuses[other_kind.pk] == Reminder.Status.PENDING
    assert statuses[sent.pk] == Reminder.Status.SENT


def test_cancel_for_a_deleted_subject_cancels_every_kind(candidate, subject):
    reminder_schedule(kind="a", subject=subject, recipient=candidate, due_at=timezone.now())
    reminder_schedule(kind="b", subject=subject, recipient=candidate, due_at=timezone.now())
    assert reminders_cancel_for_subject(subject=subject) == 2


def test_the_database_refuses_a_duplicate_key(candidate, subject):
    reminder = reminder_schedule(kind="test_kind", subject=subject, recipient=candidate, due_at=timezone.now())
    duplicate = Reminder(
        kind=reminder.kind,
        subject_type=reminder.subject_type,
        subject_id=reminder.subject_id,
        recipient=candidate,
        recipient_key=reminder.recipient_key,
        due_at=timezone.now(),
    )
    with pytest.raises(IntegrityError):
        duplicate.save()


def test_it_refuses_a_reminder_without_recipient_or_with_a_naive_time(subject):
    with pytest.raises(ValueError, match="recipient"):
        reminder_schedule(kind="k", subject=subject, due_at=timezone.now())
    with pytest.raises(ValueError, match="timezone"):
        reminder_schedule(
            kind="k", subject=subject, recipient_email="a@example.com", due_at=timezone.now().replace(tzinfo=None)
        )
