import pytest

from apps.reminders.kinds import ReminderKind, Rendered, register, unregister

TEST_KIND = "test_nudge"
TEST_MAIL_KIND = "test_outbox_mail"


def _render(reminder):
    return Rendered(
        email="reminders/notice",
        context={
            "headline": "A gentle nudge",
            "body": "Time to write it down while it is fresh.",
            "link_label": "Open",
        },
        text="Time to write it down while it is fresh.",
        link="/home/",
    )


def _render_mail(reminder):
    payload = reminder.payload
    return Rendered(
        email="reminders/outbox-message",
        context={"subject": payload["subject"], "body": payload["body"]},
        text="",
        reply_to=[payload["reply_to"]] if payload.get("reply_to") else [],
    )


@pytest.fixture(autouse=True)
def test_kinds():
    """A test-only kind: wanted unless the payload says otherwise."""
    register(
        ReminderKind(
            name=TEST_KIND,
            label="Test nudge",
            description="Only in tests.",
            audience="candidate",
            render=_render,
            is_wanted=lambda reminder: reminder.payload.get("wanted", True),
        )
    )
    register(
        ReminderKind(
            name=TEST_MAIL_KIND,
            label="Test outgoing mail",
            description="Only in tests.",
            audience="external",
            render=_render_mail,
            in_app=False,
            respects_quiet_hours=False,
        )
    )
    yield
    unregister(TEST_KIND)
    unregister(TEST_MAIL_KIND)
