"""The weekly progress digest: planned by beat once an hour, one row per person per week.

The row's ``cycle`` is the date (YYYYMMDD) of the Monday it is for, in the person's own time
zone; the unique key (kind, subject, recipient, cycle) makes planning idempotent however
often beat runs it. Domain apps add sections with ``digest_section_register``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from apps.accounts.models import NotificationPreferences, User
from apps.reminders.kinds import ReminderKind, Rendered, register
from apps.reminders.models import Reminder

DIGEST_KIND = "weekly_digest"
DIGEST_WEEKDAY = 0  # Monday
DIGEST_TIME = time(9, 0)


@dataclass(frozen=True)
class DigestSection:
    title: str
    lines: list[str] = field(default_factory=list)
    link: str = ""


# Each provider answers for one person and one week: a section, or None when it has nothing.
_SECTIONS: dict[str, Callable[[User, datetime, datetime], DigestSection | None]] = {}


def digest_section_register(name: str, provider: Callable[[User, datetime, datetime], DigestSection | None]) -> None:
    _SECTIONS[name] = provider


def digest_due(*, now: datetime, zone: ZoneInfo) -> tuple[datetime, int]:
    """The next Monday 09:00 in ``zone`` at or after ``now``, and its cycle number."""
    local = now.astimezone(zone)
    monday = local.date() - timedelta(days=(local.weekday() - DIGEST_WEEKDAY) % 7)
    due = datetime.combine(monday, DIGEST_TIME, tzinfo=zone)
    if due < local:
        monday += timedelta(days=7)
        due = datetime.combine(monday, DIGEST_TIME, tzinfo=zone)
    return due, int(monday.strftime("%Y%m%d"))


def digests_plan(*, now: datetime | None = None) -> int:
    """Make sure everyone with the digest on has a row for their coming Monday. Returns rows created."""
    now = now or timezone.now()
    user_type = ContentType.objects.get_for_model(User)
    rows = []
    people = NotificationPreferences.objects.filter(weekly_digest=True, user__is_active=True).values_list(
        "user_id", "timezone"
    )
    for user_id, zone_name in people.iterator(chunk_size=2000):
        due, cycle = digest_due(now=now, zone=ZoneInfo(zone_name))
        rows.append(
            Reminder(
                kind=DIGEST_KIND,
                subject_type=user_type,
                subject_id=str(user_id),
                recipient_id=user_id,
                recipient_key=f"user:{user_id}",
                cycle=cycle,
                due_at=due,
            )
        )
    # ignore_conflicts: the unique key makes a second run (or a second beat) a no-op. It hides
    # which rows were new, so count before and after.
    before = Reminder.objects.filter(kind=DIGEST_KIND).count()
    Reminder.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    return Reminder.objects.filter(kind=DIGEST_KIND).count() - before


def _week(reminder: Reminder) -> tuple[datetime, datetime, date]:
    monday = datetime.strptime(str(reminder.cycle), "%Y%m%d").date()
    zone = reminder.recipient.preferences.zone if hasattr(reminder.recipient, "preferences") else ZoneInfo("UTC")
    until = datetime.combine(monday, DIGEST_TIME, tzinfo=zone)
    return until - timedelta(days=7), until, monday


def digest_sections(reminder: Reminder) -> list[DigestSection]:
    cached = getattr(reminder, "_digest_sections", None)
    if cached is not None:
        return cached
    since, until, _ = _week(reminder)
    sections = [s for provider in _SECTIONS.values() if (s := provider(reminder.recipient, since, until)) is not None]
    reminder._digest_sections = sections
    return sections


def _is_wanted(reminder: Reminder) -> bool:
    preferences = getattr(reminder.recipient, "preferences", None)
    if preferences is None or not preferences.weekly_digest:
        return False
    # An empty week sends nothing: no nagging about nothing.
    return bool(digest_sections(reminder))


def _render(reminder: Reminder) -> Rendered:
    sections = digest_sections(reminder)
    _, _, monday = _week(reminder)
    return Rendered(
        email="reminders/weekly-digest",
        context={"sections": sections, "week_of": monday},
        text=f"Your week in Debrief: {', '.join(s.title.lower() for s in sections)}.",
        link=reverse("core:home"),
    )


WEEKLY_DIGEST = register(
    ReminderKind(
        name=DIGEST_KIND,
        label="Weekly progress digest",
        description="Monday morning, your time: what moved last week and what is next.",
        audience="everyone",
        render=_render,
        is_wanted=_is_wanted,
        default_delay=timedelta(0),
    )
)
