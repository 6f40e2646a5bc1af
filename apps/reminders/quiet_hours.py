"""Quiet hours: a reminder due inside them goes out when they end, in the recipient's zone."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def quiet_hours_end_after(*, moment: datetime, zone: ZoneInfo, start: time | None, end: time | None) -> datetime | None:
    """If ``moment`` falls inside the quiet hours, the (UTC) moment they end; else None.

    ``start`` > ``end`` means the quiet hours run across midnight (22:00 → 07:00).
    """
    if start is None or end is None or start == end:
        return None
    local = moment.astimezone(zone)
    now = local.time().replace(tzinfo=None)
    if start < end:
        inside = start <= now < end
        end_date = local.date()
    else:
        inside = now >= start or now < end
        end_date = local.date() if now < end else local.date() + timedelta(days=1)
    if not inside:
        return None
    # A wall-clock time that does not exist (spring-forward gap) resolves to the offset
    # before the change, i.e. just after the gap, which is still "when quiet hours end".
    return datetime.combine(end_date, end, tzinfo=zone).astimezone(UTC)
