"""Health probes for /healthz: the database answers, the broker accepts a connection, and
every periodic job an app declared has finished recently.

Core names no app: an app declares its job with ``expected_heartbeats.register(...)`` from
its ``AppConfig.ready()`` and writes a durable row with ``heartbeat_record`` each time the
job finishes. A job that has never finished, or not within its ``max_age``, makes /healthz
answer 503 and name the job.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection
from django.utils import timezone

from apps.core.models import Heartbeat
from apps.core.registry import Registry
from config.celery import app as celery_app

logger = logging.getLogger(__name__)

WORKER_HEARTBEAT = "worker"


@dataclass(frozen=True)
class ExpectedHeartbeat:
    """A periodic job /healthz vouches for: its row name, the name shown, how old it may get."""

    name: str
    label: str
    max_age: timedelta


expected_heartbeats: Registry[ExpectedHeartbeat] = Registry("expected heartbeat")


def heartbeat_record(*, name: str, detail: dict | None = None, now: datetime | None = None) -> None:
    """Upsert the job's row (1 query)."""
    Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": now or timezone.now(), "detail": detail or {}})


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


# One broker connection per process (and per Celery app), reused by every probe: opening a new
# one on each /healthz call cost a TCP connect and a handshake. On Redis a probe is one PING on it.
_broker_probe: dict = {"app": None, "connection": None}


def _broker_connection():
    if _broker_probe["app"] is not celery_app or _broker_probe["connection"] is None:
        _broker_drop()
        conn = celery_app.connection_for_write()
        conn.ensure_connection(max_retries=1, timeout=2)
        _broker_probe.update(app=celery_app, connection=conn)
        return conn, True
    return _broker_probe["connection"], False


def _broker_drop() -> None:
    conn, _broker_probe["connection"] = _broker_probe["connection"], None
    if conn is not None:
        try:
            conn.release()
        except Exception:  # already broken: nothing to release
            logger.debug("Dropping the health probe's broker connection failed", exc_info=True)


def broker_ok() -> tuple[bool, str]:
    try:
        conn, fresh = _broker_connection()
        if not fresh:
            if conn.transport.driver_type == "redis":
                conn.default_channel.client.ping()
            else:
                conn.ensure_connection(max_retries=1, timeout=2)
        transport = conn.transport_cls
    except Exception as exc:
        _broker_drop()
        # The class name only: /healthz is public, and messages can name internal hosts and users.
        logger.warning("Health check failed: %r", exc)
        return False, f"unreachable ({type(exc).__name__})"
    return True, str(transport)


def _beats() -> dict[str, datetime]:
    """Every heartbeat row's time (1 query); empty when the database cannot say."""
    try:
        return dict(Heartbeat.objects.values_list("name", "beat_at"))
    except Exception as exc:
        logger.warning("Health check could not read heartbeats: %r", exc)
        return {}


def jobs_status(*, beats: dict[str, datetime], now: datetime | None = None) -> dict[str, dict]:
    """For each declared job: ok, when it last finished, and how many seconds ago."""
    now = now or timezone.now()
    status = {}
    for expected in expected_heartbeats:
        beat_at = beats.get(expected.name)
        age = (now - beat_at).total_seconds() if beat_at else None
        status[expected.label] = {
            "ok": beat_at is not None and now - beat_at <= expected.max_age,
            "last": beat_at.isoformat() if beat_at else None,
            "age_seconds": round(age) if age is not None else None,
            "max_age_seconds": int(expected.max_age.total_seconds()),
        }
    return status


def health_report() -> tuple[bool, dict]:
    """(healthy, the body of /healthz). 3 round trips: database, broker, heartbeats."""
    db_ok, db_detail = database_ok()
    mq_ok, mq_detail = broker_ok()
    beats = _beats() if db_ok else {}
    jobs = jobs_status(beats=beats)
    failing = [label for label, job in jobs.items() if not job["ok"]]
    worker_beat = beats.get(WORKER_HEARTBEAT)
    healthy = db_ok and mq_ok and not failing
    body = {
        "status": "ok" if healthy else "unavailable",
        "database": {"ok": db_ok, "detail": db_detail},
        "broker": {"ok": mq_ok, "detail": mq_detail},
        "jobs": jobs,
        "failing": (["database"] if not db_ok else []) + (["broker"] if not mq_ok else []) + failing,
        "last_heartbeat": worker_beat.isoformat() if worker_beat else None,
    }
    return healthy, body
