"""Health probes for /healthz: the database answers, the broker accepts a connection."""

import logging

from django.core.cache import cache
from django.db import connection

from config.celery import app as celery_app

from .tasks import HEARTBEAT_CACHE_KEY

logger = logging.getLogger(__name__)


def database_ok() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means "not healthy"; the message says which
        # The class name only: /healthz is public, and messages can name internal hosts and users.
        logger.warning("Health check failed: %r", exc)
        return False, f"unreachable ({type(exc).__name__})"
    return True, connection.vendor


def broker_ok() -> tuple[bool, str]:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
            transport = conn.transport_cls
    except Exception as exc:
        # The class name only: /healthz is public, and messages can name internal hosts and users.
        logger.warning("Health check failed: %r", exc)
        return False, f"unreachable ({type(exc).__name__})"
    return True, str(transport)


def last_heartbeat() -> str | None:
    try:
        return cache.get(HEARTBEAT_CACHE_KEY)
    except Exception:
        return None
