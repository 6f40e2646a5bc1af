from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save


def _profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    """Every candidate gets a profile row with the account, however the account is made, so that
    reading it never writes. Thin: the service does the work."""
    if created and not raw:
        from apps.candidates.services import profile_create

        profile_create(user=instance)


class CandidatesConfig(AppConfig):
    name = "apps.candidates"
    label = "candidates"

    def ready(self):
        from apps.candidates import (
            reminder_kinds,  # noqa: F401 - the reminder kinds about applications/interviews
            tasks,  # noqa: F401 - registers the tasks the import job enqueues by name
        )

        post_save.connect(_profile_for_new_user, sender=settings.AUTH_USER_MODEL, dispatch_uid="candidates.profile")
