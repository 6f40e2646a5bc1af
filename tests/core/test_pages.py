"""Every page: CSP with no inline script or style, no framing, a skip link and one <main id="main">;
and the public pages explain the product in plain words."""

import re

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from apps.core.models import AuditEvent
from apps.core.services import audit_record
from apps.core.views import server_error
from tests.core.html_parse import Page, parse

pytestmark = pytest.mark.django_db

EVENT_HANDLER = re.compile(r"^on[a-z]+$")


def _get(client, url, status=200, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == status, (url, response.status_code)
    return response


def _pages(client, candidate, recruiter, password) -> dict:
    """Render every foundation page, as the right person, in a state that shows the most markup."""
    from django.test import Client

    pages = {
        "landing": _get(client, reverse("core:landing")),
        "signup": _get(client, reverse("accounts:signup") + "?role=recruiter"),
        "signup with errors": client.post(reverse("accounts:signup"), {"email": "x", "password": "short"}),
        "login": _get(client, reverse("accounts:login")),
        "login with error": client.post(reverse("accounts:login"), {"username": candidate.email, "password": "no"}),
        "password reset": _get(client, reverse("accounts:password-reset")),
        "password reset sent": _get(client, reverse("accounts:password-reset-sent")),
        "password reset bad link": _get(
            client, reverse("accounts:password-reset-confirm", kwargs={"uidb64": "MQ", "token": "x-y"})
        ),
        "password reset complete": _get(client, reverse("accounts:password-reset-complete")),
        "not found": _get(client, "/no-such-page/", status=404),
    }
    locked = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        answer = locked.post(reverse("accounts:login"), {"username": recruiter.email, "password": "wrong wrong"})
    assert answer.status_code == 429
    pages["locked out"] = answer
    pages["form expired (CSRF)"] = Client(enforce_csrf_checks=True).post(
        reverse("accounts:login"), {"username": candidate.email, "password": password}
    )
    assert pages["form expired (CSRF)"].status_code == 403

    cara = Client()
    cara.force_login(candidate)
    cara.post(reverse("accounts:settings-api"), {"name": "Script"})
    audit_record(actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED)
    pages |= {
        "dashboard": _get(cara, reverse("candidates:dashboard")),
        "settings": _get(cara, reverse("accounts:settings")),
        "settings with errors": cara.post(reverse("accounts:settings-time"), {"timezone": "Nowhere/Else"}),
        "settings: notifications": _get(cara, reverse("accounts:settings-notifications")),
        "settings: API tokens": _get(cara, reverse("accounts:settings-api")),
        "settings: calendar": _get(cara, reverse("accounts:settings-calendar")),
        "settings: your data": _get(cara, reverse("accounts:settings-data")),
        "password change": _get(cara, reverse("accounts:password-change")),
    }
    rhea = Client()
    rhea.force_login(recruiter)
    pages["recruiter home"] = _get(rhea, reverse("recruiters:home"))
    return pages


@pytest.fixture
def pages(client, candidate, recruiter, password):
    return _pages(client, candidate, recruiter, password)


def _directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_it_sends_a_strict_content_security_policy_on_every_page(pages):
    for name, response in pages.items():
        csp = _directives(response["Content-Security-Policy"])
        assert "'self'" in csp["script-src"], name
        for directive in ("script-src", "style-src", "default-src"):
            assert "'unsafe-inline'" not in csp.get(directive, []), (name, directive)
            assert "'unsafe-eval'" not in csp.get(directive, []), (name, directive)
        assert csp["frame-ancestors"] == ["'none'"], name
        assert csp["object-src"] == ["'none'"], name
        assert csp["form-action"] == ["'self'"], name


def test_it_forbids_framing_and_sniffing_on_every_page(pages):
    for name, response in pages.items():
        assert response["X-Frame-Options"] == "DENY", name
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert response["Referrer-Policy"] == "same-origin", name


def _inline_code(page: Page) -> list[str]:
    problems = [f"inline <script>: {text[:60]!r}" for attrs, text in page.scripts if "src" not in attrs]
    problems += [
        f"script with a body: {attrs['src']}" for attrs, text in page.scripts if "src" in attrs and text.strip()
    ]
    for tag, attrs in page.elements:
        if tag == "style":
            problems.append("<style> element")
        if "style" in attrs:
            problems.append(f"style= on <{tag}>")
        problems += [f"{name}= on <{tag}>" for name in attrs if EVENT_HANDLER.match(name)]
        if tag == "a" and attrs.get("href", "").lower().startswith("javascript:"):
            problems.append("javascript: link")
    return problems


def test_it_renders_no_inline_script_style_or_event_handler(pages):
    for name, response in pages.items():
        assert _inline_code(parse(response)) == [], name


def test_it_loads_scripts_only_from_our_own_static_files(pages):
    for name, response in pages.items():
        sources = [attrs["src"] for attrs, _ in parse(response).scripts]
        assert sources, name
        assert all(src.startswith(settings.STATIC_URL) for src in sources), (name, sources)


def _landmarks(page: Page) -> tuple[str | None, int]:
    links = [attrs for tag, attrs in page.elements if tag == "a"]
    first_link = links[0].get("href") if links else None
    mains = page.find_all("main", id="main")
    return first_link, len(mains) if len(mains) == len(page.find_all("main")) else -1


def test_it_starts_every_page_with_a_skip_link_to_the_one_main(pages):
    for name, response in pages.items():
        assert _landmarks(parse(response)) == ("#main", 1), name


def test_it_gives_the_server_error_page_the_same_landmarks(db):
    response = server_error(RequestFactory().get("/boom/"))

    page = Page(response.content.decode())
    assert response.status_code == 500
    assert _landmarks(page) == ("#main", 1)
    assert _inline_code(page) == []
    assert "What you had already saved is safe" in page.text


def test_it_explains_an_expired_form_in_plain_words(pages):
    text = parse(pages["form expired (CSRF)"]).text

    assert "Nothing was saved" in text
    assert "reload the page" in text


def test_it_labels_every_form_field(pages):
    for name, response in pages.items():
        page = parse(response)
        labelled = {attrs.get("for") for tag, attrs in page.elements if tag == "label"}
        for tag, attrs in page.elements:
            if tag in {"input", "select", "textarea"} and attrs.get("type") not in {"hidden", "radio", "submit"}:
                assert attrs.get("id") in labelled, (name, tag, attrs.get("name"))


# --- Plain words ------------------------------------------------------------------------


def test_it_explains_the_product_on_the_landing_page(client, db):
    text = parse(_get(client, reverse("core:landing"))).text

    for phrase in [
        "Turned down? Find out why",
        "ask the hiring manager for feedback without sounding defensive",
        "gets a thank-you",
        "How it works",
        "Ask",
        "Relay",
        "Thank",
        "Improve",
        "For candidates",
        "For recruiters and coaches",
        "Create your free account",
    ]:
        assert phrase in text, phrase


def test_it_explains_the_choice_of_role_on_sign_up(client, db):
    text = parse(_get(client, reverse("accounts:signup"))).text

    for phrase in [
        "Create your account",
        "Looking for a job — I want feedback after rejections",
        "A recruiter or career coach — I relay feedback to candidates",
        "At least 10 characters",
        "Already have an account?",
    ]:
        assert phrase in text, phrase


def test_it_offers_help_on_the_login_page(client, db):
    page = parse(_get(client, reverse("accounts:login")))

    assert "Welcome back" in page.text
    assert page.find_all("a", href=reverse("accounts:password-reset"))
    assert page.find_all("a", href=reverse("accounts:signup"))


def test_it_gives_the_landing_page_one_primary_action(client, db):
    page = parse(_get(client, reverse("core:landing")))
    primary = [attrs for tag, attrs in page.elements if tag == "a" and "button--primary" in attrs.get("class", "")]

    assert [attrs["href"] for attrs in primary if attrs["href"] != reverse("accounts:signup")] == []
