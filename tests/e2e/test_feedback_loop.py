"""The whole feedback loop in a browser: Cara is turned down, asks Dana for feedback (the live tone
check flags an argumentative line, she fixes it), Debrief sends it; Dana answers through the reply
link in a fresh browser with no session; Cara thanks her, turns a point into a step of her plan and
sees it in her insights. At a desktop and a 360 px phone width, with screenshots in
test-artifacts/ for a person to look at, and no sideways scroll anywhere."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}
ARGUMENTATIVE = (
    "Dear Dana,\n\nI think the decision was unfair and I would like you to reconsider. Why didn't you hire me?\n\nCara"
)
GOOD = (
    "Dear Dana,\n\nThank you for your time and for considering me for the Data analyst role. I respect your "
    "decision. Could you share one or two things that would have made my interview stronger?\n\n"
    "Kind regards,\nCara"
)


def _shoot(page: Page, artifacts_dir, name: str, sizes=(("desktop", DESKTOP), ("phone", PHONE))):
    for size_name, size in sizes:
        page.set_viewport_size(size)
        page.screenshot(path=artifacts_dir / f"feedback-{name}-{size_name}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name} scrolls sideways at {size['width']}px ({width}px)"
    page.set_viewport_size(DESKTOP)


@pytest.fixture
def interviewing(candidate):
    """Cara's application at Northwind, interviewed by Dana (the hiring manager) two days ago."""
    from apps.candidates import services
    from apps.candidates.models import Stage

    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")
    services.contact_create(
        owner=candidate,
        name="Dana Reyes",
        email="dana@northwind.example",
        role="hiring_manager",
        company_name="Northwind",
        application=application,
    )
    services.application_stage_change(application=application, to_stage=Stage.INTERVIEWING)
    application.refresh_from_db()
    application.applied_on = timezone.localdate() - timedelta(days=20)
    application.save(update_fields=["applied_on"])
    return application


def test_reject_ask_answer_thank_plan_and_see_it_in_insights(
    browser, login_as, live_server, candidate, interviewing, console_errors, artifacts_dir
):
    from apps.feedback.models import FeedbackRequest

    page = login_as(candidate)
    page.set_viewport_size(DESKTOP)

    # Turned down after the interview: recorded on the application page.
    page.goto(live_server.url + reverse("candidates:application-detail", args=[interviewing.pk]))
    page.get_by_text("Mark as rejected…").click()
    page.get_by_label("How did it arrive?").select_option("email")
    page.get_by_role("button", name="Record the rejection").click()
    expect(page.get_by_role("heading", level=2, name=re.compile("Turned down"))).to_be_visible()

    # Ask for feedback: the composer opens with a draft addressed to Dana.
    page.get_by_role("link", name="Ask for feedback").first.click()
    expect(page.get_by_role("heading", name="Ask for feedback")).to_be_visible()
    expect(page.get_by_label("Your message")).to_have_value(re.compile("Dear Dana"))
    page.get_by_label("Interview").check()

    # The live tone check (htmx, as she types) flags the argumentative line and quotes it.
    body = page.get_by_label("Your message")
    body.fill("")
    body.press_sequentially(ARGUMENTATIVE[:40], delay=5)
    body.fill(ARGUMENTATIVE)
    body.press("End")
    body.type(" ")
    expect(page.locator("#tone-findings .tone__finding").first).to_be_visible(timeout=10000)
    expect(page.locator("#tone-findings")).to_contain_text("unfair")
    _shoot(page, artifacts_dir, "composer-warning")

    # She fixes it; the check is happy.
    body.fill(GOOD)
    body.type(" ")
    expect(page.locator("#tone-findings")).to_contain_text("Looks good", timeout=10000)
    page.get_by_role("button", name="Send it from Debrief").click()
    expect(page).to_have_url(re.compile(r"/dashboard/feedback/threads/\d+/"))
    expect(page.get_by_text("Sent. Debrief e-mails Dana Reyes")).to_be_visible()
    expect(page.get_by_text("On its way")).to_be_visible()
    _shoot(page, artifacts_dir, "thread-sent")

    # The sweep sends the e-mail; Dana opens the reply link in a fresh browser (no session).
    from apps.reminders.sweep import reminders_sweep

    reminders_sweep()
    request = FeedbackRequest.objects.select_related("reply_link").get()
    reply_url = live_server.url + reverse("reply:page", args=[request.reply_link.token])
    dana = browser.new_context(viewport=DESKTOP)
    dana_page = dana.new_page()
    dana_page.goto(reply_url)
    expect(dana_page.get_by_role("heading", name=re.compile("A few words for Cara"))).to_be_visible()
    dana_page.get_by_label("What would have made the interview stronger?").fill(
        "Your SQL was strong. Practise explaining trade-offs out loud in the system design round."
    )
    dana_page.screenshot(path=artifacts_dir / "feedback-reply-page-desktop.png", full_page=True)
    dana_page.get_by_role("button", name="Send your answer").click()
    dana_page.screenshot(path=artifacts_dir / "feedback-reply-sent-desktop.png", full_page=True)
    expect(dana_page).to_have_url(re.compile(r"/reply/done/$"))
    dana.close()

    # Back with Cara: the answer is on the thread, and a thank-you is owed.
    page.reload()
    expect(page.get_by_text("You owe Dana Reyes a thank-you.")).to_be_visible()
    expect(page.locator(".item").first).to_be_visible()
    _shoot(page, artifacts_dir, "thread-answered")

    page.get_by_role("link", name="Say thanks").click()
    expect(page.get_by_label("Your thank-you")).to_have_value(re.compile("Dear Dana"))
    _shoot(page, artifacts_dir, "thank-you")
    page.get_by_role("button", name="Send it from Debrief").click()
    expect(page.get_by_text(re.compile("Thank-you to Dana Reyes"))).to_be_visible()
    expect(page.get_by_text("Thanked", exact=True)).to_be_visible()

    # She retags the point inline (htmx swaps it in place) so it counts as one to improve, then makes
    # it a step of her plan.
    item = page.locator(".item").first
    item.get_by_role("link", name=re.compile("Edit or retag")).click()
    page.get_by_label("Kind").select_option("to_improve")
    page.get_by_label("Topic").select_option("interview")
    _shoot(page, artifacts_dir, "item-edit")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".item--to_improve").first).to_be_visible()
    page.get_by_role("link", name=re.compile("Make it a step")).first.click()
    page.get_by_label("What will you do?").fill("Practise explaining trade-offs out loud")
    page.get_by_label("By when?").fill((timezone.localdate() + timedelta(days=5)).isoformat())
    page.get_by_role("button", name="Add to my plan").click()
    expect(page.get_by_role("heading", name="Practise explaining trade-offs out loud")).to_be_visible()
    _shoot(page, artifacts_dir, "plan")

    # Insights: the topic over time (SVG and a table) and the quote behind "what to work on".
    page.get_by_role("link", name="Insights", exact=True).click()
    expect(page.locator("svg.chart").first).to_be_visible()
    expect(page.get_by_text("Practise explaining trade-offs", exact=False).first).to_be_visible()
    _shoot(page, artifacts_dir, "insights")

    page.goto(live_server.url + reverse("feedback:thread-list"))
    _shoot(page, artifacts_dir, "threads")
    page.goto(live_server.url + reverse("candidates:dashboard"))
    expect(page.get_by_role("heading", name="Gratitude")).to_be_visible()
    _shoot(page, artifacts_dir, "dashboard")
    page.goto(live_server.url + reverse("feedback:templates"))
    _shoot(page, artifacts_dir, "templates")
    # Dark mode is one block of variables: the charts and badges follow it.
    page.emulate_media(color_scheme="dark")
    page.goto(live_server.url + reverse("feedback:insights"))
    _shoot(page, artifacts_dir, "insights-dark", sizes=(("desktop", DESKTOP),))
    assert not console_errors, console_errors


def test_on_a_phone_she_sends_it_herself_and_marks_it_sent(
    login_as, live_server, candidate, interviewing, console_errors, artifacts_dir
):
    from apps.candidates import services
    from apps.candidates.models import Stage

    services.application_stage_change(application=interviewing, to_stage=Stage.REJECTED, rejection_via="email")
    page = login_as(candidate)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + reverse("candidates:dashboard"))
    page.get_by_text("Menu", exact=True).click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Feedback").click()
    page.get_by_role("link", name="Data analyst").click()
    page.get_by_role("link", name="Ask for feedback").click()

    page.get_by_label("Résumé").check()
    body = page.get_by_label("Your message")
    body.fill(GOOD.replace("my interview", "my résumé") + " I need you to reply as soon as possible.")
    body.type(" ")
    expect(page.locator("#tone-findings .tone__finding").first).to_be_visible(timeout=10000)
    body.fill(GOOD.replace("my interview", "my résumé"))
    body.type(" ")
    expect(page.locator("#tone-findings")).to_contain_text("Looks good", timeout=10000)
    page.get_by_role("button", name="I'll send it myself").click()

    expect(page.get_by_role("heading", name="Your draft")).to_be_visible()
    expect(page.get_by_role("link", name="Open in your mail app")).to_have_attribute("href", re.compile(r"^mailto:"))
    page.locator("#send-yourself").scroll_into_view_if_needed()
    page.screenshot(path=artifacts_dir / "feedback-send-yourself-phone.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_role("button", name="I've sent it — mark as sent").click()
    expect(page.get_by_text("Marked as sent")).to_be_visible()
    expect(page.get_by_text("from your own mail")).to_be_visible()
    assert not console_errors, console_errors


def test_the_demo_feedback_pages_render_cleanly(login_as, live_server, console_errors, artifacts_dir):
    """The demo has threads in every state, thanks owed and sent, steps open and done."""
    from django.core.management import call_command

    from apps.accounts.models import User
    from apps.feedback.models import FeedbackRequest, FeedbackThread

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    cara = User.objects.get(email="cara@example.com")
    page = login_as(cara)
    pages = [
        (reverse("feedback:thread-list"), "demo-threads"),
        (reverse("feedback:plan"), "demo-plan"),
        (reverse("feedback:insights"), "demo-insights"),
        (reverse("candidates:dashboard"), "demo-dashboard"),
    ]
    for thread in FeedbackThread.objects.filter(owner=cara).order_by("pk")[:6]:
        pages.append((reverse("feedback:thread-detail", args=[thread.pk]), f"demo-thread-{thread.pk}"))
    waiting = FeedbackRequest.objects.filter(owner=cara, status="sent", channel="debrief").first()
    pages += [
        (reverse("feedback:request-follow-up", args=[waiting.pk]), "demo-follow-up"),
        (reverse("feedback:request-revoke-link", args=[waiting.pk]), "demo-revoke"),
        (reverse("feedback:request-reply", args=[waiting.pk]), "demo-answer"),
        (reverse("feedback:action-create"), "demo-add-step"),
    ]
    for path, name in pages:
        page.goto(live_server.url + path)
        expect(page.locator("main h1").first).to_be_visible()
        _shoot(page, artifacts_dir, name)
    assert not console_errors, console_errors
