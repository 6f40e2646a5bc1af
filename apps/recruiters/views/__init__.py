"""The recruiter portal's pages, one module per resource: the work queue, candidates (list,
invite, one candidate's shared applications), relays (composer, live redaction check, preview,
publish), the agency team; and the candidate's side of representation (``candidate_side``).
Function views: parse input, call a service or selector, render. htmx requests get a named
partial of the same template; every htmx control is also a real link or form."""

from apps.recruiters.views import candidate_side, candidates, queue, relays, team

__all__ = ["candidate_side", "candidates", "queue", "relays", "team"]
