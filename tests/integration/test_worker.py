"""A real Celery worker process consumes the real broker: Redis when REDIS_URL is set (always
in CI), otherwise the embedded filesystem transport."""

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


def _probe_app(data_dir) -> Celery:
    settings = broker_settings(redis_url=env.REDIS_URL, data_dir=data_dir)
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


@pytest.fixture
def worker_queue(tmp_path):
    """Start `celery worker` on a private queue, so no other worker can take the task."""
    ensure_filesystem_folders(tmp_path)
    queue = f"probe-{uuid.uuid4().hex[:10]}"
    worker_env = {
        **os.environ,
        "DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": "",  # the ping task needs no database
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=WARNING",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
        ],
        cwd=env.BASE_DIR,
        env=worker_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    yield tmp_path, queue
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_a_real_worker_process_executes_a_task_through_the_broker(worker_queue):
    data_dir, queue = worker_queue
    app = _probe_app(data_dir)
    token = uuid.uuid4().hex
    result = app.send_task("apps.core.tasks.ping", args=[token], queue=queue)
    assert result.get(timeout=WORKER_TIMEOUT) == f"pong:{token}"


def test_the_broker_in_use_is_the_one_the_environment_asks_for(tmp_path):
    app = _probe_app(tmp_path)
    expected = "redis" if env.REDIS_URL else "filesystem"
    assert app.conf.broker_url.startswith(expected)
    if env.is_ci():
        assert expected == "redis", "CI must exercise the real Redis broker"
