"""`seed_demo` loads the demo data set; a second run changes nothing."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from apps.accounts.demo import DEMO_PASSWORD
from apps.accounts.models import User

pytestmark = pytest.mark.django_db


def _row_counts() -> dict[str, int]:
    """Every table's row count, so whatever the demo grows to include is covered too."""
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def _seed(capsys) -> str:
    call_command("seed_demo")
    return capsys.readouterr().out


def test_it_creates_the_demo_people_with_preferences(capsys):
    output = _seed(capsys)

    assert set(User.objects.values_list("email", "role")) >= {
        ("cara@example.com", "candidate"),
        ("rhea@example.com", "recruiter"),
        ("admin@example.com", "staff"),
    }
    assert User.objects.get(email="cara@example.com").preferences.timezone == "Europe/Berlin"
    assert User.objects.get(email="admin@example.com").is_superuser
    assert DEMO_PASSWORD in output
    assert "cara@example.com" in output


def test_it_changes_nothing_when_run_again(capsys):
    _seed(capsys)
    before = _row_counts()

    output = _seed(capsys)

    assert _row_counts() == before
    assert "0 new account(s)" in output


def test_it_prints_logins_that_work(capsys):
    _seed(capsys)

    for email, home in [("cara@example.com", "candidates:dashboard"), ("rhea@example.com", "recruiters:home")]:
        client = Client()
        response = client.post(reverse("accounts:login"), {"username": email, "password": DEMO_PASSWORD}, follow=True)
        assert response.redirect_chain[-1][0] == reverse(home), email
