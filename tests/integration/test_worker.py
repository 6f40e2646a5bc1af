"""A real Celery worker process consumes a real broker: the embedded filesystem transport
always, and Redis whenever REDIS_URL is set (always in CI, where a missing Redis fails the run)."""

import os
import subprocess
import sys
import uuid

import pytest
from celery import Celery

from config import env
from config.celery_transport import broker_settings, ensure_filesystem_folders

pytestmark = pytest.mark.integration

WORKER_TIMEOUT = 60


def _transport_settings(broker: str, data_dir) -> dict:
    if broker == "redis":
        if not env.REDIS_URL:
            if env.is_ci():
                pytest.fail("CI must test the Redis broker: REDIS_URL is not set")
            pytest.skip("REDIS_URL is not set here; CI always sets it")
        return broker_settings(redis_url=env.REDIS_URL, data_dir=data_dir)
    ensure_filesystem_folders(data_dir)
    return broker_settings(redis_url="", data_dir=data_dir)


def _probe_app(settings: dict) -> Celery:
    app = Celery("probe", set_as_current=False)
    app.conf.update(
        broker_url=settings["broker_url"],
        result_backend=settings["result_backend"],
        broker_transport_options=settings["broker_transport_options"],
        accept_content=["json"],
        task_serializer="json",
        result_serializer="json",
        broker_connection_retry_on_startup=True,
    )
    return app


@pytest.fixture(params=["filesystem", "redis"])
def running_worker(request, tmp_path):
    """Start `celery worker` on a private queue, so no other worker can take the task."""
    settings = _transport_settings(request.param, tmp_path)
    queue = f"probe-{uuid.uuid4().hex[:10]}"
    worker_env = {
        **os.environ,
        "DATA_DIR": str(tmp_path),
        "REDIS_URL": env.REDIS_URL if request.param == "redis" else "",
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": "",  # the ping task needs no database
    }
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "-Q", queue]
    command += ["--loglevel=WARNING", "--without-heartbeat", "--without-mingle", "--without-gossip"]
    process = subprocess.Popen(command, cwd=env.BASE_DIR, env=worker_env, stdout=subprocess.DEVNULL)
    yield _probe_app(settings), queue, request.param
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_a_real_worker_process_executes_a_task_through_the_broker(running_worker):
    app, queue, broker = running_worker
    assert app.conf.broker_url.startswith(broker)
    token = uuid.uuid4().hex
    result = app.send_task("apps.core.tasks.ping", args=[token], queue=queue)
    assert result.get(timeout=WORKER_TIMEOUT) == f"pong:{token}"
