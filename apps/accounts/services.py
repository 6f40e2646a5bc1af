"""Writes for accounts. Keyword-only, typed, each owns its transaction."""

from datetime import timedelta

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone as django_timezone

from apps.accounts.models import ApiToken, NotificationPreferences, User
from apps.accounts.tokens import token_digest, token_key_new
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
def signup_request(
    *,
    email: str,
    password: str,
    full_name: str,
    role: str = User.Role.CANDIDATE,
    timezone: str = "UTC",
) -> User | None:
    """Sign-up as the page sees it: the same outcome whether or not the address has an account.

    A new address gets its account and a welcome e-mail; an address that already has one gets
    no account and no error, and its owner gets an e-mail saying someone tried (with how to
    log in or reset). Both e-mails go through the reminder outbox, after commit — a slow mail
    server never holds up the request. Returns the new user, or None.
    """
    from apps.accounts.reminder_kinds import SIGNUP_ATTEMPT, WELCOME  # registered in ready()
    from apps.reminders.services import reminder_schedule

    normalised = User.objects.normalize_email(email).strip().lower()
    existing = User.objects.filter(email__iexact=normalised).first()
    now = django_timezone.now()
    if existing is not None:
        # Validate the rest as for a new account, so a weak password is refused either way.
        user_validate_new(email=normalised, password=password, full_name=full_name, role=role)
        if existing.is_active:
            # One notice a day at most, however often someone tries.
            reminder_schedule(
                kind=SIGNUP_ATTEMPT, subject=existing, recipient=existing, due_at=now, cycle=now.date().toordinal()
            )
        return None
    user = user_create(email=normalised, password=password, full_name=full_name, role=role, timezone=timezone)
    reminder_schedule(kind=WELCOME, subject=user, recipient=user, due_at=now)
    return user


def user_validate_new(*, email: str, password: str, full_name: str, role: str) -> User:
    """Check a sign-up's fields (role, password rules, model rules) without saving anything."""
    if role not in SIGNUP_ROLES:
        raise ValidationError({"role": "Choose candidate or recruiter."})
    user = User(email=email, full_name=full_name.strip(), role=role)
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        # Tie the reasons to the password field, so forms show them beside it (aria-describedby).
        raise ValidationError({"password": error.error_list}) from error
    user.full_clean(exclude=["password", "email"])
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
def notification_choices_update(*, user: User, email_on: set[str], weekly_digest: str) -> NotificationPreferences:
    """E-mail on or off per reminder kind, and the weekly digest as one setting:
    ``"email"`` (by e-mail and in the app), ``"in_app"`` (in the app only) or ``"off"``."""
    from apps.reminders.digest import DIGEST_KIND
    from apps.reminders.kinds import kinds_for_audience

    if weekly_digest not in ("email", "in_app", "off"):
        raise ValidationError({"weekly_digest": "Choose by e-mail, only in Debrief, or off."})
    switchable = {kind.name for kind in kinds_for_audience(user.role)} - {DIGEST_KIND}
    unknown = email_on - switchable
    if unknown:
        raise ValidationError({"email_on": f"Unknown reminder kinds: {', '.join(sorted(unknown))}."})
    preferences = NotificationPreferences.objects.select_for_update().get_or_create(user=user)[0]
    # Keep "off" entries for kinds this form does not show (e.g. registered later).
    kept = [name for name in preferences.email_off_kinds if name not in switchable | {DIGEST_KIND}]
    off = kept + sorted(switchable - email_on) + ([DIGEST_KIND] if weekly_digest == "in_app" else [])
    return preferences_update(user=user, email_off_kinds=sorted(off), weekly_digest=weekly_digest != "off")


@transaction.atomic
def user_update_profile(*, user: User, full_name: str) -> User:
    user.full_name = full_name.strip()
    user.full_clean(exclude=["password"])
    user.save(update_fields=["full_name"])
    return user


TOKENS_PER_USER = 50
TOKEN_LIFETIME_DAYS_MAX = 3650


@transaction.atomic
def api_token_create(*, user: User, name: str, expires_in_days: int | None = None) -> tuple[ApiToken, str]:
    """A new named token. Returns the row and the key — the only time the key exists in clear."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "Give the token a name, such as the script or device that will use it."})
    if expires_in_days is not None and not 1 <= expires_in_days <= TOKEN_LIFETIME_DAYS_MAX:
        raise ValidationError(
            {"expires_in_days": f"Choose between 1 and {TOKEN_LIFETIME_DAYS_MAX} days, or no expiry."}
        )
    # Locks the person's row so two simultaneous requests cannot both pass the limit.
    User.objects.select_for_update().filter(pk=user.pk).first()
    if ApiToken.objects.filter(user=user).count() >= TOKENS_PER_USER:
        raise ValidationError(
            {"name": f"You have {TOKENS_PER_USER} tokens, the most one person can have. Revoke one you no longer use."}
        )
    key = token_key_new()
    now = django_timezone.now()
    token = ApiToken(
        user=user,
        name=name,
        prefix=key[: ApiToken.PREFIX_LENGTH],
        digest=token_digest(key),
        created_at=now,
        expires_at=now + timedelta(days=expires_in_days) if expires_in_days else None,
    )
    token.full_clean()
    token.save()
    audit_record(
        actor=user, subject=user, action=AuditEvent.Action.TOKEN_CREATED, target=token, detail={"name": token.name}
    )
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken, actor: User) -> None:
    """Revoke one token; scripts using it get 401 from the next request."""
    audit_record(
        actor=actor,
        subject=token.user,
        action=AuditEvent.Action.TOKEN_REVOKED,
        target=token,
        detail={"name": token.name, "prefix": token.prefix},
    )
    token.delete()


@transaction.atomic
def api_tokens_revoke_all(*, user: User, reason: str) -> int:
    """Revoke every token of the person (after a password change or reset). Returns how many."""
    deleted, _ = ApiToken.objects.filter(user=user).delete()
    if deleted:
        audit_record(
            actor=user, subject=user, action=AuditEvent.Action.TOKEN_REVOKED, detail={"all": deleted, "reason": reason}
        )
    return deleted


@transaction.atomic
def user_password_changed(*, user: User, how: str) -> None:
    """After a change (``how="changed"``) or a reset (``"reset"``): tokens made with the old
    password must not outlive it."""
    audit_record(actor=user, subject=user, action=AuditEvent.Action.PASSWORD_CHANGED, detail={"how": how})
    api_tokens_revoke_all(user=user, reason=f"password {how}")
