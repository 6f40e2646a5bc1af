from django.db.models import QuerySet

from apps.core.models import AuditEvent


def audit_events_about(*, user) -> QuerySet[AuditEvent]:
    """The audit trail a person may read: everything done to their data. 1 query."""
    return AuditEvent.objects.filter(subject=user).select_related("actor")
