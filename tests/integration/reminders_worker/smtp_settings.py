"""Worker and beat settings for the fault suite (tests/integration/test_reminders_faults.py):
the real SMTP backend pointed at the test's own SMTP server (EMAIL_HOST / EMAIL_PORT come
from the environment through config.env), short retries, a short sweep budget inside a
short soft time limit, and a lease long enough for that budget."""

from config import env
from tests.integration.reminders_worker.settings import *  # noqa: F403

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": env.EMAIL_HOST, "port": env.EMAIL_PORT, "timeout": 3},
    }
}
REMINDER_RETRY_DELAYS = [1, 1, 1, 1, 1, 1]
REMINDER_BATCH_SIZE = 20
REMINDER_SWEEP_TIME_BUDGET = 3
REMINDER_LEASE_SECONDS = 8
CELERY_TASK_SOFT_TIME_LIMIT = 6
CELERY_TASK_TIME_LIMIT = 8
