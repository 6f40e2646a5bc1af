"""CSV import: mapping preview, progress, bad rows listed with their reasons while good rows are
imported, malformed and oversized files refused clearly, and re-imports without duplicates."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from apps.candidates import importing
from apps.candidates.models import Application, ImportJob, Stage
from apps.candidates.tasks import import_job_run_task
from apps.core.errors import ApplicationError
from tests.core.error_shape import assert_api_error
from tests.core.html_parse import parse

pytestmark = pytest.mark.django_db

TRACKER = (
    "Employer;Position;Date applied;Status;Link;Why\n"
    "Northwind;Data analyst;2026-10-01;Rejected;https://jobs.example.com/1;More SQL\n"
    "Contoso;BI developer;03/10/2026;interview;;\n"
    "Globex;;2026-10-05;applied;;\n"
    "Initech;Analyst;31/31/2026;applied;;\n"
    "Hooli;Product analyst;2026-10-07;on hold;;\n"
    "Fabrikam;Engineer;2026-10-08;offer accepted;;\n"
)


def _upload(client, content: str | bytes, name="tracker.csv"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(reverse("candidates:import-upload"), {"file": SimpleUploadedFile(name, data, "text/csv")})


def test_the_whole_import_from_upload_to_progress(candidate_client, candidate, django_capture_on_commit_callbacks):
    response = _upload(candidate_client, TRACKER)
    job = ImportJob.objects.get(owner=candidate)
    assert response["Location"] == reverse("candidates:import-detail", kwargs={"pk": job.pk})

    preview = candidate_client.get(response["Location"])
    text = parse(preview).text
    assert "Check the columns" in text and "Northwind" in text and "6 rows" in text
    # The guesses: Employer → company, Position → role, Status → stage, Link → job ad, Why → reason.
    assert job.mapping["company"] == 0 and job.mapping["role_title"] == 1 and job.mapping["stage"] == 3
    assert job.mapping["rejection_reason"] == 5

    mapping = {name: "" if index is None else str(index) for name, index in job.mapping.items()}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = candidate_client.post(reverse("candidates:import-detail", kwargs={"pk": job.pk}), mapping)
    assert len(callbacks) == 1  # the task was enqueued only after the commit
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    assert (job.total_rows, job.processed_rows, job.imported_count, job.duplicate_count) == (6, 6, 3, 0)
    assert job.errors == [
        {"row": 4, "reason": "the role is empty"},
        {"row": 5, "reason": "the date “31/31/2026” is not one we can read (use 2026-03-31 or 31/03/2026)"},
        {"row": 6, "reason": "the stage “on hold” is not one we know"},
    ]
    northwind = Application.objects.get(company__name="Northwind")
    assert northwind.stage == Stage.REJECTED and northwind.rejection_reason == "More SQL"
    assert Application.objects.get(company__name="Contoso").applied_on.isoformat() == "2026-10-03"
    assert Application.objects.get(company__name="Fabrikam").stage == Stage.HIRED

    page = candidate_client.get(reverse("candidates:import-detail", kwargs={"pk": job.pk}))
    text = parse(page).text
    assert "3 imported" in text and "Row 5: the date “31/31/2026”" in text
    partial = candidate_client.get(
        reverse("candidates:import-detail", kwargs={"pk": job.pk}), headers={"HX-Request": "true"}
    )
    assert partial.content.decode().lstrip().startswith('<section class="card import-progress" id="progress"')
    assert "hx-trigger" not in partial.content.decode()  # finished: polling stops


def test_importing_the_same_file_again_adds_nothing(candidate, django_capture_on_commit_callbacks):
    for attempt in range(2):
        job = importing.import_job_create(owner=candidate, filename="t.csv", data=TRACKER.encode())
        with django_capture_on_commit_callbacks(execute=True):
            importing.import_job_start(job=job, mapping=job.mapping)
        job.refresh_from_db()
        assert (job.imported_count, job.duplicate_count) == ((3, 0) if attempt == 0 else (0, 3))
    assert Application.objects.filter(owner=candidate).count() == 3


def test_duplicate_rows_inside_one_file_are_imported_once(candidate, django_capture_on_commit_callbacks):
    data = b"Company,Role\nAcme,Analyst\nacme, analyst \nAcme,Engineer\n"
    job = importing.import_job_create(owner=candidate, filename="t.csv", data=data)
    with django_capture_on_commit_callbacks(execute=True):
        importing.import_job_start(job=job, mapping=job.mapping)
    job.refresh_from_db()
    assert (job.imported_count, job.duplicate_count) == (2, 1)


def test_the_task_is_safe_to_run_twice(candidate):
    job = importing.import_job_create(owner=candidate, filename="t.csv", data=TRACKER.encode())
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.QUEUED)
    assert import_job_run_task(job.pk) == "done"
    assert import_job_run_task(job.pk) == "done"  # already done: nothing happens
    job.refresh_from_db()
    assert job.imported_count == 3
    assert Application.objects.filter(owner=candidate).count() == 3


def test_a_job_still_waiting_for_its_mapping_is_not_run(candidate):
    job = importing.import_job_create(owner=candidate, filename="t.csv", data=TRACKER.encode())
    import_job_run_task(job.pk)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.MAPPING and not Application.objects.exists()


def test_the_mapping_must_name_the_company_and_the_role(candidate_client, candidate):
    job = importing.import_job_create(owner=candidate, filename="t.csv", data=b"A,B\nx,y\n")
    response = candidate_client.post(reverse("candidates:import-detail", kwargs={"pk": job.pk}), {"company": "0"})
    assert response.status_code == 200
    assert "This field is required." in parse(response).text
    job.refresh_from_db()
    assert job.status == ImportJob.Status.MAPPING


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "The submitted file is empty."),
        (b"\x00\x01\x02PK binary", "doesn't look like a CSV file"),
        (b"just one column\nx\n", "The first row should name the columns"),
        (b"Company,Role\n", "has a header but no rows"),
        (b'Company,Role\n"unclosed,quote\n', "Nothing was imported"),
    ],
)
def test_a_malformed_file_gets_a_clear_message(candidate_client, content, message):
    response = _upload(candidate_client, content)
    assert response.status_code == 400
    assert message in parse(response).text
    assert not ImportJob.objects.exists()


def test_a_50_mb_file_is_refused_with_the_limit(candidate_client):
    response = _upload(candidate_client, b"Company,Role\n" + b"Acme,Analyst\n" * (50 * 1024 * 1024 // 13))
    assert response.status_code == 400
    assert "the limit is 5 MB" in parse(response).text
    assert not ImportJob.objects.exists()


def test_too_many_rows_are_refused(candidate):
    with pytest.raises(ApplicationError, match="the limit is 5,000"):
        importing.import_job_create(owner=candidate, filename="t.csv", data=b"Company,Role\n" + b"A,B\n" * 5001)


def test_a_spreadsheet_saved_in_windows_encoding_is_read(candidate):
    job = importing.import_job_create(
        owner=candidate, filename="t.csv", data="Company,Role\nCafé Nøir,Analyst\n".encode("cp1252")
    )
    assert "Café" in job.content


def test_the_api_imports_with_a_mapping_by_column_name_and_reports_progress(
    candidate_api, candidate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = candidate_api.post(
            reverse("candidates-api:import-list"),
            {"csv": "Firm,Position\nAcme,Analyst\n", "mapping": {"company": "Firm", "role_title": "Position"}},
            format="json",
        )
    assert response.status_code == 202, response.json()
    job_id = response.json()["id"]
    body = candidate_api.get(reverse("candidates-api:import-detail", kwargs={"pk": job_id})).json()
    assert body["status"] == "done" and body["percent"] == 100 and body["imported_count"] == 1


def test_the_api_refuses_a_mapping_to_a_missing_column_and_keeps_nothing(candidate_api):
    response = candidate_api.post(
        reverse("candidates-api:import-list"),
        {"csv": "Company,Role\nAcme,Analyst\n", "mapping": {"role_title": "Position"}},
        format="json",
    )
    error = assert_api_error(response, status=400, code="validation_error")
    assert "no column “Position”" in error["fields"]["mapping"][0]
    assert not ImportJob.objects.exists()


def test_the_api_refuses_a_body_over_its_limit_with_the_limit(candidate_api):
    response = candidate_api.post(
        reverse("candidates-api:import-list"),
        {"csv": "Company,Role\n" + "Acme,Analyst\n" * 90_000},
        format="json",
    )
    assert_api_error(response, status=413, code="body_too_large")


def test_a_lost_enqueue_is_picked_up_by_the_resume_sweep(candidate, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    job = importing.import_job_create(owner=candidate, filename="t.csv", data=TRACKER.encode())
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.QUEUED, updated_at=timezone.now() - timedelta(minutes=5)
    )
    assert importing.import_jobs_resume() == 1
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE


def test_uploading_a_file_imported_before_says_so_on_the_preview(candidate_client, candidate):
    first = importing.import_job_create(owner=candidate, filename="t.csv", data=TRACKER.encode())
    ImportJob.objects.filter(pk=first.pk).update(status=ImportJob.Status.DONE)
    response = _upload(candidate_client, TRACKER)
    text = parse(candidate_client.get(response["Location"])).text
    assert "You imported this same file on" in text and "not added twice" in text
