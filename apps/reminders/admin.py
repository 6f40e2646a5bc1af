from django.contrib import admin, messages

from apps.reminders.models import EmailSuppression, Notification, Reminder
from apps.reminders.selectors import reminders_status
from apps.reminders.services import reminders_requeue


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    """The outbox for operators: what is due, what failed and why, with the figures on top."""

    change_list_template = "admin/reminders/reminder/change_list.html"
    list_display = ("id", "kind", "recipient_label", "status", "due_at", "attempts", "sent_at", "error_summary")
    list_filter = ("status", "kind", "email_skipped", ("due_at", admin.DateFieldListFilter))
    search_fields = ("recipient__email", "recipient_email", "kind", "subject_id", "message_id")
    list_select_related = ("recipient",)
    date_hierarchy = "due_at"
    ordering = ("-due_at",)
    actions = ("requeue",)
    readonly_fields = [field.name for field in Reminder._meta.fields]

    def has_add_permission(self, request):
        return False  # rows are written by domain services, never by hand

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="last error")
    def error_summary(self, obj):
        return (obj.last_error[:80] + "…") if len(obj.last_error) > 80 else obj.last_error

    @admin.action(description="Send the selected failed reminders again")
    def requeue(self, request, queryset):
        count = reminders_requeue(ids=list(queryset.values_list("pk", flat=True)))
        messages.success(request, f"{count} reminder(s) will go out on the next sweep.")

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "reminders_status": reminders_status()}
        return super().changelist_view(request, extra_context=extra_context)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("text", "recipient", "kind", "created_at", "read_at")
    list_filter = ("kind", ("read_at", admin.EmptyFieldListFilter))
    search_fields = ("recipient__email", "text")
    list_select_related = ("recipient",)
    raw_id_fields = ("recipient", "reminder")


@admin.register(EmailSuppression)
class EmailSuppressionAdmin(admin.ModelAdmin):
    list_display = ("email", "kind", "created_at")
    search_fields = ("email",)
