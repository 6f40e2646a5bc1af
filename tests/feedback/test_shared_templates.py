"""The blocks several pages share are written once: the tone-check card of the composer, the
follow-up and the thank-you, and the pager every list uses."""

from django.core.paginator import Paginator
from django.template.loader import render_to_string


def test_the_tone_card_offers_the_check_without_javascript():
    html = render_to_string("feedback/_tone.html#card", {"tone": {"checked": False}})
    assert 'name="action" value="check"' in html


def test_the_tone_card_holds_the_live_findings_region():
    html = render_to_string("feedback/_tone.html#card", {"tone": {"checked": False}})
    assert 'id="tone-live" aria-live="polite"' in html


def test_the_pager_links_keep_the_lists_other_parameters():
    page = Paginator(range(60), 25).page(2)
    html = render_to_string("components/pagination.html", {"page": page, "query": "state=open&"})
    assert 'href="?state=open&amp;page=3"' in html


def test_the_pager_says_previous_and_next_unless_told_otherwise():
    page = Paginator(range(60), 25).page(2)
    html = render_to_string("components/pagination.html", {"page": page, "query": ""})
    assert ">Previous</a>" in html and ">Next</a>" in html


def test_a_single_page_gets_no_pager():
    page = Paginator(range(3), 25).page(1)
    assert "pager" not in render_to_string("components/pagination.html", {"page": page, "query": ""})
