"""Every candidate has a profile row from the start (created with the account), so reading it
never writes. This backfills the candidates who signed up before that."""

from django.db import migrations


def profiles_for_existing_candidates(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    CandidateProfile = apps.get_model("candidates", "CandidateProfile")
    missing = User.objects.filter(role="candidate", candidate_profile__isnull=True).values_list("pk", flat=True)
    CandidateProfile.objects.bulk_create(CandidateProfile(user_id=pk) for pk in missing.iterator())


class Migration(migrations.Migration):
    dependencies = [("candidates", "0001_initial")]

    operations = [migrations.RunPython(profiles_for_existing_candidates, migrations.RunPython.noop)]
