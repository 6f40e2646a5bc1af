from django.contrib import admin

from apps.core.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_label", "action", "subject", "target_type", "target_id"]
    list_filter = ["action"]
    search_fields = ["actor_label", "subject__email"]
    list_select_related = ["subject"]

    # Append-only, for staff too.
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
