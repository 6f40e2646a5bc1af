"""Which column holds what: the fields we import, the words other trackers use for them, and
the stage names they write."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from apps.candidates.importing.parsing import normalise
from apps.candidates.models import Stage


@dataclass(frozen=True)
class Target:
    name: str
    label: str
    required: bool
    aliases: tuple[str, ...]


TARGETS = (
    Target("role_title", "Role", True, ("role", "title", "job title", "position", "job", "role title", "job name")),
    Target("company", "Company", True, ("company", "employer", "organisation", "organization", "company name")),
    Target("applied_on", "Date applied", False, ("applied", "date applied", "applied on", "application date", "date")),
    Target("stage", "Stage", False, ("stage", "status", "state")),
    Target("job_url", "Job ad link", False, ("url", "link", "job url", "job link", "posting", "job posting")),
    Target("source", "Source", False, ("source", "found via", "found on", "channel")),
    Target("notes", "Notes", False, ("notes", "note", "comments", "comment")),
    Target(
        "rejected_on",
        "Date rejected",
        False,
        ("rejected", "rejected on", "rejected at", "rejection date", "date rejected"),
    ),
    Target("rejection_reason", "Rejection reason", False, ("reason", "rejection reason", "why rejected", "why")),
)
TARGET_NAMES = {target.name for target in TARGETS}

STAGE_WORDS = {
    Stage.APPLIED: ("applied", "application sent", "submitted", "new", "open", "sent"),
    Stage.SCREENING: ("screening", "screen", "phone screen", "recruiter call", "recruiter screen"),
    Stage.INTERVIEWING: ("interviewing", "interview", "interviews", "onsite", "on site", "technical", "final round"),
    Stage.OFFER: ("offer", "offered", "offer received"),
    Stage.HIRED: ("hired", "accepted", "offer accepted", "signed"),
    Stage.REJECTED: ("rejected", "rejection", "declined", "turned down", "no", "unsuccessful", "closed"),
    Stage.WITHDRAWN: ("withdrawn", "withdrew", "withdraw", "not interested"),
}
STAGE_LOOKUP = {word: stage for stage, words in STAGE_WORDS.items() for word in words}


def guess_mapping(header: list[str]) -> dict[str, int | None]:
    """Which column holds what, by the column names other trackers use."""
    normalised = [normalise(cell) for cell in header]
    mapping: dict[str, int | None] = {}
    taken: set[int] = set()
    for target in TARGETS:
        mapping[target.name] = None
        for alias in target.aliases:
            if alias in normalised and normalised.index(alias) not in taken:
                mapping[target.name] = normalised.index(alias)
                taken.add(mapping[target.name])
                break
    return mapping


def validate_mapping(mapping: dict, header: list[str]) -> dict[str, int | None]:
    clean: dict[str, int | None] = {}
    errors = {}
    for target in TARGETS:
        value = mapping.get(target.name)
        if value in (None, ""):
            clean[target.name] = None
        else:
            try:
                index = int(value)
            except (TypeError, ValueError):
                index = -1
            if not 0 <= index < len(header):
                errors[target.name] = "Pick one of the file's columns."
                continue
            clean[target.name] = index
        if target.required and clean.get(target.name) is None:
            errors[target.name] = f"Pick the column that holds the {target.label.lower()}."
    used = [index for index in clean.values() if index is not None]
    if len(used) != len(set(used)):
        errors["__all__"] = "Each column can fill only one field."
    if errors:
        raise ValidationError(errors)
    return clean
