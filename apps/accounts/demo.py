"""The demo people (a candidate, a recruiter, staff) for ``seed_demo``; other apps' seeders give
them their data. Idempotent: people who exist are left alone."""

from apps.accounts.models import User
from apps.accounts.services import user_create
from apps.core.demo import DemoSeeder, demo_seeders

DEMO_PASSWORD = "debrief-demo-2026"  # noqa: S105 - printed for the demo, on purpose
DEMO_PEOPLE = [
    {"email": "cara@example.com", "full_name": "Cara Jensen", "role": User.Role.CANDIDATE, "timezone": "Europe/Berlin"},
    {"email": "rhea@example.com", "full_name": "Rhea Patel", "role": User.Role.RECRUITER, "timezone": "Europe/London"},
]
DEMO_STAFF = {"email": "admin@example.com", "full_name": "Debrief Admin"}


def seed() -> list[str]:
    created = 0
    for person in DEMO_PEOPLE:
        if not User.objects.filter(email=person["email"]).exists():
            user_create(password=DEMO_PASSWORD, **person)
            created += 1
    if not User.objects.filter(email=DEMO_STAFF["email"]).exists():
        User.objects.create_superuser(password=DEMO_PASSWORD, **DEMO_STAFF)
        created += 1
    return [
        f"Demo data: {created} new account(s).",
        "",
        f"Demo logins (password for all: {DEMO_PASSWORD})",
        *(f"  {person['role']:<10} {person['email']}" for person in DEMO_PEOPLE),
        f"  {'staff':<10} {DEMO_STAFF['email']}  (Django admin at /admin/)",
    ]


demo_seeders.register("accounts", DemoSeeder(seed=seed, order=10))
