from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "apps.reminders"
    label = "reminders"
    verbose_name = "Reminders and notifications"

    def ready(self):
        # The engine's own kind; domain apps register theirs from their own ready().
        from apps.reminders import digest  # noqa: F401
