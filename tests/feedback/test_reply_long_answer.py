"""A long answer on the reply page is never cut silently: the browser gets no maxlength, and the
server says it is too long while keeping every word, and the link stays unspent."""

import pytest

from apps.feedback import services
from apps.feedback.models import ReplyLink
from apps.feedback.services.replies import ANSWER_MAX_CHARS
from tests.feedback.test_reply_page import answer, page_url


@pytest.fixture
def link(draft):
    services.request_send(request=draft, channel="debrief")
    return ReplyLink.objects.get(request=draft)


def test_the_answer_boxes_carry_no_maxlength_that_would_cut_a_paste(anon_client, link):
    assert "maxlength" not in anon_client.get(page_url(link)).content.decode().split('name="answered_by_name"')[0]


def test_a_too_long_answer_is_refused_clearly_and_kept_and_the_link_stays_unspent(anon_client, link):
    words = "Good structure, but the pacing ran long. " * (ANSWER_MAX_CHARS // 30)
    response = answer(anon_client, link, {"answer_interview": words})
    page = response.content.decode()
    assert "longer than we can keep" in page
    assert words.strip()[:200] in page
    link.refresh_from_db()
    assert link.used_at is None
