"""Cara's demo feedback loop, on top of the candidates demo: threads in every state — a draft, a
request waiting for an answer (with a reply link you can open), one answered and thanked, one
declined with thanks still owed, one closed without an answer — and a plan with one step open and
one done. Idempotent: once Cara has any request, nothing is added."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from apps.candidates.models import Application, Contact, Stage
from apps.core.demo import DemoSeeder, demo_seeders
from apps.feedback import services
from apps.feedback.models import FeedbackRequest, ReplyLink


def _rejected(cara, company: str) -> Application | None:
    return (
        Application.objects.filter(owner=cara, stage=Stage.REJECTED, company__name=company)
        .select_related("company")
        .first()
    )


def _contact(cara, email: str) -> Contact | None:
    return Contact.objects.filter(owner=cara, email=email).first()


def _ask(cara, application, *, contact=None, name="", email="", role="", topics, days_ago: float, channel: str):
    request = services.request_create(
        owner=cara,
        application_id=application.pk,
        contact_id=contact.pk if contact else None,
        recipient_name=name,
        recipient_email=email,
        recipient_role=role,
        topics=topics,
    )
    services.request_send(request=request, channel=channel, now=timezone.now() - timedelta(days=days_ago))
    request.refresh_from_db()
    return request


def seed_feedback_demo(cara) -> list[str]:
    if FeedbackRequest.objects.filter(owner=cara).exists():
        return []
    now = timezone.now()
    lines = []
    contoso = _rejected(cara, "Contoso")
    globex = _rejected(cara, "Globex")
    tyrell = _rejected(cara, "Tyrell")
    portal = Application.objects.filter(owner=cara, stage=Stage.REJECTED, rejection_via="portal").first()

    if contoso is not None:  # a draft, still to send
        services.request_create(
            owner=cara,
            application_id=contoso.pk,
            contact_id=getattr(_contact(cara, "marco@contoso.example"), "pk", None),
            recipient_name="Marco Bianchi",
            topics=["interview", "skills"],
        )

    if globex is not None:  # sent by Debrief two days ago: waiting, with a reply link to try
        waiting = _ask(
            cara,
            globex,
            contact=_contact(cara, "priya@globex.example"),
            name="Priya Shah",
            topics=["experience", "skills"],
            days_ago=2,
            channel="debrief",
        )
        token = ReplyLink.objects.get(request=waiting).token
        lines.append(f"Answer as Priya (the hiring side): {settings.SITE_URL}{reverse('reply:page', args=[token])}")

    if tyrell is not None:
        # Jon answered through the link and was thanked; a plan came out of it.
        answered = _ask(
            cara,
            tyrell,
            contact=_contact(cara, "jon@tyrell.example"),
            name="Jon Okafor",
            topics=["interview", "skills"],
            days_ago=13,
            channel="debrief",
        )
        reply = services.reply_submit(
            token=ReplyLink.objects.get(request=answered).token,
            answers={
                "interview": "Your answers were thoughtful but long; lead with the result, then the detail.",
                "skills": "Strong SQL. We needed more hands-on experience with dbt and testing data models.",
            },
            free_text="The take-home was clear and well documented.",
            answered_by_name="Jon Okafor",
            now=now - timedelta(days=10),
        )
        services.thank_you_send(
            thank_you=reply.thank_you,
            channel="own_mail",
            body="Dear Jon, thank you — the point about leading with the result is very helpful. Cara",
            now=now - timedelta(days=9),
        )
        items = {item.topic: item for item in reply.items.all()}
        done = services.action_item_create(
            owner=cara,
            title="Finish the dbt Fundamentals course",
            item_ids=[items["skills"].pk] if "skills" in items else [],
            notes="Modules 1–5 done; built a small project with tests.",
        )
        services.action_item_complete(action_item=done)
        services.action_item_create(
            owner=cara,
            title="Rewrite three STAR stories to lead with the result",
            item_ids=[items["interview"].pk] if "interview" in items else [],
            due_on=timezone.localdate() + timedelta(days=5),
        )
        # An interviewer who would rather not say: still owed a thank-you.
        declined = _ask(
            cara,
            tyrell,
            name="Ana Costa",
            email="ana.costa@tyrell.example",
            role="interviewer",
            topics=["communication"],
            days_ago=12,
            channel="own_mail",
        )
        services.reply_record_declined(request=declined, received_at=now - timedelta(days=1))

    if portal is not None:  # asked, followed up once, closed gently without an answer
        quiet = _ask(
            cara,
            portal,
            name="Hiring team",
            email="",
            role="recruiter",
            topics=["resume"],
            days_ago=24,
            channel="own_mail",
        )
        services.request_follow_up(
            request=quiet,
            body="Hello, following up once on my note — a line about my résumé would help. Thank you!",
            now=now - timedelta(days=16),
        )
        services.request_close_no_response(request=quiet, now=now - timedelta(days=2))

    lines.insert(0, "Demo data: Cara's feedback loop (a draft, a wait, answers, thanks, a plan).")
    return lines


def seed() -> list[str]:
    """The demo seeder: runs after the candidates seeder made Cara's applications."""
    from django.contrib.auth import get_user_model

    cara = get_user_model().objects.filter(email="cara@example.com").first()
    return seed_feedback_demo(cara) if cara is not None else []


demo_seeders.register("feedback", DemoSeeder(seed=seed, order=30))
