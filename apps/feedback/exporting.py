"""The feedback loop's part of "all my data": the candidate's threads with their requests,
replies, points, thank-yous, action items and message templates.

Owned rows only (``owner=user``), so nothing a recruiter wrote privately can appear; reply-link
tokens are never stored in clear and their hashes are left out. 7 queries whatever the data.
"""

from apps.feedback.models import ActionItem, FeedbackItem, FeedbackReply, FeedbackRequest, MessageTemplate, ThankYou


def _iso(value):
    return value.isoformat() if value else None


def feedback_export(user) -> dict:
    requests = FeedbackRequest.objects.filter(owner=user).select_related("thread").order_by("id")
    replies = FeedbackReply.objects.filter(owner=user).order_by("id")
    items = FeedbackItem.objects.filter(owner=user).order_by("reply_id", "position", "id")
    actions = ActionItem.objects.filter(owner=user).prefetch_related("items").order_by("id")
    return {
        "feedback_requests": [
            {
                "id": request.pk,
                "application_id": request.thread.application_id,
                "recipient_name": request.recipient_name,
                "recipient_email": request.recipient_email,
                "recipient_role": request.recipient_role,
                "topics": request.topics,
                "subject": request.subject,
                "body": request.body,
                "channel": request.channel,
                "status": request.status,
                "sent_at": _iso(request.sent_at),
                "followed_up_at": _iso(request.followed_up_at),
                "follow_up_body": request.follow_up_body,
                "closed_at": _iso(request.closed_at),
            }
            for request in requests
        ],
        "feedback_replies": [
            {
                "id": reply.pk,
                "request_id": reply.request_id,
                "source": reply.source,
                "declined": reply.declined,
                "text": reply.text,
                "received_at": _iso(reply.received_at),
                "answered_by": reply.answered_by_name,
            }
            for reply in replies
        ],
        "feedback_items": [
            {
                "id": item.pk,
                "reply_id": item.reply_id,
                "topic": item.topic,
                "polarity": item.polarity,
                "text": item.text,
            }
            for item in items
        ],
        "thank_yous": [
            {
                "id": thanks.pk,
                "reply_id": thanks.reply_id,
                "recipient_name": thanks.recipient_name,
                "status": thanks.status,
                "channel": thanks.channel,
                "body": thanks.body,
                "sent_at": _iso(thanks.sent_at),
            }
            for thanks in ThankYou.objects.filter(owner=user).order_by("id")
        ],
        "action_items": [
            {
                "id": action.pk,
                "title": action.title,
                "topic": action.topic,
                "due_on": _iso(action.due_on),
                "status": action.status,
                "notes": action.notes,
                "completed_at": _iso(action.completed_at),
                "item_ids": [item.pk for item in action.items.all()],
            }
            for action in actions
        ],
        "message_templates": [
            {"kind": template.kind, "subject": template.subject, "body": template.body}
            for template in MessageTemplate.objects.filter(owner=user)
        ],
    }
