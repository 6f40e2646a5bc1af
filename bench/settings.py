"""The benchmark server's settings: production's, plus the bench URLconf (the two baselines).

Only the load benchmark (bench/server.py) names this module; production URLs never hold the
baseline views. Static files are collected into a throwaway folder, not the project's.
"""

import os
import tempfile
from pathlib import Path

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = Path(os.environ.get("BENCH_STATIC_ROOT", Path(tempfile.gettempdir()) / "debrief-bench-static"))
