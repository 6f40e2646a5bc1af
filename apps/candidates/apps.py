from django.apps import AppConfig


class CandidatesConfig(AppConfig):
    name = "apps.candidates"
    label = "candidates"

    def ready(self):
        # The reminder kinds about applications and interviews (the reminders contract).
        from apps.candidates import reminder_kinds  # noqa: F401
