"""Settings, for everyone signed in (discovered by core at start-up)."""

from apps.core.navigation import NavItem, register

register("settings", NavItem("Settings", "accounts:settings", audience="signed_in", order=10, area="account"))
