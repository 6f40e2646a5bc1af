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
