"""The portal's home: the work queue — asks waiting for a relay, drafts to publish, and what is
overdue, each with its age — filtered by kind and candidate, a page at a time."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from apps.recruiters import selectors, services
from apps.recruiters.forms import AgencyNameForm, QueueFilterForm
from apps.recruiters.models import RecruiterProfile
from apps.recruiters.permissions import candidates_visible_to, is_agency_admin
from apps.recruiters.views.shell import age_label, is_htmx, recruiter_page

PAGE_SIZE = 25


@recruiter_page
@require_safe
def home(request):
    """The queue, oldest overdue first. A fixed number of queries whatever the number of
    candidates (see the test): the queue's two, the candidate filter's one, the audit INSERT."""
    user = request.user
    if not _has_profile(user):
        return render(request, "recruiters/agency_setup.html", {"form": AgencyNameForm()})
    entries = selectors.work_queue(recruiter=user)
    candidates = sorted({(e.candidate_id, e.candidate_name) for e in entries}, key=lambda pair: pair[1].lower())
    filters = QueueFilterForm(request.GET or None, candidates=candidates)
    kind = candidate = ""
    if filters.is_valid():
        kind, candidate = filters.cleaned_data["kind"], filters.cleaned_data["candidate"]
    shown = [
        e
        for e in entries
        if (not kind or (e.overdue if kind == "overdue" else e.kind == kind))
        and (not candidate or str(e.candidate_id) == candidate)
    ]
    page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [{"entry": e, "age": age_label(e.age)} for e in page.object_list]
    services.audit_recruiter_read(
        recruiter=user, what="feedback requests", candidate_ids=[e.candidate_id for e in page.object_list], via="portal"
    )
    query = "".join(f"{name}={value}&" for name, value in (("kind", kind), ("candidate", candidate)) if value)
    context = {
        "filters": filters if filters.is_bound else QueueFilterForm(candidates=candidates),
        "page": page,
        "rows": rows,
        "filtered": bool(kind or candidate),
        "total": len(entries),
        "counts": {
            "ask": sum(e.kind == "ask" for e in entries),
            "draft": sum(e.kind == "draft" for e in entries),
            "overdue": sum(e.overdue for e in entries),
        },
        "page_query": query,
        "is_admin": is_agency_admin(user),
        # Only an empty queue asks whether there is anyone yet (to say what to do first).
        "has_candidates": bool(entries) or candidates_visible_to(user).exists(),
    }
    template = "recruiters/home.html#results" if is_htmx(request) else "recruiters/home.html"
    return render(request, template, context)


def _has_profile(user) -> bool:
    try:
        return user.recruiter_profile is not None
    except RecruiterProfile.DoesNotExist:
        return False
