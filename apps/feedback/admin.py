"""Staff views of the feedback loop (read-mostly: changes belong to the candidate's services).
Reply-link rows show no token — only that one exists and its state."""

from django.contrib import admin

from apps.feedback.models import (
    ActionItem,
    FeedbackItem,
    FeedbackReply,
    FeedbackRequest,
    FeedbackThread,
    MessageTemplate,
    ReplyLink,
    ThankYou,
)


@admin.register(FeedbackThread)
class FeedbackThreadAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "application", "opened_at", "closed_at")
    list_select_related = ("owner", "application__company")
    raw_id_fields = ("owner", "application")
    search_fields = ("owner__email", "application__role_title", "application__company__name")


@admin.register(FeedbackRequest)
class FeedbackRequestAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "recipient_name", "status", "channel", "sent_at", "followed_up_at")
    list_filter = ("status", "channel", "recipient_role")
    list_select_related = ("owner",)
    raw_id_fields = ("owner", "thread", "contact", "outbox", "follow_up_outbox")
    search_fields = ("owner__email", "recipient_name", "recipient_email")
    date_hierarchy = "created_at"


@admin.register(ReplyLink)
class ReplyLinkAdmin(admin.ModelAdmin):
    list_display = ("id", "request", "expires_at", "used_at", "revoked_at")
    exclude = ("token_hash", "nonce")
    raw_id_fields = ("request", "owner")

    def has_add_permission(self, request):
        return False


class FeedbackItemInline(admin.TabularInline):
    model = FeedbackItem
    extra = 0
    fields = ("position", "topic", "polarity", "text")


@admin.register(FeedbackReply)
class FeedbackReplyAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "answered_by_name", "source", "declined", "received_at")
    list_filter = ("source", "declined")
    raw_id_fields = ("owner", "thread", "request")
    inlines = [FeedbackItemInline]


@admin.register(ThankYou)
class ThankYouAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "recipient_name", "status", "channel", "sent_at")
    list_filter = ("status", "channel")
    raw_id_fields = ("owner", "reply", "outbox")


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "title", "topic", "status", "due_on")
    list_filter = ("status", "topic")
    raw_id_fields = ("owner",)
    filter_horizontal = ()
    autocomplete_fields = ()
    exclude = ("items",)


@admin.register(MessageTemplate)
class MessageTemplateAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "kind", "subject")
    raw_id_fields = ("owner",)
