"""The recruiter portal's destination in the top bar (discovered by core at start-up)."""

from apps.core.navigation import NavItem, register

register("portal", NavItem("Portal", "recruiters:home", audience="recruiter", order=10))
