"""Every read of a candidate's data by a recruiter is written to the audit log the candidate can
read ("who looked at what, when"). Pages and API views call ``audit_recruiter_read`` after they
have fetched what they show; a list writes one row per candidate on it, in one INSERT."""

from collections.abc import Iterable

from django.db import models

from apps.core.models import AuditEvent


def _label(target) -> str:
    """ "Data Engineer at Globex" for an application or anything that belongs to one."""
    if target is None:
        return ""
    application = target if hasattr(target, "role_title") else getattr(target, "application", None)
    if application is not None:
        return f"{application.role_title} at {application.company.name}"
    return str(target)


def audit_recruiter_read(
    *,
    recruiter,
    what: str,
    candidate_ids: Iterable[int],
    target: models.Model | None = None,
    via: str = "",
) -> int:
    """Record that ``recruiter`` read ``what`` ("candidate list", "application", "feedback thread",
    "work queue"…) of each candidate in ``candidate_ids`` (optionally one ``target`` row), through
    ``via`` ("portal" or "api"). One INSERT whatever the count; returns how many rows."""
    ids = list(dict.fromkeys(pk for pk in candidate_ids if pk))
    if not ids or not getattr(recruiter, "pk", None):
        return 0
    detail = {"what": what, **({"via": via} if via else {})}
    label = _label(target)
    if label:
        detail["label"] = label[:200]
    # ``name`` is what the candidate's activity list shows beside the action ("Viewed candidate data").
    detail["name"] = f"{what}: {label}"[:240] if label else what
    AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                actor=recruiter,
                actor_label=recruiter.email,
                subject_id=pk,
                action=AuditEvent.Action.DATA_VIEWED,
                target_type=target._meta.label_lower if target is not None else "",
                target_id=str(target.pk) if target is not None else "",
                detail=detail,
            )
            for pk in ids
        ]
    )
    return len(ids)
