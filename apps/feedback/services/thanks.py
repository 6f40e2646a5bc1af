"""Thank-yous: owed with every reply; sent by Debrief through the outbox or from the candidate's
own mail (then logged), or skipped. Either way the "say thanks" reminders stop."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.accounts.selectors import preferences_for
from apps.core.errors import ApplicationError
from apps.feedback import reminder_hooks
from apps.feedback.models import Channel, ThankYou, ThankYouStatus
from apps.feedback.services.requests import check_body


def _refuse_unless_pending(thank_you: ThankYou) -> None:
    if thank_you.status == ThankYouStatus.SENT:
        # The date as the candidate reads it: in her own zone, not the server's UTC.
        when = (
            f" on {timezone.localtime(thank_you.sent_at, preferences_for(user=thank_you.owner).zone):%d %b %Y}"
            if thank_you.sent_at
            else ""
        )
        raise ApplicationError(
            f"You already thanked {thank_you.recipient_name}{when}. Once is gracious; twice is a lot.",
            code="already_thanked",
            status=409,
        )
    if thank_you.status == ThankYouStatus.SKIPPED:
        raise ApplicationError(
            f"You chose to skip thanking {thank_you.recipient_name}. Nothing was sent.",
            code="thank_you_skipped",
            status=409,
        )


@transaction.atomic
def thank_you_send(
    *, thank_you: ThankYou, channel: str, body: str = "", subject: str = "", now: datetime | None = None
) -> ThankYou:
    """Send (``debrief``: an outbox row, Reply-To the candidate) or log (``own_mail``) the thanks.
    A second thank-you is refused (409) with a clear message."""
    now = now or timezone.now()
    thank_you = (
        ThankYou.objects.select_for_update()
        .select_related("owner", "reply__thread__application__company")
        .get(pk=thank_you.pk)
    )
    _refuse_unless_pending(thank_you)
    if channel not in Channel.values:
        raise ValidationError({"channel": f"Choose how it goes out: {', '.join(Channel.values)}."})
    if channel == Channel.DEBRIEF:
        body = check_body(body, what="Your thank-you")
        if not thank_you.recipient_email:
            raise ValidationError(
                {
                    "channel": f"Debrief has no e-mail address for {thank_you.recipient_name}. "
                    "Send your thanks from your own mail and mark it sent."
                }
            )
    elif body.strip():
        body = check_body(body, what="Your thank-you")
    application = thank_you.reply.thread.application
    thank_you.subject = (
        subject or f"Thank you for getting back to me — {application.role_title} at {application.company.name}"
    ).strip()[:200]
    thank_you.body = body.strip()
    thank_you.channel = channel
    thank_you.status = ThankYouStatus.SENT
    thank_you.sent_at = now
    if channel == Channel.DEBRIEF:
        owner = thank_you.owner
        thank_you.outbox = reminder_hooks.outgoing_mail(
            kind=reminder_hooks.THANK_YOU_MAIL,
            subject=thank_you,
            to=thank_you.recipient_email,
            due_at=now,
            payload={
                "subject": thank_you.subject,
                "body": thank_you.body,
                "reply_to": owner.email,
                "from_name": owner.full_name or owner.first_name,
            },
        )
    thank_you.full_clean()
    thank_you.save()
    reminder_hooks.thanks_settled(thank_you=thank_you)
    return thank_you


@transaction.atomic
def thank_you_skip(*, thank_you: ThankYou) -> ThankYou:
    """Decide not to thank (the reminders stop). Refused once sent."""
    thank_you = ThankYou.objects.select_for_update().get(pk=thank_you.pk)
    if thank_you.status == ThankYouStatus.SKIPPED:
        return thank_you
    _refuse_unless_pending(thank_you)
    thank_you.status = ThankYouStatus.SKIPPED
    thank_you.save(update_fields=["status", "updated_at"])
    reminder_hooks.thanks_settled(thank_you=thank_you)
    return thank_you
