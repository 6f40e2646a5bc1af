"""The public reply page: ``/reply/<token>/``. No log-in; it shows only the candidate's name, the
role (and company) and the topics asked about. GET never spends the link (a mail scanner may open
it first); only the POST that submits an answer does. Expired, revoked and used links get a clear
page each. Every response carries ``Referrer-Policy: no-referrer`` and ``X-Robots-Tag: noindex``
and is never cached; requests are rate limited per address and per token."""

from functools import wraps

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from apps.accounts.client_ip import client_ip
from apps.core.errors import ApplicationError
from apps.feedback import selectors, services
from apps.feedback.models import ReplyLink
from apps.feedback.reply_guard import reply_rate_ok
from apps.feedback.services.replies import ANSWER_MAX_CHARS

PROBLEM_STATUS = {"unknown": 404, "answered": 410, "revoked": 410, "used": 410, "expired": 410}
STAMP_SALT = "debrief.reply-form"
STAMP_MAX_AGE = 24 * 3600
STAMP_REFUSED = (
    "This form is too old or didn't come from this page, so nothing was sent. "
    "Your words are still here: send them again."
)


def _stamp_for(token: str) -> str:
    return signing.TimestampSigner(salt=STAMP_SALT).sign(ReplyLink.hash_token(token))


def _stamp_ok(token: str, stamp: str) -> bool:
    try:
        value = signing.TimestampSigner(salt=STAMP_SALT).unsign(stamp or "", max_age=STAMP_MAX_AGE)
    except signing.BadSignature:
        return False
    return value == ReplyLink.hash_token(token)


def _private(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        response["X-Robots-Tag"] = "noindex, nofollow"
        add_never_cache_headers(response)
        return response

    return wrapped


class ReplyForm(forms.Form):
    """One box per asked topic, free text, "I'd rather not say", and an optional name."""

    free_text = forms.CharField(
        label="Anything else?",
        required=False,
        max_length=ANSWER_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    declined = forms.BooleanField(
        label="I'd rather not say — and that's fine",
        required=False,
        help_text="Nothing else is needed if you tick this.",
    )
    answered_by_name = forms.CharField(label="Your name (optional)", required=False, max_length=150)
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = topics
        answer_fields = {
            f"answer_{topic.value}": forms.CharField(
                label=topic.question,
                required=False,
                max_length=ANSWER_MAX_CHARS,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            for topic in topics
        }
        # The asked topics first, in the order they were asked.
        self.fields = {**answer_fields, **self.fields}
        too_long = (
            f"That is longer than we can keep ({ANSWER_MAX_CHARS:,} characters at most). Please shorten it: "
            "everything you wrote is still here."
        )
        for name, field in self.fields.items():
            if name == "free_text" or name.startswith("answer_"):
                # No HTML maxlength: a browser would cut a long paste silently; the server says so instead.
                field.widget.attrs.pop("maxlength", None)
                field.error_messages["max_length"] = too_long
                field.help_text = f"Up to {ANSWER_MAX_CHARS:,} characters."

    def answers(self) -> dict[str, str]:
        return {topic.value: self.cleaned_data.get(f"answer_{topic.value}", "") for topic in self.topics}


def _problem(request, problem: str):
    return render(request, "feedback/reply_problem.html", {"problem": problem}, status=PROBLEM_STATUS[problem])


# Django's CSRF middleware can't guard this form: with ``Referrer-Policy: no-referrer`` browsers send
# ``Origin: null`` and no ``Referer`` on its POST, which the middleware refuses. The page has no
# session to ride on (the unguessable token in the path is the only credential), so the form carries
# its own anti-forgery stamp instead: signed for this link, valid a day, checked before anything is
# saved (``_stamp_for`` / ``_stamp_ok``).
@csrf_exempt
@_private
@require_http_methods(["GET", "POST"])
def reply_page(request, token: str):
    if not reply_rate_ok(address=client_ip(request) or "unknown", token=token):
        return render(request, "feedback/reply_problem.html", {"problem": "busy"}, status=429)
    page = selectors.reply_page_for(token=token)
    if page is None:
        return _problem(request, "unknown")
    if page.problem:
        return _problem(request, page.problem)
    form = ReplyForm(request.POST or None, topics=page.topics, initial={"stamp": _stamp_for(token)})
    status = 200
    if request.method == "POST" and not _stamp_ok(token, request.POST.get("stamp", "")):
        form.data = form.data.copy()
        form.data["stamp"] = _stamp_for(token)
        form.is_valid()
        form.add_error(None, STAMP_REFUSED)
        status = 400
    elif request.method == "POST" and form.is_valid():
        try:
            services.reply_submit(
                token=token,
                answers=form.answers(),
                free_text=form.cleaned_data["free_text"],
                declined=form.cleaned_data["declined"],
                answered_by_name=form.cleaned_data["answered_by_name"],
            )
        except ApplicationError as error:
            return _problem(request, error.code.removeprefix("reply_link_"))
        except ValidationError as error:
            form.add_error(None, " ".join(error.messages))
        else:
            return redirect("reply:done")
    return render(request, "feedback/reply.html", {"page": page, "form": form}, status=status)


@_private
@require_http_methods(["GET"])
def reply_done(request):
    """After answering: no token in this address, so nothing to leak from history or referrers."""
    return render(request, "feedback/reply_done.html")
