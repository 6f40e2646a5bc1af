"""Cara's demo search: applications in every stage, rejections at different stages (one automated,
before any contact), interviews with debrief journals and one without, and contacts.

Idempotent: each application carries a fixed fingerprint (``import_key``), each contact is found
by e-mail; what exists is left alone, so a second run changes nothing.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from apps.candidates import services
from apps.candidates.models import Application, Contact, Interview, Stage
from apps.core.demo import DemoSeeder, demo_seeders

ZONE = "Europe/Berlin"


@dataclass
class DemoInterview:
    days: float  # from now; negative is in the past
    kind: str
    journal: dict = field(default_factory=dict)
    interviewer: str = ""  # a contact's e-mail


@dataclass
class DemoApplication:
    slug: str
    company: str
    role: str
    applied_days_ago: int
    stage: str
    source: str = ""
    interviews: list[DemoInterview] = field(default_factory=list)
    contacts: list[tuple[str, str, str, str]] = field(default_factory=list)  # (name, email, title, role)
    rejection: dict = field(default_factory=dict)
    path: tuple[str, ...] = ()  # the stages it went through before its current one


DEMO = [
    DemoApplication(
        "northwind",
        "Northwind Traders",
        "Data analyst",
        21,
        Stage.INTERVIEWING,
        "LinkedIn",
        contacts=[("Dana Reyes", "dana.reyes@northwind.example", "Head of Analytics", Contact.Role.HIRING_MANAGER)],
        interviews=[
            DemoInterview(
                -6,
                Interview.Kind.PHONE_SCREEN,
                {
                    "asked": "Why Northwind? Walk me through a dashboard you built.",
                    "answered": "The churn dashboard at my last job; I led with the tooling, not the result.",
                    "went_well": "Good rapport; she laughed at the spreadsheet story.",
                    "do_differently": "Lead with the business result, then the tools.",
                    "cues": "She asked twice about stakeholder management.",
                },
                "dana.reyes@northwind.example",
            ),
            DemoInterview(2, Interview.Kind.VIDEO, {}, "dana.reyes@northwind.example"),
        ],
    ),
    DemoApplication(
        "contoso",
        "Contoso",
        "BI developer",
        40,
        Stage.REJECTED,
        "Company website",
        contacts=[("Marco Bianchi", "marco@contoso.example", "Senior BI engineer", Contact.Role.INTERVIEWER)],
        interviews=[
            DemoInterview(
                -12,
                Interview.Kind.TECHNICAL,
                {
                    "asked": "Model a star schema for orders; optimise a slow query.",
                    "answered": "Got the schema; froze on window functions.",
                    "went_well": "Explained trade-offs clearly.",
                    "do_differently": "Practise window functions out loud.",
                    "cues": "Marco kept nudging towards dbt.",
                },
                "marco@contoso.example",
            )
        ],
        rejection={"days_ago": 3, "via": Application.RejectionVia.EMAIL, "reason": "More dbt experience needed."},
    ),
    DemoApplication(
        "fabrikam",
        "Fabrikam",
        "Analytics engineer",
        30,
        Stage.REJECTED,
        "Job board",
        rejection={"days_ago": 25, "via": Application.RejectionVia.PORTAL, "reason": ""},
    ),
    DemoApplication(
        "globex",
        "Globex",
        "Data scientist",
        26,
        Stage.REJECTED,
        "Referral",
        path=(Stage.SCREENING,),
        contacts=[("Priya Shah", "priya@globex.example", "Talent partner", Contact.Role.RECRUITER)],
        rejection={"days_ago": 8, "via": Application.RejectionVia.PHONE, "reason": "Looking for more Python depth."},
    ),
    DemoApplication(
        "tyrell",
        "Tyrell",
        "Analytics lead",
        60,
        Stage.REJECTED,
        "Recruiter",
        path=(Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER),
        contacts=[("Jon Okafor", "jon@tyrell.example", "VP Data", Contact.Role.HIRING_MANAGER)],
        rejection={"days_ago": 14, "via": Application.RejectionVia.EMAIL, "reason": "Budget for the role was cut."},
    ),
    DemoApplication("initech", "Initech", "Junior data analyst", 2, Stage.APPLIED, "Job board"),
    DemoApplication(
        "umbrella",
        "Umbrella",
        "Reporting analyst",
        9,
        Stage.SCREENING,
        "LinkedIn",
        interviews=[DemoInterview(-1, Interview.Kind.PHONE_SCREEN)],  # no debrief yet: a to-do
    ),
    DemoApplication("hooli", "Hooli", "Product analyst", 35, Stage.OFFER, "Referral", path=(Stage.INTERVIEWING,)),
    DemoApplication("stark", "Stark Industries", "Data analyst", 50, Stage.WITHDRAWN, "Job board"),
    DemoApplication(
        "wayne",
        "Wayne Enterprises",
        "Insights analyst",
        90,
        Stage.HIRED,
        "Recruiter",
        path=(Stage.INTERVIEWING, Stage.OFFER),
    ),
]


def _key(user, slug: str) -> str:
    return hashlib.sha256(f"demo:{user.pk}:{slug}".encode()).hexdigest()


def seed_candidate_demo(user) -> int:
    """Create what is missing of Cara's demo search. Returns how many applications were added."""
    created = 0
    now = timezone.now()
    for demo in DEMO:
        key = _key(user, demo.slug)
        if Application.objects.filter(owner=user, import_key=key).exists():
            continue
        application = services.application_create(
            owner=user,
            company_name=demo.company,
            role_title=demo.role,
            applied_on=(now - timedelta(days=demo.applied_days_ago)).date(),
            source=demo.source,
            import_key=key,
        )
        contacts = {}
        for name, email, title, role in demo.contacts:
            contact = Contact.objects.filter(owner=user, email=email).first() or services.contact_create(
                owner=user, name=name, email=email, title=title, role=role, company_name=demo.company
            )
            services.application_contact_link(application=application, contact=contact, role=role)
            contacts[email] = contact
        for interview in demo.interviews:
            start = (now + timedelta(days=interview.days)).replace(minute=0, second=0, microsecond=0)
            services.interview_create(
                application=application,
                starts_at=start if start.hour >= 8 else start.replace(hour=10),
                timezone=ZONE,
                duration_minutes=45 if interview.kind == Interview.Kind.PHONE_SCREEN else 60,
                kind=interview.kind,
                interviewers=[contacts[interview.interviewer]] if interview.interviewer else [],
                journal=interview.journal,
            )
        application.refresh_from_db()
        for stage in (*demo.path, demo.stage):
            if stage != application.stage and stage in application.allowed_next_stages:
                extra = {}
                if stage == Stage.REJECTED:
                    extra = {
                        "rejected_on": (now - timedelta(days=demo.rejection["days_ago"])).date(),
                        "rejection_via": demo.rejection["via"],
                        "rejection_reason": demo.rejection["reason"],
                    }
                application = services.application_stage_change(application=application, to_stage=stage, **extra)
        created += 1
    return created


def seed() -> list[str]:
    """The demo seeder: Cara's search (the accounts seeder, earlier in order, made Cara)."""
    from django.contrib.auth import get_user_model

    cara = get_user_model().objects.filter(email="cara@example.com").first()
    if cara is None:
        return []
    return [f"Demo data: {seed_candidate_demo(cara)} new application(s) for Cara."]


demo_seeders.register("candidates", DemoSeeder(seed=seed, order=20))
