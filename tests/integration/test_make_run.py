"""`make run ADDR=…` builds e-mail links for the address it serves, unless SITE_URL is set.

The Makefile is run for real with a stand-in for the virtualenv's python that only reports
the SITE_URL the process runner would start with."""

import os
import shutil
import subprocess

import pytest

from config import env

pytestmark = pytest.mark.integration

FAKE_PYTHON = """#!/bin/sh
for arg in "$@"; do
  if [ "$arg" = runstack ]; then echo "SITE_URL=$SITE_URL"; fi
done
exit 0
"""


def _make_run(tmp_path, *args: str, **extra_env: str) -> str:
    if shutil.which("make") is None:
        if env.is_ci():
            pytest.fail("CI must run this test: make is missing")
        pytest.skip("needs make")
    python = tmp_path / "python"
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    environment = {key: value for key, value in os.environ.items() if key != "SITE_URL"} | extra_env
    result = subprocess.run(
        ["make", "-s", "run", f"PY={python}", f"STAMP={tmp_path / 'installed'}", *args],
        cwd=env.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def test_make_run_on_another_port_builds_links_for_that_port(tmp_path):
    assert "SITE_URL=http://127.0.0.1:9000" in _make_run(tmp_path, "ADDR=127.0.0.1:9000")


def test_make_run_keeps_a_site_url_that_is_set(tmp_path):
    output = _make_run(tmp_path, "ADDR=127.0.0.1:9000", SITE_URL="https://debrief.example.com")

    assert "SITE_URL=https://debrief.example.com" in output
