"""Cara adds an application, logs an interview with a debrief, is turned down, and sees it all on the
dashboard. Screenshots of the dashboard and the application page (desktop and a 375 px phone)
land in test-artifacts/ for a person to look at."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def _shoot(page: Page, artifacts_dir, name: str):
    for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=artifacts_dir / f"candidates-{name}-{size_name}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name} scrolls sideways at {size['width']}px ({width}px)"
    page.set_viewport_size(DESKTOP)


def test_add_interview_debrief_reject_and_see_it_on_the_dashboard(
    login_as, live_server, candidate, console_errors, artifacts_dir
):
    page = login_as(candidate)
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/dashboard/")
    expect(page.get_by_role("heading", name="Start with one application")).to_be_visible()
    page.get_by_role("link", name="Add your first application").click()

    page.get_by_label("Company").fill("Northwind")
    page.get_by_label("Role").fill("Data analyst")
    page.get_by_label("Link to the job ad").fill("https://jobs.example.com/northwind/1")
    page.get_by_role("button", name="Add application").click()
    expect(page).to_have_url(re.compile(r"/dashboard/applications/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Data analyst")

    # Log an interview that happened this morning, then write the debrief (htmx swaps the card in place).
    page.get_by_role("link", name="Log an interview").first.click()
    when = (timezone.localtime(timezone.now() - timedelta(hours=4), timezone=candidate.preferences.zone)).strftime(
        "%Y-%m-%dT%H:%M"
    )
    page.get_by_label("When").fill(when)
    page.get_by_label("Time zone of that time").select_option(candidate.preferences.timezone)
    page.get_by_label("Kind").select_option("technical")
    page.get_by_role("button", name="Log interview").click()
    expect(page.get_by_role("heading", name="Your debrief")).to_be_visible()
    page.get_by_label("What did they ask?").fill("Model a star schema for orders.")
    page.get_by_label("What would you do differently?").fill("Practise window functions out loud.")
    page.get_by_role("button", name="Save debrief").click()
    expect(page.get_by_role("status")).to_contain_text("Debrief saved")

    # Back on the application: mark it rejected through the short dialog.
    page.get_by_role("link", name=re.compile("Data analyst at Northwind")).click()
    page.get_by_text("Mark as rejected…").click()
    page.get_by_label("How did it arrive?").select_option("email")
    page.get_by_label("Reason, if they gave one").fill("They went with someone with more dbt experience.")
    page.get_by_role("button", name="Record the rejection").click()
    expect(page.get_by_role("heading", name="Turned down after the interviews")).to_be_visible()
    expect(page.get_by_text("Practise window functions out loud.")).to_be_visible()
    _shoot(page, artifacts_dir, "application")

    page.get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", name="Recent rejections")).to_be_visible()
    expect(page.locator("#rejections-h + ul, section[aria-labelledby=rejections-h]")).to_contain_text("Data analyst")
    expect(page.get_by_role("link", name="Ask for feedback")).to_be_visible()
    expect(page.locator("svg.funnel")).to_be_visible()
    _shoot(page, artifacts_dir, "dashboard")
    assert not console_errors, console_errors


def test_the_demo_search_renders_cleanly(login_as, live_server, console_errors, artifacts_dir):
    from django.core.management import call_command

    from apps.accounts.models import User

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    cara = User.objects.get(email="cara@example.com")
    page = login_as(cara)
    for path, name in (
        ("/dashboard/", "demo-dashboard"),
        ("/dashboard/applications/", "demo-applications"),
        ("/dashboard/interviews/", "demo-interviews"),
        ("/dashboard/contacts/", "demo-contacts"),
        ("/dashboard/data/", "demo-data"),
        ("/dashboard/applications/import/", "demo-import"),
    ):
        page.goto(live_server.url + path)
        expect(page.locator("main h1").first).to_be_visible()
        _shoot(page, artifacts_dir, name)
    from apps.candidates.models import Interview

    written = Interview.objects.filter(application__owner=cara).exclude(asked="").first()
    page.goto(f"{live_server.url}/dashboard/interviews/{written.pk}/")
    expect(page.get_by_role("heading", name="Your debrief")).to_be_visible()
    _shoot(page, artifacts_dir, "demo-interview")
    # The list filters with htmx as you type and keeps a real URL.
    page.goto(live_server.url + "/dashboard/applications/")
    page.get_by_label("Search").fill("contoso")
    expect(page.locator("#results")).not_to_contain_text("Northwind")
    expect(page).to_have_url(re.compile(r"q=contoso"))
    assert not console_errors, console_errors


def test_the_import_shows_a_progress_bar_that_survives_a_reload(
    login_as, live_server, candidate, artifacts_dir, tmp_path
):
    page = login_as(candidate)
    page.set_viewport_size(DESKTOP)
    csv_file = tmp_path / "tracker.csv"
    csv_file.write_text(
        "Company,Position,Applied,Status\nNorthwind,Data analyst,2026-10-01,Rejected\nAcme,,2026-10-02,applied\n"
    )
    page.goto(live_server.url + "/dashboard/applications/import/")
    page.get_by_label("CSV file").set_input_files(str(csv_file))
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("heading", name="Check the columns")).to_be_visible()
    page.screenshot(path=artifacts_dir / "candidates-import-mapping.png", full_page=True)
    page.get_by_role("button", name=re.compile(r"Import 2 rows")).click()
    expect(page.locator("progress")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="Done")).to_be_visible(timeout=10000)
    expect(page.get_by_text("Row 3: the role is empty")).to_be_visible()
    page.screenshot(path=artifacts_dir / "candidates-import-done.png", full_page=True)
