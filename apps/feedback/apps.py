from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "apps.feedback"
    label = "feedback"

    def ready(self):
        from apps.candidates import hooks
        from apps.feedback import reminder_kinds, todos  # noqa: F401  (they register themselves)
        from apps.feedback.services.threads import on_stage_changed

        hooks.stage_changed.register("feedback.thread", on_stage_changed)

        from apps.feedback.exporting import feedback_export

        hooks.export_sections.register("feedback", feedback_export)

        # Reply-link tokens sit in URL paths: keep them out of every log line.
        from apps.feedback.reply_guard import install_token_scrubber

        install_token_scrubber()
