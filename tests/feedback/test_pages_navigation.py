"""The top bar's destinations come from the navigation registry: each role sees its own, the
current one is marked, and a destination whose page is gone is reported, not fatal."""

import pytest
from django.urls import reverse

from apps.core import navigation
from apps.core.navigation import NavItem, check_navigation, items_for
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

CANDIDATE_DESTINATIONS = ["Dashboard", "Applications", "Interviews", "Contacts", "Feedback", "Insights & plan"]


def test_a_candidate_gets_the_feedback_destinations_in_their_place(candidate):
    labels = [item["label"] for item in items_for(candidate, "/")["main"]]
    assert [label for label in labels if label in CANDIDATE_DESTINATIONS] == CANDIDATE_DESTINATIONS


def test_settings_sit_with_the_persons_name(candidate):
    assert "Settings" in [item["label"] for item in items_for(candidate, "/")["account"]]


def test_a_recruiter_gets_no_candidate_pages(recruiter):
    labels = [item["label"] for item in items_for(recruiter, "/")["main"]]
    assert labels and not set(labels) & set(CANDIDATE_DESTINATIONS)


def test_staff_reach_the_admin_from_the_account_menu(staff):
    assert "Admin" in [item["label"] for item in items_for(staff, "/")["account"]]


def test_an_anonymous_visitor_gets_no_destinations(anon_client):
    from django.contrib.auth.models import AnonymousUser

    assert items_for(AnonymousUser(), "/") == {"main": [], "account": []}


def test_the_plan_marks_insights_and_plan_as_current(candidate_client):
    page = parse(candidate_client.get(reverse("feedback:plan")))
    current = [a for a in page.find_all("a") if a.get("aria-current") == "page" and a["href"].startswith("/dashboard/")]
    assert [a["href"] for a in current] == [reverse("feedback:insights"), reverse("feedback:plan")]


def test_every_page_has_one_menu_that_works_without_javascript(candidate_client):
    page = parse(candidate_client.get(reverse("feedback:thread-list")))
    assert len(page.find_all("details", class_="menu")) == 1


@pytest.fixture
def broken_item():
    navigation.register("broken", NavItem("Broken", "nowhere:at-all", audience="signed_in"))
    yield
    navigation.nav_items.unregister("broken")


def test_a_destination_whose_page_is_gone_is_left_out(candidate, broken_item):
    assert "Broken" not in [item["label"] for item in items_for(candidate, "/")["main"]]


def test_the_system_check_reports_a_destination_whose_page_is_gone(broken_item):
    assert [error.id for error in check_navigation()] == ["core.E101"]
