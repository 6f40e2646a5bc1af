"""The secret calendar feed address: rotated, revoked, and touched when a calendar app reads it."""

import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from apps.candidates.models import CalendarFeed


@transaction.atomic
def calendar_feed_rotate(*, user) -> str:
    """Make a new secret feed address (ending any old one) and return its token — the only time
    it is known in clear; the database keeps its SHA-256."""
    token = secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(
        user=user, defaults={"token_hash": CalendarFeed.hash_token(token), "last_used_at": None}
    )
    return token


@transaction.atomic
def calendar_feed_revoke(*, user) -> bool:
    deleted, _ = CalendarFeed.objects.filter(user=user).delete()
    return bool(deleted)


def calendar_feed_touch(*, feed: CalendarFeed) -> None:
    """Note when a calendar app last fetched the feed (at most once an hour: no write per poll)."""
    now = timezone.now()
    if feed.last_used_at is None or now - feed.last_used_at > timedelta(hours=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
