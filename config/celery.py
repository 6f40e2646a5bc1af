"""The Celery app. Tasks are thin: they take ids and call services (see HOUSE_RULES)."""

import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


# Connected before the app exists, so it runs before Celery's Django fix-up, whose model checks
# open the database (an SQLite file needs its folder).
@signals.import_modules.connect
def ensure_data_dirs_on_start(sender=None, **kwargs):
    """Worker and beat create DATA_DIR's folders as they start, before the filesystem broker or
    beat's schedule file is opened: settings create nothing on import. Celery sends this signal
    only when a worker or beat loads its task modules, not in processes that only send tasks."""
    from config.paths import ensure_data_dirs

    ensure_data_dirs()


app = Celery("debrief")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
