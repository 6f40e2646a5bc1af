import django_filters
from django.db.models import Q
from django.utils import timezone

from apps.candidates.models import Application, Company, Contact, Interview, Stage
from apps.core.api.filters import IdFilter


class ApplicationFilter(django_filters.FilterSet):
    stage = django_filters.MultipleChoiceFilter(
        choices=Stage.choices, help_text="One or more stages (repeat the parameter)."
    )
    company = IdFilter(field_name="company_id", help_text="A company id.")
    q = django_filters.CharFilter(method="search", help_text="Search role, company and notes.")
    applied_after = django_filters.DateFilter(field_name="applied_on", lookup_expr="gte")
    applied_before = django_filters.DateFilter(field_name="applied_on", lookup_expr="lte")

    class Meta:
        model = Application
        fields = ["stage", "company", "q", "applied_after", "applied_before"]

    def search(self, queryset, name, value):
        value = value[:100]
        return queryset.filter(
            Q(role_title__icontains=value) | Q(company__name__icontains=value) | Q(notes__icontains=value)
        )


class InterviewFilter(django_filters.FilterSet):
    application = IdFilter(field_name="application_id")
    kind = django_filters.ChoiceFilter(choices=Interview.Kind.choices)
    upcoming = django_filters.BooleanFilter(
        method="filter_upcoming", help_text="true: from now on; false: in the past."
    )
    journal_empty = django_filters.BooleanFilter(
        method="filter_journal_empty", help_text="true: no debrief written yet."
    )

    class Meta:
        model = Interview
        fields = ["application", "kind", "upcoming", "journal_empty"]

    def filter_upcoming(self, queryset, name, value):
        now = timezone.now()
        return queryset.filter(starts_at__gte=now) if value else queryset.filter(starts_at__lt=now)

    def filter_journal_empty(self, queryset, name, value):
        return queryset.journal_empty() if value else queryset.journal_written()


class ContactFilter(django_filters.FilterSet):
    company = IdFilter(field_name="company_id")
    role = django_filters.ChoiceFilter(choices=Contact.Role.choices)
    application = IdFilter(field_name="application_links__application_id", distinct=True)
    q = django_filters.CharFilter(method="search", help_text="Search name, e-mail and company.")

    class Meta:
        model = Contact
        fields = ["company", "role", "application", "q"]

    def search(self, queryset, name, value):
        value = value[:100]
        return queryset.filter(Q(name__icontains=value) | Q(email__icontains=value) | Q(company__name__icontains=value))


class CompanyFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains")

    class Meta:
        model = Company
        fields = ["q"]
