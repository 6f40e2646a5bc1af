"""Changing a password, and resetting a forgotten one by e-mail."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from apps.core.models import AuditEvent
from tests.core.html_parse import parse
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a brand new and long passphrase"
LINK = re.compile(r"https?://[^\s\"'<>]+/password/reset/[^\s\"'<>]+/")


def _can_log_in(email, password) -> bool:
    return Client().post(reverse("accounts:login"), {"username": email, "password": password}).status_code == 302


# --- Change ----------------------------------------------------------------------------


def test_it_changes_the_password_keeps_the_session_and_writes_an_audit_row(candidate_client, candidate, password):
    response = candidate_client.post(
        reverse("accounts:password-change"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == reverse("accounts:settings")
    assert "Your password is changed" in parse(response).text
    assert response.context["user"] == candidate, "still signed in here"
    events = AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.PASSWORD_CHANGED)
    assert list(events.values_list("actor_id", flat=True)) == [candidate.pk]
    assert _can_log_in(candidate.email, NEW_PASSWORD)
    assert not _can_log_in(candidate.email, password)


def test_it_signs_out_my_other_sessions_when_i_change_the_password(candidate_client, candidate, password):
    laptop = Client()
    laptop.force_login(candidate)

    candidate_client.post(
        reverse("accounts:password-change"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert laptop.get(reverse("accounts:settings")).status_code == 302, "the other session is signed out"
    assert candidate_client.get(reverse("accounts:settings")).status_code == 200, "this one stays"


def test_it_refuses_a_change_with_the_wrong_old_password_and_writes_nothing(candidate_client, candidate, password):
    response = candidate_client.post(
        reverse("accounts:password-change"),
        {"old_password": "not it at all", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["old_password"]
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PASSWORD_CHANGED).exists()
    assert _can_log_in(candidate.email, password)


def test_it_refuses_a_weak_new_password(candidate_client, candidate, password):
    response = candidate_client.post(
        reverse("accounts:password-change"),
        {"old_password": password, "new_password1": "short", "new_password2": "short"},
    )

    assert "too short" in " ".join(response.context["form"].errors["new_password2"])
    assert _can_log_in(candidate.email, password)


# --- Reset -----------------------------------------------------------------------------


def _request_reset(client, email):
    return client.post(reverse("accounts:password-reset"), {"email": email})


def _link_from(message) -> str:
    text_links = LINK.findall(message.body)
    (html, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    html_links = LINK.findall(html)
    assert text_links and html_links, "both bodies carry the link"
    assert set(text_links) == set(html_links), "the two bodies link to the same place"
    return text_links[0]


def test_it_mails_a_reset_link_in_both_a_text_and_an_html_body(client, candidate):
    response = _request_reset(client, candidate.email)

    assert response["Location"] == reverse("accounts:password-reset-sent")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [candidate.email]
    assert message.subject == "Choose a new Debrief password"
    assert "Hello Cara" in message.body
    html = message.alternatives[0][0]
    assert "Hello Cara" in html
    assert f"account at {settings.SITE_URL}" in html, "the footer names the site"
    _link_from(message)


def test_it_finds_the_account_whatever_the_case_of_the_email(client, candidate):
    _request_reset(client, "CARA@EXAMPLE.COM")

    assert [message.to for message in mail.outbox] == [[candidate.email]]


def test_it_answers_the_same_for_an_unknown_email_and_sends_nothing(client, db):
    response = _request_reset(client, "nobody@example.com")

    assert response["Location"] == reverse("accounts:password-reset-sent")
    assert mail.outbox == []


def _follow_link_and_set(client, link, new_password):
    landing = client.get(link, follow=True)
    assert landing.context["validlink"], "the fresh link works"
    set_url = landing.redirect_chain[-1][0]
    return client.post(set_url, {"new_password1": new_password, "new_password2": new_password})


def test_it_lets_the_link_set_a_new_password_that_logs_in(client, candidate, password):
    _request_reset(client, candidate.email)
    link = _link_from(mail.outbox[0])

    response = _follow_link_and_set(client, link, NEW_PASSWORD)

    assert response["Location"] == reverse("accounts:password-reset-complete")
    assert _can_log_in(candidate.email, NEW_PASSWORD)
    assert not _can_log_in(candidate.email, password)


def test_it_signs_out_every_session_when_the_password_is_reset(client, candidate):
    thief = Client()
    thief.force_login(candidate)
    _request_reset(client, candidate.email)

    _follow_link_and_set(client, _link_from(mail.outbox[0]), NEW_PASSWORD)

    assert thief.get(reverse("accounts:settings")).status_code == 302


def test_it_shows_the_no_longer_works_page_for_a_used_link(client, candidate):
    _request_reset(client, candidate.email)
    link = _link_from(mail.outbox[0])
    _follow_link_and_set(client, link, NEW_PASSWORD)

    again = Client().get(link, follow=True)

    assert again.status_code == 200
    assert not again.context["validlink"]
    text = parse(again).text
    assert "This link no longer works" in text
    assert "Your password has not changed" in text
    assert parse(again).find_all("a", href=reverse("accounts:password-reset"))


def test_it_shows_the_no_longer_works_page_for_a_made_up_link(client, candidate):
    url = reverse("accounts:password-reset-confirm", kwargs={"uidb64": "MQ", "token": "made-up-token"})

    response = client.get(url)

    assert response.status_code == 200
    assert "This link no longer works" in parse(response).text
    assert not parse(response).find_all("input", name="new_password1")


def test_it_keeps_the_old_password_when_the_new_ones_differ(client, candidate, password):
    _request_reset(client, candidate.email)
    landing = client.get(_link_from(mail.outbox[0]), follow=True)

    response = client.post(
        landing.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "!"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    assert _can_log_in(candidate.email, password)


def test_it_lifts_a_lockout_once_the_password_is_reset(client, candidate):
    """The lockout page promises that a reset gets you back in now; keep that promise."""
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:login"), {"username": candidate.email, "password": "wrong wrong wrong"})
    assert client.post(reverse("accounts:login"), {"username": candidate.email, "password": "x"}).status_code == 429

    _request_reset(client, candidate.email)
    _follow_link_and_set(client, _link_from(mail.outbox[0]), NEW_PASSWORD)

    response = client.post(reverse("accounts:login"), {"username": candidate.email, "password": NEW_PASSWORD})
    assert response.status_code == 302


def test_it_writes_the_plain_text_reset_email_without_html_escapes(client):
    person = CandidateFactory(email="o'neil&co@example.com", full_name="Zoë O'Neil")

    _request_reset(client, person.email)

    message = mail.outbox[0]
    assert "account, o'neil&co@example.com." in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body
    assert "o&#x27;neil&amp;co@example.com" in message.alternatives[0][0], "the HTML body stays escaped"
