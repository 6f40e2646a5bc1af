"""Tests: real PostgreSQL and Redis when configured (always in CI), else SQLite and eager tasks."""

import os
import tempfile
from pathlib import Path

from config import env
from config.celery_transport import broker_settings
from config.paths import DataPaths

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REST_FRAMEWORK

SECRET_KEY = "test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
SITE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]

# Each test process (each xdist worker) has its own data folder, so a local `make run` is never
# disturbed. It is only named here: tests/conftest.py creates it when the session starts and
# removes it when the session ends. Every path under DATA_DIR is re-derived from it below
# (tests/core/test_settings.py checks that none still points at the developer's data folder).
DATA_DIR = Path(tempfile.gettempdir()) / f"debrief-test-{os.getpid()}"
PATHS = DataPaths(DATA_DIR)
MEDIA_ROOT = PATHS.media
STATIC_ROOT = DATA_DIR / "staticfiles"  # whitenoise looks for it; the repo's own is left alone
CELERY_BEAT_SCHEDULE_FILENAME = str(PATHS.beat_schedule)
if not env.DATABASE_URL:
    DATABASES["default"]["NAME"] = PATHS.sqlite
if not env.REDIS_URL:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    _celery = broker_settings(redis_url="", data_dir=DATA_DIR)
    CELERY_RESULT_BACKEND = _celery["result_backend"]
    CELERY_BROKER_TRANSPORT_OPTIONS = _celery["broker_transport_options"]

# Without a broker, tasks run in-process. With Redis, code paths that enqueue still run
# eagerly; the integration tests start real worker processes against the real broker.
CELERY_TASK_ALWAYS_EAGER = True

REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "10000/minute", "user": "10000/minute", "auth": "10000/minute"},
}
AXES_FAILURE_LIMIT = 5
# Page tests pin their query budgets as on a session-cache miss, so the session read stays in
# the count they list ("1 session"). Production reads it from the cache (base.py: cached_db);
# tests/accounts/test_request_caches.py shows that a hit costs no query there.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
