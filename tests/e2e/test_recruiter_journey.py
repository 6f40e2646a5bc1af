"""The recruiter journey in a browser: Rhea invites Cara by e-mail; Cara accepts and shares the
application she was turned down for, then asks Rhea (not the hiring manager) for feedback; Rhea
relays what the hiring manager said — the live redaction check flags a name, she applies the
rewrite, previews and publishes — and Cara reads it on her thread and thanks her. At a desktop and
a 360 px phone width, with screenshots in test-artifacts/ for a person to look at, and no sideways
scroll anywhere."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}
ASK = (
    "Dear Rhea,\n\nThank you for putting me forward for the Data analyst role. Could you share what the hiring "
    "manager said about my interview?\n\nKind regards,\nCara"
)
LEAKY = (
    "Dana Reyes liked your SQL and how clearly you walked through the case study.\n\n"
    "You should practise explaining trade-offs out loud in the system design round."
)


def _shoot(page: Page, artifacts_dir, name: str, sizes=(("desktop", DESKTOP), ("phone", PHONE))):
    for size_name, size in sizes:
        page.set_viewport_size(size)
        page.screenshot(path=artifacts_dir / f"recruiter-{name}-{size_name}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name} scrolls sideways at {size['width']}px ({width}px)"
    page.set_viewport_size(DESKTOP)


def _signed_in(browser, live_server, user) -> Page:
    """A browser context of its own for each person, signed in without typing."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=DESKTOP)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


@pytest.fixture
def rejected(candidate):
    """Cara's Data analyst application at Northwind, turned down after the interview."""
    from apps.candidates import services
    from apps.candidates.models import Stage

    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")
    services.application_stage_change(application=application, to_stage=Stage.INTERVIEWING)
    services.application_stage_change(application=application, to_stage=Stage.REJECTED, rejection_via="email")
    return application


def test_invite_accept_share_ask_relay_with_a_redaction_fix_publish_and_thank(
    browser, live_server, candidate, recruiter, rejected, artifacts_dir
):
    errors = []
    rhea = _signed_in(browser, live_server, recruiter)
    rhea.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    # Rhea's first visit: an empty queue that says what to do first.
    rhea.goto(live_server.url + reverse("recruiters:home"))
    expect(rhea.get_by_role("heading", name="Start by inviting a candidate")).to_be_visible()
    _shoot(rhea, artifacts_dir, "empty-queue")

    # She invites Cara by e-mail.
    rhea.get_by_role("link", name="Invite a candidate").first.click()
    rhea.get_by_label("Their e-mail").fill(candidate.email)
    rhea.get_by_label("A note with the invitation (optional)").fill(
        "I placed you at Northwind; I can pass on what they tell me."
    )
    _shoot(rhea, artifacts_dir, "invite")
    rhea.get_by_role("button", name="Send the invitation").click()
    expect(rhea.get_by_role("heading", name="Invitation sent")).to_be_visible()

    # Cara accepts and shares the Northwind application.
    cara = _signed_in(browser, live_server, candidate)
    cara.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    cara.goto(live_server.url + reverse("candidates:dashboard"))
    cara.get_by_role("navigation", name="Main").get_by_role("link", name="Recruiters").click()
    expect(cara.get_by_text("I placed you at Northwind")).to_be_visible()
    _shoot(cara, artifacts_dir, "candidate-invitation")
    cara.get_by_role("button", name="Accept Rhea Patel").click()
    expect(cara.get_by_text("You're now working with Rhea Patel")).to_be_visible()
    cara.get_by_label("Data analyst at Northwind").check()
    cara.get_by_role("button", name="Save what Rhea sees").click()
    expect(cara.get_by_text("Rhea Patel sees 1 application of yours")).to_be_visible()
    _shoot(cara, artifacts_dir, "candidate-shared")

    # She asks Rhea, not the hiring manager, through the feedback composer.
    cara.goto(live_server.url + reverse("feedback:request-create") + f"?application={rejected.pk}")
    cara.get_by_label("Who are you asking?").select_option(label="Ask through your recruiter: Rhea Patel")
    cara.get_by_label("Interview").check()
    cara.get_by_label("Your message").fill(ASK)
    cara.get_by_role("button", name="Send it from Debrief").click()
    expect(cara.get_by_text(re.compile("Sent to Rhea Patel"))).to_be_visible()

    # Rhea's queue shows the ask with its age; she relays.
    rhea.goto(live_server.url + reverse("recruiters:home"))
    expect(rhea.get_by_text("Waiting for a relay").first).to_be_visible()
    _shoot(rhea, artifacts_dir, "queue")
    rhea.get_by_role("link", name="Relay feedback").click()
    expect(rhea.get_by_text("Only your agency sees this.").first).to_be_visible()
    rhea.get_by_label("Your private notes").fill("Dana (HM): strong SQL; the other finalist had more system design.")
    text = rhea.get_by_label("What the candidate will read")
    text.fill(LEAKY)
    text.type(" ")
    # The live check quotes the name and offers the rewrite.
    expect(rhea.locator("#redaction-findings .tone__quote").first).to_have_text("Dana Reyes", timeout=10000)
    _shoot(rhea, artifacts_dir, "relay-warning")
    rhea.get_by_role("button", name=re.compile("Apply the rewrite of")).first.click()
    expect(rhea.get_by_label("What the candidate will read")).to_have_value(re.compile("^The hiring manager liked"))
    expect(rhea.locator("#redaction-findings")).to_contain_text("Nothing to remove")
    expect(rhea.locator("#relay-preview")).to_contain_text("practise explaining trade-offs")
    _shoot(rhea, artifacts_dir, "relay-fixed")
    rhea.get_by_role("button", name="Review and publish…").click()
    expect(rhea.get_by_role("heading", name="Publish to Cara?")).to_be_visible()
    _shoot(rhea, artifacts_dir, "publish")
    rhea.get_by_role("button", name="Publish to Cara").click()
    expect(rhea.get_by_text(re.compile("Published. Cara can read it"))).to_be_visible()
    _shoot(rhea, artifacts_dir, "candidate-page")

    # Cara reads it on her thread (never the private notes) and thanks Rhea.
    thread_id = rejected.feedback_thread.pk
    cara.goto(live_server.url + reverse("feedback:thread-detail", args=[thread_id]))
    expect(cara.get_by_text("practise explaining trade-offs", exact=False).first).to_be_visible()
    assert "other finalist" not in cara.content()
    _shoot(cara, artifacts_dir, "candidate-thread")
    cara.get_by_role("link", name="Say thanks").click()
    cara.get_by_role("button", name="Send it from Debrief").click()
    expect(cara.get_by_text("Thanked", exact=True)).to_be_visible()

    # Her recruiters page: who works with her, what they see, and who looked.
    cara.goto(live_server.url + reverse("representations:list"))
    expect(cara.get_by_role("heading", name="Recent activity on your data")).to_be_visible()
    _shoot(cara, artifacts_dir, "candidate-recruiters")
    cara.get_by_role("link", name="End…").click()
    expect(
        cara.get_by_text(re.compile("Rhea will lose access to your Data analyst application at Northwind at once"))
    ).to_be_visible()
    _shoot(cara, artifacts_dir, "candidate-end")

    rhea.goto(live_server.url + reverse("recruiters:candidate-list"))
    _shoot(rhea, artifacts_dir, "candidates")
    rhea.goto(live_server.url + reverse("recruiters:team"))
    _shoot(rhea, artifacts_dir, "team")
    # Dark mode is one block of variables: the private notes and the findings stay readable.
    rhea.emulate_media(color_scheme="dark")
    rhea.goto(live_server.url + reverse("recruiters:relay-create", args=[thread_id]))
    rhea.get_by_label("What the candidate will read").fill(LEAKY)
    rhea.get_by_role("button", name="Check it").click()
    _shoot(rhea, artifacts_dir, "relay-dark", sizes=(("desktop", DESKTOP),))
    assert not errors, errors
