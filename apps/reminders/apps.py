from datetime import timedelta

from django.apps import AppConfig

# /healthz answers 503 naming the sweeper when no sweep has finished for this long
# (beat sends one every minute; a sweep takes at most about a minute).
SWEEPER_MAX_AGE = timedelta(minutes=3)


class RemindersConfig(AppConfig):
    name = "apps.reminders"
    label = "reminders"
    verbose_name = "Reminders and notifications"

    def ready(self):
        # The engine's own kind; domain apps register theirs from their own ready().
        from apps.core.health import ExpectedHeartbeat, expected_heartbeats
        from apps.reminders import digest  # noqa: F401
        from apps.reminders.tasks import SWEEP_HEARTBEAT

        expected_heartbeats.register(
            SWEEP_HEARTBEAT, ExpectedHeartbeat(name=SWEEP_HEARTBEAT, label="sweeper", max_age=SWEEPER_MAX_AGE)
        )
