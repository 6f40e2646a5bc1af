"""Relays: what the hiring manager told the recruiter, kept as private raw notes, rewritten for the
candidate, checked for what must not be passed on, previewed exactly as she will see it, and
published onto her thread. Raw notes never leave this module's rows: ``relay_preview`` and
``relay_publish`` read ``candidate_text`` only."""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.core.errors import ApplicationError
from apps.core.models import AuditEvent
from apps.core.services import audit_record, model_update
from apps.feedback.checks import RedactionReport
from apps.feedback.models import OPEN_STATUSES, FeedbackThread
from apps.recruiters import reminder_hooks
from apps.recruiters.models import (
    RELAY_TEXT_MAX,
    RecruiterAsk,
    Relay,
    RelayStatus,
    Representation,
    RepresentationStatus,
    SourceNaming,
)
from apps.recruiters.permissions import application_ids_shared_with

RELAY_EDITABLE = ("raw_notes", "candidate_text", "source_naming")


def _int(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**63 else None


def _clean(data: dict) -> dict:
    out = {}
    for name in ("raw_notes", "candidate_text"):
        if data.get(name) is not None:
            text = data[name].strip()
            if len(text) > RELAY_TEXT_MAX:
                raise ValidationError(
                    {name: f"This is {len(text):,} characters long; the limit is {RELAY_TEXT_MAX:,}."}
                )
            out[name] = text
    if data.get("source_naming") is not None:
        if data["source_naming"] not in SourceNaming.values:
            raise ValidationError({"source_naming": f"Choose one of: {', '.join(SourceNaming.values)}."})
        out["source_naming"] = data["source_naming"]
    return out


def _refuse_unless_active(representation: Representation) -> None:
    if representation.status != RepresentationStatus.ACTIVE:
        raise ApplicationError(
            "This representation has ended, so nothing more can be relayed to this candidate. Your draft is kept.",
            code="representation_ended",
            status=409,
        )


def _refuse_unless_draft(relay: Relay) -> None:
    if relay.status != RelayStatus.DRAFT:
        raise ApplicationError(
            "This relay is published; it is part of the candidate's record and can't change.",
            code="relay_published",
            status=409,
        )


@transaction.atomic
def relay_create(
    *,
    recruiter,
    thread_id=None,
    request_id=None,
    raw_notes: str = "",
    candidate_text: str = "",
    source_naming: str = SourceNaming.HIRING_MANAGER,
    now: datetime | None = None,
) -> Relay:
    """A draft relay on a thread the recruiter sees (an application shared with their active
    representation), or answering an ask (``request_id``; its thread is used). Ids are resolved in
    the recruiter's scope: anything else is a 400 on that field. Arms the 2-day draft nudge."""
    now = now or timezone.now()
    request = None
    if request_id not in (None, ""):
        ask = (
            RecruiterAsk.objects.select_related("request__thread", "representation")
            .filter(
                request_id=_int(request_id),
                representation__recruiter=recruiter,
                representation__status=RepresentationStatus.ACTIVE,
            )
            .first()
        )
        if ask is None:
            raise ValidationError({"request_id": "Pick a request a candidate sent to you."})
        request = ask.request
        thread = request.thread
    else:
        thread = (
            FeedbackThread.objects.filter(
                pk=_int(thread_id), application_id__in=application_ids_shared_with(recruiter)
            ).first()
            if thread_id not in (None, "")
            else None
        )
        if thread is None:
            raise ValidationError({"thread_id": "Pick a feedback thread of a candidate you represent."})
    representation = (
        Representation.objects.filter(
            recruiter=recruiter,
            candidate_id=thread.owner_id,
            status=RepresentationStatus.ACTIVE,
            shares__application_id=thread.application_id,
        )
        .order_by("-accepted_at")
        .first()
    )
    if representation is None:
        raise ValidationError({"thread_id": "Pick a feedback thread of a candidate you represent."})
    fields = _clean({"raw_notes": raw_notes, "candidate_text": candidate_text, "source_naming": source_naming})
    relay = Relay(representation=representation, request=request, thread=thread, recruiter=recruiter, **fields)
    relay.full_clean()
    relay.save()
    reminder_hooks.relay_saved(relay=relay, now=now)
    return relay


@transaction.atomic
def relay_update(
    *,
    relay: Relay,
    raw_notes: str | None = None,
    candidate_text: str | None = None,
    source_naming: str | None = None,
    now: datetime | None = None,
) -> tuple[Relay, bool]:
    """Edit a draft (None leaves a field as it is); published → 409. Editing the candidate's text
    clears the last check's findings (they were about other words). Re-arms the draft nudge."""
    relay = Relay.objects.select_for_update(of=("self",)).select_related("representation").get(pk=relay.pk)
    _refuse_unless_draft(relay)
    _refuse_unless_active(relay.representation)
    data = _clean({"raw_notes": raw_notes, "candidate_text": candidate_text, "source_naming": source_naming})
    relay, changed = model_update(instance=relay, fields=RELAY_EDITABLE, data=data)
    if changed and "candidate_text" in data and relay.checked_at is not None:
        relay.findings, relay.checked_at = [], None
        relay.save(update_fields=["findings", "checked_at", "updated_at"])
    if changed:
        reminder_hooks.relay_saved(relay=relay, now=now or timezone.now())
    return relay, changed


@transaction.atomic
def relay_delete(*, relay: Relay) -> None:
    """Throw a draft away (its nudge goes with it). A published relay stays (409)."""
    relay = Relay.objects.select_for_update().get(pk=relay.pk)
    _refuse_unless_draft(relay)
    reminder_hooks.relay_settled(relay=relay)
    relay.delete()


def _candidate_name(relay: Relay) -> str:
    candidate = relay.representation.candidate
    return candidate.full_name if candidate is not None else ""


@transaction.atomic
def relay_check(*, relay: Relay, now: datetime | None = None) -> RedactionReport:
    """Run the redaction check on the candidate-facing text (the candidate's own name is allowed)
    and keep its findings on the draft, so the composer and the work queue can show them."""
    from apps.feedback.redaction import check_redaction

    relay = Relay.objects.select_for_update(of=("self",)).select_related("representation__candidate").get(pk=relay.pk)
    report = check_redaction(relay.candidate_text, _candidate_name(relay))
    if relay.status == RelayStatus.DRAFT:
        relay.findings = report.as_dict()["findings"]
        relay.checked_at = now or timezone.now()
        relay.save(update_fields=["findings", "checked_at", "updated_at"])
    return report


@dataclass(frozen=True)
class PreviewItem:
    topic: str
    topic_label: str
    polarity: str
    polarity_label: str
    text: str


@dataclass(frozen=True)
class RelayPreview:
    """Exactly what the candidate will see: who it is from, how the source is named, the text and
    the points it will be split into. Built from ``candidate_text`` only."""

    recruiter_name: str
    source_label: str
    text: str
    items: list[PreviewItem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "recruiter_name": self.recruiter_name,
            "source_label": self.source_label,
            "text": self.text,
            "items": [item.__dict__ for item in self.items],
        }


def relay_preview(*, relay: Relay) -> RelayPreview:
    """What publishing would put on the candidate's thread. Writes nothing; no query beyond ``relay``'s."""
    from apps.feedback.models import Polarity, Topic
    from apps.feedback.parsing import items_from_text

    text = relay.candidate_text.strip()
    return RelayPreview(
        recruiter_name=relay.recruiter.full_name or relay.recruiter.email,
        source_label=relay.source_label,
        text=text,
        items=[
            PreviewItem(topic, Topic(topic).label, polarity, Polarity(polarity).label, body)
            for topic, polarity, body in items_from_text(text)
        ],
    )


@transaction.atomic
def relay_publish(*, relay: Relay, accept_findings: bool = False, now: datetime | None = None) -> Relay:
    """Publish a draft onto the candidate's thread. Refused: empty text (400), an ended or unshared
    representation (409 ``representation_ended``), already published (409), and — unless
    ``accept_findings`` — anything the redaction check still flags (409 ``redaction_findings``, with
    the findings). Creates the reply and its items (answering the ask if there is one), the
    thank-you owed to the recruiter (for them and their source), tells the candidate, writes the
    audit row and stops the recruiter's relay nudges."""
    from apps.feedback.redaction import check_redaction
    from apps.feedback.services.replies import reply_record_relayed

    now = now or timezone.now()
    relay = (
        Relay.objects.select_for_update(of=("self",))
        .select_related("representation__candidate", "recruiter", "thread", "request")
        .get(pk=relay.pk)
    )
    _refuse_unless_draft(relay)
    representation = Representation.objects.select_for_update().get(pk=relay.representation_id)
    _refuse_unless_active(representation)
    if not representation.shares.filter(application_id=relay.thread.application_id).exists():
        raise ApplicationError(
            "The candidate no longer shares this application with you, so nothing can be relayed on it.",
            code="representation_ended",
            status=409,
        )
    if not relay.candidate_text.strip():
        raise ValidationError({"candidate_text": "Write what the candidate should read before publishing."})
    report = check_redaction(relay.candidate_text, _candidate_name(relay))
    relay.findings = report.as_dict()["findings"]
    relay.checked_at = now
    if relay.findings and not accept_findings:
        # Everything here rolls back: the draft stays exactly as it was, the findings go in the answer.
        raise ApplicationError(
            f"The redaction check still flags {len(relay.findings)} thing(s) that may not be passed on. "
            "Rewrite them, or publish anyway if you are sure. Nothing was published.",
            code="redaction_findings",
            status=409,
            extra={"findings": relay.findings},
        )
    request = relay.request if relay.request_id and relay.request.status in OPEN_STATUSES else None
    reply = reply_record_relayed(
        thread=relay.thread,
        request=request,
        text=relay.candidate_text,
        recruiter_name=relay.recruiter.full_name or relay.recruiter.email,
        recruiter_email=relay.recruiter.email,
        source_label=relay.source_label,
        now=now,
    )
    relay.status = RelayStatus.PUBLISHED
    relay.published_at = now
    relay.reply = reply
    relay.full_clean()
    relay.save()
    audit_record(
        actor=relay.recruiter,
        subject=representation.candidate,
        action=AuditEvent.Action.RELAY_PUBLISHED,
        target=reply,
        detail={"thread": relay.thread_id, "what": "relay", "source": relay.source_label or "not named"},
    )
    reminder_hooks.relay_published(relay=relay, reply=reply)
    return relay
