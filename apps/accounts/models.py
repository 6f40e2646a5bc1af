import functools
import zoneinfo

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from apps.core.models import TimeStampedModel


@functools.cache
def known_timezones() -> frozenset[str]:
    """The IANA zone names on this machine. Scanning for them takes ~30 ms, so once per process."""
    return frozenset(zoneinfo.available_timezones())


def validate_timezone(value: str) -> None:
    if value not in known_timezones():
        raise ValidationError(
            "“%(value)s” is not a time zone we know. Use a name like Europe/Berlin or America/New_York.",
            params={"value": value},
            code="unknown_timezone",
        )


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True, role=User.Role.STAFF)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with their e-mail address."""

    class Role(models.TextChoices):
        CANDIDATE = "candidate", "Candidate"
        RECRUITER = "recruiter", "Recruiter or coach"
        STAFF = "staff", "Staff"

    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField("your name", max_length=150)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CANDIDATE)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def first_name(self) -> str:
        return (self.full_name or self.email).split()[0]

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.first_name

    @property
    def is_candidate(self) -> bool:
        return self.role == self.Role.CANDIDATE

    @property
    def is_recruiter(self) -> bool:
        return self.role == self.Role.RECRUITER


class NotificationPreferences(TimeStampedModel):
    """How and when a person wants to hear from Debrief."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="preferences")
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    quiet_hours_start = models.TimeField(null=True, blank=True)
    quiet_hours_end = models.TimeField(null=True, blank=True)
    weekly_digest = models.BooleanField(default=True)
    # Reminder kinds the person turned e-mail off for (in-app notifications still arrive).
    email_off_kinds = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name_plural = "notification preferences"
        constraints = [
            models.CheckConstraint(
                name="quiet_hours_both_or_neither",
                condition=(
                    models.Q(quiet_hours_start__isnull=True, quiet_hours_end__isnull=True)
                    | models.Q(quiet_hours_start__isnull=False, quiet_hours_end__isnull=False)
                ),
            )
        ]

    def __str__(self) -> str:
        return f"Preferences of {self.user}"

    def clean(self):
        if (self.quiet_hours_start is None) != (self.quiet_hours_end is None):
            raise ValidationError(
                {"quiet_hours_end": "Give both the start and the end of your quiet hours, or neither."}
            )
        if self.quiet_hours_start is not None and self.quiet_hours_start == self.quiet_hours_end:
            raise ValidationError({"quiet_hours_end": "Quiet hours must end at a different time than they start."})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class ApiToken(models.Model):
    """One named API key of a person (one per script or device).

    Only a SHA-256 digest of the key is stored; the key itself is shown once, when it is
    made. ``prefix`` (the key's first characters) is kept in clear so a person can tell
    their tokens apart. Revoking deletes the row.
    """

    PREFIX_LENGTH = 12

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80)
    prefix = models.CharField(max_length=PREFIX_LENGTH)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="api_token_user_created")]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())
