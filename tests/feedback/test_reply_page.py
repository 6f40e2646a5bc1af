"""The hiring manager's reply page: shows only name, role and topics; GET never spends the link;
the POST does, once; clear pages for unknown, expired, revoked and used links; private headers,
escaped output, CSRF, rate limit; and the token never reaches a log line."""

import logging
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from apps.feedback import services
from apps.feedback.models import FeedbackReply, ReplyLink
from apps.feedback.reply_guard import PER_ADDRESS, scrub
from apps.feedback.reply_views import _stamp_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(draft):
    services.request_send(request=draft, channel="debrief")
    return ReplyLink.objects.get(request=draft)


def page_url(link_or_token) -> str:
    token = link_or_token if isinstance(link_or_token, str) else link_or_token.token
    return reverse("reply:page", args=[token])


def answer(client, link, data: dict):
    """POST the form as the page would: with its signed stamp."""
    return client.post(page_url(link), {**data, "stamp": _stamp_for(link.token)})


def test_the_page_shows_the_candidate_the_role_and_the_topics(anon_client, link):
    html = anon_client.get(page_url(link)).content.decode()
    assert "A few words for Cara Jensen" in html
    assert link.request.thread.application.role_title in html
    assert "What would have made the interview stronger?" in html


def test_the_page_shows_nothing_of_the_request_itself(anon_client, link):
    html = anon_client.get(page_url(link)).content.decode()
    assert link.request.body.split("\n")[0] not in html
    assert link.request.owner.email not in html


def test_opening_the_page_never_spends_the_link(anon_client, link):
    for _ in range(3):
        anon_client.get(page_url(link))
    link.refresh_from_db()
    assert link.used_at is None


def test_answering_spends_the_link_and_thanks_the_reader(anon_client, link):
    response = answer(anon_client, link, {"answer_interview": "More concrete examples."})
    assert response.status_code == 302
    assert anon_client.get(response["Location"]).status_code == 200
    link.refresh_from_db()
    assert link.used_at is not None


def test_a_second_answer_gets_the_used_page_and_the_first_is_kept(anon_client, link):
    answer(anon_client, link, {"answer_interview": "First."})
    response = answer(anon_client, link, {"answer_interview": "Second."})
    assert response.status_code == 410
    assert "already used" in response.content.decode()
    assert FeedbackReply.objects.get().text == "First."


def test_rather_not_say_is_an_answer_too(anon_client, link):
    answer(anon_client, link, {"declined": "on"})
    assert FeedbackReply.objects.get().declined is True


def test_an_empty_answer_is_refused_on_the_page_and_the_link_still_works(anon_client, link):
    response = answer(anon_client, link, {"answer_interview": "   "})
    assert "rather not say" in response.content.decode()
    link.refresh_from_db()
    assert link.used_at is None


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (lambda link: setattr(link, "revoked_at", timezone.now()), "withdrawn"),
        (lambda link: setattr(link, "used_at", timezone.now()), "already used"),
        (lambda link: setattr(link, "expires_at", timezone.now() - timedelta(minutes=1)), "expired"),
    ],
    ids=["revoked", "used", "expired"],
)
def test_a_spent_link_gets_a_clear_page_of_its_own(anon_client, link, spoil, words):
    spoil(link)
    link.save()
    response = anon_client.get(page_url(link))
    assert response.status_code == 410
    assert words in response.content.decode()


def test_an_unknown_link_gets_a_not_found_page(anon_client, db):
    response = anon_client.get(page_url("x" * 43))
    assert response.status_code == 404
    assert "doesn't work" in response.content.decode()


def test_the_page_is_private_and_not_indexed(anon_client, link):
    response = anon_client.get(page_url(link))
    assert response["Referrer-Policy"] == "no-referrer"
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_html_in_the_role_is_shown_escaped(anon_client, link):
    application = link.request.thread.application
    application.role_title = "<script>alert(1)</script>"
    application.save()
    html = anon_client.get(page_url(link)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_post_without_the_pages_stamp_is_refused_and_keeps_the_words(anon_client, link):
    response = anon_client.post(page_url(link), {"answer_interview": "Lead with the result."})
    assert response.status_code == 400
    assert "Lead with the result." in response.content.decode()
    link.refresh_from_db()
    assert link.used_at is None


def test_a_stamp_for_another_link_is_refused(anon_client, link):
    response = anon_client.post(page_url(link), {"answer_interview": "Hi", "stamp": _stamp_for("other-token")})
    assert response.status_code == 400


def test_the_post_works_without_origin_or_referer_under_strict_csrf(link):
    # Browsers send "Origin: null" and no Referer from a no-referrer page: the form must still work.
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        page_url(link), {"answer_interview": "Hi", "stamp": _stamp_for(link.token)}, HTTP_ORIGIN="null"
    )
    assert response.status_code == 302


def test_the_page_is_rate_limited_per_address(anon_client, link):
    for _ in range(PER_ADDRESS[0]):
        anon_client.get(page_url("y" * 43))
    assert anon_client.get(page_url(link)).status_code == 429


def test_the_token_never_reaches_the_log(anon_client, link, caplog):
    link.revoked_at = timezone.now()
    link.save()
    with caplog.at_level(logging.INFO):
        anon_client.get(page_url(link))
    assert link.token not in caplog.text
    assert "/reply/[token]/" in caplog.text


def test_scrubbing_covers_the_api_path_too():
    assert scrub("Gone: /api/v1/replies/by-token/abc_DEF-123/") == "Gone: /api/v1/replies/by-token/[token]/"


def test_gunicorns_access_log_line_is_scrubbed_too():
    # gunicorn logs "%(r)s"-style formats with a dict of atoms; the scrubber sees the finished line.
    record = logging.LogRecord(
        "gunicorn.access",
        logging.INFO,
        __file__,
        1,
        '"%(r)s" %(s)s',
        ({"r": "GET /reply/abcDEF123/ HTTP/1.1", "s": "200"},),
        None,
    )
    for scrubber in logging.getLogger("gunicorn.access").filters:
        scrubber.filter(record)
    assert record.getMessage() == '"GET /reply/[token]/ HTTP/1.1" 200'


def test_a_link_whose_request_was_answered_another_way_says_so_instead_of_showing_the_form(anon_client, link):
    services.reply_record_pasted(request=link.request, text="They liked the system design answer.")
    response = anon_client.get(page_url(link))
    assert response.status_code == 410
    assert "already answered" in response.content.decode()


def test_a_pasted_answer_closes_the_reply_link(link):
    services.reply_record_pasted(request=link.request, text="They liked the system design answer.")
    link.refresh_from_db()
    assert link.problem() != ""


def test_answering_a_declined_request_through_the_link_is_told_the_truth(anon_client, link):
    services.reply_record_declined(request=link.request)
    response = answer(anon_client, link, {"answer_interview": "Typed after the decline."})
    assert "An answer was sent through it" not in response.content.decode()


def test_answering_a_declined_request_through_the_link_says_it_is_already_answered(anon_client, link):
    services.reply_record_declined(request=link.request)
    response = answer(anon_client, link, {"answer_interview": "Typed after the decline."})
    assert "already answered" in response.content.decode()
