from django.db.models import QuerySet

from apps.accounts.models import ApiToken, NotificationPreferences, User


def preferences_for(*, user: User) -> NotificationPreferences:
    """The person's preferences. The row is made with the account (and backfilled by a migration);
    reading never writes, so a missing row reads as the defaults, unsaved. 0–1 query: none once
    ``user.preferences`` is cached, as the core middleware leaves it on signed-in requests."""
    try:
        return user.preferences
    except NotificationPreferences.DoesNotExist:
        return NotificationPreferences(user=user)


def api_tokens_of(*, user: User) -> QuerySet[ApiToken]:
    """The person's tokens, newest first. 1 query."""
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-id")


def weekly_digest_choice(preferences: NotificationPreferences) -> str:
    """The one digest setting ("email", "in_app" or "off"), read from the two stored fields."""
    from apps.reminders.digest import DIGEST_KIND

    if not preferences.weekly_digest:
        return "off"
    return "in_app" if DIGEST_KIND in preferences.email_off_kinds else "email"
