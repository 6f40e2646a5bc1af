"""Settings for worker and beat processes started by tests/integration/test_reminders_reliability.py.

Everything that varies (database, broker, data folder) still comes from config.env through
the base settings; this module only swaps the mailer for a countable mailbox, shortens the
lease and the beat period, and installs the test kind.
"""

from config.settings.local import *  # noqa: F403
from config.settings.local import DATA_DIR, INSTALLED_APPS

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "tests.integration.reminders_worker"]
MAILERS = {
    "default": {
        "BACKEND": "tests.integration.reminders_worker.mailbox.MailboxBackend",
        "OPTIONS": {"directory": str(DATA_DIR / "mailbox"), "delay": 0.02},
    }
}
REMINDER_LEASE_SECONDS = 4
REMINDER_BATCH_SIZE = 25
REMINDER_SWEEP_TIME_BUDGET = 10
CELERY_BEAT_SCHEDULE = {
    "reminders-sweep": {"task": "apps.reminders.tasks.sweep", "schedule": 1.0, "options": {"expires": 5}},
}
