"""The registry of reminder kinds: the only thing the engine knows about domain apps.

A domain app registers each kind once (from its AppConfig.ready()) and then only calls
``reminder_schedule`` / ``reminder_cancel``. At send time the engine asks the kind whether
the reminder is still wanted, how to render it, and where the in-app link points.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from apps.reminders.models import Reminder


@dataclass(frozen=True)
class Rendered:
    """What one reminder says. ``email`` names a template triad under templates/emails/."""

    email: str
    context: dict
    text: str  # the in-app notification, one sentence
    link: str = ""  # path the notification and the e-mail point to
    reply_to: list[str] = field(default_factory=list)


def _always(reminder: Reminder) -> bool:
    return True


@dataclass(frozen=True)
class ReminderKind:
    name: str
    label: str  # shown on the preferences page: "Interview debrief"
    description: str  # one line under the label: when it arrives
    audience: str  # "candidate", "recruiter", "everyone" or "external" (an address without an account)
    render: Callable[[Reminder], Rendered]
    is_wanted: Callable[[Reminder], bool] = _always
    default_delay: timedelta = timedelta(0)
    in_app: bool = True
    # External mail written by a person (a feedback request) goes out even in the
    # recipient's "quiet hours" (they have none), and is not a Debrief notification.
    respects_quiet_hours: bool = True
    # Kinds a person may switch off by e-mail (everything except mail they asked for).
    optional: bool = True
    # Optional batch hook: given the claimed rows of this kind, load what render/is_wanted
    # need in a constant number of queries (e.g. prefetch the subjects' relations).
    prefetch: Callable[[list[Reminder]], None] | None = None


_REGISTRY: dict[str, ReminderKind] = {}


def register(kind: ReminderKind) -> ReminderKind:
    existing = _REGISTRY.get(kind.name)
    if existing is not None and existing != kind:
        raise ValueError(f"The reminder kind {kind.name!r} is registered twice.")
    _REGISTRY[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    """For tests that register a throwaway kind."""
    _REGISTRY.pop(name, None)


def kind_get(name: str) -> ReminderKind | None:
    return _REGISTRY.get(name)


def kinds_all() -> list[ReminderKind]:
    return sorted(_REGISTRY.values(), key=lambda kind: kind.label)


def kinds_for_audience(audience: str) -> list[ReminderKind]:
    """The kinds a person of this role may switch e-mail off for (audience or "everyone")."""
    return [kind for kind in kinds_all() if kind.audience in (audience, "everyone") and kind.optional]


def subjects_prefetch(rows: list[Reminder], queryset) -> None:
    """Load the subjects of ``rows`` with one query on ``queryset`` (a kind's ``prefetch``).

    A subject that no longer exists stays None, so ``is_wanted`` can say "not any more".
    """
    field = Reminder._meta.get_field("subject")
    pk_field = queryset.model._meta.pk
    found = queryset.in_bulk([pk_field.to_python(row.subject_id) for row in rows])
    for row in rows:
        field.set_cached_value(row, found.get(pk_field.to_python(row.subject_id)))
