"""Settings are derived once from the environment: every path from DATA_DIR, nothing created on
import; the folders appear when a command that needs them starts."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings

from config import env
from config.paths import DataPaths, ensure_data_dirs

START_TIMEOUT = 60


def _embedded_env(data_dir: Path) -> dict[str, str]:
    """A child process on the embedded default (SQLite, filesystem broker) with its own DATA_DIR."""
    child_env = {**os.environ, "DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "config.settings.local"}
    for name in ("DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        child_env.pop(name, None)
    return child_env


def _run(argv: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *argv],
        cwd=env.BASE_DIR,
        env=_embedded_env(data_dir),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )


def _paths_in(value) -> list[str]:
    if isinstance(value, dict):
        return [path for item in value.values() for path in _paths_in(item)]
    if isinstance(value, list | tuple):
        return [path for item in value for path in _paths_in(item)]
    if isinstance(value, str | Path):
        return [str(value)]
    return []


def test_loading_the_settings_and_django_creates_no_folder(tmp_path):
    data_dir = tmp_path / "data"

    result = _run(["-c", "import django; django.setup()"], data_dir)

    assert result.returncode == 0, result.stderr
    assert not data_dir.exists()


def test_every_embedded_path_lies_under_data_dir(tmp_path):
    data_dir = tmp_path / "data"
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['NAME']); print(s.CACHES['default']['LOCATION']); print(s.MEDIA_ROOT); "
        "print(s.CELERY_BEAT_SCHEDULE_FILENAME); print(s.CELERY_RESULT_BACKEND.removeprefix('file://')); "
        "[print(folder) for folder in s.CELERY_BROKER_TRANSPORT_OPTIONS.values() if isinstance(folder, str)]"
    )

    result = _run(["-c", script], data_dir)

    assert result.returncode == 0, result.stderr
    printed = result.stdout.split()
    assert len(printed) == 9, printed
    assert [path for path in printed if not path.startswith(str(data_dir))] == []


def test_python_m_config_paths_creates_the_data_folders(tmp_path):
    data_dir = tmp_path / "data"

    result = _run(["-m", "config.paths"], data_dir)

    assert result.returncode == 0, result.stderr
    assert [folder for folder in DataPaths(data_dir).folders() if not folder.is_dir()] == []


def test_ensure_data_dirs_can_run_again_over_existing_folders(tmp_path):
    ensure_data_dirs(tmp_path / "data")

    paths = ensure_data_dirs(tmp_path / "data")

    assert [folder for folder in paths.folders() if not folder.is_dir()] == []


def test_the_test_session_writes_to_a_temporary_folder_of_its_own():
    assert settings.DATA_DIR != env.DATA_DIR
    assert settings.DATA_DIR.parent == Path(tempfile.gettempdir())
    assert settings.DATA_DIR.is_dir(), "tests/conftest.py creates it for the session"


def test_the_static_root_whitenoise_scans_exists_inside_the_test_data_folder():
    assert Path(settings.STATIC_ROOT).parent == settings.DATA_DIR
    assert Path(settings.STATIC_ROOT).is_dir()


def test_no_test_setting_points_into_the_developers_data_folder():
    developer_data = str(env.DATA_DIR)
    names = [name for name in dir(settings) if name.isupper()]

    leaks = {name: path for name in names for path in _paths_in(getattr(settings, name)) if developer_data in path}

    assert leaks == {}


def test_the_reminder_tunables_are_declared_with_their_defaults():
    assert settings.REMINDER_BATCH_SIZE == 200
    assert settings.REMINDER_LEASE_SECONDS == 300
    assert settings.REMINDER_RETRY_DELAYS == [60, 300, 1800, 7200, 21600, 43200]
    assert settings.REMINDER_SWEEP_TIME_BUDGET == 45


@pytest.mark.integration
@pytest.mark.parametrize("command", ["worker", "beat"])
def test_a_starting_worker_or_beat_creates_the_data_folders_before_using_them(tmp_path, command):
    data_dir = tmp_path / "data"
    log = tmp_path / f"{command}.log"
    argv = [sys.executable, "-m", "celery", "-A", "config", command, "--loglevel=INFO"]
    if command == "worker":
        argv += ["--pool=solo", "--without-heartbeat", "--without-mingle", "--without-gossip"]
        started = "ready."
    else:
        started = "beat: Starting..."
    with log.open("w") as output:
        process = subprocess.Popen(argv, cwd=env.BASE_DIR, env=_embedded_env(data_dir), stdout=output, stderr=output)
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while started not in log.read_text() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            process.terminate()
            process.wait(timeout=30)
    text = log.read_text()

    assert started in text, text
    assert "ERROR" not in text, text
    assert [folder for folder in DataPaths(data_dir).folders() if not folder.is_dir()] == []
