"""Every destination is one tap away on a phone (a Menu button opens them all) and in the top bar on a
desktop; nothing scrolls sideways. Screenshots land in test-artifacts/ for a person to look at."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 860}
CANDIDATE_DESTINATIONS = ["Dashboard", "Applications", "Interviews", "Contacts", "Feedback", "Insights & plan"]


def _no_sideways_scroll(page: Page, size: dict):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= size["width"], f"the page scrolls sideways at {size['width']}px ({width}px)"


def test_a_candidate_reaches_every_destination_from_the_desktop_top_bar(
    login_as, live_server, candidate, console_errors, artifacts_dir
):
    page = login_as(candidate)
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/dashboard/contacts/")
    main = page.get_by_role("navigation", name="Main")
    for label in CANDIDATE_DESTINATIONS:
        expect(main.get_by_role("link", name=label, exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.get_by_role("link", name="Notifications")).to_be_visible()
    expect(main.get_by_role("link", name="Contacts")).to_have_attribute("aria-current", "page")
    page.screenshot(path=artifacts_dir / "navigation-desktop.png")
    _no_sideways_scroll(page, DESKTOP)

    page.locator(".account__toggle").click()
    expect(page.get_by_role("link", name="Settings")).to_be_visible()
    page.screenshot(path=artifacts_dir / "navigation-desktop-account.png")
    page.get_by_role("link", name="Settings").click()
    expect(page).to_have_url(re.compile(r"/settings/$"))
    assert not console_errors, console_errors


def test_a_candidate_on_a_phone_opens_the_menu_and_reaches_every_destination(
    login_as, live_server, candidate, console_errors, artifacts_dir
):
    page = login_as(candidate)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/dashboard/")
    expect(page.get_by_role("link", name="Notifications")).to_be_visible()
    expect(page.get_by_role("link", name="Applications")).to_be_hidden()
    page.screenshot(path=artifacts_dir / "navigation-phone-closed.png")
    _no_sideways_scroll(page, PHONE)

    page.get_by_text("Menu", exact=True).click()
    main = page.get_by_role("navigation", name="Main")
    for label in CANDIDATE_DESTINATIONS:
        expect(main.get_by_role("link", name=label, exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Settings")).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    page.screenshot(path=artifacts_dir / "navigation-phone-open.png")
    _no_sideways_scroll(page, PHONE)

    main.get_by_role("link", name="Insights & plan").click()
    expect(page).to_have_url(re.compile(r"/dashboard/feedback/insights/$"))
    page.get_by_text("Menu", exact=True).click()
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights & plan")).to_have_attribute(
        "aria-current", "page"
    )
    assert not console_errors, console_errors


def test_a_recruiter_sees_the_portal_and_settings_on_both_widths(
    login_as, live_server, recruiter, console_errors, artifacts_dir
):
    page = login_as(recruiter)
    for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.goto(live_server.url + "/portal/")
        if name == "phone":
            page.get_by_text("Menu", exact=True).click()
        main = page.get_by_role("navigation", name="Main")
        expect(main.get_by_role("link").first).to_be_visible()
        expect(main.get_by_role("link", name="Feedback")).to_have_count(0)
        page.screenshot(path=artifacts_dir / f"navigation-recruiter-{name}.png")
        _no_sideways_scroll(page, size)
    assert not console_errors, console_errors


@pytest.mark.parametrize("width", [1120, 1280])
def test_the_top_bar_fits_at_the_narrowest_desktop_width_with_a_long_name(
    login_as, live_server, candidate, artifacts_dir, width
):
    candidate.full_name = "Maria-Magdalena Oyelaran-Featherstonehaugh"
    candidate.save(update_fields=["full_name"])
    page = login_as(candidate)
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(live_server.url + "/dashboard/feedback/insights/")
    page.screenshot(path=artifacts_dir / f"navigation-desktop-{width}.png")
    _no_sideways_scroll(page, {"width": width})
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.brand, .menu__main a, .bell, .account__toggle, .menu__account button')]
              .map(e => e.getBoundingClientRect()).map(r => [r.left, r.right, r.top])"""
    )
    tops = [top for _, _, top in boxes]
    assert max(tops) - min(tops) < 20, f"the top bar wrapped onto a second row: {tops}"
    boxes.sort()  # left to right as drawn (the bell comes before the menu in the page, after it on screen)
    for (_, right, _), (left, _, _) in zip(boxes, boxes[1:], strict=False):
        assert right <= left + 1, "two top-bar items overlap"


def test_a_tablet_gets_the_menu_button(login_as, live_server, candidate):
    page = login_as(candidate)
    page.set_viewport_size({"width": 1024, "height": 700})
    page.goto(live_server.url + "/dashboard/")
    expect(page.get_by_text("Menu", exact=True)).to_be_visible()
    _no_sideways_scroll(page, {"width": 1024})


def test_the_phone_menu_opens_from_the_keyboard_and_closes_with_escape(login_as, live_server, candidate):
    page = login_as(candidate)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/dashboard/")
    page.locator("summary.menu__toggle").focus()
    page.keyboard.press("Enter")
    main = page.get_by_role("navigation", name="Main")
    expect(main.get_by_role("link", name="Feedback")).to_be_visible()
    page.keyboard.press("Tab")
    expect(main.get_by_role("link", name="Dashboard")).to_be_focused()
    page.keyboard.press("Escape")
    expect(main.get_by_role("link", name="Feedback")).to_be_hidden()
    expect(page.locator("summary.menu__toggle")).to_be_focused()
