from apps.accounts.models import NotificationPreferences, User


def preferences_for(*, user: User) -> NotificationPreferences:
    """The person's preferences, created with defaults on first read. 1–2 queries."""
    preferences, _ = NotificationPreferences.objects.get_or_create(user=user)
    return preferences
