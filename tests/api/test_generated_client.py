"""A client generated from the live schema with openapi-python-client's *default* settings builds,
and a script using it gets typed error bodies: ``Error`` for a 404, ``ConflictError`` (with the
allowed stages) for a 409. Generated clients drop any response the schema does not describe with
a body, so this is the proof that the schema documents its errors.

The generator runs in its own throwaway virtualenv under the temp folder (it is not a dependency
of Debrief); it needs the package registry only the first time. Locally the test skips if the
tool cannot be installed; in CI it fails.
"""

import json
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from apps.candidates import services
from config import env

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

VERSION = "0.29.1"
TOOL_DIR = Path(tempfile.gettempdir()) / f"debrief-openapi-python-client-{VERSION}"
TOOL = TOOL_DIR / "bin" / "openapi-python-client"
PYTHON = TOOL_DIR / "bin" / "python"

SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from debrief_api_client import Client
from debrief_api_client.api.applications import applications_retrieve, applications_stage_change
from debrief_api_client.models import ApplicationStageStageInputRequest

base_url, session, csrf, application_id = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
client = Client(
    base_url=base_url,
    cookies={"sessionid": session, "csrftoken": csrf},
    headers={"X-CSRFToken": csrf},
    raise_on_unexpected_status=True,
)
missing = applications_retrieve.sync_detailed(client=client, id=2**62).parsed
refused = applications_stage_change.sync_detailed(
    client=client, id=application_id, body=ApplicationStageStageInputRequest.from_dict({"to_stage": "hired"})
).parsed
print(json.dumps({
    "404": {"type": type(missing).__name__, "code": missing.error.code},
    "409": {"type": type(refused).__name__, "code": refused.error.code, "allowed": list(refused.error.allowed)},
}))
"""


def _unavailable(reason: str):
    if env.is_ci():
        pytest.fail(f"openapi-python-client is needed in CI: {reason}")
    pytest.skip(f"openapi-python-client could not be installed here ({reason}); CI always runs this.")


@pytest.fixture(scope="session")
def generator() -> Path:
    if TOOL.exists():
        return TOOL
    try:
        subprocess.run([sys.executable, "-m", "venv", str(TOOL_DIR)], check=True, capture_output=True, timeout=120)
        subprocess.run(
            [str(PYTHON), "-m", "pip", "install", "--quiet", f"openapi-python-client=={VERSION}"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as error:
        _unavailable(str(error))
    return TOOL


@pytest.fixture
def generated_client(generator, live_server, tmp_path) -> Path:
    """The client package generated from the schema the running app serves, with default settings."""
    with urllib.request.urlopen(f"{live_server.url}/api/schema/?format=json", timeout=60) as response:  # noqa: S310
        (tmp_path / "schema.json").write_bytes(response.read())
    # The tool formats what it writes with ruff when ruff is on PATH (its default post-hooks).
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    result = subprocess.run(
        [str(generator), "generate", "--path", "schema.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PATH": path},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp_path / "debrief-api-client"


@pytest.fixture
def typed_errors(generated_client, live_server, candidate, tmp_path) -> dict:
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Analyst")
    browser = Client()
    browser.force_login(candidate)
    session = browser.cookies[settings.SESSION_COOKIE_NAME].value
    csrf = secrets.token_hex(16)
    script = tmp_path / "use_client.py"
    script.write_text(SCRIPT)
    result = subprocess.run(
        [str(PYTHON), str(script), str(generated_client), live_server.url, session, csrf, str(application.pk)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def test_a_generated_client_gets_typed_error_bodies_for_404_and_409(typed_errors):
    # One generated client for both (generating takes seconds): each assert is its own idea.
    assert typed_errors["404"] == {"type": "Error", "code": "not_found"}
    assert typed_errors["409"] == {
        "type": "ConflictError",
        "code": "impossible_stage_change",
        "allowed": ["screening", "interviewing", "offer", "rejected", "withdrawn"],
    }
