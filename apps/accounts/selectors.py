from django.db.models import QuerySet

from apps.accounts.models import ApiToken, NotificationPreferences, User


def preferences_for(*, user: User) -> NotificationPreferences:
    """The person's preferences, created with defaults on first read. 1–2 queries."""
    preferences, _ = NotificationPreferences.objects.get_or_create(user=user)
    return preferences


def api_tokens_of(*, user: User) -> QuerySet[ApiToken]:
    """The person's tokens, newest first. 1 query."""
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-id")


def weekly_digest_choice(preferences: NotificationPreferences) -> str:
    """The one digest setting ("email", "in_app" or "off"), read from the two stored fields."""
    from apps.reminders.digest import DIGEST_KIND

    if not preferences.weekly_digest:
        return "off"
    return "in_app" if DIGEST_KIND in preferences.email_off_kinds else "email"
