"""The dashboard: counts, funnel (SVG with its numbers), upcoming interviews, recent rejections,
the to-do registry, the empty state, and a query budget that does not grow with the data."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.candidates import selectors, services, todos
from apps.candidates.models import Application, Stage
from tests.candidates.factories import ApplicationFactory, InterviewFactory
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db
URL = reverse("candidates:dashboard")


def test_a_new_candidate_is_told_what_to_do_first(candidate_client):
    page = parse(candidate_client.get(URL))
    assert "Start with one application" in page.text
    assert page.find_all("a", href=reverse("candidates:application-create"))
    assert page.find_all("a", href=reverse("candidates:import-upload"))


def _search(candidate):
    applied = services.application_create(owner=candidate, company_name="Initech", role_title="Junior analyst")
    automated = services.application_create(owner=candidate, company_name="Fabrikam", role_title="Engineer")
    services.application_stage_change(
        application=automated, to_stage=Stage.REJECTED, rejection_via=Application.RejectionVia.PORTAL
    )
    human = services.application_create(owner=candidate, company_name="Contoso", role_title="BI developer")
    past = services.interview_create(application=human, starts_at=timezone.now() - timedelta(days=2), timezone="UTC")
    services.application_stage_change(application=human, to_stage=Stage.REJECTED)
    upcoming_app = services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")
    upcoming = services.interview_create(
        application=upcoming_app, starts_at=timezone.now() + timedelta(days=2), timezone="UTC"
    )
    return applied, automated, human, past, upcoming


def test_the_dashboard_shows_counts_funnel_upcoming_and_rejections(candidate_client, candidate):
    _search(candidate)
    response = candidate_client.get(URL)
    page = parse(response)
    html = response.content.decode()
    assert '<svg class="funnel"' in html and 'role="img"' in html
    assert "Applied: 4, turned down at this step: 1." in page.text  # the SVG's text alternative
    assert "Interviewed: 2, turned down at this step: 1." in page.text
    assert "4 · 100%" in page.text and "50%" in page.text  # numbers beside the bars
    assert "Upcoming interviews" in page.text and "Data analyst" in page.text
    assert "Turned down after the interviews" in page.text
    assert "Turned down before any conversation" in page.text


def test_the_to_do_panel_asks_for_debriefs_and_feedback_after_human_stages_only(candidate_client, candidate):
    applied, automated, human, past, upcoming = _search(candidate)
    items = todos.todos_for(user=candidate)
    kinds = [(item.kind, item.url) for item in items]
    assert ("debrief", reverse("candidates:interview-detail", kwargs={"pk": past.pk}) + "#debrief") in kinds
    asks = [item.title for item in items if item.kind == "ask"]
    assert any("BI developer" in title for title in asks)
    # No debrief for an interview still ahead; no "ask" after an automated rejection before any contact.
    assert not [url for kind, url in kinds if str(upcoming.pk) in url and kind == "debrief"]
    assert not [title for title in asks if automated.role_title in title]
    text = parse(candidate_client.get(URL)).text
    assert "Write your debrief" in text and "Ask for feedback" in text


def test_writing_the_debrief_clears_its_to_do(candidate):
    _, _, _, past, _ = _search(candidate)
    services.interview_journal_update(interview=past, asked="Why us?")
    assert "debrief" not in [item.kind for item in todos.todos_for(user=candidate)]


def test_later_apps_can_register_to_do_providers(candidate):
    item = todos.Todo(kind="thank", title="Thank Dana", detail="", url="/x/", action="Say thanks")
    todos.register("test-thank", lambda user: [item])
    try:
        assert item in todos.todos_for(user=candidate)
    finally:
        todos.todo_providers.unregister("test-thank")


@pytest.mark.parametrize("rows", [1, 50])
def test_the_dashboard_runs_the_same_queries_for_1_and_50(candidate_client, candidate, rows, django_assert_num_queries):
    for number in range(rows):
        application = ApplicationFactory(owner=candidate)
        InterviewFactory(application=application, starts_at=timezone.now() + timedelta(days=1 + number))
        InterviewFactory(application=application)
        services.application_stage_change(application=ApplicationFactory(owner=candidate), to_stage=Stage.REJECTED)
    # 1 session, 2 user, 3 preferences (time zone), 4 counts by stage, funnel reached and rejections by stage
    # (one aggregate), 5 upcoming interviews, 6 recent rejections, 7 to-do: empty journals, 8 to-do: rejections
    # with nothing asked yet, 9-12 the feedback app's to-dos and panel (follow-ups, thank-yous, improvement
    # steps): one each
    with django_assert_num_queries(12):
        assert candidate_client.get(URL).status_code == 200


def test_the_dashboard_s_one_query_counts_agree_with_the_stage_counts_and_the_funnel(candidate):
    for stage in (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING):
        ApplicationFactory(owner=candidate, stage=stage, furthest_stage=stage)
    for reached in (Stage.APPLIED, Stage.INTERVIEWING):
        application = ApplicationFactory(owner=candidate, stage=reached, furthest_stage=reached)
        services.application_stage_change(application=application, to_stage=Stage.REJECTED)

    together = selectors.stage_counts_and_funnel(user=candidate)

    assert together == (selectors.stage_counts(user=candidate), selectors.funnel(user=candidate))
