from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save


def _profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    """Every recruiter belongs to an agency from the account's first moment, however the account is
    made (sign-up, admin, demo, tests), so reading it never writes. Thin: the service does the work."""
    if created and not raw:
        from apps.recruiters.services import profile_ensure

        profile_ensure(user=instance)


class RecruitersConfig(AppConfig):
    name = "apps.recruiters"
    label = "recruiters"

    def ready(self):
        from apps.feedback.services.requests import RequestRoute, request_routes
        from apps.recruiters import reminder_kinds  # noqa: F401 - registers the recruiter-side kinds
        from apps.recruiters.services import asks

        request_routes.register(
            asks.ROUTE,
            RequestRoute(
                resolve=asks.route_resolve, attach=asks.route_attach, claims=asks.route_claims, sent=asks.route_sent
            ),
        )
        post_save.connect(_profile_for_new_user, sender=settings.AUTH_USER_MODEL, dispatch_uid="recruiters.profile")
