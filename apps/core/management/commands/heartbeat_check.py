"""manage.py heartbeat_check NAME --max-age SECONDS: exit 0 if the periodic job NAME finished
within SECONDS, else 1. The container health check of beat (docker-compose.yml)."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from apps.core.models import Heartbeat


class Command(BaseCommand):
    help = "Fail unless the named periodic job wrote its heartbeat recently."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The heartbeat row, e.g. reminders-sweep or worker.")
        parser.add_argument("--max-age", type=int, default=180, help="Seconds (default 180).")

    def handle(self, *args, name: str, max_age: int, **options):
        beat_at = Heartbeat.objects.filter(name=name).values_list("beat_at", flat=True).first()
        if beat_at is None:
            raise CommandError(f"{name}: no heartbeat yet.")
        age = timezone.now() - beat_at
        if age > timedelta(seconds=max_age):
            raise CommandError(f"{name}: last heartbeat {age.total_seconds():.0f} s ago (allowed {max_age} s).")
        self.stdout.write(f"{name}: last heartbeat {age.total_seconds():.0f} s ago.")
