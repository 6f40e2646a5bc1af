"""Demo data for `make run`. Idempotent: a second run changes nothing. The data comes from the
apps' registered demo seeders (``apps.core.demo``); this command only runs them and prints."""

from django.core.management.base import BaseCommand
from django.db import transaction

from apps.core.demo import discover_demo_seeders


class Command(BaseCommand):
    help = "Load the demo data set (safe to run again) and print the demo logins."

    def handle(self, *args, **options):
        with transaction.atomic():
            lines = [line for seeder in discover_demo_seeders() for line in seeder.seed()]
        for line in lines:
            self.stdout.write(line)
