"""The Celery app. Tasks are thin: they take ids and call services (see HOUSE_RULES)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("debrief")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
