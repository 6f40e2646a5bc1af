"""The feedback loop's destinations in the top bar (discovered by core at start-up)."""

from apps.core.navigation import NavItem, register

register("feedback", NavItem("Feedback", "feedback:thread-list", audience="candidate", order=50))
register(
    "insights",
    NavItem("Insights & plan", "feedback:insights", audience="candidate", order=60, also=("feedback:plan",)),
)
