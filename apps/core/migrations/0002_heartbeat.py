from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="Heartbeat",
            fields=[
                ("name", models.CharField(max_length=60, primary_key=True, serialize=False)),
                ("beat_at", models.DateTimeField()),
                ("detail", models.JSONField(blank=True, default=dict)),
            ],
        ),
    ]
