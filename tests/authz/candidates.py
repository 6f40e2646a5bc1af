"""The candidates area: Cara owns everything ``build`` makes. Cole (another candidate) gets 404 for
every object of hers; recruiters and staff are sent to their own area by pages and get 404 (or
403 for candidate-only actions) from the API; anonymous visitors log in / get 401."""

from datetime import timedelta

from django.utils import timezone

from tests.authz.base import API_ANON, Route, everyone, signed_in

PAGE = {"candidate": 200, "other_candidate": 200}  # a page every candidate has for their own data
OWNED = {"candidate": 200, "other_candidate": 404}  # a page about one of Cara's objects


def build(world):
    from apps.candidates import services
    from apps.candidates.importing import import_job_create

    cara = world.candidate
    application = services.application_create(
        owner=cara, company_name="Northwind", role_title="Data analyst", job_url="https://jobs.example.com/1"
    )
    contact = services.contact_create(
        owner=cara, name="Dana Reyes", role="hiring_manager", company_name="Northwind", application=application
    )
    interview = services.interview_create(
        application=application,
        starts_at=timezone.now() - timedelta(days=1),
        timezone="Europe/Berlin",
        interviewers=[contact],
    )
    world.objects.update(
        application=application,
        contact=contact,
        interview=interview,
        company=application.company,
        spare_company=services.company_create(owner=cara, name="Spare Co"),
        import_job=import_job_create(owner=cara, filename="t.csv", data=b"Company,Role\nAcme,Analyst\n"),
        feed_token=services.calendar_feed_rotate(user=cara),
    )


def _pk(name):
    return lambda world: {"pk": getattr(world, name).pk}


def _page(name, expect, **kwargs):
    return Route(f"candidates:{name}", signed_in(302, **expect), **kwargs)


def _api(name, expect, **kwargs):
    return Route(f"candidates-api:{name}", signed_in(404, anon=API_ANON, **expect), **kwargs)


CANDIDATE_ONLY = {"recruiter": 403, "other_recruiter": 403, "staff": 403}  # candidate-only API actions
LISTS = {
    "candidate": 200,
    "other_candidate": 200,
    "recruiter": 200,
    "other_recruiter": 200,
    "staff": 200,
}  # empty for others

ROUTES = [
    # --- Pages ---
    _page("dashboard", PAGE),
    _page("application-list", PAGE),
    _page("application-create", PAGE),
    _page("application-detail", OWNED, kwargs=_pk("application")),
    _page("application-edit", OWNED, kwargs=_pk("application")),
    _page("application-delete", OWNED, kwargs=_pk("application")),
    _page("application-stage", {"candidate": 302, "other_candidate": 404}, method="post", kwargs=_pk("application")),
    _page("application-reject", OWNED, kwargs=_pk("application")),
    _page(
        "application-contact-remove",
        {"candidate": 302, "other_candidate": 404},
        method="post",
        kwargs=lambda w: {"pk": w.application.pk, "contact_pk": w.contact.pk},
    ),
    _page("interview-create", OWNED, kwargs=_pk("application")),
    _page("interview-list", PAGE),
    _page("interview-detail", OWNED, kwargs=_pk("interview")),
    _page("interview-debrief", {"candidate": 302, "other_candidate": 404}, method="post", kwargs=_pk("interview")),
    _page("interview-edit", OWNED, kwargs=_pk("interview")),
    _page("interview-delete", OWNED, kwargs=_pk("interview")),
    _page("interview-ics", OWNED, kwargs=_pk("interview")),
    _page("contact-list", PAGE),
    _page("contact-create", PAGE),
    _page("contact-edit", OWNED, kwargs=_pk("contact")),
    _page("contact-delete", OWNED, kwargs=_pk("contact")),
    _page("import-upload", PAGE),
    _page("import-detail", OWNED, kwargs=_pk("import_job")),
    # Now Settings → Your data: the accounts app answers this address with a redirect.
    Route("candidates:data", everyone(301)),
    _page("export-json", PAGE),
    _page("export-csv", PAGE),
    _page("account-delete", PAGE),
    _page("calendar-rotate", PAGE, method="post"),
    _page("calendar-revoke", {"candidate": 302, "other_candidate": 302}, method="post"),
    # The feed has no session (calendar apps can't sign in): the secret token is the key.
    Route(
        "candidates:calendar-feed",
        signed_in(200, anon=200),
        kwargs=lambda w: {"token": w.feed_token},
    ),
    # --- API: collections (GET list, POST add), items (GET, PATCH, DELETE), actions ---
    _api("application-list", LISTS),
    _api(
        "application-list",
        dict(candidate=201, other_candidate=201, **CANDIDATE_ONLY),
        method="post",
        data={"company_name": "Initech", "role_title": "Analyst"},
    ),
    _api("application-detail", {"candidate": 200}, kwargs=_pk("application")),
    _api("application-detail", {"candidate": 200}, method="patch", kwargs=_pk("application"), data={"notes": "x"}),
    _api("application-detail", {"candidate": 204}, method="delete", kwargs=_pk("application")),
    _api(
        "application-stage",
        {"candidate": 200},
        method="post",
        kwargs=_pk("application"),
        data={"to_stage": "offer"},
    ),
    _api("interview-list", LISTS),
    _api(
        "interview-list",
        dict(candidate=201, other_candidate=400, **CANDIDATE_ONLY),
        method="post",
        data=lambda w: {
            "application_id": w.application.pk,
            "starts_at": "2030-01-02T10:00:00Z",
            "timezone": "Europe/Berlin",
        },
    ),
    _api("interview-detail", {"candidate": 200}, kwargs=_pk("interview")),
    _api(
        "interview-detail",
        {"candidate": 200},
        method="patch",
        kwargs=_pk("interview"),
        data={"journal": {"asked": "Why us?"}},
    ),
    _api("interview-detail", {"candidate": 204}, method="delete", kwargs=_pk("interview")),
    _api("contact-list", LISTS),
    _api(
        "contact-list",
        dict(candidate=201, other_candidate=201, **CANDIDATE_ONLY),
        method="post",
        data={"name": "Sam Lee"},
    ),
    # An application id in the body is resolved in the caller's scope: Cole cannot name Cara's.
    _api(
        "contact-list",
        dict(candidate=201, other_candidate=400, **CANDIDATE_ONLY),
        method="post",
        data=lambda w: {"name": "Sam Lee", "application_id": w.application.pk},
    ),
    _api("contact-detail", {"candidate": 200}, kwargs=_pk("contact")),
    _api("contact-detail", {"candidate": 200}, method="patch", kwargs=_pk("contact"), data={"title": "CTO"}),
    _api("contact-detail", {"candidate": 204}, method="delete", kwargs=_pk("contact")),
    _api("company-list", LISTS),
    _api(
        "company-list",
        dict(candidate=201, other_candidate=201, **CANDIDATE_ONLY),
        method="post",
        data={"name": "Globex"},
    ),
    _api("company-detail", {"candidate": 200}, kwargs=_pk("company")),
    _api("company-detail", {"candidate": 200}, method="patch", kwargs=_pk("company"), data={"website": ""}),
    _api("company-detail", {"candidate": 204}, method="delete", kwargs=_pk("spare_company")),
    _api("import-list", LISTS),
    _api(
        "import-list",
        dict(candidate=202, other_candidate=202, **CANDIDATE_ONLY),
        method="post",
        data={"csv": "Company,Role\nAcme,Analyst\n"},
    ),
    _api("import-detail", {"candidate": 200}, kwargs=_pk("import_job")),
    _api("export", dict(candidate=200, other_candidate=200, **CANDIDATE_ONLY)),
]
