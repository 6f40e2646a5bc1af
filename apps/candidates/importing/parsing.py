"""Reading a CSV upload: its bytes, its text, its rows, its cells and dates. No database."""

import csv
import io
import re
from datetime import date, datetime

from apps.core.errors import ApplicationError
from apps.core.validators import EARLIEST_YEAR, LATEST_YEAR

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # 5 MB: tens of thousands of rows; anything bigger is not a tracker export
MAX_ROWS = 5000

DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
)


def normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def decode_upload(data: bytes) -> str:
    if len(data) > MAX_UPLOAD_BYTES:
        raise ApplicationError(
            f"This file is {len(data) / 1024 / 1024:.1f} MB; the limit is {MAX_UPLOAD_BYTES // 1024 // 1024} MB "
            f"(about {MAX_ROWS:,} rows). Split it into smaller files and import them one by one. Nothing was imported.",
            code="file_too_large",
            status=413,
        )
    # Anywhere in the file, not only near the start: PostgreSQL can't store a NUL in text, so one
    # deep in a cell would otherwise fail the upload with a server error.
    if b"\x00" in data:
        raise ApplicationError(
            "This doesn't look like a CSV file (it has binary content — perhaps a spreadsheet, or a "
            "NUL byte somewhere). Save it as “CSV UTF-8” and upload that. Nothing was imported.",
            code="malformed_csv",
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ApplicationError(
        "We couldn't read the text of this file. Save it as “CSV UTF-8” and upload it again. Nothing was imported.",
        code="malformed_csv",
    )


def read_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """The header and the data rows. Refuses a file with no usable header or no rows."""
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [row for row in csv.reader(io.StringIO(text), dialect, strict=True) if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise ApplicationError(
            f"We couldn't read this CSV ({error}). Check that quotes are balanced, then upload it again. "
            "Nothing was imported.",
            code="malformed_csv",
        ) from error
    if not rows:
        raise ApplicationError("This file is empty. Nothing was imported.", code="malformed_csv")
    header = [cell.strip() for cell in rows[0]]
    if sum(1 for cell in header if cell) < 2:
        raise ApplicationError(
            "The first row should name the columns (for example “Company, Role, Date applied, Status”). "
            "Add a header row and upload again. Nothing was imported.",
            code="malformed_csv",
        )
    data_rows = rows[1:]
    if not data_rows:
        raise ApplicationError("This file has a header but no rows. Nothing was imported.", code="malformed_csv")
    if len(data_rows) > MAX_ROWS:
        raise ApplicationError(
            f"This file has {len(data_rows):,} rows; the limit is {MAX_ROWS:,} per import. "
            "Split it and import the parts one by one. Nothing was imported.",
            code="too_many_rows",
            status=413,
        )
    return header, data_rows


def cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    value = row[index].strip()
    # Our own export guards formula-like cells with a leading ' (see exporting._cell).
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value


def parse_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    candidate = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", value) else value
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(candidate, fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
        if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
            raise ValueError(f"the date “{value}” is not between {EARLIEST_YEAR} and {LATEST_YEAR}")
        return parsed
    raise ValueError(f"the date “{value}” is not one we can read (use 2026-03-31 or 31/03/2026)")
