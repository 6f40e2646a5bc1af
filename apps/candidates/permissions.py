"""Who may see and change a candidate's records — each rule written once.

Each ``<things>_visible_to(user)`` answers "which rows may this user see?" as a queryset; every
page, API view and export starts from one of them, so an object outside it is a 404. Each
``can_<verb>_<thing>(user, obj)`` answers "may this user do that to this visible row?" (403 if not).

Each ``<thing>_get_for_user(user, pk, *, for_change=False)`` is the one fetch-and-authorise step
pages and API views use (over ``apps.core.permissions.get_for_user``): outside the queryset → 404,
visible but ``for_change`` refused → 403. ``refine`` adds select_related/prefetch_related to the
already scoped queryset (a selector passes its own), never a filter that widens it.

These are the CANDIDATE's scopes: the owner sees her rows, with her private notes and journals.
A recruiter never reads through them: what a representation shares (applications shared with an
ACTIVE representation, their interviews and threads) is read through the recruiters app's own
scopes and endpoints (``apps.recruiters.permissions``), which leave out private fields and write
every read to the audit log. So candidates names no later app, and no recruiter read escapes the
audit.
"""

from collections.abc import Callable

from django.db.models import QuerySet

from apps.accounts.permissions import can_use_candidate_area
from apps.candidates.models import Application, CalendarFeed, Company, Contact, ImportJob, Interview
from apps.core.permissions import get_for_user

type Refine = Callable[[QuerySet], QuerySet] | None


def _is_candidate(user) -> bool:
    return can_use_candidate_area(user)


def applications_visible_to(user) -> QuerySet[Application]:
    if not _is_candidate(user):
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


def can_change_import_job(user, job: ImportJob) -> bool:
    return job.owner_id == user.pk


# --- Fetch and authorise: outsider → 404, visible but not theirs to change → 403 ---------------


def _scoped(queryset: QuerySet, refine: Refine) -> QuerySet:
    return refine(queryset) if refine is not None else queryset


def application_get_for_user(user, pk, *, for_change: bool = False, refine: Refine = None) -> Application:
    rule = can_change_application if for_change else None
    return get_for_user(_scoped(applications_visible_to(user), refine), pk, user=user, can_change=rule)


def interview_get_for_user(user, pk, *, for_change: bool = False, refine: Refine = None) -> Interview:
    rule = can_change_interview if for_change else None
    return get_for_user(_scoped(interviews_visible_to(user), refine), pk, user=user, can_change=rule)


def contact_get_for_user(user, pk, *, for_change: bool = False, refine: Refine = None) -> Contact:
    rule = can_change_contact if for_change else None
    return get_for_user(_scoped(contacts_visible_to(user), refine), pk, user=user, can_change=rule)


def company_get_for_user(user, pk, *, for_change: bool = False, refine: Refine = None) -> Company:
    rule = can_change_company if for_change else None
    return get_for_user(_scoped(companies_visible_to(user), refine), pk, user=user, can_change=rule)


def import_job_get_for_user(user, pk, *, for_change: bool = False, refine: Refine = None) -> ImportJob:
    rule = can_change_import_job if for_change else None
    return get_for_user(_scoped(import_jobs_visible_to(user), refine), pk, user=user, can_change=rule)
