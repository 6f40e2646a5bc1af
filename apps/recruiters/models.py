"""The recruiter side: agencies and their members, consent-based representation of candidates,
which applications each representation sees, asks routed through a recruiter, and relays.

Rules that must hold whatever writes a row are database constraints; the state machines live in
the services (``apps/recruiters/services``). Secrets (agency invitation tokens, representation
codes) are stored only as SHA-256 hashes.
"""

import base64
import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from apps.core.models import TimeStampedModel

INVITATION_DAYS = 7
# A short code a person can read out or type: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def token_hash(token: str) -> str:
    """The stored form of a token: SHA-256."""
    return hashlib.sha256(token.strip().encode()).hexdigest()


def code_hash(code: str) -> str:
    """The stored form of a code: an HMAC-SHA256 of it normalised (case, dashes and spaces don't
    matter) under the server's secret. A plain hash of an 8-character code could be brute-forced
    from a database dump in minutes; keyed, the dump alone is not enough. Rotating SECRET_KEY
    voids codes not yet redeemed (they expire within 7 days anyway)."""
    normalised = code.upper().replace("-", "").replace(" ", "")
    return hmac.new(
        settings.SECRET_KEY.encode(), f"debrief.representation-code-hash:{normalised}".encode(), hashlib.sha256
    ).hexdigest()


def new_nonce() -> str:
    return secrets.token_urlsafe(32)


def _mac(purpose: str, nonce: str) -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), f"debrief.{purpose}:{nonce}".encode(), hashlib.sha256).digest()


def derive_code(nonce: str) -> str:
    """The 8-character code (``ABCD-EFGH``) a row's nonce stands for, under the server's secret: the
    row keeps the nonce (for the e-mail renderer) and the code's hash, so a database dump alone
    redeems nothing."""
    digest = _mac("representation-code", nonce)
    raw = "".join(CODE_ALPHABET[byte % len(CODE_ALPHABET)] for byte in digest[:CODE_LENGTH])
    return f"{raw[:4]}-{raw[4:]}"


def derive_token(nonce: str) -> str:
    """The 256-bit URL-safe token of an agency invitation, from its nonce under the server's secret."""
    return base64.urlsafe_b64encode(_mac("agency-invitation", nonce)).rstrip(b"=").decode()


def _in_choices(field: str, choices) -> Q:
    return Q(**{f"{field}__in": [value for value, _ in choices]})


class Agency(TimeStampedModel):
    """A recruiting agency or a coaching practice: one or more recruiters, at least one admin."""

    name = models.CharField(max_length=150)

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "agencies"
        constraints = [models.CheckConstraint(name="agency_name_not_blank", condition=~Q(name=""))]

    def __str__(self) -> str:
        return self.name


class RecruiterProfile(TimeStampedModel):
    """Every recruiter belongs to exactly one agency (made with the account: see ``profile_ensure``)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recruiter_profile")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="members")
    is_admin = models.BooleanField(default=False)

    class Meta:
        ordering = ["agency_id", "-is_admin", "id"]

    def __str__(self) -> str:
        return f"{self.user} at {self.agency}{' (admin)' if self.is_admin else ''}"


class AgencyInvitation(TimeStampedModel):
    """An agency admin's invitation to a recruiter, by e-mail: one-time, expiring after 7 days."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    nonce = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Invitation of {self.email} to {self.agency}"

    @property
    def token(self) -> str:
        return derive_token(self.nonce)

    def problem(self, *, now=None) -> str:
        """ "" if it can be accepted, else "revoked", "used" or "expired"."""
        now = now or timezone.now()
        if self.revoked_at is not None:
            return "revoked"
        if self.accepted_at is not None:
            return "used"
        if self.expires_at <= now:
            return "expired"
        return ""


class RepresentationStatus(models.TextChoices):
    INVITED = "invited", "Invited"
    ACTIVE = "active", "Active"
    ENDED = "ended", "Ended"
    DECLINED = "declined", "Declined"


OPEN_REPRESENTATION = (RepresentationStatus.INVITED, RepresentationStatus.ACTIVE)


class RepresentationQuerySet(models.QuerySet):
    def active(self):
        """The one rule for "this recruiter may see this candidate's shared data"."""
        return self.filter(status=RepresentationStatus.ACTIVE, candidate__isnull=False)


class Representation(TimeStampedModel):
    """A recruiter ↔ candidate link the candidate consented to. invited → active → ended, or
    invited → declined. Invited by e-mail (``invited_email``) or by a one-time code the candidate
    enters (``code_hash``); either way the invitation expires after 7 days."""

    Status = RepresentationStatus

    recruiter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="representations")
    # Unknown until the candidate enters the code (or signs up with the invited e-mail).
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="represented_by"
    )
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="representations")
    status = models.CharField(max_length=10, choices=RepresentationStatus.choices, default=RepresentationStatus.INVITED)
    invited_email = models.EmailField(blank=True)
    message = models.TextField(blank=True, help_text="A note from the recruiter shown with the invitation.")
    code_hash = models.CharField(max_length=64, blank=True)
    code_nonce = models.CharField(max_length=64, blank=True)
    invited_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = RepresentationQuerySet.as_manager()

    class Meta:
        ordering = ["-invited_at", "-id"]
        indexes = [
            models.Index(fields=["recruiter", "status"]),
            models.Index(fields=["candidate", "status"]),
            models.Index(fields=["agency", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                name="representation_status_valid", condition=_in_choices("status", RepresentationStatus.choices)
            ),
            models.CheckConstraint(
                name="representation_active_has_candidate_and_accepted_at",
                condition=~Q(status=RepresentationStatus.ACTIVE)
                | (Q(candidate__isnull=False) & Q(accepted_at__isnull=False)),
            ),
            models.CheckConstraint(
                name="representation_closed_has_ended_at",
                condition=~Q(status__in=[RepresentationStatus.ENDED, RepresentationStatus.DECLINED])
                | Q(ended_at__isnull=False),
            ),
            models.CheckConstraint(name="representation_not_self", condition=~Q(candidate=models.F("recruiter"))),
            # At most one open (invited or active) representation per recruiter and candidate.
            models.UniqueConstraint(
                fields=["recruiter", "candidate"],
                condition=Q(status__in=OPEN_REPRESENTATION) & Q(candidate__isnull=False),
                name="representation_one_open_per_pair",
            ),
            models.UniqueConstraint(
                fields=["code_hash"], condition=~Q(code_hash=""), name="representation_code_unique"
            ),
        ]

    def __str__(self) -> str:
        who = self.candidate or self.invited_email or "a code"
        return f"{self.recruiter} → {who} ({self.get_status_display()})"

    @property
    def code(self) -> str:
        return derive_code(self.code_nonce) if self.code_nonce else ""

    @property
    def is_active(self) -> bool:
        return self.status == RepresentationStatus.ACTIVE and self.candidate_id is not None

    def invitation_problem(self, *, now=None) -> str:
        """ "" while the invitation can be accepted, else "expired", "accepted", "declined" or "ended"."""
        now = now or timezone.now()
        if self.status == RepresentationStatus.ACTIVE:
            return "accepted"
        if self.status in (RepresentationStatus.DECLINED, RepresentationStatus.ENDED):
            return self.status
        if self.expires_at <= now:
            return "expired"
        return ""


class RepresentationShare(TimeStampedModel):
    """One application the candidate shares with one representation. None until she shares."""

    representation = models.ForeignKey(Representation, on_delete=models.CASCADE, related_name="shares")
    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="representation_shares"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["representation", "application"], name="representation_share_once")
        ]

    def __str__(self) -> str:
        return f"Application {self.application_id} shared with representation {self.representation_id}"


class RecruiterAsk(TimeStampedModel):
    """A candidate's feedback request routed to her representing recruiter instead of a contact:
    the recruiter relays what the hiring manager said (or already told them)."""

    request = models.OneToOneField("feedback.FeedbackRequest", on_delete=models.CASCADE, related_name="recruiter_ask")
    representation = models.ForeignKey(Representation, on_delete=models.CASCADE, related_name="asks")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Request {self.request_id} via representation {self.representation_id}"


class SourceNaming(models.TextChoices):
    HIRING_MANAGER = "hiring_manager", "The hiring manager"
    INTERVIEW_PANEL = "interview_panel", "The interview panel"
    UNNAMED = "unnamed", "Not named"


class RelayStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


RELAY_TEXT_MAX = 10_000


class Relay(TimeStampedModel):
    """A hiring manager's feedback as heard by the recruiter. ``raw_notes`` are private to the
    agency: no candidate page, endpoint, export or e-mail ever reads them. The candidate sees
    ``candidate_text`` once published, as a reply on her thread."""

    Status = RelayStatus
    SourceNaming = SourceNaming

    representation = models.ForeignKey(Representation, on_delete=models.CASCADE, related_name="relays")
    request = models.ForeignKey(
        "feedback.FeedbackRequest", null=True, blank=True, on_delete=models.SET_NULL, related_name="relays"
    )
    thread = models.ForeignKey("feedback.FeedbackThread", on_delete=models.CASCADE, related_name="relays")
    recruiter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="relays")
    raw_notes = models.TextField(blank=True)
    candidate_text = models.TextField(blank=True)
    source_naming = models.CharField(max_length=20, choices=SourceNaming.choices, default=SourceNaming.HIRING_MANAGER)
    findings = models.JSONField(default=list, blank=True, help_text="The redaction check's findings, last run.")
    checked_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=RelayStatus.choices, default=RelayStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    reply = models.OneToOneField(
        "feedback.FeedbackReply", null=True, blank=True, on_delete=models.SET_NULL, related_name="relay"
    )

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["recruiter", "status"])]
        constraints = [
            models.CheckConstraint(name="relay_status_valid", condition=_in_choices("status", RelayStatus.choices)),
            models.CheckConstraint(
                name="relay_source_naming_valid", condition=_in_choices("source_naming", SourceNaming.choices)
            ),
            models.CheckConstraint(
                name="relay_published_has_text_and_time",
                condition=~Q(status=RelayStatus.PUBLISHED) | (Q(published_at__isnull=False) & ~Q(candidate_text="")),
            ),
        ]

    def __str__(self) -> str:
        return f"Relay {self.pk} ({self.get_status_display()})"

    @property
    def source_label(self) -> str:
        """How the candidate sees the source named ("" when not named)."""
        return "" if self.source_naming == SourceNaming.UNNAMED else self.get_source_naming_display()
