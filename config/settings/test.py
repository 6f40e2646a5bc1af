"""Tests: real PostgreSQL and Redis when configured (always in CI), else SQLite and eager tasks."""

import tempfile
from pathlib import Path

from config import env

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REST_FRAMEWORK

SECRET_KEY = "test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
SITE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]

# Each test run gets its own data folder, so a local `make run` is never disturbed.
DATA_DIR = Path(tempfile.mkdtemp(prefix="debrief-test-"))
if not env.DATABASE_URL:
    DATABASES["default"]["NAME"] = DATA_DIR / "test.sqlite3"
if not env.REDIS_URL:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}

# Without a broker, tasks run in-process. With Redis, code paths that enqueue still run
# eagerly; the integration tests start real worker processes against the real broker.
CELERY_TASK_ALWAYS_EAGER = True

REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "10000/minute", "user": "10000/minute", "auth": "10000/minute"},
}
AXES_FAILURE_LIMIT = 5
