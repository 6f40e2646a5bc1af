"""The feedback loop: ask (threads, requests, reply links), listen (replies split into items),
thank (thank-yous owed to whoever answered) and improve (action items), plus the candidate's
own message templates.

Every row carries its ``owner`` (the candidate) so each ``*_visible_to`` is one filter. Rules
that must hold whatever writes the row are database constraints; the state machine itself lives
in the services (``apps/feedback/services``).
"""

import base64
import hashlib
import hmac
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone

from apps.core.models import TimeStampedModel
from apps.core.validators import validate_sane_date

# A request or follow-up longer than this is refused with a clear message (a good one is ~150 words).
BODY_MAX_CHARS = 10_000
BODY_MAX_WORDS = 1_000
REPLY_LINK_DAYS = 14


def _in_choices(field: str, choices) -> Q:
    return Q(**{f"{field}__in": [value for value, _ in choices]})


class Topic(models.TextChoices):
    INTERVIEW = "interview", "Interview"
    COVER_LETTER = "cover_letter", "Cover letter"
    RESUME = "resume", "Résumé"
    QUALIFICATIONS = "qualifications", "Qualifications"
    EXPERIENCE = "experience", "Experience"
    SKILLS = "skills", "Skills"
    COMMUNICATION = "communication", "Communication"
    CULTURE_FIT = "culture_fit", "Culture fit"
    OTHER = "other", "Anything else"


class Polarity(models.TextChoices):
    STRENGTH = "strength", "Strength"
    TO_IMPROVE = "to_improve", "To improve"


class RecipientRole(models.TextChoices):
    """Who was asked: drives the feedback yield by role."""

    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    INTERVIEWER = "interviewer", "Interviewer"
    RECRUITER = "recruiter", "Recruiter"
    OTHER = "other", "Other"


class ThreadState(models.TextChoices):
    """Derived from a thread's requests (never stored): see ``thread_state``."""

    TO_ASK = "to_ask", "Not asked yet"
    DRAFT = "draft", "Draft"
    WAITING = "waiting", "Waiting for an answer"
    ANSWERED = "answered", "Answered"
    DECLINED = "declined", "Declined"
    NO_RESPONSE = "no_response", "No response"
    CLOSED = "closed", "Closed"


class FeedbackThread(TimeStampedModel):
    """One per rejected application. Opened by the stage-change listener; ``closed_at`` is set when
    the application leaves "rejected" (they came back to you) and cleared if it is rejected again."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_threads")
    application = models.OneToOneField(
        "candidates.Application", on_delete=models.CASCADE, related_name="feedback_thread"
    )
    opened_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-id"]
        indexes = [models.Index(fields=["owner", "-opened_at"])]

    def __str__(self) -> str:
        return f"Feedback on application {self.application_id}"

    @property
    def state(self) -> str:
        """From ``request_list`` (``thread_detail``) or prefetched ``requests`` (``threads_for``): no query."""
        requests = getattr(self, "request_list", None)
        if requests is None:
            requests = self.requests.all()
        return thread_state(closed=self.closed_at is not None, statuses=[r.status for r in requests])


class RequestStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SENT = "sent", "Sent"
    FOLLOWED_UP = "followed_up", "Followed up"
    ANSWERED = "answered", "Answered"
    DECLINED = "declined", "Declined"
    NO_RESPONSE = "no_response", "No response"


OPEN_STATUSES = (RequestStatus.SENT, RequestStatus.FOLLOWED_UP)
CLOSED_STATUSES = (RequestStatus.ANSWERED, RequestStatus.DECLINED, RequestStatus.NO_RESPONSE)


def thread_state(*, closed: bool, statuses: Iterable[str]) -> str:
    """The one rule for a thread's state: the most hopeful of its requests wins."""
    statuses = set(statuses)
    if closed:
        return ThreadState.CLOSED
    for status, state in (
        (RequestStatus.ANSWERED, ThreadState.ANSWERED),
        (RequestStatus.SENT, ThreadState.WAITING),
        (RequestStatus.FOLLOWED_UP, ThreadState.WAITING),
        (RequestStatus.DRAFT, ThreadState.DRAFT),
        (RequestStatus.DECLINED, ThreadState.DECLINED),
        (RequestStatus.NO_RESPONSE, ThreadState.NO_RESPONSE),
    ):
        if status in statuses:
            return state
    return ThreadState.TO_ASK


class Channel(models.TextChoices):
    DEBRIEF = "debrief", "Sent by Debrief with a reply link"
    OWN_MAIL = "own_mail", "Sent from my own mail"


class FeedbackRequest(TimeStampedModel):
    """One ask to one person. draft → sent → (followed_up) → answered / declined / no_response."""

    Status = RequestStatus
    Channel = Channel

    thread = models.ForeignKey(FeedbackThread, on_delete=models.CASCADE, related_name="requests")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_requests")
    contact = models.ForeignKey(
        "candidates.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback_requests"
    )
    # A snapshot: the request keeps saying who was asked even if the contact changes or goes.
    recipient_name = models.CharField(max_length=150)
    recipient_email = models.EmailField(blank=True)
    recipient_role = models.CharField(max_length=20, choices=RecipientRole.choices, default=RecipientRole.OTHER)
    topics = models.JSONField(default=list, blank=True, help_text="Topic values asked about.")
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    tone_findings = models.JSONField(default=list, blank=True, help_text="The tone check's findings when sent.")
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.DEBRIEF)
    status = models.CharField(max_length=12, choices=RequestStatus.choices, default=RequestStatus.DRAFT)
    sent_at = models.DateTimeField(null=True, blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)
    follow_up_body = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # The outbox rows of the e-mails Debrief sent for this request: their status is the delivery status.
    outbox = models.ForeignKey("reminders.Reminder", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    follow_up_outbox = models.ForeignKey(
        "reminders.Reminder", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]
        constraints = [
            models.CheckConstraint(
                name="feedback_request_status_valid", condition=_in_choices("status", RequestStatus.choices)
            ),
            models.CheckConstraint(
                name="feedback_request_channel_valid", condition=_in_choices("channel", Channel.choices)
            ),
            models.CheckConstraint(
                name="feedback_request_role_valid", condition=_in_choices("recipient_role", RecipientRole.choices)
            ),
            models.CheckConstraint(name="feedback_request_recipient_named", condition=~Q(recipient_name="")),
            models.CheckConstraint(
                name="feedback_request_sent_has_sent_at",
                condition=Q(status=RequestStatus.DRAFT) | Q(sent_at__isnull=False),
            ),
            models.CheckConstraint(
                name="feedback_request_follow_up_after_sending",
                condition=Q(followed_up_at__isnull=True) | Q(sent_at__isnull=False),
            ),
            models.CheckConstraint(
                name="feedback_request_closed_has_closed_at",
                condition=~Q(status__in=list(CLOSED_STATUSES)) | Q(closed_at__isnull=False),
            ),
            models.CheckConstraint(
                name="feedback_request_body_bounded", condition=LessThanOrEqual(Length("body"), BODY_MAX_CHARS)
            ),
            models.CheckConstraint(
                name="feedback_request_follow_up_bounded",
                condition=LessThanOrEqual(Length("follow_up_body"), BODY_MAX_CHARS),
            ),
        ]

    def __str__(self) -> str:
        return f"Request to {self.recipient_name} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def can_follow_up(self) -> bool:
        return self.status == RequestStatus.SENT and self.followed_up_at is None

    @property
    def delivery_status(self) -> str:
        """The outbox row's status ("pending", "sent", "failed"…), or "" when Debrief sends nothing."""
        return self.outbox.status if self.outbox_id and self.outbox else ""


class ReplyLink(TimeStampedModel):
    """The hiring manager's one-time way in. The token itself is never stored: the row keeps its
    SHA-256 (to find the row) and a random nonce from which the e-mail renderer re-derives the
    token with the server's secret, so a database dump alone opens no link."""

    request = models.OneToOneField(FeedbackRequest, on_delete=models.CASCADE, related_name="reply_link")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    nonce = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Reply link for request {self.request_id}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @staticmethod
    def derive_token(nonce: str) -> str:
        """256 bits: HMAC-SHA256 of a 256-bit random nonce under the secret key, URL-safe."""
        digest = hmac.new(settings.SECRET_KEY.encode(), f"debrief.reply-link:{nonce}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()

    @property
    def token(self) -> str:
        return self.derive_token(self.nonce)

    def problem(self, *, now=None) -> str:
        """ "" if the link can be used, else "revoked", "used" or "expired" (in that order)."""
        now = now or timezone.now()
        if self.revoked_at is not None:
            return "revoked"
        if self.used_at is not None:
            return "used"
        if self.expires_at <= now:
            return "expired"
        return ""


class ReplySource(models.TextChoices):
    LINK = "link", "Answered through the reply link"
    PASTED = "pasted", "Pasted from an e-mail"
    RELAY = "relay", "Relayed by a recruiter"


class FeedbackReply(TimeStampedModel):
    """What came back for one request (or, later, a recruiter's relay): split into items."""

    Source = ReplySource

    thread = models.ForeignKey(FeedbackThread, on_delete=models.CASCADE, related_name="replies")
    request = models.OneToOneField(
        FeedbackRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="reply"
    )
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_replies")
    source = models.CharField(max_length=10, choices=ReplySource.choices)
    declined = models.BooleanField(default=False, help_text="“I'd rather not say.”")
    text = models.TextField(blank=True, help_text="The answer as it arrived (free text or the pasted e-mail).")
    received_at = models.DateTimeField(default=timezone.now)
    answered_by_name = models.CharField(max_length=150, blank=True)
    answered_by_role = models.CharField(max_length=20, choices=RecipientRole.choices, default=RecipientRole.OTHER)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name_plural = "feedback replies"
        constraints = [
            models.CheckConstraint(
                name="feedback_reply_source_valid", condition=_in_choices("source", ReplySource.choices)
            ),
            models.CheckConstraint(
                name="feedback_reply_role_valid", condition=_in_choices("answered_by_role", RecipientRole.choices)
            ),
            models.CheckConstraint(
                name="feedback_reply_text_bounded", condition=LessThanOrEqual(Length("text"), 4 * BODY_MAX_CHARS)
            ),
        ]

    def __str__(self) -> str:
        return f"Reply from {self.answered_by_name or 'someone'}{' (declined)' if self.declined else ''}"


class FeedbackItem(TimeStampedModel):
    """One point of feedback: a topic, a polarity and the words behind it."""

    reply = models.ForeignKey(FeedbackReply, on_delete=models.CASCADE, related_name="items")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_items")
    topic = models.CharField(max_length=20, choices=Topic.choices, default=Topic.OTHER)
    polarity = models.CharField(max_length=12, choices=Polarity.choices, default=Polarity.TO_IMPROVE)
    text = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["reply_id", "position", "id"]
        indexes = [models.Index(fields=["owner", "topic"])]
        constraints = [
            models.CheckConstraint(name="feedback_item_topic_valid", condition=_in_choices("topic", Topic.choices)),
            models.CheckConstraint(
                name="feedback_item_polarity_valid", condition=_in_choices("polarity", Polarity.choices)
            ),
            models.CheckConstraint(name="feedback_item_text_not_blank", condition=~Q(text="")),
        ]

    def __str__(self) -> str:
        return f"{self.get_topic_display()} ({self.get_polarity_display()}): {self.text[:40]}"


class ThankYouStatus(models.TextChoices):
    PENDING = "pending", "Owed"
    SENT = "sent", "Sent"
    SKIPPED = "skipped", "Skipped"


class ThankYou(TimeStampedModel):
    """Owed to whoever answered — created with every reply, "I'd rather not say" included."""

    Status = ThankYouStatus
    Channel = Channel

    reply = models.OneToOneField(FeedbackReply, on_delete=models.CASCADE, related_name="thank_you")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thank_yous")
    recipient_name = models.CharField(max_length=150)
    recipient_email = models.EmailField(blank=True)
    recipient_role = models.CharField(max_length=20, choices=RecipientRole.choices, default=RecipientRole.OTHER)
    status = models.CharField(max_length=10, choices=ThankYouStatus.choices, default=ThankYouStatus.PENDING)
    channel = models.CharField(max_length=10, choices=Channel.choices, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    outbox = models.ForeignKey("reminders.Reminder", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]
        constraints = [
            models.CheckConstraint(
                name="thank_you_status_valid", condition=_in_choices("status", ThankYouStatus.choices)
            ),
            models.CheckConstraint(
                name="thank_you_channel_valid", condition=Q(channel="") | _in_choices("channel", Channel.choices)
            ),
            models.CheckConstraint(
                name="thank_you_sent_has_sent_at_and_channel",
                condition=~Q(status=ThankYouStatus.SENT) | (Q(sent_at__isnull=False) & ~Q(channel="")),
            ),
            models.CheckConstraint(
                name="thank_you_body_bounded", condition=LessThanOrEqual(Length("body"), BODY_MAX_CHARS)
            ),
        ]

    def __str__(self) -> str:
        return f"Thanks to {self.recipient_name} ({self.get_status_display()})"

    @property
    def delivery_status(self) -> str:
        return self.outbox.status if self.outbox_id and self.outbox else ""


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"


class ActionItem(TimeStampedModel):
    """An improvement step made from one or more feedback items."""

    Status = ActionStatus

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="action_items")
    title = models.CharField(max_length=200)
    topic = models.CharField(max_length=20, choices=Topic.choices, default=Topic.OTHER)
    due_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN)
    notes = models.TextField("progress notes", blank=True)
    items = models.ManyToManyField(FeedbackItem, blank=True, related_name="action_items")
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["status", "due_on", "id"]
        indexes = [models.Index(fields=["owner", "status", "due_on"])]
        constraints = [
            models.CheckConstraint(name="action_item_title_not_blank", condition=~Q(title="")),
            models.CheckConstraint(name="action_item_topic_valid", condition=_in_choices("topic", Topic.choices)),
            models.CheckConstraint(
                name="action_item_status_valid", condition=_in_choices("status", ActionStatus.choices)
            ),
            models.CheckConstraint(
                name="action_item_done_has_completed_at",
                condition=~Q(status=ActionStatus.DONE) | Q(completed_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        # In clean() rather than as a field validator, so the range needs no migration. A due date
        # far out would overflow the reminder computed from it.
        super().clean()
        try:
            validate_sane_date(self.due_on)
        except ValidationError as error:
            raise ValidationError({"due_on": error.messages}) from None


class TemplateKind(models.TextChoices):
    REQUEST = "request", "Request for feedback"
    FOLLOW_UP = "follow_up", "Follow-up"
    THANK_YOU = "thank_you", "Thank-you"


class MessageTemplate(TimeStampedModel):
    """A candidate's own wording for one kind of message. Without a row the default in
    ``apps/feedback/drafting.py`` applies; resetting deletes the row."""

    Kind = TemplateKind

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="message_templates")
    kind = models.CharField(max_length=12, choices=TemplateKind.choices)
    subject = models.CharField(max_length=200)
    body = models.TextField()

    class Meta:
        ordering = ["kind"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "kind"], name="message_template_one_per_kind"),
            models.CheckConstraint(
                name="message_template_kind_valid", condition=_in_choices("kind", TemplateKind.choices)
            ),
            models.CheckConstraint(name="message_template_body_not_blank", condition=~Q(body="")),
            models.CheckConstraint(
                name="message_template_body_bounded", condition=LessThanOrEqual(Length("body"), BODY_MAX_CHARS)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} template of {self.owner_id}"
