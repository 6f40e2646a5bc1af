"""Each e-mail is a triad (subject, text, HTML) rendered by one helper; both bodies are checked."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings

from apps.core.emails import email_render, email_send

TEMPLATES_HERE = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def _test_triad():
    """Add tests/core/templates so the foundation-check triad can be found."""
    engines = [{**engine, "DIRS": [*engine["DIRS"], TEMPLATES_HERE]} for engine in settings.TEMPLATES]
    with override_settings(TEMPLATES=engines):
        yield


CONTEXT = {"name": "Cara", "giver": "Dana O'Brien & Co", "quote": "Lead with <impact>"}


def _render(**overrides):
    return email_render(
        **{"name": "foundation-check", "to": ["cara@example.com"], "context": CONTEXT} | overrides,
    )


def test_it_makes_the_subject_one_line():
    assert _render().subject == "Thanks, Cara, for the feedback"


def test_it_does_not_html_escape_the_subject():
    assert _render(context=CONTEXT | {"name": "Zoë O'Neil & Co"}).subject == "Thanks, Zoë O'Neil & Co, for the feedback"


def test_it_renders_the_text_body_as_plain_text():
    body = _render().body

    assert "Hello Cara," in body
    assert "Dana O'Brien & Co answered your request" in body, "plain text is not HTML-escaped"
    assert '"Lead with <impact>"' in body
    assert f"{settings.SITE_URL}/dashboard/" in body, "site_url is always in the context"
    assert "<p>" not in body


def test_it_renders_the_html_body_from_the_shared_layout_and_escapes_it():
    message = _render()

    assert len(message.alternatives) == 1
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert html.lstrip().startswith("<!doctype html>"), "extends emails/base.html"
    assert "<p>Hello Cara,</p>" in html
    assert "Dana O&#x27;Brien &amp; Co" in html
    assert "&lt;impact&gt;" in html
    assert "<impact>" not in html
    assert f'href="{settings.SITE_URL}/dashboard/"' in html
    assert f"account at {settings.SITE_URL}" in html


def test_it_addresses_the_message_with_headers_and_reply_to():
    message = _render(headers={"List-Unsubscribe": "<https://x.example/u>"}, reply_to=["rhea@example.com"])

    assert message.to == ["cara@example.com"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.reply_to == ["rhea@example.com"]
    assert message.extra_headers["List-Unsubscribe"] == "<https://x.example/u>"


def test_it_lets_the_caller_choose_the_sender():
    assert _render(from_email="Rhea <rhea@example.com>").from_email == "Rhea <rhea@example.com>"


def test_it_sends_both_bodies():
    email_send(name="foundation-check", to=["cara@example.com"], context=CONTEXT)

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.subject == "Thanks, Cara, for the feedback"
    assert "Hello Cara," in sent.body
    assert "<p>Hello Cara,</p>" in sent.alternatives[0][0]


def test_it_renders_the_password_reset_triad_too(candidate):
    # The link is built from SITE_URL, never from the Host header of the request that asked.
    context = {
        "user": candidate,
        "site_url": "https://debrief.example.com",
        "domain": "evil.example",
        "uid": "MQ",
        "token": "abc-123",
    }

    message = email_render(name="password-reset", to=[candidate.email], context=context)

    assert message.subject == "Choose a new Debrief password"
    link = "https://debrief.example.com/password/reset/MQ/abc-123/"
    assert link in message.body
    assert f'href="{link}"' in message.alternatives[0][0]
    assert "evil.example" not in message.body
