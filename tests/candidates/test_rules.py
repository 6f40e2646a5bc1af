"""Each domain rule is written once, beside its model, as a predicate and a queryset; these tests
hold the two sides together on generated data, and pin the bug that copies of a rule produced."""

from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from apps.candidates import reminder_hooks, services
from apps.candidates.models import Application, Interview, Stage
from apps.candidates.selectors import rejections_to_ask
from apps.reminders.models import Reminder
from tests.candidates.factories import ApplicationFactory, InterviewFactory
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

JOURNAL_TEXT = st.sampled_from(["", "", "Why us?", " "])


APPLICATION_SHAPES = st.lists(
    st.tuples(
        st.sampled_from(list(Stage.PROGRESS)),  # furthest stage
        st.sampled_from(["", *Stage.REJECTABLE]),  # rejection stage reached ("" when not rejected)
        st.integers(min_value=0, max_value=2),  # interviews
    ),
    min_size=1,
    max_size=6,
)


class TestRulesAgree(TestCase):
    """Hypothesis runs each example in its own transaction (its Django TestCase)."""

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(shapes=APPLICATION_SHAPES)
    def test_had_human_contact_and_with_human_contact_agree(self, shapes):
        owner = CandidateFactory()
        for furthest, reached, interviews in shapes:
            rejected = bool(reached)
            application = ApplicationFactory(
                owner=owner,
                furthest_stage=furthest,
                stage=Stage.REJECTED if rejected else Stage.APPLIED,
                rejected_at=timezone.now() if rejected else None,
                rejection_stage_reached=reached,
            )
            for _ in range(interviews):
                InterviewFactory(application=application)
        by_queryset = set(Application.objects.filter(owner=owner).with_human_contact().values_list("pk", flat=True))
        by_predicate = {a.pk for a in Application.objects.filter(owner=owner) if a.had_human_contact}
        assert by_queryset == by_predicate

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(journals=st.lists(st.fixed_dictionaries(dict.fromkeys(Interview.JOURNAL_FIELDS, JOURNAL_TEXT)), max_size=5))
    def test_journal_is_empty_and_journal_empty_agree(self, journals):
        application = ApplicationFactory()
        for journal in journals:
            InterviewFactory(application=application, **journal)
        interviews = Interview.objects.filter(application=application)
        by_queryset = set(interviews.journal_empty().values_list("pk", flat=True))
        by_predicate = {interview.pk for interview in interviews if interview.journal_is_empty}
        assert by_queryset == by_predicate

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(journals=st.lists(st.fixed_dictionaries(dict.fromkeys(Interview.JOURNAL_FIELDS, JOURNAL_TEXT)), max_size=5))
    def test_journal_empty_and_journal_written_split_every_interview(self, journals):
        application = ApplicationFactory()
        for journal in journals:
            InterviewFactory(application=application, **journal)
        interviews = Interview.objects.filter(application=application)
        assert interviews.journal_empty().count() + interviews.journal_written().count() == len(journals)


def test_a_rejection_at_applied_that_says_it_got_to_interviews_schedules_ask_feedback(candidate):
    # The bug: the dashboard listed "Ask for feedback" but the service, with its own copy of the
    # rule, ignored "How far had you got?" and never scheduled the reminder.
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    application = services.application_stage_change(
        application=application, to_stage=Stage.REJECTED, rejection_stage_reached=Stage.INTERVIEWING
    )
    reminders = Reminder.objects.filter(kind=reminder_hooks.ASK_FEEDBACK, subject_id=str(application.pk))
    assert reminders.count() == 1


def test_the_dashboard_lists_the_same_rejection_to_ask_about(candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    services.application_stage_change(
        application=application, to_stage=Stage.REJECTED, rejection_stage_reached=Stage.INTERVIEWING
    )
    assert list(rejections_to_ask(user=candidate)) == [application]


def test_an_interview_logged_on_an_application_counts_as_human_contact(candidate):
    application = ApplicationFactory(owner=candidate)
    InterviewFactory(application=application, starts_at=timezone.now() - timedelta(days=2))
    assert application.had_human_contact


def test_stage_groups_cover_only_real_stages():
    groups = [*Stage.PROGRESS, *Stage.HUMAN, *Stage.REJECTABLE, *Stage.ACTIVE]
    assert set(groups) <= set(Stage.values)
