"""Staff views of the recruiter side (read-mostly: changes belong to the services). Invitation and
code secrets are never shown, and a relay's raw notes stay private to the agency: the admin shows
that a relay exists, its state and its candidate-facing text, never the notes."""

from django.contrib import admin

from apps.recruiters.models import (
    Agency,
    AgencyInvitation,
    RecruiterAsk,
    RecruiterProfile,
    Relay,
    Representation,
    RepresentationShare,
)


class MemberInline(admin.TabularInline):
    model = RecruiterProfile
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("id", "name", "created_at")
    search_fields = ("name",)
    inlines = [MemberInline]


@admin.register(RecruiterProfile)
class RecruiterProfileAdmin(admin.ModelAdmin):
    list_display = ("id", "user", "agency", "is_admin")
    list_select_related = ("user", "agency")
    list_filter = ("is_admin",)
    raw_id_fields = ("user", "agency")
    search_fields = ("user__email", "agency__name")


@admin.register(AgencyInvitation)
class AgencyInvitationAdmin(admin.ModelAdmin):
    list_display = ("id", "agency", "email", "expires_at", "accepted_at", "revoked_at")
    list_select_related = ("agency",)
    exclude = ("token_hash", "nonce")
    raw_id_fields = ("agency", "invited_by", "accepted_by")
    search_fields = ("email", "agency__name")


class ShareInline(admin.TabularInline):
    model = RepresentationShare
    extra = 0
    raw_id_fields = ("application",)


@admin.register(Representation)
class RepresentationAdmin(admin.ModelAdmin):
    list_display = ("id", "recruiter", "candidate", "agency", "status", "invited_at", "accepted_at", "ended_at")
    list_filter = ("status",)
    list_select_related = ("recruiter", "candidate", "agency")
    exclude = ("code_hash", "code_nonce")
    raw_id_fields = ("recruiter", "candidate", "agency", "ended_by")
    search_fields = ("recruiter__email", "candidate__email", "invited_email", "agency__name")
    inlines = [ShareInline]


@admin.register(RecruiterAsk)
class RecruiterAskAdmin(admin.ModelAdmin):
    list_display = ("id", "request", "representation", "created_at")
    raw_id_fields = ("request", "representation")


@admin.register(Relay)
class RelayAdmin(admin.ModelAdmin):
    list_display = ("id", "recruiter", "representation", "status", "source_naming", "published_at")
    list_filter = ("status", "source_naming")
    list_select_related = ("recruiter", "representation")
    exclude = ("raw_notes",)
    raw_id_fields = ("representation", "request", "thread", "recruiter", "reply")
    search_fields = ("recruiter__email",)
