"""The redaction check of a recruiter's relay: what must not reach the candidate.

    check_redaction(text, candidate_name="") -> RedactionReport
    suggest_rewrite(text, report) -> str

Rule-based and explainable, no model: every finding points at the words (character offsets into
``text``), says calmly why they should go and suggests a rewrite. Codes (``REDACTION_CODES``):

- ``email`` and ``phone``: contact details. Phone numbers in any format come from the
  ``phonenumbers`` matcher over a set of regions, plus a shape rule for numbers it rejects
  (fictional 555 numbers, unknown regions) when the shape or a cue ("call", "ring") says phone.
  Dotted ("020.7946.0321") and vanity numbers ("1-800-FEEDBACK") count. Dates, years, times,
  versions, money and percentages are not phone numbers.
- ``person_name``: anyone named other than the candidate (any part of the candidate's name, in
  any case or possessive, short form or common nickname, is theirs). Authors of books, firms
  and places that carry a name ("Morgan Stanley", "Simon Fraser University") are not people.
  A given-name list from many cultures (``redaction_names.py``) plus capitalisation
  and context cues: a title (Mr, Dr…), a surname after the name, a reporting verb after it
  ("Kenji said"), an apposition (", the engineering manager"), a role in brackets ("Ngozi (their
  CTO)"), "named"/"called"/"spoke to", or a possessive before a person word ("Priya's team"). A
  given name that is also a word, month, place or product (Will, May, Jordan, Ruby) needs such a
  cue; so does any unlisted word, or a surname's shape ("Kowalczyk", "Okonkwo", "Dimitriou") after
  a weak cue ("your interview with Okonkwo"). Names typed in lower case, as in chat notes ("spoke
  w/ okonkwo", "sync'd with priya from their talent team"), count with a cue too; given names that
  are also lower-case English words ("heather", "brandy") do not. Initials count with a cue ("J.P.
  from engineering"). A capitalised word after a determiner is a thing ("the Atlas migration").
- ``salary``: pay figures and ranges (currency or "k" amounts where pay is talked about, "six
  figures", pay in words ("twenty an hour", "a hundred and forty" with pay named), a bare number
  right after "offered"/"budget was"…, a money-shaped "92,500" with no noun after it). A pay band or grade is flagged
  only with a number and "pay"/"salary" ("pay band 5"); "band 5" alone is a job level.
- ``other_candidate``: comparisons with, or details of, other applicants, idioms included ("a
  two-horse race", "their number two choice", "the rest of the pool", "edged ahead").
- ``protected_characteristic``: age, gender, pregnancy and family, marital status, religion,
  nationality or ethnicity, disability or health, sexual orientation, and the indirect wording
  that carries them ("young team", "digital native", "native speaker", "wouldn't fit in", "long
  runway", "graduated in the 90s", "stage of life", "without kids", "time off for treatment", "a
  person of your background", "foreign nationals"). A plain statement that the role cannot sponsor
  a work visa is a job requirement, not nationality, and is not flagged.
  **Negated mentions are flagged too** ("they didn't mention your age"): the candidate should
  not read about these topics at all. Generic reassurance without such a topic ("no concerns")
  is not flagged. A product or market the candidate worked on ("a retirement savings app") is
  not a characteristic of theirs.

Overlapping findings of one code are merged; names, pay and the rest inside an e-mail address or
phone number are left to that finding. The pattern rules live in ``redaction_rules.py`` and
``redaction_protected.py``, the word lists in ``redaction_names.py``; the labelled corpus and
its per-code figures in ``tests/feedback/redaction_corpus.py`` and ``test_redaction.py``.
"""

import re
import unicodedata
from typing import NamedTuple

from apps.feedback.checks import Finding, RedactionReport
from apps.feedback.redaction_names import (
    COMMON_WORDS,
    GIVEN_NAMES,
    LOWERCASE_WORDS,
    NAMED_NOT_PEOPLE,
    NICKNAMES,
    NOT_PEOPLE,
)
from apps.feedback.redaction_protected import find_protected
from apps.feedback.redaction_rules import (
    find_emails,
    find_other_candidates,
    find_phones,
    find_salaries,
    sentence_spans,
)

REDACTION_CODES = ("email", "phone", "person_name", "salary", "other_candidate", "protected_characteristic")

_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}+(?:['’\-]{_LETTER}+)*")
_TITLE = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|madam|mme|mlle|herr|frau|señor|señora|sr|sra|sister|nurse|father"
    r"|rev|reverend|rabbi|imam|pastor|captain|capt|councillor|cllr|sgt|sergeant)$",
    re.I,
)
# Titles that are also job words ("Nurse Educator", "Captain of the team"): a name must follow.
_ROLE_TITLE = re.compile(r"^(?:sister|nurse|father|pastor|captain|capt|councillor|sergeant|sgt)$", re.I)
_PARTICLES = {"van", "von", "de", "da", "del", "della", "di", "du", "le", "la", "bin", "binti", "ibn", "al", "el"}
_PARTICLES |= {"ter", "ten", "dos", "das", "der", "den", "mac"}
_REPORTING_VERB = re.compile(
    r"\s+(?:(?:also|later|then|really|even|personally|strongly|specifically)\s+)?(?:said|says|mentioned|felt|feels"
    r"|thought|thinks|noted|notes|told|tells|asked|wants|wanted|liked|loved|added|explained|suggested|shared|wrote"
    r"|commented|called|emailed|rang|agreed|recommended|raised|flagged|pointed|praised|described|reckons|reckoned"
    r"|believes|believed|found|reviewed|interviewed|ran|led|leads|runs|manages|managed|enjoyed|appreciated|wondered"
    r"|questioned|challenged|pushed|disagreed|noticed|remarked|admitted|stressed|emphasi[sz]ed|highlighted|insisted"
    r"|hoped|replied|responded|came\s+back|got\s+back|gave|passed|sent|would\s+like|would\s+love|has\s+asked"
    r"|(?:was|is|seemed|felt|wasn't|isn't)\s+(?:really\s+|very\s+|quite\s+|not\s+|a\s+bit\s+|so\s+)?(?:impressed|keen"
    r"|happy|positive|negative|worried|concerned|unsure|sure|convinced|unconvinced|pleased|disappointed|glad|sorry"
    r"|torn|enthusiastic|excited|complimentary|clear|struck|surprised|supportive|on\s+the\s+panel|in\s+the\s+room"
    r"|the\s+one\s+who))\b"
)
_APPOSITION = re.compile(
    r",\s+(?:the|our|their|a|an|who|her|his|my)\s+(?:\S+\s+){0,3}?(?:manager|lead|director|head|recruiter|interviewer"
    r"|engineer|designer|founder|partner|coordinator|chair|owner|architect|scientist|analyst|officer|panel|CTO|CEO"
    r"|CFO|COO|VP|interviewed|led|leads|ran|runs|manages|managed|heads|headed|chaired|hiring)\b",
    re.I,
)
_TEAM_AFTER = re.compile(
    r"\s+(?:from|on|in|at)\s+(?:the\s+)?(?:(?:\S+\s+){0,2}?(?:team|department|dept|group|side|squad|office|panel)\b"
    r"|(?:HR|finance|engineering|product|design|sales|marketing|recruiting|talent|legal|ops|operations|IT|data"
    r"|security|leadership|management|people)\b)",
    re.I,
)
_POSSESSIVE_PERSON = re.compile(
    r"\s+(?:team|manager|boss|view|views|feedback|notes|opinion|words|comments|department|group|report|take|colleague"
    r"|colleagues|direct|reports|squad|interview|panel|round|impression|assessment|concern|concerns)\b",
    re.I,
)
_CUE_BEFORE = re.compile(
    r"\b(?:named|called|spoke\s+(?:to|with)|speaking\s+(?:to|with)|talked\s+(?:to|with)|chatted\s+(?:to|with)"
    r"|met\s+with|caught\s+up\s+with|checked\s+with|heard\s+from|according\s+to|feedback\s+from|thanks\s+to"
    r"|thank|ask|asked|contact|email|e-mail|ping|cc|cc'd|via|from)\s+$",
    re.I,
)
_STRONG_CUE_BEFORE = re.compile(
    r"\b(?:named|called|spoke\s+(?:to|with)|speaking\s+(?:to|with)|talked\s+(?:to|with)|chatted\s+(?:to|with)"
    r"|caught\s+up\s+with|met\s+with|checked\s+with|according\s+to|(?:Mr|Mrs|Ms|Dr)\.?\s+\w+\s+and"
    r"|(?:interviewed|run|ran|led|chaired|hosted|conducted|reviewed|assessed|marked|scored)\s+by"
    r"|(?:interviewer|manager|recruiter|lead|director|head|coordinator|CTO|CEO|CFO|VP|founder|colleague|contact|engineer"
    r"|designer|partner|sponsor|mentor|boss),?)\s+$",
    re.I,
)
_AUTHOR_BEFORE = re.compile(
    r"\b(?:book|books|talk|paper|article|course|blog|post|podcast|video|series|guide|written|edited)\b[^.!?\n]{0,70}\bby\s+$"
    r"|(?-i:(?:[A-Z][\w'’-]*[\s'’\"”]+(?:(?:of|the|and|with|for|in|to|a|an|on)\s+)?){2,})by\s+$",
    re.I,
)
_NAMED_NOT_PEOPLE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in NAMED_NOT_PEOPLE) + r")(?!\w)", re.I
)
# "Simon Fraser University", "Grace Hopper Academy", "St. Louis": the name of a place or body.
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:University|College|Institute|School|Academy|Hospital|Clinic|Foundation|Trust|Bank|Group|Capital|Partners"
    r"|Labs?|Ventures|Consulting|Technologies|Systems|Studios?|Media|Holdings|Inc|Ltd|LLC|LLP|plc|GmbH|AG|SA|&\s+Co"
    r"|Centre|Center|Street|Road|Avenue|Square|Park|Station|Airport|Hall|House|Prize|Award|Fellowship|Scholarship)\b"
)
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|San|Santa|Saint|São|Sao)\.?\s+$")
# An unlisted capitalised word that looks like an English noun or adverb ("Presentation ran long").
_ENGLISH_SUFFIX = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ance|ence|ship|ism|ure|ology|ics|ery|ise|ize|ised|ized|ed|ly|able|ible|ful|ous"
    r"|ive|less|ward|wise|ist|ists|ers|ies)$",
    re.I,
)
# "Ngozi (their CTO)", "Okafor (hiring manager)": a role in brackets after the name.
_PAREN_ROLE_AFTER = re.compile(
    r"\s*\((?:their|the|our|his|her|a|an)?\s*(?:\S+\s+){0,2}?(?:manager|lead|director|head|recruiter|interviewer|engineer"
    r"|designer|founder|partner|chair|owner|CTO|CEO|CFO|COO|CPO|VP|HM|HR|panel\w*)\b",
    re.I,
)
# Weak cues: a person is often the object of these, but so are firms and products, so they count only
# with a name-shaped word: "your interview with Okonkwo", "spoke w/ priya", "fed back by sunita".
_WEAK_CUE_BEFORE = re.compile(
    r"(?:\b(?:with|by|to|and|from|ping|ask|asked|cc|thank|thanks\s+to|via|told|tell|think|met|for)|\bw/)\s*$", re.I
)
# Surname shapes from many languages that English words seldom end in: "Kowalczyk", "Okonkwo",
# "Dimitriou", "Bennett", "Papadopoulos", "Nakamura", "Oyelaran", "O'Brien".
_SURNAME_SHAPE = re.compile(
    r"(?:ski|ska|sky|cki|cka|wicz|vich|vić|ić|czyk|czak|chuk|enko|ov|ova|ev|eva|yev|opoulos|opoulou|idis|akis|akos|iou"
    r"|escu|eanu|yan|kwo|chukwu|sson|nsen|rsen|lsen|dsen|ksen|berg|stein|mann|dottir|strom|quist|holm|lund|ett|elli"
    r"|etti|ucci|otti|ez|eira|eiro|moto|mura|shita|kawa|yama|hashi|uchi|zaki|saki|stra|wo|emi|uwa|ayo|unde|aran|ola"
    r"|uzo)$|^(?:mc|o['’]|fitz|ogun|oye|olu|nwa)\w{3,}",
    re.I,
)


def _surname_shaped(word: str) -> bool:
    return len(word) >= 5 and bool(_SURNAME_SHAPE.search(word))  # "Sky", "Ola" are too short to tell


_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|our|your|its|a|an|this|that|these|those|his|her|my)\s+$", re.I)
# "J.P. from engineering", "ask A.K.": initials stand for a person when context says so.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){2,3}(?![\w])")
_NOT_INITIALS = {"US", "UK", "EU", "UN", "AI", "PS", "QA", "NB", "IT", "HR", "PM", "AM", "UAE", "USA", "BA", "MA", "BS"}
_WHO_AFTER = re.compile(r",\s+who(?:'s|\s)")
_CONTRACTION = re.compile(r"['’](?:ve|ll|d|re|m|t)$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|[\n(\[\"“'‘•*-]\s)[\s\"“'‘(\[]*$")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _base(word: str) -> tuple[str, bool]:
    """The word without an English possessive, and whether it had one."""
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix) + (1 if suffix.startswith("s") else 0)], True
    return word, False


def _candidate_parts(candidate_name: str) -> set[str]:
    """Every form of the candidate's own name a relay may use: each part, folded, short forms
    ("Alex" for Alexander, "Sam" for Samantha) and common nicknames ("Bill" for William)."""
    parts = set()
    for word in _WORD.findall(candidate_name):
        for piece in [word, *re.split(r"[-'’]", word)]:
            if piece:
                parts |= {piece.lower(), _fold(piece)}
    for part in list(parts):
        parts |= NICKNAMES.get(part, set())
        parts |= {part[:length] for length in range(3, len(part))}
    return parts


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


class _Word(NamedTuple):
    start: int
    end: int  # without a possessive 's
    text: str
    possessive: bool


def _words_of(text: str) -> list[_Word]:
    words = []
    for match in _WORD.finditer(text):
        word, possessive = _base(match.group())
        words.append(_Word(match.start(), match.start() + len(word), word, possessive))
    return words


def _kind(word: str) -> tuple[bool, bool, bool]:
    """(a known given name, an everyday word, a month/place/product/role)."""
    forms = {word.lower(), _fold(word)}
    return bool(forms & GIVEN_NAMES), bool(forms & COMMON_WORDS), bool(forms & NOT_PEOPLE)


def _after_title(text: str, words: list[_Word], index: int) -> bool:
    previous = words[index - 1] if index else None
    if not (previous and _TITLE.match(previous.text) and text[previous.end : words[index].start] in (". ", " ")):
        return False
    if not _ROLE_TITLE.match(previous.text):
        return True
    # "Sister Okafor, said" is a person; "the Nurse Educator role" is a job title.
    word = words[index]
    after = text[word.end : word.end + 80]
    return bool(
        _kind(word.text)[0]
        or _surname_shaped(word.text)
        or (after[:1] == "," and _REPORTING_VERB.match(after[1:]))
        or _STRONG_CUE_BEFORE.search(text[max(0, previous.start - 40) : previous.start])
    )


def _is_person(text: str, words: list[_Word], index: int, own: set[str]) -> bool:
    word = words[index]
    before = text[max(0, word.start - 40) : word.start]
    after = text[word.end + (2 if word.possessive else 0) : word.end + 80]
    if _after_title(text, words, index):
        return True
    if _DETERMINER_BEFORE.search(before):
        return False  # "the Atlas migration", "their Aurora platform": a thing with a name
    if _AUTHOR_BEFORE.search(text[max(0, word.start - 90) : word.start]):
        return False  # "the book … by Martin Kleppmann": an author, not someone in the process
    known, ordinary, not_person = _kind(word.text)
    at_start = bool(_SENTENCE_START.search(before))
    following = words[index + 1] if index + 1 < len(words) else None
    surname_follows = bool(
        not word.possessive
        and following
        and text[word.end : following.start] == " "
        and _capitalised(following.text)
        and not any(_kind(following.text)[1:])
        and following.text.lower() not in own
    )
    cue_after = bool(
        _REPORTING_VERB.match(after)
        or _APPOSITION.match(after)
        or _TEAM_AFTER.match(after)
        or _WHO_AFTER.match(after)
        or _PAREN_ROLE_AFTER.match(after)
        or (word.possessive and _POSSESSIVE_PERSON.match(after))
    )
    if known and not ordinary and not not_person:
        return True
    if known and not not_person:
        # "Grace", "Will", "Mark": a word, unless capitalised mid-sentence or cued; but not inside a
        # Title Case phrase such as "Server Operations" or "Grant Management".
        previous = words[index - 1] if index else None
        title_case_phrase = bool(
            following
            and text[word.end : following.start] == " "
            and _capitalised(following.text)
            and any(_kind(following.text)[1:])
        ) or bool(
            # "Project Atlas", "Operation Phoenix": a capitalised word that is no name before it
            previous
            and text[previous.end : word.start] == " "
            and _capitalised(previous.text)
            and not _kind(previous.text)[0]
            and not _SENTENCE_START.search(text[max(0, previous.start - 40) : previous.start])
        )
        return (not at_start and not title_case_phrase) or cue_after or surname_follows
    if known:
        # "May", "Jordan", "Ruby": a month, place or product unless something says person.
        return cue_after or surname_follows or bool(_STRONG_CUE_BEFORE.search(before))
    if ordinary and not not_person:
        # A surname that is also a word ("Smith", "Baker"), capitalised mid-sentence and cued.
        return not at_start and cue_after
    if not_person or _ENGLISH_SUFFIX.search(word.text):
        return False
    # An unlisted name needs a cue: "Nakamura said", "named Oyelaran", "Rajesh, the manager", or a
    # surname's shape after a weak cue: "your interview with Okonkwo", "I think Oyelaran, said".
    shaped = _surname_shaped(word.text)
    return (
        cue_after
        or bool(_STRONG_CUE_BEFORE.search(before))
        or (not at_start and surname_follows and bool(_CUE_BEFORE.search(before)))
        or (shaped and bool(_WEAK_CUE_BEFORE.search(before)))
        or (shaped and not at_start and bool(re.match(r",\s*", after)) and bool(_REPORTING_VERB.match(after[1:])))
    )


def _lower_case_person(text: str, words: list[_Word], index: int, own: set[str]) -> bool:
    """A name typed in lower case, as in a quick chat note: "spoke w/ okonkwo", "sync'd with priya from
    their talent team", "ngozi (their CTO) said". A listed given name needs a cue before or after; an
    unlisted word needs the shape of a surname as well."""
    word = words[index]
    lower = word.text.lower()
    if len(lower) < 3 or not word.text.islower() or _CONTRACTION.search(lower):
        return False
    forms = {lower, _fold(lower)}
    if forms & own or any(forms & words_ for words_ in _NOT_LOWER_CASE_NAMES) or _ENGLISH_SUFFIX.search(lower):
        return False
    listed = bool(forms & GIVEN_NAMES)
    shaped = _surname_shaped(lower)
    titled = _titled(text, words, index)
    if not (listed or shaped or titled):
        return False  # most lower-case words: nothing name-like, no context to read
    # "ms. kaur", "dr patel": after a title with its dot, or a title and a name-like word
    if titled and (text[words[index - 1].end] == "." or listed or shaped):
        return True
    before = text[max(0, word.start - 40) : word.start]
    after = text[word.end + (2 if word.possessive else 0) : word.end + 80]
    if _AUTHOR_BEFORE.search(text[max(0, word.start - 90) : word.start]) or _DETERMINER_BEFORE.search(before):
        return False
    cue_before = bool(
        _WEAK_CUE_BEFORE.search(before) or _CUE_BEFORE.search(before) or _STRONG_CUE_BEFORE.search(before)
    )
    cue_after = bool(
        _REPORTING_VERB.match(after)
        or _APPOSITION.match(after)
        or _TEAM_AFTER.match(after)
        or _PAREN_ROLE_AFTER.match(after)
        or (word.possessive and _POSSESSIVE_PERSON.match(after))
    )
    return (listed or shaped) and (cue_before or cue_after)


_NOT_LOWER_CASE_NAMES = (COMMON_WORDS, NOT_PEOPLE, LOWERCASE_WORDS, frozenset(_PARTICLES))


def _titled(text: str, words: list[_Word], index: int) -> bool:
    previous = words[index - 1] if index else None
    return bool(previous and _TITLE.match(previous.text) and text[previous.end : words[index].start] in (". ", " "))


def _initials(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _INITIALS.finditer(text):
        letters = re.sub(r"[.\s]", "", match.group())
        after = text[match.end() : match.end() + 80]
        before = text[max(0, match.start() - 40) : match.start()]
        if letters in _NOT_INITIALS:
            continue
        if (
            _REPORTING_VERB.match(after)
            or _TEAM_AFTER.match(after)
            or _APPOSITION.match(after)
            or _PAREN_ROLE_AFTER.match(after)
            or _STRONG_CUE_BEFORE.search(before)
        ):
            spans.append((match.start(), match.end() - (1 if match.group().endswith(" ") else 0)))
    return spans


def _name_end(text: str, words: list[_Word], index: int, own: set[str]) -> tuple[int, int]:
    """Where the name that starts at words[index] ends, and the index of the next word after it:
    "Thomas Weber", "Ingrid van der Berg", "Mohammed Al-Farsi"."""
    end, index = words[index].end, index + 1
    possessive = words[index - 1].possessive
    while index < len(words) and not possessive:
        following = words[index]
        if text[end : following.start] != " " or following.text.lower() in own:
            break
        if following.text.lower() in _PARTICLES:
            # Particles belong to the name only when a capitalised part follows them.
            ahead = index
            while ahead < len(words) and words[ahead].text.lower() in _PARTICLES:
                ahead += 1
            if ahead < len(words) and _capitalised(words[ahead].text):
                end, index = words[ahead - 1].end, ahead
                continue
            break
        if not _capitalised(following.text) or any(_kind(following.text)[1:]):
            break
        end, possessive, index = following.end, following.possessive, index + 1
    return end, index


def find_names(text: str, candidate_name: str = "") -> list[Finding]:
    own = _candidate_parts(candidate_name)
    masked = [(m.start(), m.end()) for m in _NAMED_NOT_PEOPLE.finditer(text)]
    words = [w for w in _words_of(text) if not any(start <= w.start < end for start, end in masked)]
    findings: list[Finding] = []
    index = 0
    while index < len(words):
        word = words[index]
        lower = word.text.lower()
        if word.text.islower() and _lower_case_person(text, words, index, own):
            start = words[index - 1].start if _titled(text, words, index) else word.start
            findings.append(_name_finding(start, word.end, findings))
            index += 1
            continue
        if (
            len(word.text) < 2
            or not _capitalised(word.text)
            or _CONTRACTION.search(word.text)
            or {lower, _fold(word.text)} & own
            or (lower in _PARTICLES and not _after_title(text, words, index))
            or not _is_person(text, words, index, own)
        ):
            index += 1
            continue
        previous = words[index - 1] if index else None
        titled = _after_title(text, words, index)
        start = previous.start if titled else word.start
        end, index = _name_end(text, words, index, own)
        if _ORGANISATION_AFTER.match(text, end) or _SAINT_BEFORE.search(text[max(0, start - 8) : start]):
            continue
        findings.append(_name_finding(start, end, findings))
    for start, end in _initials(text):
        findings.append(_name_finding(start, end, findings))
    return sorted(findings, key=lambda f: f.start)


def _name_finding(start: int, end: int, findings: list[Finding]) -> Finding:
    return Finding(
        start,
        end,
        "person_name",
        "This names someone other than the candidate. People who gave feedback stay unnamed unless they "
        "agreed to be named.",
        "a colleague" if findings else "the hiring manager",
    )


def check_redaction(text: str, candidate_name: str = "") -> RedactionReport:
    text = text or ""
    sentences = sentence_spans(text)
    contact = [*find_emails(text), *find_phones(text)]
    contact_spans = [(f.start, f.end) for f in contact]

    def outside_contact(finding: Finding) -> bool:
        return not any(start < finding.end and finding.start < end for start, end in contact_spans)

    others = [
        *find_names(text, candidate_name),
        *find_salaries(text, sentences),
        *find_other_candidates(text),
        *find_protected(text),
    ]
    findings = contact + [f for f in others if outside_contact(f)]
    return RedactionReport(findings=_merge_same_code(findings))


def _merge_same_code(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings of one code become one, so a phrase is flagged once."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.code, f.start, -f.end)):
        last = merged[-1] if merged else None
        if last and last.code == finding.code and finding.start < last.end:
            if finding.end > last.end:
                merged[-1] = Finding(last.start, finding.end, last.code, last.message, last.suggestion)
            continue
        merged.append(finding)
    return sorted(merged, key=lambda f: (f.start, f.end, f.code))


_REPLACEMENTS = {"email": "[e-mail removed]", "phone": "[phone number removed]", "salary": "[figure removed]"}


def suggest_rewrite(text: str, report: RedactionReport) -> str:
    """A preview with the safe replacements applied: names become "the hiring manager" / "a
    colleague", contact details and pay figures are removed. Comparisons with other applicants
    and protected characteristics need the recruiter's own words, so they are left for them."""
    edits: list[tuple[int, int, str]] = []
    for finding in report.findings:
        if finding.code == "person_name":
            replacement = finding.suggestion
            if text[finding.end : finding.end + 2] in ("'s", "’s"):
                replacement += "'s"
                end = finding.end + 2
            else:
                end = finding.end
            if _SENTENCE_START.search(text[max(0, finding.start - 40) : finding.start]):
                replacement = replacement[:1].upper() + replacement[1:]
            edits.append((finding.start, end, replacement))
        elif finding.code in _REPLACEMENTS:
            edits.append((finding.start, finding.end, _REPLACEMENTS[finding.code]))
    result, last = [], len(text)
    for start, end, replacement in sorted(edits, reverse=True):
        if end > last:
            continue
        result.append(text[end:last])
        result.append(replacement)
        last = start
    result.append(text[:last])
    return "".join(reversed(result))
