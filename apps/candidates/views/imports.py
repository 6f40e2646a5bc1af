"""CSV import pages: upload, then the mapping preview or the progress bar."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from apps.candidates import importing, selectors
from apps.candidates.forms import ImportMappingForm, ImportUploadForm
from apps.candidates.models import ImportJob
from apps.candidates.permissions import import_job_get_for_user, import_jobs_visible_to
from apps.candidates.views.base import candidate_page
from apps.core.errors import ApplicationError
from apps.core.forms import add_validation_errors


@candidate_page
@require_http_methods(["GET", "POST"])
def import_upload(request):
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = importing.import_job_create(owner=request.user, filename=upload.name, data=upload.read())
        except ApplicationError as error:
            form.add_error("file", error.message)
        else:
            return redirect("candidates:import-detail", pk=job.pk)
    recent = import_jobs_visible_to(request.user).defer("content")[:5]
    return render(
        request,
        "candidates/import_upload.html",
        {
            "form": form,
            "recent": recent,
            "max_mb": importing.MAX_UPLOAD_BYTES // 1024 // 1024,
            "max_rows": importing.MAX_ROWS,
            "targets": importing.TARGETS,
        },
        # A refused file is the sender's to fix: say so in the status too.
        status=400 if form.errors else 200,
    )


@candidate_page
@never_cache
@require_http_methods(["GET", "POST"])
def import_detail(request, pk):
    """The mapping preview (before) or the progress bar (after). Reload-safe: all state is in the job row."""
    job = import_job_get_for_user(request.user, pk, for_change=request.method == "POST")
    if job.status != ImportJob.Status.MAPPING:
        if request.method == "POST":
            return redirect("candidates:import-detail", pk=pk)
        template = "candidates/import_progress.html"
        if request.htmx:
            template += "#progress"
        return render(request, template, {"job": job})

    header, sample = importing.import_job_preview(job)
    initial = {name: "" if index is None else str(index) for name, index in job.mapping.items()}
    form = ImportMappingForm(request.POST if request.method == "POST" else None, header=header, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            importing.import_job_start(job=job, mapping=form.cleaned_data)
        except ValidationError as error:
            add_validation_errors(form, error)
        except ApplicationError as error:
            messages.info(request, error.message)
            return redirect("candidates:import-detail", pk=pk)
        else:
            return redirect("candidates:import-detail", pk=pk)
    return render(
        request,
        "candidates/import_mapping.html",
        {
            "job": job,
            "form": form,
            "header": header,
            "sample": sample,
            "earlier": selectors.import_job_done_before(user=request.user, job=job),
        },
    )
