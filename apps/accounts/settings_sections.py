"""The sections of the settings area, in the order of its sub-navigation."""

from dataclasses import dataclass
from typing import Literal

Audience = Literal["everyone", "candidate", "not_candidate"]


@dataclass(frozen=True)
class Section:
    slug: str
    label: str
    url_name: str
    audience: Audience = "everyone"

    def shown_to(self, user) -> bool:
        match self.audience:
            case "candidate":
                return bool(user.is_candidate)
            case "not_candidate":
                return not user.is_candidate
        return True


SECTIONS = (
    Section("profile", "Profile", "accounts:settings"),
    Section("time", "Time zone and quiet hours", "accounts:settings-time"),
    Section("notifications", "Notifications", "accounts:settings-notifications"),
    Section("api", "API tokens", "accounts:settings-api"),
    Section("calendar", "Calendar feed", "accounts:settings-calendar", audience="candidate"),
    Section("data", "Your data", "accounts:settings-data", audience="candidate"),
    # Recruiters keep the log of changes to their sign-in (tokens, password).
    Section("activity", "Activity", "accounts:settings-activity", audience="not_candidate"),
)


def sections_for(user) -> list[Section]:
    return [section for section in SECTIONS if section.shown_to(user)]
