"""The candidate dashboard's destinations in the top bar (discovered by core at start-up)."""

from apps.core.navigation import NavItem, register

register("dashboard", NavItem("Dashboard", "candidates:dashboard", audience="candidate", order=10))
register("applications", NavItem("Applications", "candidates:application-list", audience="candidate", order=20))
register("interviews", NavItem("Interviews", "candidates:interview-list", audience="candidate", order=30))
register("contacts", NavItem("Contacts", "candidates:contact-list", audience="candidate", order=40))
register("your-data", NavItem("Your data", "candidates:data", audience="candidate", order=20, area="account"))
