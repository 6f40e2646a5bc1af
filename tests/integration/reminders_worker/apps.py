from django.apps import AppConfig


class ReminderWorkerTestConfig(AppConfig):
    name = "tests.integration.reminders_worker"
    label = "reminders_worker_test"

    def ready(self):
        from apps.reminders.kinds import ReminderKind, Rendered, register

        register(
            ReminderKind(
                name="it_nudge",
                label="Integration nudge",
                description="Only in the reliability tests.",
                audience="candidate",
                render=lambda reminder: Rendered(
                    email="reminders/notice",
                    context={"headline": f"Nudge {reminder.pk}", "body": "Write it down while it is fresh."},
                    text=f"Nudge {reminder.pk}",
                    link="/home/",
                ),
            )
        )
