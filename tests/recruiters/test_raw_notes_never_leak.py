"""A recruiter's raw notes are private to the agency. A unique marker is planted in the raw notes of
a published relay and of a draft, then every candidate-facing output is searched for it: every page
and GET endpoint of the authorization matrix the candidate may open, the JSON and CSV exports, and
every e-mail the outbox renders (subject, text and HTML)."""

import json

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from apps.feedback.services import request_send
from apps.recruiters import services
from apps.reminders.models import Reminder
from apps.reminders.sweep import reminders_sweep
from tests.authz.base import ROLES, World
from tests.factories import make_persona
from tests.recruiters.factories import shared_thread
from tests.test_authorization_matrix import _all_routes, _modules

MARKER = "ZQX-RAW-NOTES-7319"


@pytest.fixture
def world(db):
    world = World(**{role: make_persona(role) for role in ROLES if role != "anon"})
    for module in _modules():
        if hasattr(module, "build"):
            module.build(world)
    cara, rhea = world.candidate, world.recruiter
    thread, representation = shared_thread(rhea, cara, representation=world.r_representation)
    ask = services.ask_create(
        owner=cara, representation_id=representation.pk, application_id=thread.application_id, topics=["skills"]
    )
    request_send(request=ask, channel="debrief")
    published = services.relay_create(
        recruiter=rhea,
        request_id=ask.pk,
        raw_notes=f"{MARKER}: the hiring manager preferred an internal candidate.",
        candidate_text="Your examples were concrete. Practise a crisper summary of your last project.",
    )
    services.relay_publish(relay=published)
    services.relay_create(recruiter=rhea, thread_id=thread.pk, raw_notes=f"draft {MARKER}", candidate_text="Soon.")
    world.objects["marker_thread"] = thread
    return world


def _candidate_gets(world) -> list[str]:
    """Every GET the matrix lets Cara open, with its URL."""
    urls = []
    for route in _all_routes():
        if route.method != "get" or route.expect["candidate"] != 200:
            continue
        kwargs = route.kwargs(world) if route.kwargs else {}
        urls.append(reverse(route.name, kwargs=kwargs) + (f"?{route.query}" if route.query else ""))
    thread = world.marker_thread
    urls += [
        reverse("feedback:thread-detail", args=[thread.pk]),
        reverse("feedback-api:thread-detail", kwargs={"pk": thread.pk}),
        reverse("feedback-api:reply-list"),
        reverse("feedback-api:item-list"),
        reverse("feedback-api:thank-you-list"),
    ]
    return sorted(set(urls))


def test_no_candidate_page_or_endpoint_shows_the_raw_notes(world):
    page, api = Client(), APIClient()
    page.force_login(world.candidate)
    api.force_authenticate(world.candidate)
    leaks = []
    for url in _candidate_gets(world):
        client = api if url.startswith("/api/") else page
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if MARKER.encode() in body:
            leaks.append(url)
    assert leaks == []


def test_the_candidates_exports_never_hold_the_raw_notes(world):
    from apps.candidates.exporting import export_applications_csv, export_data

    exported = json.dumps(export_data(user=world.candidate), default=str) + export_applications_csv(
        user=world.candidate
    )
    assert MARKER not in exported


def test_no_e_mail_ever_carries_the_raw_notes(world):
    Reminder.objects.filter(status=Reminder.Status.PENDING).update(due_at=timezone.now())
    reminders_sweep()
    rendered = [
        "\n".join([message.subject, message.body, *(alt[0] for alt in getattr(message, "alternatives", []))])
        for message in mail.outbox
    ]
    assert rendered  # the relay notice, the thank-you nudge and the rest went out
    assert not [text for text in rendered if MARKER in text]


def test_the_recruiter_who_wrote_them_still_reads_the_raw_notes(world):
    api = APIClient()
    api.force_authenticate(world.recruiter)
    assert MARKER in api.get(reverse("recruiters-api:relay-list")).content.decode()
