"""The relay composer: private notes (only your agency sees them), the words the candidate will
read with a live redaction check (findings quote the words, say why, and offer a rewrite to apply),
how the source is named, a preview of exactly what she will see, save as a draft, and publish
after a page that says in words what will happen."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from apps.core.errors import ApplicationError
from apps.core.permissions import get_for_user
from apps.feedback.checks import RedactionReport
from apps.feedback.redaction import check_redaction, suggest_rewrite
from apps.recruiters import selectors, services
from apps.recruiters.forms import RelayForm, redaction_check_url
from apps.recruiters.models import RecruiterAsk, Relay, SourceNaming
from apps.recruiters.permissions import relay_get_for_user
from apps.recruiters.views.shell import add_service_errors, error_text, recruiter_page

ACTIONS = ("save", "check", "publish", "apply", "apply_all")


def redaction_view(text: str, candidate_name: str) -> dict:
    """The redaction check's findings for ``text`` as the composer shows them: the quoted words,
    why, the suggestion, and whether one click can apply a rewrite (names, contact details and
    figures can; comparisons and protected characteristics need the recruiter's own words)."""
    text = text or ""
    report = check_redaction(text, candidate_name) if text.strip() else RedactionReport(findings=[])
    findings = []
    for index, finding in enumerate(report.findings):
        rewritten = suggest_rewrite(text, RedactionReport(findings=[finding]))
        findings.append(
            {
                **finding.as_dict(),
                "index": index,
                "quote": text[finding.start : finding.end],
                "label": finding.code.replace("_", " "),
                "can_apply": rewritten != text,
                "replacement": _replacement(text, rewritten, finding),
            }
        )
    return {
        "findings": findings,
        "checked": bool(text.strip()),
        "can_apply_all": any(f["can_apply"] for f in findings),
        "report": report,
    }


def _replacement(text: str, rewritten: str, finding) -> str:
    """What the one-click rewrite puts in place of the flagged words ("" when there is none)."""
    if rewritten == text:
        return ""
    tail = len(text) - finding.end
    return rewritten[finding.start : len(rewritten) - tail] if tail else rewritten[finding.start :]


def _preview(user, text: str, source_naming: str):
    """Exactly what the candidate will see, from the words on the page (nothing is saved)."""
    naming = source_naming if source_naming in SourceNaming.values else SourceNaming.HIRING_MANAGER
    return services.relay_preview(relay=Relay(recruiter=user, candidate_text=text or "", source_naming=naming))


def _thread_for(user, pk):
    return get_for_user(selectors.shared_threads_of(recruiter=user), pk, user=user)


def _ask_for(user, thread, request_id):
    """The ask this relay answers, if the page names one of this thread's asks to you."""
    if not request_id:
        return None
    return (
        RecruiterAsk.objects.filter(
            request_id=request_id if str(request_id).isdigit() else 0,
            request__thread=thread,
            representation__recruiter=user,
        )
        .select_related("request")
        .first()
    )


def _render(request, *, thread, form, relay=None, ask=None, redaction=None, status=200):
    text = form["candidate_text"].value() or ""
    naming = form["source_naming"].value() or SourceNaming.HIRING_MANAGER
    context = {
        "thread": thread,
        "application": thread.application,
        "candidate": thread.owner,
        "form": form,
        "relay": relay,
        "ask": ask,
        "redaction": redaction or redaction_view(text, thread.owner.full_name),
        "preview": _preview(request.user, text, naming),
    }
    return render(request, "recruiters/relay_composer.html", context, status=status)


def _applied(form_data, redaction: dict, action: str, index: str) -> dict:
    """The posted fields with one finding's rewrite applied (or all that can be)."""
    data = form_data.copy()
    text = data.get("candidate_text", "")
    report = redaction["report"]
    if action == "apply_all":
        data["candidate_text"] = suggest_rewrite(text, report)
    elif index.isdigit() and int(index) < len(report.findings):
        data["candidate_text"] = suggest_rewrite(text, RedactionReport(findings=[report.findings[int(index)]]))
    return data


def _compose(request, *, thread, relay, ask):
    """POST of the composer (new or a saved draft): check, apply a rewrite, save, or go to publish."""
    action = request.POST.get("action", "save")
    index = ""
    if action.startswith("apply:"):
        action, index = "apply", action.split(":", 1)[1]
    action = action if action in ACTIONS else "save"
    check_url = redaction_check_url(thread.pk)
    form = RelayForm(request.POST, check_url=check_url)
    if not form.is_valid():
        return _render(request, thread=thread, form=form, relay=relay, ask=ask, status=400)
    redaction = redaction_view(form.cleaned_data["candidate_text"], thread.owner.full_name)
    if action in ("apply", "apply_all"):
        form = RelayForm(_applied(request.POST, redaction, action, index), check_url=check_url)
        form.is_valid()
        return _render(request, thread=thread, form=form, relay=relay, ask=ask)
    if action == "check":
        return _render(request, thread=thread, form=form, relay=relay, ask=ask, redaction=redaction)
    fields = {name: form.cleaned_data[name] for name in ("raw_notes", "candidate_text", "source_naming")}
    try:
        with transaction.atomic():
            if relay is None:
                relay = services.relay_create(
                    recruiter=request.user, thread_id=thread.pk, request_id=ask.request_id if ask else None, **fields
                )
            else:
                relay, _ = services.relay_update(relay=relay, **fields)
    except ValidationError as error:
        add_service_errors(form, error)
        return _render(request, thread=thread, form=form, relay=relay, ask=ask, redaction=redaction, status=400)
    except ApplicationError as error:
        form.add_error(None, error.message)
        return _render(
            request, thread=thread, form=form, relay=relay, ask=ask, redaction=redaction, status=error.status
        )
    if action == "publish":
        return redirect("recruiters:relay-publish", pk=relay.pk)
    messages.success(request, "Draft saved. Only you can see it until you publish.")
    return redirect("recruiters:relay-edit", pk=relay.pk)


@recruiter_page
@require_http_methods(["GET", "HEAD", "POST"])
def relay_create(request, pk):
    """A new relay on a thread you see (``?request=<id>`` answers one of its asks to you)."""
    thread = _thread_for(request.user, pk)
    ask = _ask_for(request.user, thread, request.POST.get("request") or request.GET.get("request"))
    if request.method == "POST":
        return _compose(request, thread=thread, relay=None, ask=ask)
    services.audit_recruiter_read(
        recruiter=request.user, what="feedback thread", candidate_ids=[thread.owner_id], target=thread, via="portal"
    )
    form = RelayForm(check_url=redaction_check_url(thread.pk))
    return _render(request, thread=thread, form=form, ask=ask)


@recruiter_page
@require_http_methods(["GET", "HEAD", "POST"])
def relay_edit(request, pk):
    """A draft relay: edit it, check it, publish it. A published relay shows as it was published."""
    relay = relay_get_for_user(request.user, pk, for_change=request.method == "POST")
    thread = relay.thread
    ask = _ask_for(request.user, thread, relay.request_id)
    if relay.status == Relay.Status.PUBLISHED:
        return render(request, "recruiters/relay_published.html", {"relay": relay, "thread": thread})
    if request.method == "POST":
        return _compose(request, thread=thread, relay=relay, ask=ask)
    form = RelayForm(
        initial={
            "raw_notes": relay.raw_notes,
            "candidate_text": relay.candidate_text,
            "source_naming": relay.source_naming,
        },
        check_url=redaction_check_url(thread.pk),
    )
    return _render(request, thread=thread, form=form, relay=relay, ask=ask)


@recruiter_page
@require_POST
def relay_check(request, pk):
    """The live redaction check (htmx, as you type) for a thread you see: the findings and the
    preview as a partial. Nothing is saved. Without JavaScript the composer's "Check it" does this."""
    thread = _thread_for(request.user, pk)
    text = request.POST.get("candidate_text", "")
    context = {
        "redaction": redaction_view(text, thread.owner.full_name),
        "preview": _preview(request.user, text, request.POST.get("source_naming", "")),
        "candidate": thread.owner,
    }
    return render(request, "recruiters/relay_composer.html#check", context)


@recruiter_page
@require_http_methods(["GET", "HEAD", "POST"])
def relay_publish(request, pk):
    """Publish: the page says what will happen (she sees it at once; it can't change afterwards)."""
    relay = relay_get_for_user(request.user, pk, for_change=True)
    candidate = relay.representation.candidate
    status = 200
    findings = relay.findings or []
    error = ""
    if request.method == "POST":
        try:
            services.relay_publish(relay=relay, accept_findings=request.POST.get("accept_findings") == "on")
        except ValidationError as problem:
            messages.error(request, error_text(problem))
            return redirect("recruiters:relay-edit", pk=relay.pk)
        except ApplicationError as problem:
            error, status = problem.message, problem.status
            findings = problem.extra.get("findings", findings)
        else:
            messages.success(
                request,
                f"Published. {candidate.first_name} can read it on their feedback thread now; we've let them know.",
            )
            return redirect("recruiters:candidate-detail", pk=candidate.pk)
    redaction = redaction_view(relay.candidate_text, candidate.full_name)
    context = {
        "relay": relay,
        "candidate": candidate,
        "thread": relay.thread,
        "preview": services.relay_preview(relay=relay),
        "redaction": redaction,
        "stored_findings": findings,
        "error": error,
        "edit_url": reverse("recruiters:relay-edit", args=[relay.pk]),
    }
    return render(request, "recruiters/relay_publish.html", context, status=status)
