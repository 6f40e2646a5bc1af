"""Every place on disk that Debrief writes to, derived from DATA_DIR here and nowhere else.

Nothing here runs on import. The entry points that need the folders create them when they
start: ``make migrate`` / ``make run`` (``python -m config.paths``), the Celery worker and beat
(``config/celery.py``) and the test session (``tests/conftest.py``).
"""

from dataclasses import dataclass
from pathlib import Path

from config.celery_transport import filesystem_folders


@dataclass(frozen=True)
class DataPaths:
    """The embedded default's files: the SQLite database, the file cache, uploaded media, the
    filesystem broker's folders and beat's schedule. PostgreSQL and Redis make some unused."""

    root: Path

    @property
    def sqlite(self) -> Path:
        return self.root / "debrief.sqlite3"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def broker(self) -> dict[str, Path]:
        return filesystem_folders(self.root)

    @property
    def beat_schedule(self) -> Path:
        return self.root / "celerybeat-schedule"

    def folders(self) -> list[Path]:
        # SQLite does not create its file's folder, and kombu's filesystem transport does not
        # create its own folders; the file cache and media storage would, but cost nothing here.
        return [self.root, self.cache, self.media, *self.broker.values()]


def ensure_data_dirs(data_dir: Path | None = None) -> DataPaths:
    """Create DATA_DIR's folders (and STATIC_ROOT, which whitenoise scans when the web starts).

    Without an argument it uses the settings in force, so it must run after they are configured.
    Safe to call any number of times, from any number of processes at once.
    """
    extra: list[Path] = []
    if data_dir is None:
        from django.conf import settings

        data_dir = settings.DATA_DIR
        if settings.STATIC_ROOT:
            extra.append(Path(settings.STATIC_ROOT))
    paths = DataPaths(Path(data_dir))
    for folder in [*paths.folders(), *extra]:
        folder.mkdir(parents=True, exist_ok=True)
    return paths


if __name__ == "__main__":
    # `python -m config.paths`: the Makefile's start-up step before migrate.
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    print(f"Data folder: {ensure_data_dirs().root}")
