"""Demo data for `make run`. Idempotent: a second run changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction

from apps.accounts.models import User
from apps.accounts.services import user_create
from apps.candidates.demo import seed_candidate_demo

DEMO_PASSWORD = "debrief-demo-2026"
DEMO_PEOPLE = [
    {"email": "cara@example.com", "full_name": "Cara Jensen", "role": User.Role.CANDIDATE, "timezone": "Europe/Berlin"},
    {"email": "rhea@example.com", "full_name": "Rhea Patel", "role": User.Role.RECRUITER, "timezone": "Europe/London"},
]
DEMO_STAFF = {"email": "admin@example.com", "full_name": "Debrief Admin"}


class Command(BaseCommand):
    help = "Load the demo data set (safe to run again) and print the demo logins."

    @transaction.atomic
    def handle(self, *args, **options):
        created = 0
        for person in DEMO_PEOPLE:
            if not User.objects.filter(email=person["email"]).exists():
                user_create(password=DEMO_PASSWORD, **person)
                created += 1
        if not User.objects.filter(email=DEMO_STAFF["email"]).exists():
            User.objects.create_superuser(password=DEMO_PASSWORD, **DEMO_STAFF)
            created += 1
        cara = User.objects.get(email="cara@example.com")
        applications = seed_candidate_demo(cara)
        self.stdout.write(f"Demo data: {created} new account(s), {applications} new application(s) for Cara.")
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
        for person in DEMO_PEOPLE:
            self.stdout.write(f"  {person['role']:<10} {person['email']}")
        self.stdout.write(f"  {'staff':<10} {DEMO_STAFF['email']}  (Django admin at /admin/)")
