"""The limits every piece of user input is held to, written once and used by model fields,
forms, serializers, the CSV reader and the request guard alike.

- **Dates** live between 1900 and 2100. Outside that range nothing in a job search makes sense,
  and values near Python's limits (year 1 or 9999) overflow as soon as anything is derived from
  them: an interview's end, a reminder three hours or seven days later, the same moment in
  another time zone. Half a century of margin on either side keeps every derived value safe.
- **Text** never holds NUL or lone surrogates: PostgreSQL refuses the first in text columns and
  UTF-8 cannot encode the second, so either would surface as a 500 somewhere later.
"""

import re
from datetime import date, datetime

from django.core.exceptions import ValidationError

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
DATE_RANGE_MESSAGE = f"Use a date between {EARLIEST_YEAR} and {LATEST_YEAR}. Nothing was saved."

# NUL, and the surrogate code points (which only appear unpaired in a Python str).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
UNSTORABLE_MESSAGE = "This text holds a character we can't store (a NUL byte or a broken character). Remove it."


def validate_sane_date(value: date | datetime | None) -> None:
    """A date or datetime between 1900 and 2100 (a datetime judged in the zone it was given in)."""
    if value is None:
        return
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(DATE_RANGE_MESSAGE, code="date_out_of_range")


def has_unstorable(text: str) -> bool:
    return UNSTORABLE.search(text) is not None


def validate_storable_text(value: str) -> None:
    if isinstance(value, str) and has_unstorable(value):
        raise ValidationError(UNSTORABLE_MESSAGE, code="unstorable_text")


def find_unstorable(data) -> bool:
    """Does any string in a parsed body (keys included, at any depth) hold an unstorable character?"""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_unstorable(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False
