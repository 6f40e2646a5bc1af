"""The reply page in a real browser, with no session: it reads well at 1280 and 360 px (screenshots
in test-artifacts/), scrolls no sideways, breaks no CSP rule, and answering works without JavaScript."""

import pytest
from playwright.sync_api import Page, expect

from apps.feedback import services
from apps.feedback.models import ReplyLink

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SIZES = (("desktop", {"width": 1280, "height": 900}), ("phone", {"width": 360, "height": 780}))


def _shoot(page: Page, artifacts_dir, name: str) -> None:
    for size_name, size in SIZES:
        page.set_viewport_size(size)
        page.screenshot(path=artifacts_dir / f"reply-{name}-{size_name}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name} scrolls sideways at {size['width']}px ({width}px)"


@pytest.fixture
def reply_url(draft, live_server):
    from django.urls import reverse

    services.request_update(request=draft, topics=["interview", "resume"])
    services.request_send(request=draft, channel="debrief")
    return live_server.url + reverse("reply:page", args=[ReplyLink.objects.get(request=draft).token])


@pytest.fixture
def errors(page):
    found = []
    page.on("console", lambda message: found.append(message.text) if message.type == "error" else None)
    return found


def test_a_hiring_manager_answers_in_a_fresh_browser(page: Page, reply_url, artifacts_dir, errors):
    page.goto(reply_url)
    expect(page.get_by_role("heading", name="A few words for Cara Jensen")).to_be_visible()
    _shoot(page, artifacts_dir, "form")
    page.get_by_label("What would have made the interview stronger?").fill("Lead with the result.")
    page.get_by_role("button", name="Send your answer").click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()
    _shoot(page, artifacts_dir, "done")
    assert errors == []  # (the used page below answers 410, which a browser logs as an error)
    page.goto(reply_url)
    expect(page.get_by_role("heading", name="This link was already used")).to_be_visible()
    _shoot(page, artifacts_dir, "used")
