"""“Download all my data” (JSON, and the applications as CSV) and “delete my account”.

Both read through the ``*_visible_to`` querysets of the person themself, so an export holds
exactly what they own. Each export writes an audit row.
"""

import csv
import io
import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from apps.accounts.selectors import preferences_for
from apps.candidates import hooks
from apps.candidates.models import Application, Interview
from apps.candidates.permissions import (
    applications_visible_to,
    companies_visible_to,
    contacts_visible_to,
    import_jobs_visible_to,
    interviews_visible_to,
)
from apps.candidates.selectors import profile_for
from apps.core.errors import ApplicationError
from apps.core.models import AuditEvent
from apps.core.selectors import audit_events_about
from apps.core.services import audit_record

logger = logging.getLogger(__name__)

EXPORT_VERSION = 1
DELETE_PHRASE = "delete my account"
CSV_COLUMNS = [
    "id",
    "company",
    "role",
    "stage",
    "applied_on",
    "job_url",
    "source",
    "rejected_at",
    "rejection_via",
    "rejection_stage_reached",
    "rejection_reason",
    "interviews",
    "notes",
    "created_at",
]


def _iso(value):
    return value.isoformat() if value else None


def export_data(*, user) -> dict:
    """Everything the candidate owns, as one JSON-ready document. Writes an audit row."""
    profile = profile_for(user=user)
    preferences = preferences_for(user=user)
    applications = (
        applications_visible_to(user)
        .select_related("company")
        .prefetch_related("stage_changes", "contact_links")
        .order_by("id")
    )
    interviews = interviews_visible_to(user).prefetch_related("interviewers").order_by("id")
    document = {
        "format": "debrief-export",
        "version": EXPORT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "role": user.role,
            "date_joined": _iso(user.date_joined),
        },
        "preferences": {
            "timezone": preferences.timezone,
            "quiet_hours_start": _iso(preferences.quiet_hours_start),
            "quiet_hours_end": _iso(preferences.quiet_hours_end),
            "weekly_digest": preferences.weekly_digest,
            "email_off_kinds": preferences.email_off_kinds,
        },
        "profile": {
            "headline": profile.headline,
            "target_roles": profile.target_role_list,
            "location": profile.location,
            "timezone": profile.timezone,
        },
        "companies": [
            {"id": company.pk, "name": company.name, "website": company.website}
            for company in companies_visible_to(user).order_by("id")
        ],
        "contacts": [
            {
                "id": contact.pk,
                "name": contact.name,
                "email": contact.email,
                "title": contact.title,
                "company_id": contact.company_id,
                "role": contact.role,
                "notes": contact.notes,
            }
            for contact in contacts_visible_to(user).order_by("id")
        ],
        "applications": [
            {
                "id": application.pk,
                "company_id": application.company_id,
                "company": application.company.name,
                "role_title": application.role_title,
                "job_url": application.job_url,
                "source": application.source,
                "notes": application.notes,
                "applied_on": _iso(application.applied_on),
                "stage": application.stage,
                "furthest_stage": application.furthest_stage,
                "rejection": {
                    "rejected_at": _iso(application.rejected_at),
                    "via": application.rejection_via,
                    "stage_reached": application.rejection_stage_reached,
                    "reason": application.rejection_reason,
                }
                if application.rejected_at
                else None,
                "stage_history": [
                    {
                        "from": change.from_stage,
                        "to": change.to_stage,
                        "at": _iso(change.changed_at),
                        "recorded_at": _iso(change.recorded_at),
                        "note": change.note,
                    }
                    for change in application.stage_changes.all()
                ],
                "contacts": [
                    {"contact_id": link.contact_id, "role": link.role} for link in application.contact_links.all()
                ],
                "created_at": _iso(application.created_at),
            }
            for application in applications
        ],
        "interviews": [
            {
                "id": interview.pk,
                "application_id": interview.application_id,
                "starts_at": _iso(interview.starts_at),
                "duration_minutes": interview.duration_minutes,
                "timezone": interview.timezone,
                "kind": interview.kind,
                "location": interview.location,
                "interviewer_ids": [contact.pk for contact in interview.interviewers.all()],
                "journal": {name: getattr(interview, name) for name in Interview.JOURNAL_FIELDS},
                "journal_written_at": _iso(interview.journal_written_at),
            }
            for interview in interviews
        ],
        "imports": [
            {
                "id": job.pk,
                "filename": job.filename,
                "status": job.status,
                "imported": job.imported_count,
                "duplicates": job.duplicate_count,
                "errors": job.errors,
                "created_at": _iso(job.created_at),
            }
            for job in import_jobs_visible_to(user).order_by("id")
        ],
        "audit_log": [
            {"at": _iso(event.created_at), "action": event.action, "actor": event.actor_label, "detail": event.detail}
            for event in audit_events_about(user=user)
        ],
    }
    for section in hooks.export_sections:
        document.update(section(user))
    audit_record(actor=user, subject=user, action=AuditEvent.Action.DATA_EXPORTED, detail={"format": "json"})
    return document


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula; a leading ' keeps it text.
    (The importer drops that ' again.)"""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_applications_csv(*, user) -> str:
    """The applications as one CSV (the same columns the importer reads back). Writes an audit row."""
    applications = (
        applications_visible_to(user)
        .select_related("company")
        .prefetch_related("interviews")
        .order_by("applied_on", "id")
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for application in applications:
        writer.writerow(
            _cell(value)
            for value in [
                application.pk,
                application.company.name,
                application.role_title,
                application.stage,
                _iso(application.applied_on),
                application.job_url,
                application.source,
                _iso(application.rejected_at) or "",
                application.rejection_via,
                application.rejection_stage_reached,
                application.rejection_reason,
                len(application.interviews.all()),
                application.notes,
                _iso(application.created_at),
            ]
        )
    audit_record(actor=user, subject=user, action=AuditEvent.Action.DATA_EXPORTED, detail={"format": "csv"})
    return buffer.getvalue()


@transaction.atomic
def account_delete(*, user, confirmation: str) -> None:
    """Erase the account and everything it owns. The person confirms in words first."""
    if " ".join(confirmation.lower().split()) != DELETE_PHRASE:
        raise ApplicationError(
            f"Type “{DELETE_PHRASE}” to confirm. Nothing was deleted.", code="confirmation_required", status=400
        )
    user_id = user.pk
    # Applications first: they protect their companies, which the user's deletion also removes.
    # Owned rows only, never what is merely visible (a recruiter sees shared applications).
    Application.objects.filter(owner_id=user_id).delete()
    # Cascades: profile, companies, contacts, applications (history, interviews), imports,
    # calendar feed, preferences, API token, reminders, and the audit trail about them.
    get_user_model().objects.filter(pk=user_id).delete()
    logger.info("Account %s erased at its owner's request", user_id)
