"""Production settings: hardened, quiet under `check --deploy`, and unwilling to start without a secret."""

import importlib
import os
import secrets
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from config import env

PRODUCTION = "config.settings.production"


def test_it_passes_check_deploy_with_zero_warnings(tmp_path):
    secret = secrets.token_urlsafe(48)
    assert len(secret) >= 50
    child_env = {
        **os.environ,
        "SECRET_KEY": secret,
        "ALLOWED_HOSTS": "debrief.example.com",
        "DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
    }
    for name in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"):  # the latter is set by conftest for Playwright
        child_env.pop(name, None)

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING", f"--settings={PRODUCTION}"],
        cwd=env.BASE_DIR,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output
    assert "WARNING" not in output
    assert "?: (security" not in output


@pytest.fixture
def load_production(monkeypatch):
    """Import the production settings module afresh with a chosen SECRET_KEY (config.env is
    read once, so patch the value it already holds)."""

    def load(secret: str):
        monkeypatch.setattr(env, "SECRET_KEY", secret)
        monkeypatch.delitem(sys.modules, PRODUCTION, raising=False)
        return importlib.import_module(PRODUCTION)

    yield load
    sys.modules.pop(PRODUCTION, None)


@pytest.mark.parametrize("secret", ["", "too-short-" * 4])
def test_it_refuses_to_load_without_a_real_secret_key(load_production, secret):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        load_production(secret)


def test_it_hardens_cookies_https_and_debug_when_it_loads(load_production):
    production = load_production("k" * 64)

    assert production.DEBUG is False
    assert production.SESSION_COOKIE_SECURE is True
    assert production.CSRF_COOKIE_SECURE is True
    assert production.SECURE_HSTS_SECONDS >= 31536000
    assert production.SECURE_SSL_REDIRECT is True
    assert production.MAILERS["default"]["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
