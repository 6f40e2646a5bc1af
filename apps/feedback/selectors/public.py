"""What the reply link shows, and nothing more: the candidate's name, the role and company, and the
topics asked about. Reading never spends the link (a link scanner's GET changes nothing)."""

from dataclasses import dataclass
from datetime import datetime

from apps.feedback.drafting import TOPIC_QUESTIONS
from apps.feedback.models import ReplyLink, ReplySource, Topic


@dataclass(frozen=True)
class AskedTopic:
    value: str
    label: str
    question: str


@dataclass(frozen=True)
class ReplyPage:
    candidate_name: str
    role_title: str
    company: str
    topics: list[AskedTopic]
    expires_at: datetime
    problem: str  # "" (usable), "answered", "revoked", "used" or "expired"


def reply_page_for(*, token: str) -> ReplyPage | None:
    """None for a token that matches nothing. 1 query. A request answered another way (pasted,
    declined, relayed) reports "answered" before anything else, so no form is shown for it."""
    link = (
        ReplyLink.objects.select_related("request__owner", "request__thread__application__company", "request__reply")
        .filter(token_hash=ReplyLink.hash_token(token or ""))
        .first()
    )
    if link is None:
        return None
    request = link.request
    application = request.thread.application
    owner = request.owner
    return ReplyPage(
        candidate_name=owner.full_name or owner.first_name,
        role_title=application.role_title,
        company=application.company.name,
        topics=[
            AskedTopic(value=value, label=Topic(value).label, question=TOPIC_QUESTIONS[Topic(value)])
            for value in request.topics
            if value in Topic.values
        ],
        expires_at=link.expires_at,
        problem=_problem(link),
    )


def _problem(link: ReplyLink) -> str:
    reply = getattr(link.request, "reply", None)
    if reply is not None and reply.source != ReplySource.LINK:
        return "answered"
    return link.problem()
