import pytest
from django.conf import settings
from django.test import Client


@pytest.fixture
def login_as(page, live_server):
    """Sign the browser in as a user without typing (the sign-in form has its own test)."""

    def login(user):
        client = Client()
        client.force_login(user)
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        return page

    return login


@pytest.fixture
def console_errors(page):
    """Collect console errors (CSP violations show up here) for the test to assert on."""
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors
