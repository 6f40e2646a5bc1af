from django.urls import path

from . import views

app_name = "candidates"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("applications/", views.application_list, name="application-list"),
    path("applications/new/", views.application_create, name="application-create"),
    path("applications/<int:pk>/", views.application_detail, name="application-detail"),
    path("applications/<int:pk>/edit/", views.application_edit, name="application-edit"),
    path("applications/<int:pk>/delete/", views.application_delete, name="application-delete"),
    path("applications/<int:pk>/stage/", views.application_stage, name="application-stage"),
    path("applications/<int:pk>/reject/", views.application_reject, name="application-reject"),
    path(
        "applications/<int:pk>/contacts/<int:contact_pk>/remove/",
        views.application_contact_remove,
        name="application-contact-remove",
    ),
    path("applications/<int:pk>/interviews/new/", views.interview_create, name="interview-create"),
    path("interviews/", views.interview_list, name="interview-list"),
    path("interviews/<int:pk>/", views.interview_detail, name="interview-detail"),
    path("interviews/<int:pk>/debrief/", views.interview_debrief, name="interview-debrief"),
    path("interviews/<int:pk>/edit/", views.interview_edit, name="interview-edit"),
    path("interviews/<int:pk>/delete/", views.interview_delete, name="interview-delete"),
    path("interviews/<int:pk>/calendar.ics", views.interview_ics, name="interview-ics"),
    path("contacts/", views.contact_list, name="contact-list"),
    path("contacts/new/", views.contact_create, name="contact-create"),
    path("contacts/<int:pk>/edit/", views.contact_edit, name="contact-edit"),
    path("contacts/<int:pk>/delete/", views.contact_delete, name="contact-delete"),
    path("applications/import/", views.import_upload, name="import-upload"),
    path("applications/import/<int:pk>/", views.import_detail, name="import-detail"),
    path("data/", views.data_page, name="data"),
    path("data/export.json", views.export_json, name="export-json"),
    path("data/export.csv", views.export_csv, name="export-csv"),
    path("data/delete-account/", views.account_delete, name="account-delete"),
    path("data/calendar/rotate/", views.calendar_rotate, name="calendar-rotate"),
    path("data/calendar/revoke/", views.calendar_revoke, name="calendar-revoke"),
    path("calendar/<str:token>/interviews.ics", views.calendar_feed, name="calendar-feed"),
]
