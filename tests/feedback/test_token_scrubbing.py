"""Secrets that travel in URL paths never reach a log line."""

import pytest

from apps.feedback.reply_guard import scrub


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gone: /portal/join/vcF2bOk-x_1/", "Gone: /portal/join/[token]/"),
        ("GET /notifications/unsubscribe/abc.def:ghi/ 200", "GET /notifications/unsubscribe/[token]/ 200"),
        ("GET /dashboard/calendar/s3cret/interviews.ics", "GET /dashboard/calendar/[token]/interviews.ics"),
        ("GET /password/reset/MQ/cbx-123abc/ 302", "GET /password/reset/MQ/[token]/ 302"),
        ("GET /login/?next=%2Fportal%2Fjoin%2FvcF2bOk%2F 200", "GET /login/?next=%2Fportal%2Fjoin%2F[token]%2F 200"),
        ("GET /reply/abc_DEF-123/ 200", "GET /reply/[token]/ 200"),
    ],
)
def test_a_token_in_a_path_is_replaced_before_logging(line, expected):
    assert scrub(line) == expected


def test_ordinary_paths_are_left_alone():
    assert scrub("GET /dashboard/applications/12/ 200") == "GET /dashboard/applications/12/ 200"
