"""Ask via the recruiter: a candidate's feedback request can go to her active representing
recruiter instead of a contact. The recruiters app plugs this into the feedback services as the
"recruiter" request route, so drafting, sending, following up and answering stay one code path."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.feedback.models import FeedbackRequest, RecipientRole
from apps.recruiters import reminder_hooks
from apps.recruiters.models import RecruiterAsk, Representation, RepresentationShare, RepresentationStatus

ROUTE = "recruiter"


def _representation_for(owner, route_id) -> Representation:
    representations = Representation.objects.filter(candidate=owner, status=RepresentationStatus.ACTIVE)
    if route_id in (None, ""):
        found = list(representations.select_related("recruiter")[:2])
        if len(found) == 1:
            return found[0]
        message = (
            "You have no active recruiter to ask. Accept a recruiter's invitation first, or ask a contact."
            if not found
            else "You work with more than one recruiter: choose which one to ask."
        )
        raise ValidationError({"representation_id": message})
    try:
        pk = int(route_id)
    except (TypeError, ValueError):
        pk = None
    representation = representations.select_related("recruiter").filter(pk=pk).first() if pk else None
    if representation is None:
        raise ValidationError({"representation_id": "Choose one of your active recruiters."})
    return representation


def route_resolve(*, owner, application, route_id) -> tuple[str, str, str]:
    """Who the request goes to: the representing recruiter (name, e-mail, role "recruiter")."""
    recruiter = _representation_for(owner, route_id).recruiter
    return recruiter.full_name or recruiter.email, recruiter.email, RecipientRole.RECRUITER


def route_attach(*, request: FeedbackRequest, route_id) -> RecruiterAsk:
    """Link the draft to the representation. Nothing is shared yet: a draft the candidate never
    sends must not show the recruiter anything (the share comes with ``route_sent``)."""
    representation = _representation_for(request.owner, route_id)
    return RecruiterAsk.objects.create(request=request, representation=representation)


def route_claims(request: FeedbackRequest) -> bool:
    return RecruiterAsk.objects.filter(request=request).exists()


def route_sent(*, request: FeedbackRequest, now: datetime) -> None:
    """Sending the ask shares its application with the recruiter (they can't relay about a thread
    they can't see; the composer says so before she sends). The recruiter is told at once, then
    reminded at 3 and 7 days until they relay. A representation that ended since the draft was
    written is refused, and nothing is shared or sent."""
    ask = RecruiterAsk.objects.select_related("representation__recruiter").get(request=request)
    if ask.representation.status != RepresentationStatus.ACTIVE:
        raise ValidationError(
            {"representation_id": "You no longer work with this recruiter. Ask a contact instead; nothing was sent."}
        )
    RepresentationShare.objects.get_or_create(
        representation=ask.representation, application_id=request.thread.application_id
    )
    reminder_hooks.ask_sent(ask=ask, sent_at=now)


@transaction.atomic
def ask_create(
    *,
    owner,
    representation_id: int | None,
    application_id: int,
    topics: list[str] | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> FeedbackRequest:
    """A draft request to the representing recruiter (send it like any request). Refused with field
    messages: no active representation, someone else's representation, an application not yours."""
    from apps.feedback.services import request_create

    return request_create(
        owner=owner,
        application_id=application_id,
        topics=topics,
        subject=subject,
        body=body,
        route=ROUTE,
        route_id=representation_id,
    )
