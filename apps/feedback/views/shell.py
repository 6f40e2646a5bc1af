"""What every feedback page shares: candidates only; the tone
check's findings as the pages show them; service errors put onto form fields."""

from django.core.exceptions import ValidationError

from apps.accounts.permissions import candidate_required
from apps.core import forms
from apps.core.forms import is_htmx  # noqa: F401 — the feedback views import it from here
from apps.feedback.services import tone_findings

# Service argument names that a page's form calls differently.
FIELD_ALIASES = {"follow_up_body": "body", "contact_id": "contact", "item_ids": "items", "application_id": None}


# Candidates only. Dates and times are in the person's own zone: the core middleware activates it.
candidate_page = candidate_required


def tone_view(text: str, kind: str) -> dict:
    """The tone check's findings for ``text`` with the words each one is about, and the text cut
    into segments so the template can mark those words (escaped as usual: no HTML is built here)."""
    text = text or ""
    findings = tone_findings(text, kind) if text.strip() else []
    shown = [{**f, "quote": text[f["start"] : f["end"]] if f["end"] > f["start"] else ""} for f in findings]
    segments, cursor = [], 0
    for start, end in sorted((f["start"], f["end"]) for f in findings if f["end"] > f["start"]):
        start = max(start, cursor)  # overlapping findings: mark the union once
        if end <= start:
            continue
        if start > cursor:
            segments.append({"text": text[cursor:start], "marked": False})
        segments.append({"text": text[start:end], "marked": True})
        cursor = end
    if cursor < len(text):
        segments.append({"text": text[cursor:], "marked": False})
    return {"findings": shown, "segments": segments, "checked": bool(text.strip()), "kind": kind}


def add_service_errors(form, error: ValidationError) -> None:
    """A service's ValidationError onto the form, by field where the form has it (else the form)."""
    forms.add_service_errors(form, error, aliases=FIELD_ALIASES)
