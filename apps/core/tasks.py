"""Thin task interface for core: liveness of the worker/beat pair."""

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

HEARTBEAT_CACHE_KEY = "celery:last-heartbeat"


@shared_task(name="apps.core.tasks.heartbeat", ignore_result=True)
def heartbeat() -> None:
    """Beat sends this every minute; /healthz reports how long ago a worker ran it."""
    cache.set(HEARTBEAT_CACHE_KEY, timezone.now().isoformat(), timeout=None)


@shared_task(name="apps.core.tasks.ping")
def ping(token: str) -> str:
    """Echo, for checking that a real worker consumes the broker."""
    return f"pong:{token}"
