from django.conf import settings
from django.db import models


class TimeStampedModel(models.Model):
    """Base for every domain model: when it was created and last changed."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("The audit log is append-only: rows cannot be updated.")

    def delete(self):
        raise TypeError("The audit log is append-only: rows cannot be deleted.")


class AuditEvent(models.Model):
    """Who did what to whose data. Rows are only ever added.

    ``subject`` is the person whose data was touched (the candidate); they can read every
    row about them. The row survives the actor's account (SET_NULL) but not the subject's:
    erasing an account erases its audit trail too.
    """

    class Action(models.TextChoices):
        SIGNED_UP = "signed_up", "Signed up"
        TOKEN_CREATED = "token_created", "Created an API token"
        TOKEN_REVOKED = "token_revoked", "Revoked an API token"
        PASSWORD_CHANGED = "password_changed", "Changed the password"
        DATA_VIEWED = "data_viewed", "Viewed candidate data"
        DATA_EXPORTED = "data_exported", "Exported data"
        RELAY_PUBLISHED = "relay_published", "Published a relay"

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events_done",
    )
    actor_label = models.CharField(max_length=254, help_text="The actor's e-mail at the time.")
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="audit_events",
    )
    action = models.CharField(max_length=40, choices=Action.choices)
    target_type = models.CharField(max_length=60, blank=True)
    target_id = models.CharField(max_length=60, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["subject", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.actor_label} {self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("The audit log is append-only: rows cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("The audit log is append-only: rows cannot be deleted.")


class Heartbeat(models.Model):
    """When a periodic job last finished, one row per job.

    Kept in the database, not the cache: a cache flush or a Redis outage must not make a
    dead worker look alive (no row) or a live one look dead. Apps write their row with
    ``heartbeat_record`` (apps/core/health.py) and declare how old it may get with
    ``expected_heartbeats``; /healthz reads both.
    """

    name = models.CharField(max_length=60, primary_key=True)
    beat_at = models.DateTimeField()
    detail = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%Y-%m-%d %H:%M:%S}"
