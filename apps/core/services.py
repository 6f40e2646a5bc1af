"""Writes owned by core: the audit log."""

from django.db import models

from apps.core.models import AuditEvent


def audit_record(
    *,
    actor,
    subject,
    action: str,
    target: models.Model | None = None,
    detail: dict | None = None,
) -> AuditEvent:
    """Append one row to the audit log. Call it inside the transaction of the action."""
    event = AuditEvent(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=getattr(actor, "email", "") or "system",
        subject=subject,
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        detail=detail or {},
    )
    event.full_clean()
    event.save()
    return event
