"""What the reply link shows, and nothing more: the candidate's name, the role and company, and the
topics asked about. Reading never spends the link (a link scanner's GET changes nothing)."""

from dataclasses import dataclass
from datetime import datetime

from apps.feedback.drafting import TOPIC_QUESTIONS
from apps.feedback.models import ReplyLink, Topic


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
    problem: str  # "" (usable), "revoked", "used" or "expired"


def reply_page_for(*, token: str) -> ReplyPage | None:
    """None for a token that matches nothing. 1 query."""
    link = (
        ReplyLink.objects.select_related("request__owner", "request__thread__application__company")
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
        problem=link.problem(),
    )
