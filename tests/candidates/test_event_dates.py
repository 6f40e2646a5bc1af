"""The timeline shows when things happened, not when they were clicked (issue 8): an interview on
the 17th and a rejection on the 26th, both entered on the 29th, read "17" and "26". A move can be
given the day it happened, on the page and in the API; the entry time is kept beside it."""

from datetime import datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from apps.accounts.selectors import preferences_for
from apps.candidates import services
from apps.candidates.models import Stage, StageChange
from tests.core.error_shape import assert_api_error
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db


def _days_ago(days: int):
    return timezone.localdate() - timedelta(days=days)


def _history(application) -> list[tuple[str, object]]:
    """(stage, local day it happened), in timeline order."""
    zone = preferences_for(user=application.owner).zone
    return [
        (change.to_stage, timezone.localdate(change.changed_at, zone))
        for change in StageChange.objects.filter(application=application)
    ]


@pytest.fixture
def application(candidate):
    return services.application_create(
        owner=candidate, company_name="Northwind", role_title="Analyst", applied_on=_days_ago(20)
    )


def test_the_history_carries_the_day_of_the_interview_and_of_the_rejection(application):
    interview_at = timezone.now() - timedelta(days=12)
    services.interview_create(application=application, starts_at=interview_at, timezone="UTC")
    services.application_stage_change(
        application=application, to_stage=Stage.REJECTED, rejected_on=_days_ago(3), rejection_via="email"
    )

    assert _history(application) == [
        (Stage.APPLIED, _days_ago(20)),
        (Stage.INTERVIEWING, timezone.localdate(interview_at, preferences_for(user=application.owner).zone)),
        (Stage.REJECTED, _days_ago(3)),
    ]


def test_correcting_the_date_applied_moves_the_first_line_of_the_history(application):
    services.application_update(application=application, applied_on=_days_ago(30))
    assert _history(application) == [(Stage.APPLIED, _days_ago(30))]


def test_each_history_line_keeps_the_moment_it_was_entered_too(application):
    services.application_stage_change(application=application, to_stage=Stage.SCREENING, happened_on=_days_ago(5))
    change = application.stage_changes.get(to_stage=Stage.SCREENING)
    assert timezone.localdate(change.recorded_at) == timezone.localdate()


def test_an_interview_booked_for_next_week_moves_the_stage_today_not_next_week(application):
    services.interview_create(application=application, starts_at=timezone.now() + timedelta(days=7), timezone="UTC")
    change = application.stage_changes.get(to_stage=Stage.INTERVIEWING)
    assert change.changed_at <= timezone.now()


def test_a_move_given_an_earlier_day_is_dated_midday_of_that_day_in_the_persons_zone(application):
    services.application_stage_change(application=application, to_stage=Stage.SCREENING, happened_on=_days_ago(4))
    change = application.stage_changes.get(to_stage=Stage.SCREENING)
    zone = preferences_for(user=application.owner).zone
    assert change.changed_at == datetime.combine(_days_ago(4), time(12, 0), tzinfo=zone)


def test_the_timeline_is_ordered_by_the_day_things_happened(application):
    services.application_stage_change(application=application, to_stage=Stage.SCREENING, happened_on=_days_ago(2))
    # Entered afterwards, but it happened first.
    services.application_stage_change(application=application, to_stage=Stage.INTERVIEWING, happened_on=_days_ago(9))
    assert [stage for stage, _ in _history(application)] == [Stage.APPLIED, Stage.INTERVIEWING, Stage.SCREENING]


@pytest.mark.parametrize(("days", "why"), [(-2, "in the future"), (21, "before you applied")])
def test_a_day_in_the_future_or_before_the_application_is_refused_and_nothing_moves(application, days, why):
    with pytest.raises(ValidationError, match=why):
        services.application_stage_change(
            application=application, to_stage=Stage.SCREENING, happened_on=_days_ago(days)
        )
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
    assert application.stage_changes.count() == 1


def test_history_lines_from_before_keep_their_click_time(application):
    """Rows written before event dates were kept have no entry time; nothing rewrites them."""
    old = application.stage_changes.get()
    StageChange.objects.filter(pk=old.pk).update(recorded_at=None)
    services.application_stage_change(application=application, to_stage=Stage.SCREENING)
    old.refresh_from_db()
    assert old.recorded_at is None


def test_the_export_keeps_both_the_day_it_happened_and_when_it_was_entered(candidate, application):
    from apps.candidates.exporting import export_data

    services.application_stage_change(application=application, to_stage=Stage.SCREENING, happened_on=_days_ago(5))
    line = export_data(user=candidate)["applications"][0]["stage_history"][-1]
    assert line["at"].startswith(_days_ago(5).isoformat())
    assert line["recorded_at"].startswith(timezone.localdate().isoformat())


# --- API ------------------------------------------------------------------------------------


def _stage_url(application):
    return reverse("candidates-api:application-stage", kwargs={"pk": application.pk})


def test_the_api_takes_the_day_a_move_happened_and_returns_it_in_the_history(candidate_api, application):
    response = candidate_api.post(
        _stage_url(application), {"to_stage": "screening", "happened_on": _days_ago(6).isoformat()}, format="json"
    )
    assert response.status_code == 200, response.json()
    screening = response.json()["stage_history"][-1]
    assert screening["changed_at"].startswith(_days_ago(6).isoformat())
    assert screening["recorded_at"] is not None


def test_the_api_refuses_a_day_in_the_future_with_a_field_error(candidate_api, application):
    response = candidate_api.post(
        _stage_url(application), {"to_stage": "screening", "happened_on": _days_ago(-3).isoformat()}, format="json"
    )
    error = assert_api_error(response, status=400, code="validation_error")
    assert "happened_on" in error["fields"]


def test_an_outsider_cannot_date_a_move_on_someone_elses_application(other_candidate_api, application):
    response = other_candidate_api.post(
        _stage_url(application), {"to_stage": "screening", "happened_on": _days_ago(1).isoformat()}, format="json"
    )
    assert_api_error(response, status=404, code="not_found")


# --- Pages ----------------------------------------------------------------------------------


def test_the_stage_form_asks_when_and_the_timeline_shows_that_day(candidate_client, application):
    day = _days_ago(8)
    detail = reverse("candidates:application-detail", kwargs={"pk": application.pk})
    form = parse(candidate_client.get(detail))
    assert any(tag == "input" and attrs.get("name") == "happened_on" for tag, attrs in form.elements)

    response = candidate_client.post(
        reverse("candidates:application-stage", kwargs={"pk": application.pk}),
        {"to_stage": "screening", "happened_on": day.isoformat()},
        follow=True,
    )
    times = [attrs.get("datetime", "") for tag, attrs in parse(response).elements if tag == "time"]
    assert any(value.startswith(day.isoformat()) for value in times), times


def test_a_when_in_the_future_on_the_page_is_refused_with_a_message(candidate_client, application):
    response = candidate_client.post(
        reverse("candidates:application-stage", kwargs={"pk": application.pk}),
        {"to_stage": "screening", "happened_on": _days_ago(-5).isoformat()},
        follow=True,
    )
    assert "in the future" in parse(response).text
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
