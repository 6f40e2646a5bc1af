"""Thank-yous: a composer with your template and the tone check; send it from Debrief or mark it
sent from your own mail; or skip it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from apps.core.errors import ApplicationError
from apps.feedback import services
from apps.feedback.forms import ThankYouForm
from apps.feedback.models import Channel, TemplateKind, ThankYouStatus
from apps.feedback.permissions import thank_you_get_for_user
from apps.feedback.views.shell import add_service_errors, candidate_page, tone_view


def _thread_url(thank_you) -> str:
    return reverse("feedback:thread-detail", args=[thank_you.reply.thread_id]) + f"#reply-{thank_you.reply_id}"


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def thank_you_compose(request, pk):
    thank_you = thank_you_get_for_user(request.user, pk, for_change=request.method == "POST")
    application = thank_you.reply.thread.application
    status = 200
    if request.method == "POST":
        form = ThankYouForm(request.POST)
        action = request.POST.get("action", "check")
        if form.is_valid() and action in (Channel.DEBRIEF, Channel.OWN_MAIL):
            try:
                services.thank_you_send(
                    thank_you=thank_you,
                    channel=action,
                    body=form.cleaned_data["body"],
                    subject=form.cleaned_data["subject"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            except ApplicationError as error:
                messages.info(request, error.message)
                return redirect(_thread_url(thank_you))
            else:
                sent_how = "Debrief sends it now" if action == Channel.DEBRIEF else "Logged as sent"
                messages.success(request, f"Thank-you to {thank_you.recipient_name}: {sent_how}. Doors stay open.")
                return redirect(_thread_url(thank_you))
            status = 400
    else:
        if thank_you.status != ThankYouStatus.PENDING:
            messages.info(
                request,
                f"Your thank-you to {thank_you.recipient_name} is already {thank_you.get_status_display().lower()}.",
            )
            return redirect(_thread_url(thank_you))
        draft = services.request_draft(
            owner=request.user,
            kind=TemplateKind.THANK_YOU,
            application=application,
            contact_name=thank_you.recipient_name,
        )
        form = ThankYouForm(initial={"subject": draft.subject, "body": draft.body})
    context = {
        "thank_you": thank_you,
        "application": application,
        "form": form,
        "tone": tone_view(form["body"].value() or "", TemplateKind.THANK_YOU),
        "tone_url": reverse("feedback:tone-check"),
    }
    return render(request, "feedback/thank_you.html", context, status=status)


@candidate_page
@require_POST
def thank_you_skip(request, pk):
    thank_you = thank_you_get_for_user(request.user, pk, for_change=True)
    try:
        services.thank_you_skip(thank_you=thank_you)
    except ApplicationError as error:
        messages.info(request, error.message)
    else:
        messages.info(request, f"Skipped. No more reminders to thank {thank_you.recipient_name}.")
    return redirect(_thread_url(thank_you))
