"""Thin task interface for core: liveness of the worker/beat pair, and the one way request
code hands a task to the broker.

No request may wait for the broker (issue 8: a CSV import request waited 19 s for a Redis
that was down). ``publish`` sends from a short-lived daemon thread and waits at most
``PUBLISH_TIMEOUT`` seconds; if the broker is slow or down the caller carries on and the
owning app's periodic repair job (a row-and-sweep: e.g. CSV import jobs still queued after a
minute are re-sent by their app's resume task in the beat schedule) sends it later. So a task
sent with ``publish`` must be safe to run twice and must have such a repair job.
"""

import logging
import threading

from celery import shared_task
from django.db import transaction

logger = logging.getLogger(__name__)

PUBLISH_TIMEOUT = 2.0  # seconds a caller may wait for the broker, at most


@shared_task(name="apps.core.tasks.heartbeat", ignore_result=True, acks_late=False)
def heartbeat() -> None:
    """Beat sends this every minute; /healthz reports how long ago a worker ran it."""
    from apps.core.health import WORKER_HEARTBEAT, heartbeat_record

    heartbeat_record(name=WORKER_HEARTBEAT)


@shared_task(name="apps.core.tasks.ping", acks_late=False)
def ping(token: str) -> str:
    """Echo, for checking that a real worker consumes the broker."""
    return f"pong:{token}"


def publish(task, *, args: tuple | list = (), kwargs: dict | None = None, timeout: float = PUBLISH_TIMEOUT) -> bool:
    """Send ``task`` to the broker; True if the broker took it within ``timeout`` seconds.

    Never raises and never blocks longer than ``timeout``: a hung publish is left to finish
    (or fail) in its daemon thread. With ``task_always_eager`` (tests) the task runs here.
    """
    if task.app.conf.task_always_eager:
        try:
            task.apply_async(args=args, kwargs=kwargs)
        except Exception:
            logger.exception("Task %s failed while running eagerly", task.name)
            return False
        return True
    finished = threading.Event()
    outcome = {"sent": False}

    def send() -> None:
        try:
            # retry=False: one try, bounded by the transport's socket timeouts; the repair job retries.
            task.apply_async(args=args, kwargs=kwargs, retry=False)
            outcome["sent"] = True
        except Exception as exc:
            logger.warning("Could not send task %s to the broker (%r); its repair job will.", task.name, exc)
        finally:
            finished.set()

    threading.Thread(target=send, name=f"publish:{task.name}", daemon=True).start()
    if not finished.wait(timeout):
        logger.warning("Task %s not sent within %.1f s; its repair job will send it.", task.name, timeout)
    return outcome["sent"]


def publish_on_commit(task, *, args: tuple | list = (), kwargs: dict | None = None) -> None:
    """``publish`` once the current transaction commits (never from inside it)."""
    transaction.on_commit(lambda: publish(task, args=args, kwargs=kwargs))
