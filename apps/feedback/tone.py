"""The tone check: a rule-based coach for a candidate's request for feedback, follow-up or thank-you.

``check_tone(text, kind)`` returns a :class:`~apps.feedback.checks.ToneReport` whose findings are
sorted by position. Each finding points at the words concerned (character offsets into ``text``;
0/0 when it is about the whole text) and carries a plain-words ``message`` and a ``suggestion``.
A sentence gets at most one finding per code, so a heated sentence is not buried in warnings.

The codes
- ``argumentative`` — disputing or defending against the decision ("unfair", "I disagree",
  "why didn't you", "I don't understand how you could", "clearly I was the best fit", "I'm a bit
  surprised given my experience", "the interview didn't reflect my abilities").
- ``sway`` — trying to change the decision or reopen the role ("reconsider", "another chance",
  "is there any way I could still be considered", "if the chosen candidate doesn't work out",
  "I can start immediately"). Interest in *future* roles is fine and not flagged.
- ``demanding`` — deadlines, urgency, requirements and threats ("as soon as possible",
  "a response by Friday", "I need you to", "you must", "I expect a reply", "still waiting").
- ``too_many_questions`` — more than two questions: sentences ending in "?" plus question-shaped
  sentences without one ("Could you tell me…", a bulleted "- What did you think of…"). Points at
  the third question.
- ``too_long`` — more words than the kind allows (whole text).
- ``no_thanks`` — no thanks or appreciation anywhere (whole text).
- ``vague`` — no specific topic (interview, CV, cover letter, skills, a task, a presentation…)
  outside sentences that only thank ("Thank you for the interview. Any feedback would be great."
  is vague; "Thanks Paul, I'll revisit my case study" names one in a clause of its own). Whole text.

Which codes apply to which kind
- ``request``: all seven; too long over 150 words.
- ``follow_up``: all but ``vague`` (the first request named the topics); a follow-up should be a
  short nudge, so too long over 100 words.
- ``thank_you``: all but ``vague``; too long over 150 words.

Negation and hedges: a phrase rule marked negatable does not fire when a negation precedes it in
the same clause ("I'm not asking you to reconsider", "I don't want to change the decision",
"there's no deadline"), but hedges still count ("I don't suppose you could reconsider", "I'm not
sure whether you'd reconsider"), and so does a negated condition ("if I don't hear back by
Monday"). Harmless uses of trigger-ish words ("thank you for the chance", "I understand and
respect the decision", "I'd love to understand why my case study fell short") are not flagged
because the rules match phrases and word-class sequences, not single words.

Empty or blank text: ``word_count`` 0 with ``no_thanks`` (and ``vague`` for a request) — an empty
note is not ready to send. Any ``str`` is accepted (HTML-ish text, emoji, 10,000 words); tags are
blanked before matching, and matching is linear in the length of the text.
"""

import bisect

from apps.feedback import tone_rules as rules
from apps.feedback.checks import Finding, ToneReport

TONE_KINDS = ("request", "follow_up", "thank_you")
TONE_CODES = ("argumentative", "sway", "demanding", "too_many_questions", "too_long", "no_thanks", "vague")

MAX_WORDS = {"request": 150, "follow_up": 100, "thank_you": 150}
CODES_BY_KIND = {
    "request": frozenset(TONE_CODES),
    "follow_up": frozenset(TONE_CODES) - {"vague"},
    "thank_you": frozenset(TONE_CODES) - {"vague"},
}
MAX_QUESTIONS = 2
# How far back (in characters) a clause is searched for a negation or a context word.
CLAUSE_REACH = 100
# How far around a match (in characters) its sentence is searched for context words.
SENTENCE_REACH = 300

TOO_LONG_SUGGESTIONS = {
    "request": "Keep a line of thanks, one line of context and one specific question.",
    "follow_up": "Two or three sentences are enough: a friendly nudge, thanks again, and no pressure.",
    "thank_you": "Say thank you, name one thing that helped, and what you will do with it.",
}
NO_THANKS = {
    "request": (
        "There's no thanks here yet. They don't owe you feedback, and a word of thanks makes a reply more likely.",
        "Start with thanks: “Thank you for letting me know, and for the time you spent with me.”",
    ),
    "follow_up": (
        "There's no thanks here yet. A follow-up lands better with a word of appreciation.",
        "Add a line of thanks: “Thank you again for your time — I know how busy things get.”",
    ),
    "thank_you": (
        "This thank-you doesn't say thank you yet.",
        "Say it plainly: “Thank you for taking the time to share this — it really helps.”",
    ),
}


def check_tone(text: str, kind: str = "request") -> ToneReport:
    """Check the tone of ``text`` written as ``kind`` (one of :data:`TONE_KINDS`)."""
    if kind not in TONE_KINDS:
        raise ValueError(f"Unknown kind {kind!r}; expected one of {', '.join(TONE_KINDS)}.")
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    plain = _plain(text)
    applicable = CODES_BY_KIND[kind]
    sentences = [(m.start(), m.end()) for m in rules.SENTENCE.finditer(plain) if plain[m.start() : m.end()].strip()]
    starts = [start for start, _ in sentences]
    word_count = sum(1 for _ in rules.WORD.finditer(plain))

    findings = [f for f in _phrase_findings(plain, sentences, starts) if f.code in applicable]

    questions = [span for span in sentences if _is_question(plain, *span)]
    if len(questions) > MAX_QUESTIONS and "too_many_questions" in applicable:
        start, end = _trim(plain, *questions[MAX_QUESTIONS])
        findings.append(
            Finding(
                start,
                end,
                "too_many_questions",
                f"You ask {len(questions)} questions. One or two focused ones are much easier to answer.",
                "Keep the one or two you care about most, e.g. “What one thing would have made my interview stronger?”",
            )
        )
    limit = MAX_WORDS[kind]
    if word_count > limit and "too_long" in applicable:
        findings.append(
            Finding(
                0,
                0,
                "too_long",
                f"This is {word_count} words. Busy people answer short notes; aim for {limit} words or fewer.",
                TOO_LONG_SUGGESTIONS[kind],
            )
        )
    if not rules.THANKS.search(plain) and "no_thanks" in applicable:
        findings.append(Finding(0, 0, "no_thanks", *NO_THANKS[kind]))
    if "vague" in applicable and not _names_a_topic(plain, sentences, starts):
        findings.append(
            Finding(
                0,
                0,
                "vague",
                "You don't say what you'd like feedback on, so it's harder to answer.",
                "Name one or two topics: “Could you share what would have made my answers in the technical "
                "interview stronger?”",
            )
        )
    return ToneReport(word_count=word_count, findings=sorted(findings))


def _plain(text: str) -> str:
    """The text to match on: same length as ``text``, curly quotes and dashes folded, tags blanked."""
    folded = text.translate(rules.FOLD)
    return rules.HTML_TAG.sub(lambda m: "\n" + " " * (len(m.group()) - 1), folded)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_at(sentences: list[tuple[int, int]], starts: list[int], pos: int, text_len: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return 0, text_len
    return sentences[i]


def _clause_start(plain: str, sentence_start: int, pos: int) -> int:
    window_start = max(sentence_start, pos - CLAUSE_REACH)
    start = window_start
    for m in rules.CLAUSE_BREAK.finditer(plain, window_start, pos):
        start = m.end()
    return start


def _negated(plain: str, clause_start: int, pos: int) -> bool:
    window = plain[clause_start:pos]
    return any(not rules.HEDGE_AFTER_NEGATION.match(window, m.end()) for m in rules.NEGATION.finditer(window))


def _phrase_findings(plain: str, sentences, starts) -> list[Finding]:
    kept: set[tuple[str, int]] = set()
    findings = []
    for rule in rules.PHRASE_RULES:
        for m in rule.pattern.finditer(plain):
            start, end = _trim(plain, *m.span())
            if start == end:
                continue
            sent_start, sent_end = _sentence_at(sentences, starts, start, len(plain))
            # One finding per code and sentence: the first rule (the most telling) names it.
            if (rule.code, sent_start) in kept:
                continue
            clause_start = _clause_start(plain, sent_start, start)
            if rule.negatable and _negated(plain, clause_start, start):
                continue
            if rule.context is not None:
                if rule.context_scope == "clause":
                    scope = (clause_start, end)
                else:
                    scope = (max(sent_start, start - SENTENCE_REACH), min(sent_end, end + SENTENCE_REACH))
                if not rule.context.search(plain[scope[0] : scope[1]]):
                    continue
            if rule.unless_before is not None and rule.unless_before.search(plain[clause_start:start]):
                continue
            if rule.unless_sentence is not None and rule.unless_sentence.search(
                plain[max(sent_start, start - SENTENCE_REACH) : min(sent_end, end + SENTENCE_REACH)]
            ):
                continue
            if rule.unless_after is not None and rule.unless_after.search(
                plain[end : min(sent_end, end + CLAUSE_REACH)]
            ):
                continue
            kept.add((rule.code, sent_start))
            findings.append(Finding(start, end, rule.code, rules.MESSAGES[rule.code], rule.suggestion))
    return findings


def _is_question(plain: str, start: int, end: int) -> bool:
    sentence = plain[start:end].rstrip()
    if rules.PLEASANTRY.search(sentence[-SENTENCE_REACH:]):
        return False
    if sentence.endswith("?") or sentence.rstrip("!.").endswith("?"):
        return True
    if sentence.endswith("!"):
        return False
    return bool(rules.QUESTION_SHAPE.match(sentence))


def _names_a_topic(plain: str, sentences, starts) -> bool:
    """Whether a topic is named in a sentence that does more than thank (each sentence judged once)."""
    judged: set[int] = set()
    for m in rules.TOPIC.finditer(plain):
        sent_start, sent_end = _sentence_at(sentences, starts, m.start(), len(plain))
        if sent_start in judged:
            continue
        judged.add(sent_start)
        sentence = plain[sent_start:sent_end]
        if not rules.THANKS.search(sentence):
            return True
        # "Thanks Paul, I'll revisit my case study": the topic sits in a clause of its own, about the writer.
        clause_start = _clause_start(plain, sent_start, m.start())
        clause = plain[clause_start : m.start()]
        if rules.OWN_CLAUSE.match(clause) and not rules.THANKS.search(clause):
            return True
        if _is_question(plain, sent_start, sent_end) or rules.STRONG_ASK.search(sentence):
            return True
    return False


__all__ = ["TONE_CODES", "TONE_KINDS", "check_tone"]
