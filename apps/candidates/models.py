"""The candidate's own records: profile, companies, contacts, applications with their stage
history, interviews with the debrief journal, CSV import jobs and the calendar feed.

Every row belongs to one candidate (``owner``; an interview through its application). Rules
that must hold whatever writes the row are database constraints, not only form checks.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from apps.accounts.models import validate_timezone
from apps.core.models import TimeStampedModel
from apps.core.validators import validate_sane_date


class Stage(models.TextChoices):
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    HIRED = "hired", "Hired"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Stage groups: each written once, here. Rejected and withdrawn end a search; they are not a step.
# How far along the funnel a stage is.
Stage.PROGRESS = {Stage.APPLIED: 0, Stage.SCREENING: 1, Stage.INTERVIEWING: 2, Stage.OFFER: 3, Stage.HIRED: 4}
# Stages where a person at the company has dealt with the application (a screen, an interview…).
Stage.HUMAN = (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.HIRED)
# The stages a rejection can come at ("How far had you got?").
Stage.REJECTABLE = (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)
# Still in play: the search goes on.
Stage.ACTIVE = (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)

# Which moves make sense. Anything else is refused with a clear message (see services).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    Stage.APPLIED: (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN),
    Stage.SCREENING: (Stage.INTERVIEWING, Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN),
    Stage.INTERVIEWING: (Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN),
    Stage.OFFER: (Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN),
    # They came back to you, or you changed your mind: the search picks up again.
    Stage.REJECTED: (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER),
    Stage.WITHDRAWN: (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER),
    Stage.HIRED: (),
}


def _in_choices(field: str, choices) -> models.Q:
    return models.Q(**{f"{field}__in": [value for value, _ in choices]})


class CandidateProfile(TimeStampedModel):
    """What the candidate is looking for. One per candidate, created on first use."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="candidate_profile")
    headline = models.CharField(max_length=160, blank=True)
    target_roles = models.CharField(max_length=300, blank=True, help_text="Comma-separated, e.g. “Data analyst, BI”.")
    location = models.CharField(max_length=120, blank=True)
    # Blank means "the time zone in my notification settings"; interviews default to it.
    timezone = models.CharField(max_length=64, blank=True, validators=[validate_timezone])

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @property
    def target_role_list(self) -> list[str]:
        return [role.strip() for role in self.target_roles.split(",") if role.strip()]


class Company(TimeStampedModel):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="companies")
    name = models.CharField(max_length=160)
    website = models.URLField(blank=True)

    class Meta:
        verbose_name_plural = "companies"
        ordering = [Lower("name")]
        constraints = [
            models.UniqueConstraint(Lower("name"), "owner", name="company_name_unique_per_owner"),
            models.CheckConstraint(name="company_name_not_blank", condition=~models.Q(name="")),
        ]

    def __str__(self) -> str:
        return self.name


class ContactRole(models.TextChoices):
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    INTERVIEWER = "interviewer", "Interviewer"
    RECRUITER = "recruiter", "Recruiter at the company"
    OTHER = "other", "Other"


class RejectionVia(models.TextChoices):
    EMAIL = "email", "E-mail"
    PHONE = "phone", "Phone call"
    PORTAL = "portal", "Applicant portal (automated)"
    IN_PERSON = "in_person", "In person"
    RECRUITER = "recruiter", "Through a recruiter"
    SILENCE = "silence", "No answer (ghosted)"
    OTHER = "other", "Other"


class InterviewKind(models.TextChoices):
    PHONE_SCREEN = "phone_screen", "Phone screen"
    VIDEO = "video", "Video call"
    ONSITE = "onsite", "On site"
    TECHNICAL = "technical", "Technical"
    CASE = "case", "Case study / take-home review"
    PANEL = "panel", "Panel"
    FINAL = "final", "Final round"
    OTHER = "other", "Other"


class Contact(TimeStampedModel):
    Role = ContactRole

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=150)
    email = models.EmailField("e-mail", blank=True)
    title = models.CharField("job title", max_length=150, blank=True)
    company = models.ForeignKey(Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts")
    role = models.CharField("usual role", max_length=20, choices=Role.choices, default=Role.INTERVIEWER)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = [Lower("name"), "id"]
        constraints = [
            models.CheckConstraint(name="contact_name_not_blank", condition=~models.Q(name="")),
            models.CheckConstraint(name="contact_role_valid", condition=_in_choices("role", ContactRole.choices)),
        ]

    def __str__(self) -> str:
        return self.name


class ApplicationQuerySet(models.QuerySet):
    def with_human_contact(self) -> "ApplicationQuerySet":
        """The queryset side of ``Application.had_human_contact``: the two always agree (a test holds them)."""
        return self.filter(
            models.Q(furthest_stage__in=Stage.HUMAN)
            | models.Q(rejection_stage_reached__in=Stage.HUMAN)
            | models.Exists(Interview.objects.filter(application=models.OuterRef("pk")))
        )


class Application(TimeStampedModel):
    RejectionVia = RejectionVia

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications")
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="applications")
    role_title = models.CharField("role", max_length=200)
    job_url = models.URLField("job ad link", max_length=500, blank=True)
    source = models.CharField(max_length=100, blank=True, help_text="Where you found it: a job board, a referral…")
    notes = models.TextField(blank=True)
    applied_on = models.DateField(validators=[validate_sane_date])
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.APPLIED)
    stage_changed_at = models.DateTimeField(validators=[validate_sane_date])
    # The furthest step of the funnel ever reached (never rejected/withdrawn): drives the funnel chart.
    furthest_stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.APPLIED)

    # Rejection details; present exactly when the stage is "rejected" (a constraint holds it).
    rejected_at = models.DateTimeField(null=True, blank=True, validators=[validate_sane_date])
    rejection_via = models.CharField(max_length=20, choices=RejectionVia.choices, blank=True)
    rejection_stage_reached = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    rejection_reason = models.TextField(blank=True)

    # A fingerprint of an imported row: importing the same file again finds it and adds nothing.
    import_key = models.CharField(max_length=64, blank=True, editable=False)

    contacts = models.ManyToManyField(Contact, through="ApplicationContact", related_name="applications")

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "stage"]),
            models.Index(fields=["owner", "-applied_on"]),
        ]
        constraints = [
            models.CheckConstraint(name="application_stage_valid", condition=_in_choices("stage", Stage.choices)),
            models.CheckConstraint(
                name="application_furthest_stage_is_progress",
                condition=models.Q(furthest_stage__in=list(Stage.PROGRESS)),
            ),
            models.CheckConstraint(name="application_role_not_blank", condition=~models.Q(role_title="")),
            models.CheckConstraint(
                name="application_rejection_details_only_when_rejected",
                condition=(
                    models.Q(stage=Stage.REJECTED, rejected_at__isnull=False)
                    | (
                        ~models.Q(stage=Stage.REJECTED)
                        & models.Q(rejected_at__isnull=True, rejection_via="", rejection_stage_reached="")
                    )
                ),
            ),
            models.CheckConstraint(
                name="application_rejection_via_valid",
                condition=models.Q(rejection_via="") | _in_choices("rejection_via", RejectionVia.choices),
            ),
            models.CheckConstraint(
                name="application_rejection_stage_is_progress",
                condition=models.Q(rejection_stage_reached="")
                | models.Q(rejection_stage_reached__in=list(Stage.REJECTABLE)),
            ),
            models.UniqueConstraint(
                fields=["owner", "import_key"], condition=~models.Q(import_key=""), name="application_import_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role_title} at {self.company}"

    @property
    def is_rejected(self) -> bool:
        return self.stage == Stage.REJECTED

    @property
    def had_human_contact(self) -> bool:
        """Did a person at the company ever deal with this application (a screen, an interview)? The
        candidate saying so when recording the rejection counts too. An automated rejection before any
        contact has nobody to ask. 0–1 query (none with ``interviews`` prefetched)."""
        if self.furthest_stage in Stage.HUMAN or self.rejection_stage_reached in Stage.HUMAN:
            return True
        return self.interviews.exists()

    @property
    def allowed_next_stages(self) -> tuple[str, ...]:
        return TRANSITIONS[self.stage]

    @property
    def rejection_summary(self) -> str:
        """'Turned down after the interviews' — rejection as data, not a verdict."""
        if not self.is_rejected:
            return ""
        reached = self.rejection_stage_reached or Stage.APPLIED
        return {
            Stage.APPLIED: "Turned down before any conversation",
            Stage.SCREENING: "Turned down after the screening",
            Stage.INTERVIEWING: "Turned down after the interviews",
            Stage.OFFER: "Turned down at the offer stage",
        }[reached]


class ApplicationContact(models.Model):
    """A person's part in one application: the hiring manager here may be an interviewer there."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="application_links")
    role = models.CharField(max_length=20, choices=Contact.Role.choices, default=Contact.Role.INTERVIEWER)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["application", "contact"], name="application_contact_once"),
            models.CheckConstraint(
                name="application_contact_role_valid", condition=_in_choices("role", ContactRole.choices)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact} ({self.get_role_display()}) on {self.application_id}"


class StageChange(models.Model):
    """One line of an application's history. Written only by the stage service.

    ``changed_at`` is when the step happened (the interview, the day the rejection arrived, the
    date the person gave); ``recorded_at`` is when it was entered. Rows from before the two were
    kept apart have no ``recorded_at``, and their ``changed_at`` is the moment of the click."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    changed_at = models.DateTimeField(validators=[validate_sane_date])
    recorded_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["changed_at", "id"]
        constraints = [
            models.CheckConstraint(name="stage_change_moves", condition=~models.Q(from_stage=models.F("to_stage"))),
            models.CheckConstraint(name="stage_change_to_valid", condition=_in_choices("to_stage", Stage.choices)),
        ]

    def __str__(self) -> str:
        return f"{self.from_stage or 'new'} → {self.to_stage}"


JOURNAL_FIELDS = ("asked", "answered", "went_well", "do_differently", "cues")


class InterviewQuerySet(models.QuerySet):
    def journal_empty(self) -> "InterviewQuerySet":
        """The queryset side of ``Interview.journal_is_empty``: nothing written in any journal field."""
        return self.filter(**dict.fromkeys(JOURNAL_FIELDS, ""))

    def journal_written(self) -> "InterviewQuerySet":
        return self.exclude(**dict.fromkeys(JOURNAL_FIELDS, ""))


class Interview(TimeStampedModel):
    Kind = InterviewKind

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="interviews")
    starts_at = models.DateTimeField(validators=[validate_sane_date])
    duration_minutes = models.PositiveSmallIntegerField(default=45)
    # The zone the time was given in, so it reads back the way it was agreed.
    timezone = models.CharField(max_length=64, validators=[validate_timezone])
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.VIDEO)
    location = models.CharField("place or link", max_length=300, blank=True)
    interviewers = models.ManyToManyField(Contact, blank=True, related_name="interviews")

    # The debrief journal: written soon after, while it is fresh.
    asked = models.TextField("what they asked", blank=True)
    answered = models.TextField("what I answered", blank=True)
    went_well = models.TextField("what went well", blank=True)
    do_differently = models.TextField("what I'd do differently", blank=True)
    cues = models.TextField("cues I noticed", blank=True)
    journal_written_at = models.DateTimeField(null=True, blank=True)

    JOURNAL_FIELDS = JOURNAL_FIELDS

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                name="interview_duration_between_5_minutes_and_a_day",
                condition=models.Q(duration_minutes__gte=5, duration_minutes__lte=24 * 60),
            ),
            models.CheckConstraint(name="interview_kind_valid", condition=_in_choices("kind", InterviewKind.choices)),
            models.CheckConstraint(name="interview_timezone_not_blank", condition=~models.Q(timezone="")),
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.application_id} at {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def journal_is_empty(self) -> bool:
        """Nothing written in the debrief journal (services strip what they save). 0 queries."""
        return all(getattr(self, name) == "" for name in JOURNAL_FIELDS)


class ImportStatus(models.TextChoices):
    MAPPING = "mapping", "Waiting for the column mapping"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Importing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ImportJob(TimeStampedModel):
    """One CSV upload: mapped on a preview screen, then imported by a Celery task with progress."""

    Status = ImportStatus

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs")
    filename = models.CharField(max_length=255, blank=True)
    content = models.TextField(help_text="The decoded CSV text; bounded by the upload limit.")
    content_sha256 = models.CharField(max_length=64)
    mapping = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.MAPPING)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    imported_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text="[{row, reason}] for rows not imported.")
    failure = models.TextField(blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(name="import_status_valid", condition=_in_choices("status", ImportStatus.choices)),
            models.CheckConstraint(
                name="import_progress_within_total", condition=models.Q(processed_rows__lte=models.F("total_rows"))
            ),
        ]

    def __str__(self) -> str:
        return f"Import {self.pk} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(self.processed_rows * 100 / self.total_rows) if self.total_rows else 0


class CalendarFeed(TimeStampedModel):
    """The secret address of a candidate's interview calendar. Only a SHA-256 of the token is kept:
    the address is shown once, and rotating or revoking it ends the old one at once."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token_hash = models.CharField(max_length=64, unique=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Calendar feed of {self.user}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()
