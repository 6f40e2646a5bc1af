"""The candidate dashboard's pages, by resource. Function views: parse input, call a service or
selector, render. Every object is fetched through ``apps.candidates.permissions.<thing>_get_for_user``
(outsider → 404, visible but not theirs to change → 403). htmx requests get a named partial of
the same template; every htmx control is also a real link or form."""

from apps.candidates.views.applications import (
    application_contact_remove,
    application_create,
    application_delete,
    application_detail,
    application_edit,
    application_list,
    application_reject,
    application_stage,
)
from apps.candidates.views.contacts import contact_create, contact_delete, contact_edit, contact_list
from apps.candidates.views.dashboard import dashboard
from apps.candidates.views.imports import import_detail, import_upload
from apps.candidates.views.interviews import (
    interview_create,
    interview_debrief,
    interview_delete,
    interview_detail,
    interview_edit,
    interview_ics,
    interview_list,
)
from apps.candidates.views.your_data import (
    account_delete,
    calendar_feed,
    calendar_revoke,
    calendar_rotate,
    data_page,
    export_csv,
    export_json,
)

__all__ = [
    "account_delete",
    "application_contact_remove",
    "application_create",
    "application_delete",
    "application_detail",
    "application_edit",
    "application_list",
    "application_reject",
    "application_stage",
    "calendar_feed",
    "calendar_revoke",
    "calendar_rotate",
    "contact_create",
    "contact_delete",
    "contact_edit",
    "contact_list",
    "dashboard",
    "data_page",
    "export_csv",
    "export_json",
    "import_detail",
    "import_upload",
    "interview_create",
    "interview_debrief",
    "interview_delete",
    "interview_detail",
    "interview_edit",
    "interview_ics",
    "interview_list",
]
