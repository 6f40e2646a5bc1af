from datetime import timedelta

import factory
from django.utils import timezone

from apps.candidates.models import Application, Company, Contact, Interview, Stage, StageChange
from tests.factories import CandidateFactory


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    owner = factory.SubFactory(CandidateFactory)
    name = factory.Sequence(lambda n: f"Company {n}")


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A bare row at "applied" with its first history line (use services for moves)."""

    class Meta:
        model = Application
        skip_postgeneration_save = True

    owner = factory.SubFactory(CandidateFactory)
    company = factory.LazyAttribute(lambda o: CompanyFactory(owner=o.owner))
    role_title = factory.Sequence(lambda n: f"Analyst {n}")
    applied_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=3))
    stage = Stage.APPLIED
    furthest_stage = Stage.APPLIED
    stage_changed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def history(obj, create, extracted, **kwargs):
        if create:
            StageChange.objects.create(application=obj, to_stage=Stage.APPLIED, changed_at=obj.stage_changed_at)


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    owner = factory.SubFactory(CandidateFactory)
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"contact{n}@company.example")
    role = Contact.Role.INTERVIEWER


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    application = factory.SubFactory(ApplicationFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    timezone = "Europe/Berlin"
    kind = Interview.Kind.VIDEO
