"""Writes for accounts. Keyword-only, typed, each owns its transaction."""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.db import transaction
from rest_framework.authtoken.models import Token

from apps.accounts.models import NotificationPreferences, User
from apps.core.models import AuditEvent
from apps.core.services import audit_record

SIGNUP_ROLES = (User.Role.CANDIDATE, User.Role.RECRUITER)


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str,
    full_name: str,
    role: str = User.Role.CANDIDATE,
    timezone: str = "UTC",
) -> User:
    """Sign someone up: the user, their preferences, and the first audit row."""
    if role not in SIGNUP_ROLES:
        raise ValidationError({"role": "Choose candidate or recruiter."})
    email = User.objects.normalize_email(email).strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {"email": "An account with this e-mail already exists. Log in, or reset your password."},
            code="email_taken",
        )
    user = User(email=email, full_name=full_name.strip(), role=role)
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        # Tie the reasons to the password field, so forms show them beside it (aria-describedby).
        raise ValidationError({"password": error.error_list}) from error
    user.set_password(password)
    user.full_clean()
    user.save()
    preferences = NotificationPreferences(user=user, timezone=timezone)
    preferences.full_clean()
    preferences.save()
    audit_record(actor=user, subject=user, action=AuditEvent.Action.SIGNED_UP)
    return user


@transaction.atomic
def preferences_update(*, user: User, **fields) -> NotificationPreferences:
    """Change any of timezone, quiet hours, weekly digest, e-mail-off kinds."""
    allowed = {"timezone", "quiet_hours_start", "quiet_hours_end", "weekly_digest", "email_off_kinds"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This setting does not exist."))
    preferences, _ = NotificationPreferences.objects.select_for_update().get_or_create(user=user)
    for name, value in fields.items():
        setattr(preferences, name, value)
    preferences.full_clean()
    preferences.save()
    return preferences


@transaction.atomic
def user_update_profile(*, user: User, full_name: str) -> User:
    user.full_name = full_name.strip()
    user.full_clean(exclude=["password"])
    user.save(update_fields=["full_name"])
    return user


@transaction.atomic
def api_token_create(*, user: User) -> Token:
    """One token per user; asking again returns the same key (idempotent)."""
    token, created = Token.objects.get_or_create(user=user)
    if created:
        audit_record(actor=user, subject=user, action=AuditEvent.Action.TOKEN_CREATED)
    return token


@transaction.atomic
def api_token_revoke(*, user: User) -> bool:
    deleted, _ = Token.objects.filter(user=user).delete()
    if deleted:
        audit_record(actor=user, subject=user, action=AuditEvent.Action.TOKEN_REVOKED)
    return bool(deleted)
