"""Every recruiter belongs to an agency from the start (made with the account). Recruiters who
signed up before agencies existed each get an agency of their own, which they administer."""

from django.db import migrations


def agencies_for_existing_recruiters(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Agency = apps.get_model("recruiters", "Agency")
    RecruiterProfile = apps.get_model("recruiters", "RecruiterProfile")
    for user in User.objects.filter(role="recruiter", recruiter_profile__isnull=True).iterator():
        name = (user.full_name or user.email.split("@")[0]).strip() or "My agency"
        agency = Agency.objects.create(name=f"{name}'s agency"[:150])
        RecruiterProfile.objects.create(user=user, agency=agency, is_admin=True)


class Migration(migrations.Migration):
    dependencies = [("recruiters", "0001_initial")]

    operations = [migrations.RunPython(agencies_for_existing_recruiters, migrations.RunPython.noop)]
