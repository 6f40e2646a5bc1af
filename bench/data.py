"""Benchmark data, generated fast with bulk_create: at scale 1, 2,000 candidates, 100,000
applications, 30,000 feedback threads and 100 recruiters (each representing 20 candidates);
``scale=0.1`` gives a tenth of each for the growth check.

Every candidate gets the same shape (50 applications, 15 threads, 25 interviews, 30
notifications…), so the measured candidate, the first one, is a typical user; a second user,
``one@bench.test``, has exactly one of each row for the 1-row query count.
"""

from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

PASSWORD = "bench-password-1"  # noqa: S105 (bench data only)
CANDIDATE_EMAIL = "c0@bench.test"
ONE_ROW_EMAIL = "one@bench.test"
RECRUITER_EMAIL = "r0@bench.test"
CHUNK = 5000

STAGES = ["applied", "screening", "interviewing", "offer", "rejected"]


def _bulk(model, rows):
    for start in range(0, len(rows), CHUNK):
        model.objects.bulk_create(rows[start : start + CHUNK])


@transaction.atomic
def generate(*, scale: float = 1.0) -> dict:
    from apps.accounts.models import NotificationPreferences, User
    from apps.candidates.models import Application, CandidateProfile, Company, Interview
    from apps.feedback.models import FeedbackRequest, FeedbackThread
    from apps.recruiters.models import Agency, RecruiterProfile, Representation
    from apps.reminders.models import Notification

    candidates = int(2000 * scale)
    recruiters = max(1, int(100 * scale))
    now = timezone.now()
    password = make_password(PASSWORD)

    users = [
        User(email=f"c{i}@bench.test", full_name=f"Candidate {i}", role="candidate", password=password)
        for i in range(candidates)
    ]
    users.append(User(email=ONE_ROW_EMAIL, full_name="One Row", role="candidate", password=password))
    users += [
        User(email=f"r{i}@bench.test", full_name=f"Recruiter {i}", role="recruiter", password=password)
        for i in range(recruiters)
    ]
    _bulk(User, users)
    users = list(User.objects.order_by("id"))
    people = [u for u in users if u.role == "candidate"]
    recruiter_users = [u for u in users if u.role == "recruiter"]
    _bulk(NotificationPreferences, [NotificationPreferences(user=u, timezone="Europe/London") for u in users])
    _bulk(CandidateProfile, [CandidateProfile(user=u, headline="Data analyst") for u in people])

    def per_person(n):  # the one-row user gets exactly one of everything
        return [(u, 1 if u.email == ONE_ROW_EMAIL else n) for u in people]

    _bulk(Company, [Company(owner=u, name=f"Company {j}") for u, n in per_person(10) for j in range(n)])
    companies = {}
    for company_id, owner_id in Company.objects.values_list("id", "owner_id"):
        companies.setdefault(owner_id, []).append(company_id)
    apps = []
    for u, n in per_person(50):
        for j in range(n):
            stage = STAGES[j % len(STAGES)]
            apps.append(
                Application(
                    owner=u,
                    company_id=companies[u.pk][j % len(companies[u.pk])],
                    role_title=f"Analyst {j}",
                    applied_on=(now - timedelta(days=j)).date(),
                    stage=stage,
                    furthest_stage="screening" if stage == "rejected" else stage,
                    stage_changed_at=now - timedelta(days=j),
                    rejected_at=now - timedelta(days=j) if stage == "rejected" else None,
                    rejection_via="email" if stage == "rejected" else "",
                    rejection_stage_reached="screening" if stage == "rejected" else "",
                )
            )
    _bulk(Application, apps)
    by_owner = {}
    for app_id, owner_id in Application.objects.order_by("id").values_list("id", "owner_id"):
        by_owner.setdefault(owner_id, []).append(app_id)

    interviews, threads = [], []
    for u, n in per_person(25):
        for j, app_id in enumerate(by_owner[u.pk][:n]):
            # Half in the past (journals to write), half in the coming weeks.
            starts = now + timedelta(days=j - n // 2, hours=3)
            interviews.append(Interview(application_id=app_id, starts_at=starts, timezone="Europe/London"))
    _bulk(Interview, interviews)
    for u, n in per_person(15):
        for j, app_id in enumerate(by_owner[u.pk][:n]):
            threads.append(FeedbackThread(owner=u, application_id=app_id, opened_at=now - timedelta(days=j)))
    _bulk(FeedbackThread, threads)
    _bulk(
        FeedbackRequest,
        [
            FeedbackRequest(
                thread_id=t_id,
                owner_id=o_id,
                recipient_name="Sam Hiring",
                recipient_email="sam@example.com",
                body="Could you share what I might improve?",
                status="sent",
                sent_at=now - timedelta(days=3),
            )
            for t_id, o_id in FeedbackThread.objects.values_list("id", "owner_id")
        ],
    )
    _bulk(
        Notification,
        [
            Notification(recipient=u, kind="bench", text=f"Notice {j}", link="/dashboard/")
            for u, n in per_person(20)
            for j in range(n)
        ],
    )
    agencies = [Agency(name=f"Agency {i}") for i in range(max(1, recruiters // 10))]
    _bulk(Agency, agencies)
    agencies = list(Agency.objects.order_by("id"))
    _bulk(
        RecruiterProfile,
        [RecruiterProfile(user=r, agency=agencies[i % len(agencies)]) for i, r in enumerate(recruiter_users)],
    )
    reps = []
    for i, r in enumerate(recruiter_users):
        for k in range(min(20, len(people))):
            person = people[(i * 20 + k) % len(people)]
            reps.append(
                Representation(
                    recruiter=r,
                    candidate=person,
                    agency=agencies[i % len(agencies)],
                    status="active",
                    accepted_at=now,
                    expires_at=now + timedelta(days=7),
                )
            )
    _bulk(Representation, reps)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {
        "candidates": candidates,
        "recruiters": recruiters,
        "applications": Application.objects.count(),
        "threads": FeedbackThread.objects.count(),
        "interviews": Interview.objects.count(),
    }
