"""Who may see and change a candidate's records — each rule written once.

Each ``<things>_visible_to(user)`` answers "which rows may this user see?" as a queryset; every
page, API view and export starts from one of them, so an object outside it is a 404. Each
``can_<verb>_<thing>(user, obj)`` answers "may this user do that to this visible row?" (403 if not).

Today only the owner sees anything. A later issue extends ``applications_visible_to`` for
recruiters (accepted representation + applications shared with it); interviews follow their
application, so they inherit that extension for free.
"""

from django.db.models import QuerySet

from apps.accounts.permissions import can_use_candidate_area
from apps.candidates.models import Application, CalendarFeed, Company, Contact, ImportJob, Interview


def _is_candidate(user) -> bool:
    return can_use_candidate_area(user)


def applications_visible_to(user) -> QuerySet[Application]:
    if not _is_candidate(user):
        # Recruiters: applications shared with an accepted representation (arrives with that issue).
        return Application.objects.none()
    return Application.objects.filter(owner=user)


def interviews_visible_to(user) -> QuerySet[Interview]:
    if not _is_candidate(user):
        return Interview.objects.none()
    return Interview.objects.filter(application__owner=user)


def contacts_visible_to(user) -> QuerySet[Contact]:
    if not _is_candidate(user):
        return Contact.objects.none()
    return Contact.objects.filter(owner=user)


def companies_visible_to(user) -> QuerySet[Company]:
    if not _is_candidate(user):
        return Company.objects.none()
    return Company.objects.filter(owner=user)


def import_jobs_visible_to(user) -> QuerySet[ImportJob]:
    if not _is_candidate(user):
        return ImportJob.objects.none()
    return ImportJob.objects.filter(owner=user)


def calendar_feeds_visible_to(user) -> QuerySet[CalendarFeed]:
    if not _is_candidate(user):
        return CalendarFeed.objects.none()
    return CalendarFeed.objects.filter(user=user)


# Changing is the owner's alone, even once recruiters can see shared applications.
def can_change_application(user, application: Application) -> bool:
    return application.owner_id == user.pk


def can_change_interview(user, interview: Interview) -> bool:
    return interview.application.owner_id == user.pk


def can_change_contact(user, contact: Contact) -> bool:
    return contact.owner_id == user.pk


def can_change_company(user, company: Company) -> bool:
    return company.owner_id == user.pk
