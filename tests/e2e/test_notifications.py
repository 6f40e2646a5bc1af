"""A reminder falls due: it arrives under the bell; the candidate reads it and clears the rest."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from apps.candidates.services import interview_create
from apps.reminders.models import Reminder
from apps.reminders.sweep import reminders_sweep
from tests.candidates.factories import ApplicationFactory, CompanyFactory
from tests.reminders.factories import NotificationFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_due_debrief_reminder_shows_under_the_bell_and_leads_to_the_journal(
    page: Page, live_server, login_as, candidate, console_errors, artifacts_dir
):
    application = ApplicationFactory(
        owner=candidate, role_title="Data Analyst", company=CompanyFactory(owner=candidate, name="Northwind")
    )
    interview_create(
        application=application,
        starts_at=timezone.now() - timedelta(hours=5),
        timezone="Europe/Berlin",
        duration_minutes=60,
    )
    Reminder.objects.filter(kind="interview_debrief").update(due_at=timezone.now())
    reminders_sweep()
    NotificationFactory.create_batch(2, recipient=candidate, text="Say thanks to Dana for her feedback.")

    login_as(candidate)
    page.goto(f"{live_server.url}/dashboard/")
    expect(page.locator("#bell-count")).to_have_text(re.compile(r"^3\s*unread$"))
    page.locator("a.bell").click()
    expect(page.get_by_role("heading", name="3 unread")).to_be_visible()
    page.screenshot(path=artifacts_dir / "notifications.png", full_page=True)

    page.locator(".notice", has_text="Northwind").get_by_role("button", name="Open").click()
    expect(page).to_have_url(re.compile(r"/interviews/\d+/(debrief/|#debrief)$"))

    page.goto(f"{live_server.url}/notifications/")
    expect(page.get_by_role("heading", name="2 unread")).to_be_visible()
    # The bell loads itself after the page (htmx, outerHTML): let it land before the out-of-band
    # swap of "Mark all read" looks for it, as a person's click would.
    expect(page.locator("#bell-count")).to_have_text(re.compile(r"^2\s*unread$"))
    page.get_by_role("button", name="Mark all read").click()
    expect(page.get_by_role("heading", name="All caught up")).to_be_visible()
    expect(page.locator("#bell-count")).to_have_class(re.compile("bell__count--none"))
    page.set_viewport_size({"width": 360, "height": 740})
    page.screenshot(path=artifacts_dir / "notifications-phone.png", full_page=True)
    assert console_errors == []
