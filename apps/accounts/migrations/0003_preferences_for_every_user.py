"""Every person has a preferences row from the start (the sign-up service makes it), so reading
them never writes. This backfills the accounts made before that (e.g. by createsuperuser)."""

from django.db import migrations


def preferences_for_existing_users(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    NotificationPreferences = apps.get_model("accounts", "NotificationPreferences")
    missing = User.objects.filter(preferences__isnull=True).values_list("pk", flat=True)
    NotificationPreferences.objects.bulk_create(NotificationPreferences(user_id=pk) for pk in missing.iterator())


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_api_tokens")]

    operations = [migrations.RunPython(preferences_for_existing_users, migrations.RunPython.noop)]
