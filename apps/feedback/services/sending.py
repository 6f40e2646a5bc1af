"""Sending a request (by Debrief with a reply link through the outbox, or from the candidate's own
mail), following up once, closing gently as "no response", and revoking the reply link."""

import secrets
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from apps.accounts.selectors import preferences_for
from apps.candidates.reminder_hooks import ask_feedback_cancel
from apps.core.errors import ApplicationError
from apps.feedback import reminder_hooks
from apps.feedback.models import (
    OPEN_STATUSES,
    REPLY_LINK_DAYS,
    FeedbackRequest,
    ReplyLink,
)
from apps.feedback.services.requests import (
    Status,
    _refuse_unless_draft,
    _route_of,
    check_body,
    request_create,
    request_update,
)

# --- Send ----------------------------------------------------------------------------------------


def tone_findings(text: str, kind: str) -> list[dict]:
    """The tone check's findings as dicts (empty if the checker is not installed)."""
    try:
        from apps.feedback.tone import check_tone
    except ImportError:
        return []
    return check_tone(text, kind).as_dict()["findings"]


def reply_url(token: str) -> str:
    return reverse("reply:page", args=[token])


def _mail_payload(request: FeedbackRequest, *, subject: str, body: str) -> dict:
    owner = request.owner
    return {
        "subject": subject,
        "body": body,
        "reply_to": owner.email,
        "from_name": owner.full_name or owner.first_name,
    }


def _validate_for_sending(request: FeedbackRequest, channel: str) -> None:
    errors: dict[str, str] = {}
    try:
        check_body(request.body)
    except ValidationError as exc:
        errors.update({key: value[0] for key, value in exc.message_dict.items()})
    if not request.topics:
        errors["topics"] = "Choose at least one topic to ask about: a specific question is the one that gets answered."
    if channel == FeedbackRequest.Channel.DEBRIEF and not request.recipient_email:
        errors["recipient_email"] = (
            f"Debrief needs {request.recipient_name}'s e-mail address to send this. "
            "Add it, or send it from your own mail and mark it sent."
        )
    if channel == FeedbackRequest.Channel.DEBRIEF and not request.subject:
        errors["subject"] = "Give the e-mail a subject line."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def request_send(*, request: FeedbackRequest, channel: str, now: datetime | None = None) -> FeedbackRequest:
    """Send a draft. ``debrief``: a reply link and an outbox row (the sweep e-mails it, Reply-To
    the candidate); ``own_mail``: the candidate sent it herself and logs it here. Either way the
    "ask for feedback" reminder stops and the follow-up reminder is armed for +7 days."""
    now = now or timezone.now()
    if channel not in FeedbackRequest.Channel.values:
        raise ValidationError({"channel": f"Choose how it goes out: {', '.join(FeedbackRequest.Channel.values)}."})
    request = (
        FeedbackRequest.objects.select_for_update()
        .select_related("owner", "thread__application__company")
        .get(pk=request.pk)
    )
    _refuse_unless_draft(request)
    _validate_for_sending(request, channel)
    request.channel = channel
    request.status = Status.SENT
    request.sent_at = now
    request.tone_findings = tone_findings(request.body, "request")
    route = _route_of(request)
    if route is not None:
        # Asked through Debrief to someone with an account (the recruiter): no reply link, no e-mail
        # of the body; the route notifies them and reminds them until they relay.
        request.channel = FeedbackRequest.Channel.DEBRIEF
    elif channel == FeedbackRequest.Channel.DEBRIEF:
        nonce = secrets.token_urlsafe(32)
        token = ReplyLink.derive_token(nonce)
        ReplyLink.objects.create(
            request=request,
            owner=request.owner,
            token_hash=ReplyLink.hash_token(token),
            nonce=nonce,
            expires_at=now + timedelta(days=REPLY_LINK_DAYS),
        )
        request.outbox = reminder_hooks.outgoing_mail(
            kind=reminder_hooks.REQUEST_MAIL,
            subject=request,
            to=request.recipient_email,
            due_at=now,
            payload=_mail_payload(request, subject=request.subject, body=request.body),
        )
    request.full_clean()
    request.save()
    ask_feedback_cancel(application=request.thread.application)
    reminder_hooks.request_sent(request=request)
    if route is not None:
        route.sent(request=request, now=now)
    return request


def request_mark_sent(*, request: FeedbackRequest, now: datetime | None = None) -> FeedbackRequest:
    """The candidate sent it from her own mail (mailto: or copy): log it as sent."""
    return request_send(request=request, channel=FeedbackRequest.Channel.OWN_MAIL, now=now)


SEND_BY_DEBRIEF = "debrief"
MARK_SENT = "mark_sent"


@transaction.atomic
def request_save_and_send(
    *,
    owner,
    application_id: int,
    draft: FeedbackRequest | None = None,
    fields: dict,
    send: str = "",
) -> FeedbackRequest:
    """Create the draft (or update ``draft``) from ``fields``, then send it from Debrief
    (``send="debrief"``) or mark it sent from her own mail (``send="mark_sent"``) — all or nothing:
    a refused send leaves no new draft and no half-applied edit behind."""
    if draft is None:
        saved = request_create(owner=owner, application_id=application_id, **fields)
    else:
        fields = {k: v for k, v in fields.items() if k not in ("route", "route_id")}  # a draft keeps its route
        saved, _ = request_update(request=draft, **fields)
    if send == SEND_BY_DEBRIEF:
        saved = request_send(request=saved, channel=FeedbackRequest.Channel.DEBRIEF)
    elif send == MARK_SENT:
        saved = request_mark_sent(request=saved)
    return saved


@transaction.atomic
def request_follow_up(
    *, request: FeedbackRequest, body: str, subject: str = "", now: datetime | None = None
) -> FeedbackRequest:
    """Follow up once, by the request's channel. A second follow-up is refused (409); the request
    then closes gently as "no response" 14 days later unless an answer comes."""
    now = now or timezone.now()
    # Lock only the request: PostgreSQL can't lock the nullable side of the reply link's outer join.
    request = (
        FeedbackRequest.objects.select_for_update(of=("self",))
        .select_related("owner", "thread__application__company", "reply_link")
        .get(pk=request.pk)
    )
    if request.followed_up_at is not None:
        followed_up_on = timezone.localtime(
            request.followed_up_at, preferences_for(user=request.owner).zone
        )  # her day, not UTC's
        raise ApplicationError(
            f"You already followed up with {request.recipient_name} on {followed_up_on:%d %b %Y}. "
            "One follow-up is the polite maximum; if no answer comes, the request closes on its own.",
            code="already_followed_up",
            status=409,
        )
    if request.status != Status.SENT:
        raise ApplicationError(
            f"Only a sent request waiting for an answer can be followed up; this one is "
            f"{request.get_status_display().lower()}.",
            code="request_not_waiting",
            status=409,
        )
    body = check_body(body, field="follow_up_body", what="Your follow-up")
    request.follow_up_body = body
    request.followed_up_at = now
    request.status = Status.FOLLOWED_UP
    # A request asked through the recruiter is no e-mail to a stranger: the recruiter already has it
    # in the portal and is reminded until they relay, so the follow-up is logged, never mailed.
    routed = _route_of(request) is not None
    if request.channel == FeedbackRequest.Channel.DEBRIEF and request.recipient_email and not routed:
        request.follow_up_outbox = reminder_hooks.outgoing_mail(
            kind=reminder_hooks.FOLLOW_UP_MAIL,
            subject=request,
            to=request.recipient_email,
            due_at=now,
            payload=_mail_payload(request, subject=(subject or f"Re: {request.subject}").strip()[:200], body=body),
        )
        link = getattr(request, "reply_link", None)
        if link is not None and link.revoked_at is None and link.used_at is None:
            # The follow-up carries the same link: give the reader the full 14 days from now.
            link.expires_at = max(link.expires_at, now + timedelta(days=REPLY_LINK_DAYS))
            link.save(update_fields=["expires_at", "updated_at"])
    request.full_clean()
    request.save()
    reminder_hooks.request_followed_up(request=request)
    return request


@transaction.atomic
def request_close_no_response(*, request: FeedbackRequest, now: datetime | None = None) -> bool:
    """Close a still-unanswered request as "no response" once it is due (14 days after the
    follow-up, 21 after sending without one). Idempotent: False when there was nothing to close.
    The reply link stays usable until it expires: a late answer is still welcome."""
    now = now or timezone.now()
    request = FeedbackRequest.objects.select_for_update().filter(pk=request.pk).first()
    if request is None or request.status not in OPEN_STATUSES:
        return False
    if now < reminder_hooks.close_due_at(request):
        return False
    request.status = Status.NO_RESPONSE
    request.closed_at = now
    request.save(update_fields=["status", "closed_at", "updated_at"])
    reminder_hooks.request_closed_no_response(request=request, now=now)
    return True


def requests_close_due(*, now: datetime | None = None) -> int:
    """Close every request due as "no response" (the close_unanswered task's whole job). Each one
    in its own transaction, re-checked under its row lock: safe to run twice or concurrently."""
    from apps.feedback.selectors import requests_due_to_close

    now = now or timezone.now()
    closed = 0
    for request in requests_due_to_close(now=now):
        closed += request_close_no_response(request=request, now=now)
    return closed


@transaction.atomic
def reply_link_revoke(*, request: FeedbackRequest, now: datetime | None = None) -> ReplyLink:
    """End the request's reply link at once (idempotent). The request itself stays as it is."""
    now = now or timezone.now()
    link = ReplyLink.objects.select_for_update().filter(request=request).first()
    if link is None:
        raise ApplicationError(
            "This request has no reply link (it was sent from your own mail).", code="no_reply_link", status=409
        )
    if link.revoked_at is None:
        link.revoked_at = now
        link.save(update_fields=["revoked_at", "updated_at"])
    return link
