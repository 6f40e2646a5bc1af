"""The recruiter portal's destinations, and the candidate's Recruiters page (discovered by core at start-up)."""

from apps.core.navigation import NavItem, register

register("portal", NavItem("Work queue", "recruiters:home", audience="recruiter", order=10))
register("portal-candidates", NavItem("Candidates", "recruiters:candidate-list", audience="recruiter", order=20))
register("recruiters", NavItem("Recruiters", "representations:list", audience="candidate", order=45))
