"""The dashboard's to-do panel, filled by providers that apps register.

A provider is a function ``(user) -> list[Todo]`` that runs a fixed number of queries whatever
the data (the dashboard's query budget depends on it). Later apps (feedback, reminders, action
items) register theirs from their AppConfig.ready():

    from apps.candidates.todos import register
    register("thank", thank_yous_owed)

Providers run in registration order; items are then sorted by ``due_at`` (undated last).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse

from apps.core.registry import Registry


@dataclass(frozen=True)
class Todo:
    kind: str  # "debrief", "ask", "thank", "follow_up", "action" …
    title: str
    detail: str
    url: str
    action: str  # the button's words: "Write your debrief"
    due_at: datetime | None = None


Provider = Callable[[object], list[Todo]]
# The same registry shape as reminder kinds, digest sections, demo seeders and navigation.
todo_providers: Registry[Provider] = Registry("to-do provider")


def register(name: str, provider: Provider) -> None:
    """Add (or replace, by name: safe when ready() runs twice) a to-do provider."""
    todo_providers.register(name, provider)


def providers() -> dict[str, Provider]:
    return dict(todo_providers.items())


def todos_for(*, user, limit: int = 10) -> list[Todo]:
    items = [item for provider in todo_providers for item in provider(user)]
    items.sort(key=lambda item: (item.due_at is None, item.due_at or 0))
    return items[:limit]


# --- What exists today --------------------------------------------------------------------


def debriefs_to_write(user) -> list[Todo]:
    """Interviews whose journal is empty. 1 query."""
    from apps.candidates.selectors import interviews_without_debrief

    return [
        Todo(
            kind="debrief",
            title=f"Write your debrief: {interview.application.role_title} at {interview.application.company.name}",
            detail="What they asked, what you answered, what you'd do differently — while it's fresh.",
            url=reverse("candidates:interview-detail", kwargs={"pk": interview.pk}) + "#debrief",
            action="Write your debrief",
            due_at=interview.ends_at,
        )
        for interview in interviews_without_debrief(user=user)[:20]
    ]


def feedback_to_ask(user) -> list[Todo]:
    """Rejections after a human stage: someone there can say what would have helped. 1 query.
    Links to the application until the feedback issue brings the request composer."""
    from apps.candidates.selectors import rejections_to_ask

    return [
        Todo(
            kind="ask",
            title=f"Ask for feedback: {application.role_title} at {application.company.name}",
            detail=f"{application.rejection_summary}. A short, specific question often gets an answer.",
            url=reverse("candidates:application-detail", kwargs={"pk": application.pk}),
            action="Ask for feedback",
            due_at=application.rejected_at,
        )
        for application in rejections_to_ask(user=user)[:20]
    ]


register("debrief", debriefs_to_write)
register("ask", feedback_to_ask)
