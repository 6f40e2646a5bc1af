"""The candidate's own wording for requests, follow-ups and thank-yous."""

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.feedback.drafting import DEFAULTS
from apps.feedback.models import MessageTemplate, TemplateKind
from apps.feedback.services.requests import check_body


def _check_kind(kind: str) -> None:
    if kind not in TemplateKind.values:
        raise ValidationError({"kind": f"Choose one of: {', '.join(TemplateKind.values)}."})


@transaction.atomic
def template_update(*, owner, kind: str, subject: str, body: str) -> MessageTemplate:
    """Save the candidate's version of one template (creating it on first edit)."""
    _check_kind(kind)
    body = check_body(body, what="The template")
    subject = (subject or "").strip() or DEFAULTS[kind][0]
    template = MessageTemplate.objects.select_for_update().filter(owner=owner, kind=kind).first()
    if template is None:
        template = MessageTemplate(owner=owner, kind=kind)
    template.subject = subject
    template.body = body
    template.full_clean()
    template.save()
    return template


@transaction.atomic
def template_reset(*, owner, kind: str) -> None:
    """Back to Debrief's default wording. Idempotent."""
    _check_kind(kind)
    MessageTemplate.objects.filter(owner=owner, kind=kind).delete()
