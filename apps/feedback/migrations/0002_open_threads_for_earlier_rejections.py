"""Applications rejected before the feedback loop existed get their thread too."""

from django.db import migrations
from django.utils import timezone


def open_threads(apps, schema_editor):
    Application = apps.get_model("candidates", "Application")
    FeedbackThread = apps.get_model("feedback", "FeedbackThread")
    now = timezone.now()
    FeedbackThread.objects.bulk_create(
        [
            FeedbackThread(
                owner_id=application.owner_id,
                application_id=application.pk,
                opened_at=application.rejected_at or now,
                created_at=now,
                updated_at=now,
            )
            for application in Application.objects.filter(stage="rejected", feedback_thread__isnull=True).only(
                "pk", "owner_id", "rejected_at"
            )
        ],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_initial")]

    operations = [migrations.RunPython(open_threads, migrations.RunPython.noop)]
