"""A new candidate signs up, is asked to check her inbox, logs in, logs out and logs in again."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_new_candidate_signs_up_logs_out_and_logs_back_in(page: Page, live_server, artifacts_dir):
    page.goto(live_server.url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Turned down?")
    page.get_by_role("link", name="Create your free account").click()

    page.get_by_label("Looking for a job").check()
    page.get_by_label("Your name").fill("Dana Okafor")
    page.get_by_label("E-mail address").fill("dana@example.com")
    page.get_by_label("Password").fill("a calm and long passphrase")
    page.get_by_label("Your time zone").select_option("Europe/Lisbon")
    page.screenshot(path=artifacts_dir / "signup.png", full_page=True)
    page.get_by_role("button", name="Create account").click()

    # The same answer whether or not the address already had an account; the e-mail tells which.
    expect(page).to_have_url(re.compile(r"/signup/sent/$"))
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()
    page.get_by_role("main").get_by_role("link", name="log in").click()
    page.get_by_label("E-mail address").fill("dana@example.com")
    page.get_by_label("Password").fill("a calm and long passphrase")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.locator(".topbar__user")).to_have_text("Dana Okafor")

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()

    page.get_by_role("link", name="Log in").click()
    page.get_by_label("E-mail address").fill("DANA@example.com")
    page.get_by_label("Password").fill("a calm and long passphrase")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.locator(".topbar__user")).to_have_text("Dana Okafor")


def test_a_wrong_password_is_explained_and_the_form_keeps_the_email(page: Page, live_server, candidate):
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("E-mail address").fill(candidate.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("don't match an account")
    expect(page.get_by_label("E-mail address")).to_have_value(candidate.email)


def test_the_landing_page_fits_a_phone(page: Page, live_server, artifacts_dir):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url)
    page.screenshot(path=artifacts_dir / "landing-phone.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the landing page scrolls sideways on a phone ({width}px wide)"
