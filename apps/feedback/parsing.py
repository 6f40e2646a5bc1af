"""Turning an answer into items: split pasted text into points, guess each point's topic from
keywords and its polarity from simple cues. Rule-based and explainable; the candidate corrects
any guess (retag, split, merge), so a wrong guess costs one click, never lost words.
"""

import re

from apps.feedback.models import Polarity, Topic

# Keyword stems per topic, matched case-blind at a word start. Order decides ties.
TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    Topic.COVER_LETTER: ("cover letter", "covering letter", "motivation letter", "letter"),
    Topic.RESUME: ("résumé", "resume", "cv", "curriculum"),
    Topic.INTERVIEW: ("interview", "panel", "answer", "question", "presentation", "case study", "take-home"),
    Topic.QUALIFICATIONS: ("qualif", "degree", "certif", "licen", "diploma", "requirement"),
    Topic.EXPERIENCE: ("experience", "years", "background", "track record", "seniority", "senior", "junior"),
    Topic.SKILLS: ("skill", "technical", "sql", "python", "excel", "coding", "tool", "knowledge", "proficien"),
    Topic.COMMUNICATION: ("communicat", "concise", "clear", "clarity", "listen", "rambl", "confiden", "articulat"),
    Topic.CULTURE_FIT: ("culture", "fit", "team", "values", "collaborat", "personality"),
}

_STRENGTH = re.compile(
    r"\b(strong|strength|great|excellent|impress|liked|loved|good|well|solid|enjoyed|stood out|positive|clear|"
    r"thorough|professional|relevant|helpful|appreciated)",
    re.IGNORECASE,
)
_TO_IMPROVE = re.compile(
    r"\b(but|however|although|lack|missing|miss|could have|could be|would have|should|improve|more|less|"
    r"weak|not|didn't|wasn't|unclear|gap|instead|better|rushed|vague)",
    re.IGNORECASE,
)
# Greetings and sign-offs are not feedback.
_NOT_FEEDBACK = re.compile(
    r"^\s*(hi|hello|dear|hey|thanks|thank you|best|kind regards|regards|cheers|sincerely|all the best|"
    r"good luck|warm regards|best wishes)\b[^.!?]{0,40}[,.!]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“(])")
MAX_ITEMS = 30


def guess_topic(text: str, default: str = Topic.OTHER) -> str:
    lowered = text.lower()
    best, best_hits = default, 0
    for topic, stems in TOPIC_KEYWORDS.items():
        hits = sum(1 for stem in stems if re.search(rf"(?<!\w){re.escape(stem)}", lowered))
        if hits > best_hits:
            best, best_hits = topic, hits
    return best


def guess_polarity(text: str) -> str:
    """A point is a strength only when it praises and does not also ask for more."""
    if _STRENGTH.search(text) and not _TO_IMPROVE.search(text):
        return Polarity.STRENGTH
    return Polarity.TO_IMPROVE


def _is_feedback(chunk: str) -> bool:
    words = chunk.split()
    if len(words) <= 3 and not re.search(r"[.!?]", chunk):
        return False  # a name under a sign-off, "Best," alone…
    return not _NOT_FEEDBACK.match(chunk)


def split_points(text: str) -> list[str]:
    """Paragraphs become points; a single paragraph is split into sentences."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        return []
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    paragraphs = [p for p in paragraphs if _is_feedback(p)]
    if len(paragraphs) == 1:
        sentences = [s.strip() for s in _SENTENCE_END.split(paragraphs[0]) if s.strip()]
        paragraphs = [s for s in sentences if _is_feedback(s)] or paragraphs
    if len(paragraphs) > MAX_ITEMS:
        # Keep every word: the tail becomes the last item.
        paragraphs = [*paragraphs[: MAX_ITEMS - 1], " ".join(paragraphs[MAX_ITEMS - 1 :])]
    return paragraphs


def items_from_text(text: str) -> list[tuple[str, str, str]]:
    """[(topic, polarity, text)] for a pasted or free-text answer."""
    return [(guess_topic(point), guess_polarity(point), point) for point in split_points(text)]
