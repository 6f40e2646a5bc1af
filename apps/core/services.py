"""Writes owned by core: the audit log, and the one update helper every typed update service uses."""

from collections.abc import Iterable, Mapping

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


def model_update[M: models.Model](*, instance: M, fields: Iterable[str], data: Mapping[str, object]) -> tuple[M, bool]:
    """Set the allowed ``fields`` present in ``data`` on ``instance``, validate, save only what changed.

    Typed update services call it after resolving ids in the owner's scope: the service lists its
    editable fields once, so a caller can neither set another column nor misspell one (an unknown
    key is a programming error, raised as ``TypeError``). Returns ``(instance, changed)``; with
    nothing changed there is no query. Many-to-many fields are the caller's job.
    """
    allowed = set(fields)
    unknown = set(data) - allowed
    if unknown:
        raise TypeError(f"{type(instance).__name__} cannot update {', '.join(sorted(unknown))}.")
    changed = [name for name, value in data.items() if getattr(instance, name) != value]
    if not changed:
        return instance, False
    for name in changed:
        setattr(instance, name, data[name])
    instance.full_clean()
    update_fields = [*changed]
    if any(field.name == "updated_at" for field in instance._meta.concrete_fields):
        update_fields.append("updated_at")
    instance.save(update_fields=update_fields)
    return instance, True
