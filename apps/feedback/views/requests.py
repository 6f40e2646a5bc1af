"""The composer: ask one person for feedback, with a draft from your template and a live tone
check; send it from Debrief (with a reply link) or from your own mail (copy, mailto:, mark sent).
Also the follow-up (once), revoking a reply link, and recording an answer that came by e-mail."""

from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from apps.accounts.selectors import preferences_for
from apps.candidates.models import ApplicationContact, Stage
from apps.candidates.permissions import applications_visible_to
from apps.core.errors import ApplicationError
from apps.core.permissions import get_for_user
from apps.feedback import services
from apps.feedback.forms import ComposerForm, DeclinedForm, FollowUpForm, PastedReplyForm
from apps.feedback.models import FeedbackRequest, RequestStatus, TemplateKind
from apps.feedback.permissions import request_get_for_user, thread_get_for_user
from apps.feedback.reminder_hooks import FOLLOW_UP_AFTER
from apps.feedback.views.shell import add_service_errors, candidate_page, is_htmx, tone_view

SEND_DEBRIEF = "debrief"
SEND_OWN = "own_mail"  # save, then show the copy / mailto: panel
SENT_OWN = "own_mail_sent"  # save and log it as sent from her own mail


def _thread_url(request_obj: FeedbackRequest) -> str:
    return reverse("feedback:thread-detail", args=[request_obj.thread_id]) + f"#request-{request_obj.pk}"


def _contacts_on(application) -> list:
    """The people on this application, each with their part here. 1 query."""
    links = ApplicationContact.objects.filter(application=application).select_related("contact").order_by("id")
    contacts = []
    for link in links:
        link.contact.role_here = link.get_role_display()
        link.contact.role_value = link.role
        contacts.append(link.contact)
    return contacts


def _recruiters_for(user, draft: FeedbackRequest | None) -> list:
    """Who she can ask through instead of a contact: her active recruiters for a new request; the
    one a routed draft already goes to; none for a draft to a contact. 1 query."""
    from apps.recruiters.models import Representation
    from apps.recruiters.selectors import active_recruiters_of

    if draft is None:
        return list(active_recruiters_of(candidate=user))
    return list(Representation.objects.filter(asks__request=draft).select_related("recruiter", "agency"))


def _composer_initial(user, application, contacts, *, contact=None, topics=()) -> dict:
    contact = contact or (contacts[0] if contacts else None)
    draft = services.request_draft(owner=user, application=application, contact=contact, topics=list(topics))
    return {
        "contact": str(contact.pk) if contact else "new",
        "topics": list(topics),
        "subject": draft.subject,
        "body": draft.body,
    }


def _redraft(form: ComposerForm, user, application) -> ComposerForm:
    """The same choices with a fresh draft from the template (the "Fill from my template" button)."""
    data = form.data.copy()
    contact = form.contacts.get(data.get("contact", ""))
    via = form.recruiters.get(data.get("contact", ""))
    draft = services.request_draft(
        owner=user,
        application=application,
        contact=contact,
        contact_name=via.recruiter.full_name if via else data.get("recipient_name", ""),
        topics=data.getlist("topics"),
    )
    data["subject"], data["body"] = draft.subject, draft.body
    return ComposerForm(data, contacts=list(form.contacts.values()), recruiters=list(form.recruiters.values()))


def _recipient_fields(form: ComposerForm) -> dict:
    data = form.cleaned_data
    if data.get("route_id"):
        # Through her recruiter: the route names the recipient; she chooses only topics and words.
        return {
            "route": "recruiter",
            "route_id": data["route_id"],
            "topics": data.get("topics") or [],
            "subject": data.get("subject") or "",
            "body": data.get("body") or "",
        }
    contact = data["contact_obj"]
    role = data.get("recipient_role") or ""
    if contact is not None and role in ("", "other") and getattr(contact, "role_value", ""):
        role = contact.role_value if contact.role_value in dict(form.fields["recipient_role"].choices) else "other"
    return {
        "contact_id": contact.pk if contact else None,
        # A chosen contact is the person; the typed name is for "someone else".
        "recipient_name": contact.name if contact else (data.get("recipient_name") or "").strip(),
        "recipient_email": (data.get("recipient_email") or "").strip() or (contact.email if contact else ""),
        "recipient_role": role,
        "topics": data.get("topics") or [],
        "subject": data.get("subject") or "",
        "body": data.get("body") or "",
    }


def _mailto(draft: FeedbackRequest) -> str:
    """The saved draft as a mailto: link (the small script refreshes it from the form when clicked)."""
    return f"mailto:{quote(draft.recipient_email)}?subject={quote(draft.subject)}&body={quote(draft.body)}"


def _render_composer(request, *, application, form, draft=None, tone=None, confirm="", status=200):
    context = {
        "mailto": _mailto(draft) if draft is not None else "",
        "application": application,
        "form": form,
        "draft": draft,
        "tone": tone or tone_view(form["body"].value() or "", TemplateKind.REQUEST),
        "confirm": confirm,
        "tone_url": reverse("feedback:tone-check"),
    }
    return render(request, "feedback/composer.html", context, status=status)


def _compose(request, *, application, contacts, draft: FeedbackRequest | None, recruiters=()):
    """POST of the composer (new or a saved draft): check, refill, save, or send."""
    # "Send as it is" (after the tone check) carries the original action in ``confirmed``.
    confirmed = request.POST.get("confirmed", "")
    action = confirmed or request.POST.get("action", "check")
    form = ComposerForm(request.POST, contacts=contacts, recruiters=recruiters)
    if action == "redraft":
        return _render_composer(
            request, application=application, form=_redraft(form, request.user, application), draft=draft
        )
    if form.is_valid() and draft is not None and recruiters and not form.cleaned_data["route_id"]:
        form.add_error("contact", "This draft goes to your recruiter. To ask someone else, start a new request.")
    if not form.is_valid():
        return _render_composer(request, application=application, form=form, draft=draft, status=400)
    tone = tone_view(form.cleaned_data.get("body") or "", TemplateKind.REQUEST)
    sending = action in (SEND_DEBRIEF, SEND_OWN, SENT_OWN)
    if action == "check" or (sending and tone["findings"] and not confirmed):
        # Without JavaScript this is the tone check: the findings, and the choice to send as it is.
        return _render_composer(
            request,
            application=application,
            form=form,
            draft=draft,
            tone=tone,
            confirm=action if sending and tone["findings"] else "",
        )
    fields = _recipient_fields(form)
    routed = "route" in fields  # asked through her recruiter (a routed draft keeps its recruiter)
    if routed and action in (SEND_OWN, SENT_OWN):
        form.add_error(
            "contact", "Your recruiter reads it in their portal, so it goes from Debrief: use “Send it from Debrief”."
        )
        return _render_composer(request, application=application, form=form, draft=draft, tone=tone, status=400)
    try:
        saved = services.request_save_and_send(
            owner=request.user,
            application_id=application.pk,
            draft=draft,
            fields=fields,
            send={SEND_DEBRIEF: services.SEND_BY_DEBRIEF, SENT_OWN: services.MARK_SENT}.get(action, ""),
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return _render_composer(request, application=application, form=form, draft=draft, tone=tone, status=400)
    except ApplicationError as error:
        form.add_error(None, error.message)
        return _render_composer(request, application=application, form=form, draft=draft, tone=tone, status=409)
    if action == SEND_DEBRIEF and routed:
        messages.success(
            request,
            f"Sent to {saved.recipient_name}. They'll pass on what the hiring manager said; it arrives on this thread.",
        )
        return redirect(_thread_url(saved))
    if action == SEND_DEBRIEF:
        messages.success(
            request,
            f"Sent. Debrief e-mails {saved.recipient_name} with a private reply link; "
            "you'll see here when it is delivered and when they answer.",
        )
        return redirect(_thread_url(saved))
    if action == SENT_OWN:
        messages.success(request, "Marked as sent. Well done — asking is the hard part. We'll nudge you in a week.")
        return redirect(_thread_url(saved))
    if action == SEND_OWN:
        return redirect(reverse("feedback:request-detail", args=[saved.pk]) + "#send-yourself")
    messages.success(request, "Draft saved. It waits here until you send it.")
    return redirect("feedback:request-detail", pk=saved.pk)


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def request_create(request):
    """``?application=<id>`` (or ``?thread=<id>``): the composer. Without either: pick a rejection."""
    user = request.user
    if request.GET.get("thread"):
        application = thread_get_for_user(user, request.GET["thread"]).application
    elif request.GET.get("application"):
        application = get_for_user(
            applications_visible_to(user).select_related("company"), request.GET["application"], user=user
        )
    else:
        rejections = applications_visible_to(user).filter(stage=Stage.REJECTED).select_related("company")
        return render(
            request, "feedback/composer_pick.html", {"applications": rejections.order_by("-rejected_at", "-id")[:50]}
        )
    contacts = _contacts_on(application)
    recruiters = _recruiters_for(user, None)
    if request.method == "POST":
        return _compose(request, application=application, contacts=contacts, draft=None, recruiters=recruiters)
    if application.stage != Stage.REJECTED:
        messages.info(request, "Feedback requests are for applications that were turned down.")
        return redirect("candidates:application-detail", pk=application.pk)
    chosen = next((c for c in contacts if str(c.pk) == request.GET.get("contact")), None)
    initial = _composer_initial(user, application, contacts, contact=chosen, topics=request.GET.getlist("topic"))
    via = next((r for r in recruiters if request.GET.get("contact") == f"recruiter:{r.pk}"), None)
    if via is not None:  # "Ask through your recruiter" from a link: the draft greets them
        words = services.request_draft(
            owner=user, application=application, contact_name=via.recruiter.full_name, topics=initial["topics"]
        )
        initial.update(contact=f"recruiter:{via.pk}", subject=words.subject, body=words.body)
    form = ComposerForm(initial=initial, contacts=contacts, recruiters=recruiters)
    return _render_composer(request, application=application, form=form)


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def request_detail(request, pk):
    """A draft: edit and send it (or the own-mail panel: copy, mailto:, mark sent). A sent
    request lives on its thread's timeline."""
    draft = request_get_for_user(request.user, pk, for_change=request.method == "POST")
    if draft.status != RequestStatus.DRAFT:
        return redirect(_thread_url(draft))
    application = draft.thread.application
    contacts = _contacts_on(application)
    if draft.contact is not None and all(contact.pk != draft.contact_id for contact in contacts):
        # The person chosen earlier is no longer on the application's people: keep them choosable.
        draft.contact.role_here, draft.contact.role_value = draft.get_recipient_role_display(), draft.recipient_role
        contacts.append(draft.contact)
    recruiters = _recruiters_for(request.user, draft)
    if request.method == "POST":
        return _compose(request, application=application, contacts=contacts, draft=draft, recruiters=recruiters)
    form = ComposerForm(
        initial={
            "contact": f"recruiter:{recruiters[0].pk}"
            if recruiters
            else str(draft.contact_id)
            if draft.contact_id
            else "new",
            "recipient_name": "" if draft.contact_id else draft.recipient_name,
            "recipient_email": ""
            if draft.contact and draft.contact.email == draft.recipient_email
            else draft.recipient_email,
            "recipient_role": draft.recipient_role,
            "topics": draft.topics,
            "subject": draft.subject,
            "body": draft.body,
        },
        contacts=contacts,
        recruiters=recruiters,
    )
    return _render_composer(request, application=application, form=form, draft=draft)


@candidate_page
@require_POST
def tone_check(request):
    """The live tone check (htmx, as you type): the findings as a partial. Without JS the
    composer's "Check the tone" button shows the same findings on the page."""
    kind = request.POST.get("kind", TemplateKind.REQUEST)
    if kind not in TemplateKind.values:
        kind = TemplateKind.REQUEST
    return render(request, "feedback/_tone.html#findings", {"tone": tone_view(request.POST.get("body", ""), kind)})


@candidate_page
@require_POST
def request_mark_sent(request, pk):
    draft = request_get_for_user(request.user, pk, for_change=True)
    try:
        services.request_mark_sent(request=draft)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect("feedback:request-detail", pk=draft.pk)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect(_thread_url(draft))
    messages.success(request, "Marked as sent. Well done — asking is the hard part. We'll nudge you in a week.")
    return redirect(_thread_url(draft))


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def request_follow_up(request, pk):
    """Follow up once: a draft from your follow-up template, tone-checked. A second one is refused."""
    sent = request_get_for_user(request.user, pk, for_change=request.method == "POST")
    application = sent.thread.application
    refused = ""
    if sent.followed_up_at is not None:
        followed_up_on = timezone.localtime(
            sent.followed_up_at, preferences_for(user=request.user).zone
        )  # her day, not UTC's
        refused = (
            f"You already followed up with {sent.recipient_name} on {followed_up_on:%d %b %Y}. "
            "One follow-up is the polite maximum; if no answer comes, the request closes on its own."
        )
    elif sent.status != RequestStatus.SENT:
        refused = f"This request is {sent.get_status_display().lower()}; there is nothing to follow up."
    if request.method == "POST" and not refused:
        form = FollowUpForm(request.POST)
        checking = request.POST.get("action") == "check"  # the tone check without JavaScript
        if form.is_valid() and not checking:
            try:
                services.request_follow_up(
                    request=sent, body=form.cleaned_data["body"], subject=form.cleaned_data["subject"]
                )
            except ValidationError as error:
                add_service_errors(form, error)
            except ApplicationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, f"Followed up with {sent.recipient_name}. That's the last nudge — well done.")
                return redirect(_thread_url(sent))
        status = 200 if checking else 400
    else:
        draft = services.request_draft(
            owner=request.user,
            kind=TemplateKind.FOLLOW_UP,
            application=application,
            contact_name=sent.recipient_name,
            topics=sent.topics,
        )
        form = FollowUpForm(initial={"subject": draft.subject, "body": draft.body})
        status = 409 if (refused and request.method == "POST") else 200
    context = {
        "sent": sent,
        "application": application,
        "form": form,
        "refused": refused,
        # Before a week has passed the page still works, and says that waiting is kinder.
        "follow_up_from": sent.sent_at + FOLLOW_UP_AFTER if sent.sent_at else None,
        "early": bool(sent.sent_at and not refused and sent.sent_at + FOLLOW_UP_AFTER > timezone.now()),
        "tone": tone_view(form["body"].value() or "", TemplateKind.FOLLOW_UP),
        "tone_url": reverse("feedback:tone-check"),
    }
    return render(request, "feedback/follow_up.html", context, status=status)


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def request_revoke_link(request, pk):
    """Revoke the reply link: the page says what will happen, in words, before it happens."""
    sent = request_get_for_user(request.user, pk, for_change=request.method == "POST")
    link = getattr(sent, "reply_link", None) if hasattr(sent, "reply_link") else None
    if link is None:
        messages.info(request, "This request has no reply link: it was sent from your own mail.")
        return redirect(_thread_url(sent))
    if request.method == "POST":
        try:
            services.reply_link_revoke(request=sent)
        except (ApplicationError, ValidationError) as error:
            messages.error(request, getattr(error, "message", None) or " ".join(error.messages))
        else:
            messages.success(request, "The reply link no longer works. Nothing else changed.")
        return redirect(_thread_url(sent))
    return render(request, "feedback/revoke_link.html", {"sent": sent, "link": link})


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def request_reply(request, pk):
    """Record an answer that came another way: paste it, or note that they'd rather not say."""
    sent = request_get_for_user(request.user, pk, for_change=request.method == "POST")
    pasted = PastedReplyForm(initial={"answered_by_name": sent.recipient_name})
    declined = DeclinedForm()
    status = 200
    if request.method == "POST":
        which = request.POST.get("action")
        try:
            if which == "declined":
                declined = DeclinedForm(request.POST)
                if declined.is_valid():
                    services.reply_record_declined(request=sent, note=declined.cleaned_data["note"])
                    messages.success(request, f"Noted. {sent.recipient_name} still earned a thank-you for answering.")
                    return redirect(_thread_url(sent))
            else:
                pasted = PastedReplyForm(request.POST)
                if pasted.is_valid():
                    services.reply_record_pasted(
                        request=sent,
                        text=pasted.cleaned_data["text"],
                        answered_by_name=pasted.cleaned_data["answered_by_name"],
                    )
                    messages.success(request, "Answer saved and split into points. Check the topics, then say thanks.")
                    return redirect(_thread_url(sent))
        except ValidationError as error:
            add_service_errors(declined if which == "declined" else pasted, error)
        except ApplicationError as error:
            (declined if which == "declined" else pasted).add_error(None, error.message)
        status = 400
    return render(
        request,
        "feedback/answer_record.html",
        {"sent": sent, "pasted": pasted, "declined": declined, "is_htmx": is_htmx(request)},
        status=status,
    )
