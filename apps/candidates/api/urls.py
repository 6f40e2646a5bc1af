from django.urls import path

from . import views

app_name = "candidates-api"

urlpatterns = [
    path("applications/", views.ApplicationListApi.as_view(), name="application-list"),
    path("applications/create/", views.ApplicationCreateApi.as_view(), name="application-create"),
    path("applications/<int:pk>/", views.ApplicationDetailApi.as_view(), name="application-detail"),
    path("applications/<int:pk>/update/", views.ApplicationUpdateApi.as_view(), name="application-update"),
    path("applications/<int:pk>/delete/", views.ApplicationDeleteApi.as_view(), name="application-delete"),
    path("applications/<int:pk>/stage/", views.ApplicationStageChangeApi.as_view(), name="application-stage"),
    path("interviews/", views.InterviewListApi.as_view(), name="interview-list"),
    path("interviews/create/", views.InterviewCreateApi.as_view(), name="interview-create"),
    path("interviews/<int:pk>/", views.InterviewDetailApi.as_view(), name="interview-detail"),
    path("interviews/<int:pk>/update/", views.InterviewUpdateApi.as_view(), name="interview-update"),
    path("interviews/<int:pk>/delete/", views.InterviewDeleteApi.as_view(), name="interview-delete"),
    path("contacts/", views.ContactListApi.as_view(), name="contact-list"),
    path("contacts/create/", views.ContactCreateApi.as_view(), name="contact-create"),
    path("contacts/<int:pk>/", views.ContactDetailApi.as_view(), name="contact-detail"),
    path("contacts/<int:pk>/update/", views.ContactUpdateApi.as_view(), name="contact-update"),
    path("contacts/<int:pk>/delete/", views.ContactDeleteApi.as_view(), name="contact-delete"),
    path("companies/", views.CompanyListApi.as_view(), name="company-list"),
    path("companies/create/", views.CompanyCreateApi.as_view(), name="company-create"),
    path("companies/<int:pk>/", views.CompanyDetailApi.as_view(), name="company-detail"),
    path("companies/<int:pk>/update/", views.CompanyUpdateApi.as_view(), name="company-update"),
    path("companies/<int:pk>/delete/", views.CompanyDeleteApi.as_view(), name="company-delete"),
    path("imports/", views.ImportJobListApi.as_view(), name="import-list"),
    path("imports/create/", views.ImportJobCreateApi.as_view(), name="import-create"),
    path("imports/<int:pk>/", views.ImportJobDetailApi.as_view(), name="import-detail"),
    path("me/export/", views.DataExportApi.as_view(), name="export"),
]
