"""Stage changes, rejection details, constraints in the database, and the reminder contract."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.candidates import reminder_hooks, selectors, services
from apps.candidates.models import Application, CandidateProfile, Interview, Stage, StageChange
from apps.core.errors import ApplicationError
from apps.reminders.models import Reminder
from tests.candidates.factories import ApplicationFactory, ContactFactory, InterviewFactory

pytestmark = pytest.mark.django_db


def _reminders(kind, subject):
    return Reminder.objects.filter(kind=kind, subject_id=str(subject.pk))


def test_a_stage_change_is_recorded_in_the_history(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    services.application_stage_change(application=application, to_stage=Stage.SCREENING, note="Recruiter call")
    application.refresh_from_db()
    assert application.stage == Stage.SCREENING
    assert application.furthest_stage == Stage.SCREENING
    history = list(application.stage_changes.values_list("from_stage", "to_stage", "note"))
    assert history == [("", "applied", ""), ("applied", "screening", "Recruiter call")]


def test_an_impossible_stage_change_is_refused_with_the_allowed_moves_and_changes_nothing(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    services.application_stage_change(application=application, to_stage=Stage.OFFER)
    services.application_stage_change(application=application, to_stage=Stage.HIRED)
    with pytest.raises(ApplicationError) as caught:
        services.application_stage_change(application=application, to_stage=Stage.SCREENING)
    assert caught.value.code == "impossible_stage_change"
    assert "can't move from “Hired” to “Screening”" in caught.value.message
    assert "Nothing was changed" in caught.value.message
    application.refresh_from_db()
    assert application.stage == Stage.HIRED
    assert application.stage_changes.count() == 3


def test_moving_to_the_same_stage_is_refused(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    with pytest.raises(ApplicationError, match="already at"):
        services.application_stage_change(application=application, to_stage=Stage.APPLIED)


def test_an_unknown_stage_is_refused(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    with pytest.raises(ApplicationError, match="not a stage"):
        services.application_stage_change(application=application, to_stage="ghosted")


def test_a_rejection_keeps_its_details_and_the_stage_reached(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    services.application_stage_change(application=application, to_stage=Stage.INTERVIEWING)
    services.application_stage_change(
        application=application,
        to_stage=Stage.REJECTED,
        rejected_on=timezone.localdate() - timedelta(days=2),
        rejection_via=Application.RejectionVia.EMAIL,
        rejection_reason="  More SQL.  ",
    )
    application.refresh_from_db()
    assert application.rejection_stage_reached == Stage.INTERVIEWING
    assert application.rejection_reason == "More SQL."
    assert application.rejected_at.date() <= timezone.localdate() - timedelta(days=1)
    assert application.rejection_summary == "Turned down after the interviews"


def test_reopening_a_rejection_clears_the_live_details_but_the_history_keeps_it(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    services.application_stage_change(application=application, to_stage=Stage.REJECTED, rejection_reason="No")
    services.application_stage_change(application=application, to_stage=Stage.INTERVIEWING, note="They came back")
    application.refresh_from_db()
    assert application.rejected_at is None and application.rejection_reason == ""
    assert list(application.stage_changes.values_list("to_stage", flat=True)) == ["applied", "rejected", "interviewing"]


def test_the_database_refuses_rejection_details_on_an_application_that_is_not_rejected(candidate):
    application = ApplicationFactory(owner=candidate)
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(rejected_at=timezone.now())


def test_the_database_refuses_a_rejected_application_without_a_date(candidate):
    application = ApplicationFactory(owner=candidate)
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(stage=Stage.REJECTED)


def test_the_database_refuses_an_unknown_stage_and_a_history_line_that_goes_nowhere(candidate):
    application = ApplicationFactory(owner=candidate)
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(stage="ghosted")
    with pytest.raises(IntegrityError), transaction.atomic():
        StageChange.objects.create(
            application=application, from_stage="applied", to_stage="applied", changed_at=timezone.now()
        )


def test_the_database_refuses_an_interview_of_zero_minutes(candidate):
    interview = InterviewFactory(application=ApplicationFactory(owner=candidate))
    with pytest.raises(IntegrityError), transaction.atomic():
        Interview.objects.filter(pk=interview.pk).update(duration_minutes=0)


def test_an_interview_in_an_unknown_time_zone_is_refused(candidate):
    application = ApplicationFactory(owner=candidate)
    with pytest.raises(ValidationError) as caught:
        services.interview_create(application=application, starts_at=timezone.now(), timezone="Mars/Olympus")
    assert "not a time zone we know" in str(caught.value)
    assert not application.interviews.exists()


def test_company_names_are_unique_per_candidate_whatever_the_case(candidate, other_candidate):
    first = services.application_create(owner=candidate, company_name="Northwind", role_title="A")
    second = services.application_create(owner=candidate, company_name="NORTHWIND", role_title="B")
    theirs = services.application_create(owner=other_candidate, company_name="Northwind", role_title="C")
    assert first.company_id == second.company_id != theirs.company_id


def test_hired_is_reached_through_an_offer_when_created_directly(candidate):
    application = services.application_create(owner=candidate, company_name="N", role_title="A", stage=Stage.HIRED)
    assert list(application.stage_changes.values_list("to_stage", flat=True)) == ["applied", "offer", "hired"]


def test_logging_an_interview_moves_an_applied_application_to_interviewing(candidate):
    application = ApplicationFactory(owner=candidate)
    services.interview_create(application=application, starts_at=timezone.now(), timezone="UTC")
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    assert application.stage_changes.last().note == "Interview logged"


def test_interviewers_must_be_the_candidates_own_contacts(candidate, other_candidate):
    application = ApplicationFactory(owner=candidate)
    stranger = ContactFactory(owner=other_candidate)
    with pytest.raises(ValidationError):
        services.interview_create(
            application=application, starts_at=timezone.now(), timezone="UTC", interviewers=[stranger]
        )


# --- The reminder contract ---------------------------------------------------------------


def test_logging_an_interview_schedules_the_debrief_reminder_three_hours_after_it_ends(candidate):
    application = ApplicationFactory(owner=candidate)
    start = timezone.now() + timedelta(days=1)
    interview = services.interview_create(application=application, starts_at=start, timezone="UTC", duration_minutes=60)
    reminder = _reminders(reminder_hooks.INTERVIEW_DEBRIEF, interview).get()
    assert reminder.status == Reminder.Status.PENDING
    assert reminder.recipient == candidate
    assert reminder.due_at == start + timedelta(hours=4)


def test_rescheduling_moves_the_debrief_reminder(candidate):
    interview = services.interview_create(
        application=ApplicationFactory(owner=candidate), starts_at=timezone.now(), timezone="UTC"
    )
    later = timezone.now() + timedelta(days=3)
    services.interview_update(interview=interview, starts_at=later)
    reminder = _reminders(reminder_hooks.INTERVIEW_DEBRIEF, interview).get()
    assert reminder.due_at == later + timedelta(minutes=45) + timedelta(hours=3)


def test_writing_the_journal_cancels_the_debrief_reminder(candidate):
    interview = services.interview_create(
        application=ApplicationFactory(owner=candidate), starts_at=timezone.now(), timezone="UTC"
    )
    assert interview.journal_is_empty
    services.interview_journal_update(interview=interview, asked="Why us?")
    assert not interview.journal_is_empty
    assert interview.journal_written_at is not None
    assert _reminders(reminder_hooks.INTERVIEW_DEBRIEF, interview).get().status == Reminder.Status.CANCELLED


def test_deleting_an_interview_cancels_its_reminder(candidate):
    interview = services.interview_create(
        application=ApplicationFactory(owner=candidate), starts_at=timezone.now(), timezone="UTC"
    )
    pk = interview.pk
    services.interview_delete(interview=interview)
    reminder = Reminder.objects.get(kind=reminder_hooks.INTERVIEW_DEBRIEF, subject_id=str(pk))
    assert reminder.status == Reminder.Status.CANCELLED


def test_a_rejection_after_a_human_stage_schedules_ask_feedback_a_day_later(candidate):
    application = services.application_create(owner=candidate, company_name="N", role_title="A")
    services.application_stage_change(application=application, to_stage=Stage.SCREENING)
    application = services.application_stage_change(application=application, to_stage=Stage.REJECTED)
    assert application.had_human_contact
    reminder = _reminders(reminder_hooks.ASK_FEEDBACK, application).get()
    assert reminder.due_at == application.rejected_at + timedelta(hours=24)


def test_an_automated_rejection_before_any_contact_schedules_nothing(candidate):
    application = services.application_create(owner=candidate, company_name="N", role_title="A")
    application = services.application_stage_change(
        application=application, to_stage=Stage.REJECTED, rejection_via=Application.RejectionVia.PORTAL
    )
    assert not application.had_human_contact
    assert not _reminders(reminder_hooks.ASK_FEEDBACK, application).exists()


def test_moving_away_from_rejected_or_deleting_cancels_ask_feedback(candidate):
    application = services.application_create(owner=candidate, company_name="N", role_title="A")
    services.application_stage_change(application=application, to_stage=Stage.INTERVIEWING)
    services.application_stage_change(application=application, to_stage=Stage.REJECTED)
    services.application_stage_change(application=application, to_stage=Stage.OFFER)
    assert _reminders(reminder_hooks.ASK_FEEDBACK, application).get().status == Reminder.Status.CANCELLED

    other = services.application_create(owner=candidate, company_name="M", role_title="B")
    services.application_stage_change(application=other, to_stage=Stage.SCREENING)
    services.application_stage_change(application=other, to_stage=Stage.REJECTED)
    pk = other.pk
    services.application_delete(application=other)
    assert Reminder.objects.get(kind=reminder_hooks.ASK_FEEDBACK, subject_id=str(pk)).status == (
        Reminder.Status.CANCELLED
    )


def test_a_new_candidate_has_a_profile_row_from_the_start(candidate):
    assert CandidateProfile.objects.filter(user=candidate).exists()


def test_a_recruiter_gets_no_candidate_profile(recruiter):
    assert not CandidateProfile.objects.filter(user=recruiter).exists()


def test_reading_a_missing_profile_writes_nothing(candidate, django_assert_num_queries):
    CandidateProfile.objects.filter(user=candidate).delete()
    with django_assert_num_queries(1):  # 1 the profile (absent): an unsaved empty one comes back
        profile = selectors.profile_for(user=candidate)
    assert profile.pk is None


def test_the_migration_backfills_profiles_for_earlier_candidates(candidate):
    from importlib import import_module

    from django.apps import apps

    CandidateProfile.objects.filter(user=candidate).delete()
    migration = import_module("apps.candidates.migrations.0002_profiles_for_every_candidate")
    migration.profiles_for_existing_candidates(apps, None)
    assert CandidateProfile.objects.filter(user=candidate).exists()
