from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from apps.reminders.quiet_hours import quiet_hours_end_after

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")


def at(zone, *args):
    return datetime(*args, tzinfo=zone)


@pytest.mark.parametrize(
    ("local_now", "expected_local_end"),
    [
        (at(BERLIN, 2026, 3, 10, 23, 30), at(BERLIN, 2026, 3, 11, 7, 0)),  # before midnight → next morning
        (at(BERLIN, 2026, 3, 11, 2, 0), at(BERLIN, 2026, 3, 11, 7, 0)),  # after midnight → this morning
        (at(BERLIN, 2026, 3, 11, 22, 0), at(BERLIN, 2026, 3, 12, 7, 0)),  # exactly at the start
        (at(BERLIN, 2026, 3, 11, 7, 0), None),  # exactly at the end: awake
        (at(BERLIN, 2026, 3, 11, 12, 0), None),
    ],
)
def test_quiet_hours_across_midnight_end_the_next_morning_local_time(local_now, expected_local_end):
    end = quiet_hours_end_after(moment=local_now.astimezone(UTC), zone=BERLIN, start=time(22), end=time(7))
    assert end == (expected_local_end.astimezone(UTC) if expected_local_end else None)


def test_quiet_hours_within_one_day():
    moment = at(TOKYO, 2026, 6, 1, 13, 0).astimezone(UTC)
    assert quiet_hours_end_after(moment=moment, zone=TOKYO, start=time(12), end=time(14)) == at(
        TOKYO, 2026, 6, 1, 14, 0
    ).astimezone(UTC)
    assert quiet_hours_end_after(moment=moment, zone=TOKYO, start=time(14), end=time(16)) is None


def test_no_quiet_hours_means_no_wait():
    moment = datetime(2026, 1, 1, 3, tzinfo=UTC)
    assert quiet_hours_end_after(moment=moment, zone=BERLIN, start=None, end=None) is None


def test_the_end_follows_the_local_clock_across_a_daylight_saving_change():
    # Night of 28→29 March 2026: Berlin moves from UTC+1 to UTC+2.
    moment = at(BERLIN, 2026, 3, 28, 23, 0).astimezone(UTC)
    end = quiet_hours_end_after(moment=moment, zone=BERLIN, start=time(22), end=time(7))
    assert end == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)  # 07:00 CEST


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)),
    st.times(),
    st.times(),
)
def test_a_deferred_reminder_always_lands_outside_quiet_hours_and_later(moment, start, end):
    start, end = start.replace(microsecond=0, second=0), end.replace(microsecond=0, second=0)
    until = quiet_hours_end_after(moment=moment, zone=BERLIN, start=start, end=end)
    if until is not None:
        assert moment < until <= moment + timedelta(hours=25)
        assert quiet_hours_end_after(moment=until, zone=BERLIN, start=start, end=end) is None
