"""Health probes for /healthz: the database answers, the broker accepts a connection."""

from django.core.cache import cache
from django.db import connection

from config.celery import app as celery_app

from .tasks import HEARTBEAT_CACHE_KEY


def database_ok() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means "not healthy"; the message says which
        return False, f"{type(exc).__name__}: {exc}"
    return True, connection.vendor


def broker_ok() -> tuple[bool, str]:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
            transport = conn.transport_cls
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}"
    return True, str(transport)


def last_heartbeat() -> str | None:
    try:
        return cache.get(HEARTBEAT_CACHE_KEY)
    except Exception:
        return None
