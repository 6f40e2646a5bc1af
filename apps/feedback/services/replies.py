"""Replies and their items: answered through the reply link (public, by token), pasted by the
candidate from an e-mail, or declined ("I'd rather not say"). Every reply owes a thank-you."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from apps.core.errors import ApplicationError
from apps.core.services import model_update
from apps.feedback import reminder_hooks
from apps.feedback.models import (
    BODY_MAX_CHARS,
    FeedbackItem,
    FeedbackReply,
    FeedbackRequest,
    Polarity,
    RecipientRole,
    ReplyLink,
    ReplySource,
    RequestStatus,
    ThankYou,
    Topic,
)
from apps.feedback.parsing import guess_polarity, items_from_text

ANSWER_MAX_CHARS = 5_000
PASTED_MAX_CHARS = 4 * BODY_MAX_CHARS

LINK_PROBLEMS = {
    "unknown": ("This link doesn't work. Check that it was copied whole from the e-mail.", 404),
    "revoked": ("This link was withdrawn by the person who sent it. Nothing more is needed from you.", 410),
    "used": ("This link was already used to answer — thank you. It works only once.", 410),
    "answered": (
        "An answer to this request has already reached the candidate another way — thank you. "
        "Nothing more is needed from you.",
        410,
    ),
    "expired": ("This link has expired (links last 14 days). Nothing more is needed from you.", 410),
}


def reply_link_problem_error(problem: str) -> ApplicationError:
    message, status = LINK_PROBLEMS[problem]
    return ApplicationError(message, code=f"reply_link_{problem}", status=status)


def _replyable(request: FeedbackRequest) -> None:
    if hasattr(request, "reply"):
        raise ApplicationError(
            f"{request.recipient_name}'s answer is already recorded. Edit its items instead.",
            code="already_answered",
            status=409,
        )
    if request.status == RequestStatus.DRAFT:
        raise ApplicationError(
            "This request hasn't been sent yet. Send it (or mark it sent) before recording an answer.",
            code="request_not_sent",
            status=409,
        )


def _reply_create(
    *,
    request: FeedbackRequest,
    source: str,
    declined: bool,
    text: str,
    items: list[tuple[str, str, str]],
    answered_by_name: str,
    now: datetime,
) -> FeedbackReply:
    """Write the reply, its items and the thank-you it earns; settle the request's reminders."""
    reply = FeedbackReply(
        thread_id=request.thread_id,
        request=request,
        owner_id=request.owner_id,
        source=source,
        declined=declined,
        text=text,
        received_at=now,
        answered_by_name=(answered_by_name or request.recipient_name).strip()[:150],
        answered_by_role=request.recipient_role,
    )
    reply.full_clean()
    reply.save()
    FeedbackItem.objects.bulk_create(
        [
            FeedbackItem(reply=reply, owner_id=request.owner_id, topic=topic, polarity=polarity, text=body, position=i)
            for i, (topic, polarity, body) in enumerate(items)
        ]
    )
    request.status = RequestStatus.DECLINED if declined else RequestStatus.ANSWERED
    request.closed_at = now
    request.save(update_fields=["status", "closed_at", "updated_at"])
    reminder_hooks.request_finished(request=request)
    thank_you = ThankYou.objects.create(
        reply=reply,
        owner_id=request.owner_id,
        recipient_name=reply.answered_by_name or request.recipient_name,
        recipient_email=request.recipient_email,
        recipient_role=request.recipient_role,
    )
    reminder_hooks.thanks_owed(thank_you=thank_you, replied_at=now)
    if source == ReplySource.LINK:
        reminder_hooks.answer_arrived(reply=reply)
    else:
        # The answer came another way: close the link, so the hiring manager who opens it later
        # is told the request is answered instead of typing into a form that can't be sent.
        ReplyLink.objects.filter(request=request, used_at=None, revoked_at=None).update(revoked_at=now, updated_at=now)
    return reply


def _bounded(text: str, *, field: str, limit: int) -> str:
    text = (text or "").strip()
    if len(text) > limit:
        raise ValidationError({field: f"This answer is {len(text):,} characters long; the limit is {limit:,}."})
    return text


@transaction.atomic
def reply_submit(
    *,
    token: str,
    answers: dict[str, str] | None = None,
    free_text: str = "",
    declined: bool = False,
    answered_by_name: str = "",
    now: datetime | None = None,
) -> FeedbackReply:
    """The hiring manager's answer through the reply link — the only thing that spends it.

    ``answers`` maps each asked topic to its text; ``free_text`` is split into items. Refuses an
    unknown (404), revoked, used or expired link (410, each with its own code), an empty answer
    that is not a decline (400), and topics that were not asked (400). Nothing is half-written."""
    now = now or timezone.now()
    link = (
        ReplyLink.objects.select_for_update()
        .select_related("request")
        .filter(token_hash=ReplyLink.hash_token(token or ""))
        .first()
    )
    if link is None:
        raise reply_link_problem_error("unknown")
    if FeedbackReply.objects.filter(request_id=link.request_id).exclude(source=ReplySource.LINK).exists():
        # The candidate already recorded an answer that came another way (pasted, declined, relayed).
        raise reply_link_problem_error("answered")
    problem = link.problem(now=now)
    if problem:
        raise reply_link_problem_error(problem)
    request = link.request
    answers = {
        key: _bounded(value, field=f"answers.{key}", limit=ANSWER_MAX_CHARS) for key, value in (answers or {}).items()
    }
    not_asked = [key for key in answers if key not in request.topics]
    if not_asked:
        raise ValidationError({"answers": f"“{not_asked[0]}” was not one of the topics asked about."})
    free_text = _bounded(free_text, field="free_text", limit=ANSWER_MAX_CHARS)
    answered_by_name = _bounded(answered_by_name, field="answered_by_name", limit=150)
    items = (
        []
        if declined
        else [(topic, guess_polarity(text), text) for topic, text in answers.items() if text]
        + items_from_text(free_text)
    )
    if not declined and not items:
        raise ValidationError({"free_text": "Write a few words in at least one box — or choose “I'd rather not say”."})
    text = "\n\n".join([*(t for t in answers.values() if t), free_text]).strip() if not declined else free_text
    reply = _reply_create(
        request=request,
        source=ReplySource.LINK,
        declined=declined,
        text=text,
        items=items,
        answered_by_name=answered_by_name,
        now=now,
    )
    link.used_at = now
    link.save(update_fields=["used_at", "updated_at"])
    return reply


@transaction.atomic
def reply_record_pasted(
    *, request: FeedbackRequest, text: str, answered_by_name: str = "", received_at: datetime | None = None
) -> FeedbackReply:
    """An answer that came by e-mail or phone, pasted by the candidate: split into items with
    topics and polarities guessed (she can retag, split and merge them). A late answer to a
    request closed as "no response" is welcome too."""
    request = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
    _replyable(request)
    text = _bounded(text, field="text", limit=PASTED_MAX_CHARS)
    items = items_from_text(text)
    if not items:
        raise ValidationError({"text": "Paste the answer you received; there is nothing here to record yet."})
    return _reply_create(
        request=request,
        source=ReplySource.PASTED,
        declined=False,
        text=text,
        items=items,
        answered_by_name=answered_by_name,
        now=received_at or timezone.now(),
    )


@transaction.atomic
def reply_record_declined(
    *, request: FeedbackRequest, note: str = "", received_at: datetime | None = None
) -> FeedbackReply:
    """They answered but would rather not give feedback: still an answer, still worth a thank-you."""
    request = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
    _replyable(request)
    return _reply_create(
        request=request,
        source=ReplySource.PASTED,
        declined=True,
        text=_bounded(note, field="note", limit=ANSWER_MAX_CHARS),
        items=[],
        answered_by_name="",
        now=received_at or timezone.now(),
    )


@transaction.atomic
def reply_record_relayed(
    *,
    thread,
    request: FeedbackRequest | None,
    text: str,
    recruiter_name: str,
    recruiter_email: str,
    source_label: str = "",
    now: datetime | None = None,
) -> FeedbackReply:
    """A recruiter's published relay lands on the candidate's thread as a reply (source "relay")
    with items split from ``text``, answering ``request`` if the ask went through the recruiter.
    The thank-you it earns is owed to the recruiter, who passes it on to the person they heard it
    from (named by ``source_label``). Only the candidate-facing text ever reaches this function."""
    now = now or timezone.now()
    answered_by = (
        f"{recruiter_name}, relaying {source_label[:1].lower()}{source_label[1:]}" if source_label else recruiter_name
    )
    answered_by = answered_by[:150]
    text = _bounded(text, field="candidate_text", limit=PASTED_MAX_CHARS)
    items = items_from_text(text)
    if not items:
        raise ValidationError({"candidate_text": "Write what the candidate should read; the relay is empty."})
    if request is not None:
        request = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
        if not hasattr(request, "reply") and request.status != RequestStatus.DRAFT:
            return _reply_create(
                request=request,
                source=ReplySource.RELAY,
                declined=False,
                text=text,
                items=items,
                answered_by_name=answered_by,
                now=now,
            )
    reply = FeedbackReply(
        thread=thread,
        owner_id=thread.owner_id,
        source=ReplySource.RELAY,
        text=text,
        received_at=now,
        answered_by_name=answered_by,
        answered_by_role=RecipientRole.RECRUITER,
    )
    reply.full_clean()
    reply.save()
    FeedbackItem.objects.bulk_create(
        [
            FeedbackItem(reply=reply, owner_id=thread.owner_id, topic=topic, polarity=polarity, text=body, position=i)
            for i, (topic, polarity, body) in enumerate(items)
        ]
    )
    thank_you = ThankYou.objects.create(
        reply=reply,
        owner_id=thread.owner_id,
        recipient_name=answered_by,
        recipient_email=recruiter_email,
        recipient_role=RecipientRole.RECRUITER,
    )
    reminder_hooks.thanks_owed(thank_you=thank_you, replied_at=now)
    return reply


# --- Items: retag, split, merge -----------------------------------------------------------------


def _check_choice(value: str | None, choices, field: str) -> None:
    if value is not None and value not in choices.values:
        raise ValidationError({field: f"Choose one of: {', '.join(choices.values)}."})


@transaction.atomic
def item_update(
    *, item: FeedbackItem, topic: str | None = None, polarity: str | None = None, text: str | None = None
) -> tuple[FeedbackItem, bool]:
    """Retag or reword one item (None leaves a field as it is)."""
    _check_choice(topic, Topic, "topic")
    _check_choice(polarity, Polarity, "polarity")
    data = {name: value for name, value in (("topic", topic), ("polarity", polarity)) if value is not None}
    if text is not None:
        text = text.strip()
        if not text:
            raise ValidationError({"text": "An item needs some words. To remove it, merge it into another."})
        data["text"] = _bounded(text, field="text", limit=ANSWER_MAX_CHARS)
    return model_update(instance=item, fields=("topic", "polarity", "text"), data=data)


@transaction.atomic
def item_split(*, item: FeedbackItem, at: int) -> tuple[FeedbackItem, FeedbackItem]:
    """Split one item in two at character ``at``; the new second part keeps topic and polarity
    and sits right after the first. Both parts must have words."""
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    first, second = item.text[:at].strip(), item.text[at:].strip()
    if not isinstance(at, int) or at <= 0 or at >= len(item.text) or not first or not second:
        raise ValidationError(
            {
                "at": f"Split inside the text (between 1 and {max(len(item.text) - 1, 1)}), "
                "so both parts keep some words."
            }
        )
    FeedbackItem.objects.filter(reply_id=item.reply_id, position__gt=item.position).update(position=F("position") + 1)
    item.text = first
    item.save(update_fields=["text", "updated_at"])
    new = FeedbackItem.objects.create(
        reply_id=item.reply_id,
        owner_id=item.owner_id,
        topic=item.topic,
        polarity=item.polarity,
        text=second,
        position=item.position + 1,
    )
    new.action_items.set(item.action_items.all())
    return item, new


@transaction.atomic
def item_merge(*, owner, item_ids: list[int]) -> FeedbackItem:
    """Merge two or more items of one reply into the first (by position): texts joined in order,
    action-item links kept. Ids are resolved in the owner's scope."""
    ids = list(dict.fromkeys(item_ids or []))
    items = list(
        FeedbackItem.objects.select_for_update()
        .filter(owner=owner, pk__in=[i for i in ids if isinstance(i, int)])
        .order_by("position", "id")
    )
    if len(ids) < 2 or len(items) != len(ids):
        raise ValidationError({"item_ids": "Pick two or more of your items to merge."})
    if len({item.reply_id for item in items}) != 1:
        raise ValidationError({"item_ids": "Only items from the same answer can be merged."})
    keep, rest = items[0], items[1:]
    merged = "\n\n".join(item.text for item in items)
    keep.text = _bounded(merged, field="item_ids", limit=4 * ANSWER_MAX_CHARS)
    keep.save(update_fields=["text", "updated_at"])
    for other in rest:
        keep.action_items.add(*other.action_items.all())
    FeedbackItem.objects.filter(pk__in=[other.pk for other in rest]).delete()
    return keep


def reply_record(
    *, owner, request_id: int, text: str = "", declined: bool = False, answered_by_name: str = ""
) -> FeedbackReply:
    """The API's one way to record an answer that came another way: ``request_id`` is resolved in
    the owner's scope; ``declined`` records "I'd rather not say" (``text`` kept as a note)."""
    request = FeedbackRequest.objects.filter(owner=owner, pk=request_id).first()
    if request is None:
        raise ValidationError({"request_id": "Pick one of your requests."})
    if declined:
        return reply_record_declined(request=request, note=text)
    return reply_record_pasted(request=request, text=text, answered_by_name=answered_by_name)
