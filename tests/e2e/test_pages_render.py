"""Each page of the foundation renders under the enforced CSP with no console error, and fits a
phone without sideways scrolling. Screenshots land in test-artifacts/ for a person to look at."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 860}


def _check(page: Page, console_errors, artifacts_dir, name: str):
    for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=artifacts_dir / f"{name}-{size_name}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name} scrolls sideways at {size['width']}px ({width}px)"
    assert not console_errors, f"{name}: {console_errors}"


@pytest.mark.parametrize(
    "path,name",
    [("/", "landing"), ("/signup/", "signup"), ("/login/", "login"), ("/password/reset/", "password-reset")],
)
def test_public_pages_render_cleanly(page: Page, live_server, console_errors, artifacts_dir, path, name):
    page.goto(live_server.url + path)
    expect(page.locator("main h1").first).to_be_visible()
    _check(page, console_errors, artifacts_dir, name)


def test_the_settings_page_renders_cleanly(login_as, live_server, candidate, console_errors, artifacts_dir):
    page = login_as(candidate)
    page.goto(live_server.url + "/settings/")
    expect(page.get_by_role("heading", name="Settings")).to_be_visible()
    _check(page, console_errors, artifacts_dir, "settings")


def test_the_recruiter_portal_renders_cleanly(login_as, live_server, recruiter, console_errors, artifacts_dir):
    page = login_as(recruiter)
    page.goto(live_server.url + "/portal/")
    expect(page.locator("main h1")).to_be_visible()
    _check(page, console_errors, artifacts_dir, "portal")


def test_the_api_docs_load_under_the_csp(page: Page, live_server, console_errors, artifacts_dir):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/api/docs/")
    expect(page.get_by_text("Debrief API").first).to_be_visible(timeout=15000)
    page.screenshot(path=artifacts_dir / "api-docs.png")
    assert not [error for error in console_errors if "Content Security Policy" in error], console_errors
