"""The candidates API, resource-shaped: collections ``/<things>/`` (GET list, POST add), items
``/<things>/{id}/`` (GET, PATCH, DELETE), actions as sub-resources (``/applications/{id}/stage/``)."""

from django.urls import path

from apps.candidates.api import applications, companies, contacts, imports, interviews, your_data

app_name = "candidates-api"

urlpatterns = [
    path("applications/", applications.ApplicationsApi.as_view(), name="application-list"),
    path("applications/<int:pk>/", applications.ApplicationApi.as_view(), name="application-detail"),
    path("applications/<int:pk>/stage/", applications.ApplicationStageApi.as_view(), name="application-stage"),
    path("interviews/", interviews.InterviewsApi.as_view(), name="interview-list"),
    path("interviews/<int:pk>/", interviews.InterviewApi.as_view(), name="interview-detail"),
    path("contacts/", contacts.ContactsApi.as_view(), name="contact-list"),
    path("contacts/<int:pk>/", contacts.ContactApi.as_view(), name="contact-detail"),
    path("companies/", companies.CompaniesApi.as_view(), name="company-list"),
    path("companies/<int:pk>/", companies.CompanyApi.as_view(), name="company-detail"),
    path("imports/", imports.ImportJobsApi.as_view(), name="import-list"),
    path("imports/<int:pk>/", imports.ImportJobApi.as_view(), name="import-detail"),
    path("me/export/", your_data.DataExportApi.as_view(), name="export"),
]
