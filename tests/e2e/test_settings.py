"""The settings area in a browser: every section reachable from the sub-navigation, saving a
setting, an API token shown once and revoked after a confirmation — on a desktop and a phone,
without JavaScript being needed, under the enforced CSP. Screenshots land in test-artifacts/."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 860}
SECTIONS = ["Profile", "Time zone and quiet hours", "Notifications", "API tokens", "Calendar feed", "Your data"]


def _sub_nav(page: Page):
    return page.get_by_role("navigation", name="Settings sections")


def _fits(page: Page, width: int, name: str):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{name} scrolls sideways at {width}px ({scroll_width}px)"


def test_a_candidate_walks_every_section_on_a_desktop_and_a_phone(
    login_as, live_server, candidate, console_errors, artifacts_dir
):
    page = login_as(candidate)
    for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.goto(live_server.url + "/settings/")
        for label in SECTIONS:
            _sub_nav(page).get_by_role("link", name=label).click()
            expect(_sub_nav(page).get_by_role("link", name=label)).to_have_attribute("aria-current", "page")
            slug = label.lower().replace(" ", "-")
            page.screenshot(path=artifacts_dir / f"settings-{slug}-{size_name}.png", full_page=True)
            _fits(page, size["width"], label)
    assert not console_errors, console_errors


def test_quiet_hours_and_the_digest_are_saved_from_their_sections(login_as, live_server, candidate, console_errors):
    page = login_as(candidate)
    page.goto(live_server.url + "/settings/time/")
    page.get_by_label("Quiet hours start").fill("22:00")
    page.get_by_label("Quiet hours end").fill("07:00")
    page.get_by_role("button", name="Save time settings").click()
    expect(page.get_by_text("Your time zone and quiet hours are saved.")).to_be_visible()
    expect(page.get_by_label("Quiet hours start")).to_have_value("22:00")

    _sub_nav(page).get_by_role("link", name="Notifications").click()
    page.get_by_label("Only under the bell in Debrief").check()
    page.get_by_role("button", name="Save notification choices").click()
    expect(page.get_by_text("Your notification choices are saved.")).to_be_visible()
    expect(page.get_by_label("Only under the bell in Debrief")).to_be_checked()
    assert not console_errors, console_errors


def test_a_half_set_quiet_hours_error_is_tied_to_its_field(login_as, live_server, candidate):
    page = login_as(candidate)
    page.goto(live_server.url + "/settings/time/")
    page.get_by_label("Quiet hours start").fill("22:00")
    page.get_by_role("button", name="Save time settings").click()

    end = page.get_by_label("Quiet hours end")
    expect(end).to_have_attribute("aria-invalid", "true")
    described_by = end.get_attribute("aria-describedby").split()
    assert any("both the start and the end" in page.locator(f"#{id_}").inner_text() for id_ in described_by)


def test_an_api_token_is_shown_once_and_revoked_after_a_confirmation(
    login_as, live_server, candidate, console_errors, artifacts_dir
):
    page = login_as(candidate)
    page.goto(live_server.url + "/settings/api/")
    page.get_by_label("Name").fill("Backup script")
    page.get_by_label("Expires").select_option(label="In 90 days")
    page.get_by_role("button", name="Create token").click()

    key = page.locator("#new-key").inner_text()
    assert re.fullmatch(r"dbf_[A-Za-z0-9_-]{43}", key)
    page.screenshot(path=artifacts_dir / "settings-api-new-token-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=artifacts_dir / "settings-api-new-token-phone.png", full_page=True)
    _fits(page, PHONE["width"], "API tokens with a new key")
    page.set_viewport_size(DESKTOP)

    page.goto(live_server.url + "/settings/api/")
    expect(page.get_by_text(key)).to_have_count(0)
    expect(page.get_by_role("cell", name="Backup script", exact=True)).to_be_visible()

    page.get_by_role("link", name="Revoke Backup script").click()
    expect(page.get_by_role("heading", name="Revoke “Backup script”?")).to_be_visible()
    page.get_by_role("button", name="Revoke the token").click()
    expect(page.get_by_text("“Backup script” is revoked.")).to_be_visible()
    expect(page.get_by_text("You have no API tokens.")).to_be_visible()
    assert not console_errors, console_errors


def test_a_recruiter_sees_no_candidate_sections(login_as, live_server, recruiter):
    page = login_as(recruiter)
    page.goto(live_server.url + "/settings/")

    links = _sub_nav(page).get_by_role("link")
    expect(links).to_have_text(["Profile", "Time zone and quiet hours", "Notifications", "API tokens", "Activity"])
