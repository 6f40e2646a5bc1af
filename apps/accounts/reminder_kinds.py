"""The account e-mails that go through the reminder outbox: written as rows in the sign-up's
transaction, sent by the sweep after commit — never from inside a request."""

from django.urls import reverse

from apps.reminders.kinds import ReminderKind, Rendered, register
from apps.reminders.models import Reminder

WELCOME = "account_welcome"
SIGNUP_ATTEMPT = "account_signup_attempt"


def _active(reminder: Reminder) -> bool:
    return reminder.recipient is not None and reminder.recipient.is_active


def _welcome(reminder: Reminder) -> Rendered:
    return Rendered(
        email="accounts/welcome",
        context={"login_url": reverse("accounts:login"), "reset_url": reverse("accounts:password-reset")},
        text="Welcome to Debrief.",
        link=reverse("accounts:login"),
    )


def _signup_attempt(reminder: Reminder) -> Rendered:
    return Rendered(
        email="accounts/signup-attempt",
        context={"login_url": reverse("accounts:login"), "reset_url": reverse("accounts:password-reset")},
        text="Someone tried to sign up with your e-mail address.",
        link=reverse("accounts:login"),
    )


# Neither can be switched off (they are about the account itself, and rare), neither waits for
# quiet hours (the person is at the keyboard now), and neither is an in-app notification.
register(
    ReminderKind(
        name=WELCOME,
        label="Welcome",
        description="Once, when you create your account.",
        audience="everyone",
        render=_welcome,
        is_wanted=_active,
        in_app=False,
        respects_quiet_hours=False,
        optional=False,
    )
)
register(
    ReminderKind(
        name=SIGNUP_ATTEMPT,
        label="Sign-up with your address",
        description="When someone tries to create an account with your e-mail address.",
        audience="everyone",
        render=_signup_attempt,
        is_wanted=_active,
        in_app=False,
        respects_quiet_hours=False,
        optional=False,
    )
)
