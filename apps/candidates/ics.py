"""iCalendar (RFC 5545) written by hand: CRLF line ends, TEXT escaping, lines folded at 75 octets."""

from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

PRODID = "-//Debrief//Interviews//EN"


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: backslash, semicolon and comma are escaped; newlines become \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """RFC 5545 3.1: no line longer than 75 octets; continuation lines start with a space.
    Never split a UTF-8 character."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current, limit = [], b"", 75
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > limit:
            parts.append(current.decode())
            current, limit = b"", 74  # the leading space counts
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(interview, *, stamp: datetime) -> list[str]:
    application = interview.application
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "debrief"
    url = settings.SITE_URL.rstrip("/") + reverse("candidates:interview-detail", kwargs={"pk": interview.pk})
    summary = f"{interview.get_kind_display()}: {application.role_title} at {application.company.name}"
    description = f"Interview for {application.role_title} at {application.company.name}.\nDebrief afterwards: {url}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:interview-{interview.pk}@{host}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(interview.starts_at)}",
        f"DTEND:{_utc(interview.ends_at)}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{url}",
    ]
    if interview.location:
        lines.append(f"LOCATION:{escape_text(interview.location)}")
    lines.append("END:VEVENT")
    return lines


def calendar(interviews, *, name: str = "Debrief interviews") -> str:
    stamp = timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for interview in interviews:
        lines.extend(_event(interview, stamp=stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
