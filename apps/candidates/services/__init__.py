"""Writes for the candidate's records, by resource. Keyword-only and typed; each owns its
transaction, validates with full_clean(), and raises ValidationError or ApplicationError with a
message fit to show. Ids that arrive in a request body are resolved in the owner's scope in
``owned`` and nowhere else.

Reminders are armed and cancelled through ``reminder_hooks`` in the same transaction as the
change that makes them due; nothing is enqueued from here.
"""

from apps.candidates.services.applications import (
    application_create,
    application_delete,
    application_stage_change,
    application_update,
)
from apps.candidates.services.calendar import calendar_feed_revoke, calendar_feed_rotate, calendar_feed_touch
from apps.candidates.services.companies import company_create, company_delete, company_for_name, company_update
from apps.candidates.services.contacts import (
    application_contact_link,
    application_contact_unlink,
    contact_create,
    contact_delete,
    contact_update,
)
from apps.candidates.services.interviews import (
    interview_create,
    interview_delete,
    interview_journal_update,
    interview_update,
)
from apps.candidates.services.owned import owned_application, owned_company, owned_contacts
from apps.candidates.services.profile import profile_create, profile_update

__all__ = [
    "application_contact_link",
    "application_contact_unlink",
    "application_create",
    "application_delete",
    "application_stage_change",
    "application_update",
    "calendar_feed_revoke",
    "calendar_feed_rotate",
    "calendar_feed_touch",
    "company_create",
    "company_delete",
    "company_for_name",
    "company_update",
    "contact_create",
    "contact_delete",
    "contact_update",
    "interview_create",
    "interview_delete",
    "interview_journal_update",
    "interview_update",
    "owned_application",
    "owned_company",
    "owned_contacts",
    "profile_create",
    "profile_update",
]
