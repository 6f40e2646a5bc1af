"""My candidates: the list (search, pages), inviting a candidate (by e-mail, or a one-time code
to hand over), and one candidate's page — only the applications and threads she shares with
you. Every read of a candidate's data is written to her audit log."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_http_methods, require_safe

from apps.core.errors import ApplicationError
from apps.core.permissions import get_for_user
from apps.feedback.models import OPEN_STATUSES, FeedbackThread, ThreadState, thread_state
from apps.recruiters import services, ui_selectors
from apps.recruiters.forms import CandidateInviteForm, CandidateSearchForm
from apps.recruiters.models import RecruiterAsk
from apps.recruiters.permissions import candidates_visible_to
from apps.recruiters.views.shell import add_service_errors, is_htmx, recruiter_page

PAGE_SIZE = 25


@recruiter_page
@require_safe
def candidate_list(request):
    """The candidates who accepted you, most recent activity first. A fixed number of queries
    whatever the number of candidates (see the test)."""
    search_form = CandidateSearchForm(request.GET or None)
    search = search_form.cleaned_data["q"].strip() if search_form.is_valid() else ""
    page = Paginator(ui_selectors.candidate_rows(recruiter=request.user, search=search), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    services.audit_recruiter_read(
        recruiter=request.user,
        what="name and activity",
        candidate_ids=[row.candidate_id for row in page.object_list],
        via="portal",
    )
    context = {
        "search_form": search_form if search_form.is_bound else CandidateSearchForm(),
        "search": search,
        "page": page,
        "page_query": f"q={search}&" if search else "",
        "waiting": list(ui_selectors.invitations_waiting(recruiter=request.user)[:10]),
        "invite_form": CandidateInviteForm(),
    }
    template = "recruiters/candidate_list.html#results" if is_htmx(request) else "recruiters/candidate_list.html"
    return render(request, template, context)


@recruiter_page
@require_http_methods(["GET", "HEAD", "POST"])
def candidate_invite(request):
    """Invite a candidate. The code is shown once, on the answer to the POST (it is stored hashed)."""
    form = CandidateInviteForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                representation, code = services.representation_invite(
                    recruiter=request.user, email=form.cleaned_data["email"], message=form.cleaned_data["message"]
                )
            except ValidationError as error:
                add_service_errors(form, error)
            except ApplicationError as error:
                form.add_error("email" if form.cleaned_data["email"] else None, error.message)
                status = error.status if error.status in (403, 409) else 400
            else:
                return render(
                    request,
                    "recruiters/invite_done.html",
                    {"representation": representation, "code": code, "by_email": bool(representation.invited_email)},
                )
    return render(request, "recruiters/candidate_invite.html", {"form": form}, status=status)


@recruiter_page
@require_safe
def candidate_detail(request, pk):
    """One candidate as you see her: the applications she shares with you, their feedback threads,
    what she asked you, and your relays. Outside an active representation: 404."""
    candidate = get_for_user(candidates_visible_to(request.user), pk, user=request.user)
    applications = list(ui_selectors.applications_for_page(recruiter=request.user, candidate_id=candidate.pk))
    rows = []
    for application in applications:
        thread = getattr(application, "feedback_thread", None) if _has_thread(application) else None
        requests = list(thread.requests.all()) if thread else []
        state = (
            thread_state(closed=thread.closed_at is not None, statuses=[r.status for r in requests]) if thread else ""
        )
        rows.append(
            {
                "application": application,
                "thread": thread,
                "state": state,
                "state_label": ThreadState(state).label if state else "",
                "asks": [r for r in requests if _asked_me(r)],
                "relays": thread.my_relays if thread else [],
            }
        )
        rows[-1]["open_ask"] = next((r for r in rows[-1]["asks"] if r.status in OPEN_STATUSES), None)
    # One primary button: relaying the oldest open ask, if there is one.
    first_open = next((row for row in rows if row["open_ask"]), None)
    for row in rows:
        row["primary"] = row is first_open
    services.audit_recruiter_read(
        recruiter=request.user, what="shared applications", candidate_ids=[candidate.pk], via="portal"
    )
    return render(request, "recruiters/candidate_detail.html", {"candidate": candidate, "rows": rows})


def _has_thread(application) -> bool:
    try:
        return application.feedback_thread is not None
    except FeedbackThread.DoesNotExist:
        return False


def _asked_me(request_obj) -> bool:
    try:
        return request_obj.recruiter_ask is not None
    except RecruiterAsk.DoesNotExist:  # asked a contact, not you
        return False
