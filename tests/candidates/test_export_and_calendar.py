"""Download all my data (JSON, CSV), delete my account, and the ICS calendar (feed and per interview)."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from apps.accounts.models import User
from apps.candidates import ics, services
from apps.candidates.models import Application, CalendarFeed, Contact, Interview
from apps.core.models import AuditEvent
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def search(candidate, other_candidate):
    application = services.application_create(owner=candidate, company_name="Northwind", role_title="Data analyst")
    contact = services.contact_create(owner=candidate, name="Dana", application=application, role="hiring_manager")
    interview = services.interview_create(
        application=application,
        starts_at=datetime(2030, 6, 1, 8, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        location="Room 4, floor 2; bring ID",
        interviewers=[contact],
        journal={"asked": "Why us?"},
    )
    services.application_create(owner=other_candidate, company_name="Secret Corp", role_title="Cole's job")
    return application, contact, interview


def test_the_json_export_holds_everything_the_candidate_owns_and_nothing_else(candidate_client, candidate, search):
    response = candidate_client.get(reverse("candidates:export-json"))
    assert response["Content-Disposition"].startswith('attachment; filename="debrief-export-')
    document = json.loads(response.content)
    assert document["account"]["email"] == candidate.email
    assert [a["role_title"] for a in document["applications"]] == ["Data analyst"]
    assert document["applications"][0]["stage_history"][0]["to"] == "applied"
    assert document["interviews"][0]["journal"]["asked"] == "Why us?"
    assert document["contacts"][0]["name"] == "Dana"
    assert "Secret Corp" not in response.content.decode()
    assert AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.DATA_EXPORTED).count() == 1


def test_the_csv_export_lists_the_applications_and_reads_back_into_the_importer(candidate_client, candidate, search):
    from apps.candidates.importing import guess_mapping, read_rows

    response = candidate_client.get(reverse("candidates:export-csv"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(row["company"], row["role"], row["stage"], row["interviews"]) for row in rows] == [
        ("Northwind", "Data analyst", "interviewing", "1")
    ]
    header, _ = read_rows(response.content.decode())
    mapping = guess_mapping(header)
    assert mapping["company"] is not None and mapping["role_title"] is not None
    assert AuditEvent.objects.filter(subject=candidate, action=AuditEvent.Action.DATA_EXPORTED).exists()


def test_deleting_the_account_needs_the_words_and_then_removes_every_personal_row(
    candidate_client, candidate, other_candidate, search
):
    url = reverse("candidates:account-delete")
    response = candidate_client.post(url, {"confirmation": "yes"})
    assert response.status_code == 200
    assert "Nothing was deleted" in parse(response).text
    assert User.objects.filter(pk=candidate.pk).exists()

    response = candidate_client.post(url, {"confirmation": "  Delete   my ACCOUNT "})
    assert response.status_code == 302 and response["Location"] == reverse("core:landing")
    assert not User.objects.filter(pk=candidate.pk).exists()
    for model in (Application, Contact, Interview, CalendarFeed):
        assert (
            not model.objects.filter(**({"application__owner_id": candidate.pk} if model is Interview else {}))
            .exclude(**({"owner": other_candidate} if model in (Application, Contact) else {}))
            .exists()
        ), model
    assert not AuditEvent.objects.filter(subject_id=candidate.pk).exists()
    assert Application.objects.filter(owner=other_candidate).count() == 1  # Cole keeps his
    assert candidate_client.get(reverse("candidates:dashboard")).status_code == 302  # signed out


# --- Calendar -------------------------------------------------------------------------------


def test_ics_text_is_escaped_and_long_lines_are_folded_at_75_octets():
    assert ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "é" * 100
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(parts)) == line


def test_the_add_to_calendar_file_is_valid_icalendar(candidate_client, search):
    _, _, interview = search
    response = candidate_client.get(reverse("candidates:interview-ics", kwargs={"pk": interview.pk}))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")  # CRLF only
    assert "DTSTART:20300601T080000Z\r\n" in body and "DTEND:20300601T084500Z\r\n" in body
    assert "LOCATION:Room 4\\, floor 2\\; bring ID\r\n" in body
    assert f"UID:interview-{interview.pk}@testserver\r\n" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_the_feed_opens_with_its_secret_and_stops_when_rotated_or_revoked(
    candidate_client, anon_client, candidate, search
):
    response = candidate_client.post(reverse("candidates:calendar-rotate"))
    page = parse(response)
    feed_url = next(code for code in page.text.split() if "/interviews.ics" in code)
    path = feed_url.split("testserver", 1)[1]
    assert CalendarFeed.objects.get(user=candidate).token_hash not in path  # only the hash is stored

    response = anon_client.get(path)
    assert response.status_code == 200 and "Data analyst at Northwind" in response.content.decode()
    assert CalendarFeed.objects.get(user=candidate).last_used_at is not None

    candidate_client.post(reverse("candidates:calendar-rotate"))
    assert anon_client.get(path).status_code == 404  # the old address ended at once

    candidate_client.post(reverse("candidates:calendar-revoke"))
    assert not CalendarFeed.objects.filter(user=candidate).exists()


def test_a_wrong_calendar_token_is_404(anon_client):
    assert anon_client.get(reverse("candidates:calendar-feed", kwargs={"token": "x" * 43})).status_code == 404


def test_the_feed_holds_only_the_owners_interviews(anon_client, candidate, other_candidate, search):
    services.interview_create(
        application=Application.objects.get(owner=other_candidate),
        starts_at=timezone.now() + timedelta(days=1),
        timezone="UTC",
    )
    token = services.calendar_feed_rotate(user=candidate)
    body = anon_client.get(reverse("candidates:calendar-feed", kwargs={"token": token})).content.decode()
    assert body.count("BEGIN:VEVENT") == 1 and "Secret Corp" not in body


# --- Demo data ------------------------------------------------------------------------------


def test_the_demo_data_covers_every_stage_and_a_second_run_changes_nothing(db):
    call_command("seed_demo", stdout=io.StringIO())
    cara = User.objects.get(email="cara@example.com")
    stages = set(Application.objects.filter(owner=cara).values_list("stage", flat=True))
    assert stages == {"applied", "screening", "interviewing", "offer", "hired", "rejected", "withdrawn"}
    rejected = Application.objects.filter(owner=cara, stage="rejected")
    assert set(rejected.values_list("rejection_stage_reached", flat=True)) >= {"applied", "screening", "interviewing"}
    assert rejected.filter(rejection_via="portal", rejection_stage_reached="applied", interviews__isnull=True).exists()
    interviews = Interview.objects.filter(application__owner=cara)
    assert any(i.journal_is_empty for i in interviews) and any(not i.journal_is_empty for i in interviews)
    assert Contact.objects.filter(owner=cara).count() >= 3

    def snapshot():
        return [
            sorted(Application.objects.values_list("id", "stage", "updated_at")),
            sorted(Interview.objects.values_list("id", "updated_at")),
            sorted(Contact.objects.values_list("id", "updated_at")),
            User.objects.count(),
        ]

    before = snapshot()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert snapshot() == before
    assert "0 new application(s) for Cara" in out.getvalue()


def test_formula_like_cells_are_exported_as_text_and_read_back_unchanged(candidate, django_capture_on_commit_callbacks):
    from apps.candidates import exporting, importing

    services.application_create(owner=candidate, company_name="=HYPERLINK(1)", role_title="@analyst")
    exported = exporting.export_applications_csv(user=candidate)
    assert "'=HYPERLINK(1)" in exported and "'@analyst" in exported
    Application.objects.all().delete()
    job = importing.import_job_create(owner=candidate, filename="back.csv", data=exported.encode())
    with django_capture_on_commit_callbacks(execute=True):
        importing.import_job_start(job=job, mapping=job.mapping)
    application = Application.objects.get(owner=candidate)
    assert (application.company.name, application.role_title) == ("=HYPERLINK(1)", "@analyst")
