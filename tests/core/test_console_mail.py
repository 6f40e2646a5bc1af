"""`make run` without EMAIL_HOST prints e-mails a person can read: whole links, decoded text."""

from io import StringIO

from django.core.mail import EmailMultiAlternatives

from apps.core.console_mail import ReadableConsoleBackend

LINK = "http://127.0.0.1:9000/notifications/unsubscribe/" + "a1b2c3d4" * 12 + "/"


def _printed() -> str:
    message = EmailMultiAlternatives(
        "Write your debrief — now",
        f"Open {LINK} while it is fresh.",
        "debrief@localhost",
        ["cara@example.com"],
        headers={"List-Unsubscribe": f"<{LINK}>"},
    )
    message.attach_alternative("<p>Open</p>", "text/html")
    stream = StringIO()
    ReadableConsoleBackend(alias="default", stream=stream).send_messages([message])
    return stream.getvalue()


def test_a_long_link_is_printed_whole_on_one_line():
    assert f"Open {LINK} while it is fresh." in _printed().splitlines()


def test_the_subject_is_printed_decoded():
    assert "Subject: Write your debrief — now" in _printed()


def test_the_unsubscribe_header_is_shown():
    assert f"List-Unsubscribe: <{LINK}>" in _printed()
