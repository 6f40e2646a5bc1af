"""Requests: draft from a template, create, edit and delete (drafts only). Sending, the one
follow-up and the gentle close are in ``sending.py``."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.candidates.models import Application, Contact, Stage
from apps.candidates.permissions import contacts_visible_to
from apps.candidates.services.owned import owned_application
from apps.core.errors import ApplicationError
from apps.core.registry import Registry
from apps.core.services import model_update
from apps.feedback.drafting import DEFAULTS, fill, placeholder_values
from apps.feedback.models import (
    BODY_MAX_CHARS,
    BODY_MAX_WORDS,
    FeedbackRequest,
    FeedbackThread,
    MessageTemplate,
    RecipientRole,
    RequestStatus,
    TemplateKind,
    Topic,
)
from apps.feedback.services.threads import thread_open

Status = RequestStatus
UNCHANGED = object()  # "leave this as it is" for optional arguments where None means "clear"


@dataclass(frozen=True)
class RequestRoute:
    """Somewhere a request can go other than a contact, plugged in by another app (the recruiters
    app registers "recruiter": ask the representing recruiter, who relays). ``resolve(owner=,
    application=, route_id=)`` returns ``(name, email, role)`` or raises ``ValidationError``;
    ``attach(request=, route_id=)`` links the saved draft; ``claims(request)`` says whether a
    request is this route's; ``sent(request=, now=)`` replaces the e-mail with a reply link."""

    resolve: object
    attach: object
    claims: object
    sent: object


request_routes: Registry[RequestRoute] = Registry("request route")


def _route_of(request: FeedbackRequest) -> RequestRoute | None:
    return next((route for route in request_routes if route.claims(request)), None)


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


def _template_for(owner, kind: str) -> tuple[str, str]:
    own = MessageTemplate.objects.filter(owner=owner, kind=kind).first()
    return (own.subject, own.body) if own is not None else DEFAULTS[kind]


def request_draft(
    *,
    owner,
    kind: str = TemplateKind.REQUEST,
    application: Application,
    contact: Contact | None = None,
    contact_name: str = "",
    topics: list[str] | None = None,
) -> Draft:
    """The candidate's template (or the default) for ``kind``, filled from the application, the
    person and the topics. Writes nothing. 1 query (the candidate's template)."""
    subject, body = _template_for(owner, kind)
    values = placeholder_values(
        owner=owner,
        application=application,
        contact_name=contact.name if contact is not None else contact_name,
        topics=list(topics or []),
    )
    return Draft(subject=fill(subject, values)[:200], body=fill(body, values))


# --- Validation shared by create, update and send ---------------------------------------------


def _clean_topics(topics) -> list[str]:
    topics = list(dict.fromkeys(topics or []))
    unknown = [value for value in topics if value not in Topic.values]
    if unknown:
        raise ValidationError({"topics": f"“{unknown[0]}” is not a topic. Choose from: {', '.join(Topic.values)}."})
    return topics


def check_body(body: str, *, field: str = "body", what: str = "Your message") -> str:
    """Non-empty, at most BODY_MAX_CHARS characters and BODY_MAX_WORDS words — with a clear message."""
    body = (body or "").strip()
    if not body:
        raise ValidationError({field: f"{what} is empty. Write a few friendly lines (or start from the template)."})
    if len(body) > BODY_MAX_CHARS:
        raise ValidationError(
            {
                field: f"{what} is {len(body):,} characters long; the limit is {BODY_MAX_CHARS:,}. "
                "A request that gets answered is usually about 150 words. Nothing was sent."
            }
        )
    words = len(body.split())
    if words > BODY_MAX_WORDS:
        raise ValidationError(
            {
                field: f"{what} is {words:,} words long; keep it under {BODY_MAX_WORDS:,} "
                "(about 150 is best — busy people answer short notes). Nothing was sent."
            }
        )
    return body


def _resolve_application(owner, application_id) -> Application:
    # Owned, not merely visible: a recruiter sees the applications shared with her, but only the
    # candidate may ask for feedback on her own application.
    return owned_application(owner=owner, pk=application_id)


def _resolve_contact(owner, contact_id) -> Contact | None:
    if contact_id in (None, ""):
        return None
    contact = contacts_visible_to(owner).filter(pk=_int(contact_id)).first()
    if contact is None:
        raise ValidationError({"contact_id": "Pick one of your contacts."})
    return contact


def _int(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**63 else None


def _role_of(contact: Contact | None, application: Application) -> str:
    if contact is None:
        return RecipientRole.OTHER
    link = application.contact_links.filter(contact=contact).first()
    role = link.role if link is not None else contact.role
    return role if role in RecipientRole.values else RecipientRole.OTHER


def _thread_for(owner, application: Application) -> FeedbackThread:
    thread = FeedbackThread.objects.filter(application=application).first()
    if thread is not None:
        return thread
    if application.stage != Stage.REJECTED:
        raise ApplicationError(
            "Feedback requests are for applications that were turned down. "
            "Mark the application as rejected first; nothing was saved.",
            code="not_rejected",
            status=409,
        )
    return thread_open(application=application)


# --- Create and edit ---------------------------------------------------------------------------


@transaction.atomic
def request_create(
    *,
    owner,
    application_id: int,
    contact_id: int | None = None,
    recipient_name: str = "",
    recipient_email: str = "",
    recipient_role: str = "",
    topics: list[str] | None = None,
    subject: str | None = None,
    body: str | None = None,
    route: str = "",
    route_id: int | None = None,
) -> FeedbackRequest:
    """A draft request to one person. Ids are resolved in the owner's scope; the person comes from
    ``contact_id`` (name, e-mail and role are snapshotted) or is typed in. Without a subject/body
    the template fills them. With ``route`` ("recruiter") and ``route_id`` (a representation), the
    registered route names the recipient instead (ask via the recruiter)."""
    application = _resolve_application(owner, application_id)
    routed = request_routes.get(route) if route else None
    if routed is not None:
        contact_id = None
        recipient_name, recipient_email, recipient_role = routed.resolve(
            owner=owner, application=application, route_id=route_id
        )
    contact = _resolve_contact(owner, contact_id)
    topics = _clean_topics(topics)
    name = (recipient_name or (contact.name if contact else "")).strip()
    if not name:
        raise ValidationError({"recipient_name": "Who are you asking? Pick a contact or type their name."})
    thread = _thread_for(owner, application)
    if subject is None or body is None:
        draft = request_draft(owner=owner, application=application, contact=contact, contact_name=name, topics=topics)
        subject = draft.subject if subject is None else subject
        body = draft.body if body is None else body
    request = FeedbackRequest(
        thread=thread,
        owner=owner,
        contact=contact,
        recipient_name=name,
        recipient_email=(recipient_email or (contact.email if contact else "")).strip(),
        recipient_role=recipient_role or _role_of(contact, application),
        topics=topics,
        subject=(subject or "").strip(),
        body=(body or "").strip(),
    )
    if len(request.body) > BODY_MAX_CHARS:
        check_body(request.body)
    request.full_clean()
    request.save()
    if routed is not None:
        routed.attach(request=request, route_id=route_id)
    return request


REQUEST_EDITABLE = ("contact", "recipient_name", "recipient_email", "recipient_role", "topics", "subject", "body")


def _refuse_unless_draft(request: FeedbackRequest) -> None:
    if request.status != Status.DRAFT:
        raise ApplicationError(
            f"This request was already {request.get_status_display().lower()}; a sent message can't be changed. "
            "You can follow up once instead.",
            code="request_not_draft",
            status=409,
        )


@transaction.atomic
def request_update(
    *,
    request: FeedbackRequest,
    contact_id: int | None | object = UNCHANGED,
    recipient_name: str | None = None,
    recipient_email: str | None = None,
    recipient_role: str | None = None,
    topics: list[str] | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> tuple[FeedbackRequest, bool]:
    """Edit a draft (anything left as None/… is unchanged). Sent requests are refused (409)."""
    request = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
    _refuse_unless_draft(request)
    data: dict = {}
    if contact_id is not UNCHANGED:
        contact = _resolve_contact(request.owner, contact_id)
        data["contact"] = contact
        if contact is not None and recipient_name is None:
            data["recipient_name"] = contact.name
        if contact is not None and recipient_email is None:
            data["recipient_email"] = contact.email
    for name, value in (
        ("recipient_name", recipient_name),
        ("recipient_email", recipient_email),
        ("recipient_role", recipient_role),
        ("subject", subject),
        ("body", body),
    ):
        if value is not None:
            data[name] = value.strip()
    if topics is not None:
        data["topics"] = _clean_topics(topics)
    if len(data.get("body", "")) > BODY_MAX_CHARS:
        check_body(data["body"])
    return model_update(instance=request, fields=REQUEST_EDITABLE, data=data)


@transaction.atomic
def request_delete(*, request: FeedbackRequest) -> None:
    """Only a draft can be deleted: a sent request is part of the record."""
    request = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
    _refuse_unless_draft(request)
    request.delete()


def request_draft_for(
    *,
    owner,
    kind: str = TemplateKind.REQUEST,
    application_id: int,
    contact_id: int | None = None,
    contact_name: str = "",
    topics: list[str] | None = None,
) -> Draft:
    """``request_draft`` with the application and contact given by id (resolved in the owner's scope)."""
    application = _resolve_application(owner, application_id)
    contact = _resolve_contact(owner, contact_id)
    return request_draft(
        owner=owner,
        kind=kind,
        application=application,
        contact=contact,
        contact_name=contact_name,
        topics=_clean_topics(topics),
    )
