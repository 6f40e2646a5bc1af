import factory

from apps.accounts.models import NotificationPreferences, User

TEST_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    full_name = factory.Faker("name")
    role = User.Role.CANDIDATE
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)
    preferences = factory.RelatedFactory("tests.factories.NotificationPreferencesFactory", factory_related_name="user")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class CandidateFactory(UserFactory):
    role = User.Role.CANDIDATE


class RecruiterFactory(UserFactory):
    role = User.Role.RECRUITER


class StaffFactory(UserFactory):
    role = User.Role.STAFF
    is_staff = True
    is_superuser = True


class NotificationPreferencesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NotificationPreferences

    timezone = "Europe/Berlin"


# The personas of tests/conftest.py, by role, so a shared world (the authorization matrix) makes
# the same people as the per-test fixtures do.
PERSONAS = {
    "candidate": (CandidateFactory, {"email": "cara@example.com", "full_name": "Cara Jensen"}),
    "other_candidate": (CandidateFactory, {"email": "cole@example.com", "full_name": "Cole Martin"}),
    "recruiter": (RecruiterFactory, {"email": "rhea@example.com", "full_name": "Rhea Patel"}),
    "other_recruiter": (RecruiterFactory, {"email": "otto@example.com", "full_name": "Otto Berg"}),
    "staff": (StaffFactory, {"email": "sam@example.com", "full_name": "Sam Operator"}),
}


def make_persona(role: str) -> User:
    factory_class, fields = PERSONAS[role]
    return factory_class(**fields)
