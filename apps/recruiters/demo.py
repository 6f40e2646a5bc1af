"""The recruiter side of the demo: Rhea runs Northbridge Talent with Ravi; she represents Cara
(three rejected applications shared, an ask waiting for a relay, a draft relay and a published one)
and has invited Dev, who has not answered yet; Ravi represents Nia. Idempotent: once Rhea
represents anyone, nothing is added."""

from datetime import timedelta

from django.utils import timezone

from apps.candidates.models import Application, Stage
from apps.core.demo import DemoSeeder, demo_seeders
from apps.recruiters import services
from apps.recruiters.models import Representation, RepresentationShare

AGENCY_NAME = "Northbridge Talent"
MORE_PEOPLE = [
    {"email": "ravi@example.com", "full_name": "Ravi Menon", "role": "recruiter", "timezone": "Europe/London"},
    {"email": "dev@example.com", "full_name": "Dev Anand", "role": "candidate", "timezone": "Europe/Berlin"},
    {"email": "nia@example.com", "full_name": "Nia Brooks", "role": "candidate", "timezone": "Europe/Berlin"},
]


def _person(email: str):
    from apps.accounts.models import User

    return User.objects.filter(email=email).first()


def _people():
    from apps.accounts.demo import DEMO_PASSWORD
    from apps.accounts.services import user_create

    for person in MORE_PEOPLE:
        if _person(person["email"]) is None:
            user_create(password=DEMO_PASSWORD, **person)
    return {person["email"].split("@")[0]: _person(person["email"]) for person in MORE_PEOPLE}


def _rejected(cara, company: str) -> Application | None:
    return (
        Application.objects.filter(owner=cara, stage=Stage.REJECTED, company__name=company)
        .select_related("company", "feedback_thread")
        .first()
    )


def seed() -> list[str]:
    from apps.feedback.models import FeedbackThread
    from apps.feedback.services import request_send

    rhea, cara = _person("rhea@example.com"), _person("cara@example.com")
    if rhea is None or cara is None or Representation.objects.filter(recruiter=rhea).exists():
        return []
    now = timezone.now()
    people = _people()
    agency = services.profile_ensure(user=rhea).agency
    services.agency_update(agency=agency, name=AGENCY_NAME)
    ravi = people["ravi"]
    if ravi.recruiter_profile.agency_id != agency.pk:
        _, token = services.agency_invitation_create(agency=agency, invited_by=rhea, email=ravi.email)
        services.agency_invitation_accept(token=token, user=ravi)

    representation, _ = services.representation_invite(
        recruiter=rhea, email=cara.email, message="Happy to pass on what I hear from hiring managers.", now=now
    )
    representation = services.representation_accept(representation=representation, candidate=cara, now=now)
    shared = [app for app in (_rejected(cara, name) for name in ("Contoso", "Globex", "Tyrell")) if app is not None]
    for application in shared:
        RepresentationShare.objects.get_or_create(representation=representation, application=application)
    threads = {app.company.name: FeedbackThread.objects.filter(application=app).first() for app in shared}

    if threads.get("Contoso"):  # asked via Rhea four days ago: waiting for a relay, overdue
        ask = services.ask_create(
            owner=cara,
            representation_id=representation.pk,
            application_id=threads["Contoso"].application_id,
            topics=["interview", "experience"],
        )
        request_send(request=ask, channel="debrief", now=now - timedelta(days=4))
    if threads.get("Globex"):  # a draft Rhea has not published yet, with a redaction warning to fix
        services.relay_create(
            recruiter=rhea,
            thread_id=threads["Globex"].pk,
            raw_notes="Priya: went with an internal candidate, 10 years older, salary ask was 95k vs 80k budget.",
            candidate_text="They went with someone with more years in the role. Priya liked your portfolio.",
            source_naming="hiring_manager",
        )
    if threads.get("Tyrell"):  # relayed and published last week
        relay = services.relay_create(
            recruiter=rhea,
            thread_id=threads["Tyrell"].pk,
            raw_notes="Call with the panel lead: close second; the panel wanted more stakeholder stories.",
            candidate_text=(
                "The panel rated your technical depth highly. "
                "Bring one or two stories about persuading stakeholders who disagreed."
            ),
            source_naming="interview_panel",
        )
        services.relay_publish(relay=relay, now=now - timedelta(days=6))

    services.representation_invite(recruiter=rhea, email=people["dev"].email, now=now)  # pending
    nia_invite, _ = services.representation_invite(recruiter=ravi, email=people["nia"].email, now=now)
    services.representation_accept(representation=nia_invite, candidate=people["nia"], now=now)
    return [
        f"Demo data: {AGENCY_NAME} (Rhea, admin; Ravi) — Rhea represents Cara (3 applications shared, an ask "
        "waiting, a draft relay, a published one) and has invited Dev; Ravi represents Nia.",
        "  recruiter  ravi@example.com · candidates dev@example.com, nia@example.com (same password)",
    ]


demo_seeders.register("recruiters", DemoSeeder(seed=seed, order=40))
