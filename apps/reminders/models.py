"""The outbox: one row per reminder (or outgoing e-mail) that must go out once.

A row is written in the same transaction as the domain change that makes it due; the beat
sweep claims due rows, delivers them outside any lock and marks them sent. See
``apps/reminders/sweep.py`` for the state machine and the exact delivery guarantee.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q

from apps.core.models import TimeStampedModel


class Reminder(TimeStampedModel):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    kind = models.CharField(max_length=60, db_index=True)
    # The subject is generic so the engine holds no foreign key into domain apps.
    subject_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    subject_id = models.CharField(max_length=64)
    subject = GenericForeignKey("subject_type", "subject_id")
    # A person with an account, or (for mail to hiring managers) only an address.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    recipient_email = models.EmailField(blank=True)
    # "user:<id>" or "email:<address>": one non-null column for the unique key, because
    # NULL recipients would never collide in a unique constraint.
    recipient_key = models.CharField(max_length=270, editable=False)
    cycle = models.PositiveIntegerField(default=0)
    due_at = models.DateTimeField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # The lease: when a sweeper claimed the row, and which claim it was. Only the holder of
    # the current token may move the row on.
    claimed_at = models.DateTimeField(null=True, blank=True)
    lease_token = models.UUIDField(null=True, blank=True, editable=False)
    # The delivery marker: written and committed immediately before the e-mail is handed to
    # the mail server. A row found with a marker but not marked sent may have gone out, so it
    # is never sent again automatically.
    handoff_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # Kind-specific data. For outgoing mail written by a person: "subject", "body" (text),
    # "reply_to", "from_name"; the engine sends it as given.
    payload = models.JSONField(default=dict, blank=True)
    email_skipped = models.BooleanField(
        default=False, help_text="No e-mail was sent (turned off for this kind, or unsubscribed)."
    )

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject_type", "subject_id", "recipient_key", "cycle"],
                name="reminder_unique_kind_subject_recipient_cycle",
            ),
            models.CheckConstraint(
                name="reminder_has_a_recipient",
                condition=Q(recipient__isnull=False) | ~Q(recipient_email=""),
            ),
        ]
        indexes = [
            # The sweep's only hot query: due pending rows in due order.
            models.Index(fields=["due_at", "id"], condition=Q(status="pending"), name="reminder_due_pending"),
            # Lease recovery looks only at rows in flight.
            models.Index(fields=["claimed_at"], condition=Q(status="sending"), name="reminder_sending_lease"),
            models.Index(fields=["subject_type", "subject_id"], name="reminder_subject"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_label} ({self.get_status_display()}, due {self.due_at:%Y-%m-%d %H:%M})"

    @staticmethod
    def key_for(*, recipient=None, recipient_email: str = "") -> str:
        if recipient is not None:
            return f"user:{recipient.pk}"
        return f"email:{recipient_email.strip().lower()}"

    @property
    def recipient_label(self) -> str:
        return self.recipient.email if self.recipient_id else self.recipient_email

    @property
    def to_address(self) -> str:
        return self.recipient.email if self.recipient_id else self.recipient_email


class Notification(TimeStampedModel):
    """An in-app message behind the bell. At most one per reminder row."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    reminder = models.OneToOneField(
        Reminder, null=True, blank=True, on_delete=models.SET_NULL, related_name="notification"
    )
    kind = models.CharField(max_length=60)
    text = models.CharField(max_length=300)
    link = models.CharField(max_length=500, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient_recent"),
            models.Index(fields=["recipient"], condition=Q(read_at__isnull=True), name="notification_unread"),
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class EmailSuppression(TimeStampedModel):
    """An address without an account that unsubscribed from one kind of mail."""

    email = models.EmailField()
    kind = models.CharField(max_length=60)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["email", "kind"], name="suppression_unique_email_kind")]

    def __str__(self) -> str:
        return f"{self.email} unsubscribed from {self.kind}"
