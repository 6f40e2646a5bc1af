"""The pattern rules of the redaction check: contact details, pay figures and other applicants.
Protected characteristics live in ``redaction_protected.py``, names of people in ``redaction.py``
(they need word lists and context). Every rule returns ``Finding``s that point at the words;
``redaction.check_redaction`` merges and sorts them.

Regexes here are bounded (``{0,60}`` rather than ``.*``) and have no nested quantifiers, so the
check stays linear on long texts.
"""

import re
from collections.abc import Iterator

import phonenumbers

from apps.feedback.checks import Finding

# --- sentences ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*[-•*]\s)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_around(text: str, spans: list[tuple[int, int]], position: int) -> str:
    for start, end in spans:
        if start <= position < end:
            return text[start:end]
    return text


# --- e-mail ---------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+%-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![\w-])"
    r"|(?<![\w.])[\w.-]{1,64}\s?[\[(](?:at|@)[\])]\s?[\w-]{1,63}(?:\s?[\[(](?:dot|\.)[\])]\s?[A-Za-z]{2,24}){1,3}"
    r"|(?<![\w.])[\w.-]{1,64}\s+at\s+[\w-]{1,63}(?:\s+dot\s+[\w-]{1,63}){0,2}\s+dot\s+(?:com|org|net|io|co|uk|de|fr|nl|edu"
    r"|gov|ie|in|au|ca|dev|ai|app|biz|info|es|it|se|no|dk|fi|pl|ch|at|be|sg|za|ng|ke|nz|jp|br|mx)\b"
    r"|(?<![\w.])[\w-]{1,64}(?:(?:\.|\s?[\[({<]dot[\])}>]\s?)[\w-]{1,64}){0,3}\s?[\[({<](?:at|@)[\])}>]\s?[\w-]{1,63}(?:(?:\.|\s?[\[({<]dot[\])}>]\s?)[\w-]{1,63}){0,3}"
    r"(?:\.|\s?[\[({<]dot[\])}>]\s?)[A-Za-z]{2,24}\b",
    re.IGNORECASE,
)


def find_emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        yield Finding(
            match.start(),
            match.end(),
            "email",
            "This is an e-mail address. Contact details of the people you spoke to stay with you.",
            'Remove the address. If the candidate may ask more, say "I\'m happy to pass on any questions".',
        )


# --- phone ----------------------------------------------------------------------------------

PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "AU", "CA", "NL", "IE", "ES", "IT", "SE", "SG", "ZA", "NG", "BR")
_EXTENSION = re.compile(r"\s*(?:,\s*)?(?:ext\.?|extension|x)\s?\d{1,6}\b", re.IGNORECASE)
# Phone-like shapes the phone-number library rejects (fictional 555 numbers, unknown regions).
_PHONE_SHAPE = re.compile(
    r"(?<![\w.,/:-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,6}){1,4}(?![\w%/:-]|[.,]\d)"
)
_PHONE_CUE = re.compile(
    r"\b(?:call|calls|phone|ring|tel|telephone|mobile|cell|number|reach|text|whatsapp|dial|line|direct)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"^(?:(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d"
    r"|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d|\d{1,3}(?:\.\d{1,3}){3}|\d{5}-\d{4}|(?:19|20)\d\d-\d{4,})$"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b|^v?\d{1,3}(?:\.\d{1,3}){2}$"
)
# Vanity numbers spell part of the number in capitals: "1-800-FEEDBACK", "0800-FEEDBAK".
_VANITY_PHONE = re.compile(
    r"(?<![\w+-])(?:\+?1[-.\s])?(?:\(?(?:8[0-8]{2}|0[3589]0\d|1[38]00)\)?)[-.\s]?(?=[A-Z0-9-]*[A-Z]{3})[A-Z0-9]{2,4}"
    r"(?:[-.\s]?[A-Z0-9]{2,5}){1,2}(?![\w-])"
)
_MONEY_NEAR = re.compile(r"[$£€¥₹]\s?$|\b(?:USD|GBP|EUR|INR|AUD|CAD)\s?$", re.IGNORECASE)


def _digits(raw: str) -> int:
    return sum(ch.isdigit() for ch in raw)


def _plausible_phone(text: str, start: int, end: int) -> bool:
    raw = text[start:end]
    if _digits(raw) < 7 or _DATE_LIKE.search(raw.strip()):
        return False
    if _MONEY_NEAR.search(text[max(0, start - 5) : start]):
        return False
    return not re.match(
        r"\s?(?:[kKmM]\b|%|percent|dollars|pounds|euros|users|people|rows|requests)", text[end : end + 9]
    )


def find_phones(text: str) -> Iterator[Finding]:
    spans: list[tuple[int, int]] = []
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            spans.append((match.start, match.end))
    for match in _PHONE_SHAPE.finditer(text):
        raw = match.group()
        shaped = raw.startswith("+") or "(" in raw or re.fullmatch(r"\d{3}[-.\s]\d{3}[-.\s]\d{4}|\d{3}-\d{4}", raw)
        if shaped or _PHONE_CUE.search(text[max(0, match.start() - 40) : match.start()]):
            spans.append((match.start(), match.end()))
    vanity = [(m.start(), m.end()) for m in _VANITY_PHONE.finditer(text)]
    for start, end in _merge(spans + vanity):
        if (start, end) not in vanity and not _plausible_phone(text, start, end):
            continue
        extension = _EXTENSION.match(text, end)
        if extension:
            end = extension.end()
        yield Finding(
            start,
            end,
            "phone",
            "This is a phone number. Contact details of the people you spoke to stay with you.",
            'Remove the number. If the candidate may ask more, say "I\'m happy to pass on any questions".',
        )


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- salary ---------------------------------------------------------------------------------

# Thousands grouped the usual way, the Indian way ("1,20,000"), or not at all.
_NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.'\u00a0\u202f]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_MULTIPLIER = r"\s?(?:k|K|m|M|mn|bn|grand|thousand|million|lakhs?|crores?)\b"
_CURRENCY_WORD = (
    r"(?:dollars?|pounds?|euros?|rupees?|quid|bucks|francs?|kronor|krona|yen|yuan|rand|naira|shillings?"
    r"|USD|GBP|EUR|INR|CAD|AUD|CHF|SEK|NOK|DKK|PLN|JPY|SGD|NZD|ZAR|NGN|KES)\b"
)
_CURRENCY_CODE = (
    r"(?:USD|GBP|EUR|INR|CAD|AUD|CHF|SEK|NOK|DKK|PLN|JPY|SGD|NZD|ZAR|NGN|KES|US\$|A\$|C\$|Rs\.?|R(?=\d{1,3}[, ]\d{3}))"
)
_AMOUNT = (
    rf"(?:[$£€¥₹]\s?(?:{_NUMBER})(?:{_MULTIPLIER})?"
    rf"|{_CURRENCY_CODE}\s?(?:{_NUMBER})(?:{_MULTIPLIER})?"
    rf"|(?:{_NUMBER})(?:{_MULTIPLIER})?\s?{_CURRENCY_WORD}"
    rf"|(?:{_NUMBER})\s?[kK]\b)"
)
_MONEY = re.compile(
    rf"(?<![\w.,])(?:{_AMOUNT}|(?:{_NUMBER})(?:{_MULTIPLIER})?)(?:\s?(?:-|–|—|to)\s?(?:{_AMOUNT}|(?:{_NUMBER})(?:{_MULTIPLIER})?))?"
    rf"(?:\s?(?:/|an?|per)\s?(?:hour|hr|day|year|yr|annum|month))?",
)
_HAS_MONEY_MARK = re.compile(rf"[$£€¥₹]|{_CURRENCY_CODE}|{_CURRENCY_WORD}|\d\s?(?:{_MULTIPLIER})", re.IGNORECASE)
_PAY_CUE = re.compile(
    r"\b(?:salar(?:y|ies)|pay|paid|paying|compensation|comp|package|offer(?:ed|ing)?|base|OTE|bonus|equity|stock|RSUs?"
    r"|budget(?:ed)?|range|band|expectations?|ask(?:ed|ing)?|rates?|hourly|earn(?:s|ing|ings)?|wages?|stipend"
    r"|remuneration|TC|per\s+annum|p\.?a\.?|a\s+year|per\s+year|annual(?:ly)?|raise|day\s+rate|contract"
    r"|(?:is|was|were|be|currently|already)\s+on|making|makes)\b",
    re.IGNORECASE,
)
_STRONG_PAY_CUE = re.compile(
    r"\b(?:salar(?:y|ies)|pay|paid|compensation|comp|TC|package|offer(?:ed)?|base|OTE|bonus|expectations?|rate|wages?"
    r"|remuneration|band|(?:for|of)\s+(?:the|this|that)\s+(?:role|position|job))\b",
    re.IGNORECASE,
)
_BUSINESS_MONEY = re.compile(
    r"\b(?:revenue|sales|ARR|MRR|GMV|funding|raised|valuation|sav(?:ed|ings?)|cost(?:s)?|spend|deals?|pipeline|profit"
    r"|portfolio|managed|managing|owned|grew|generated|cut|reduced|worth|users|customers|project|programme|program)\b",
    re.IGNORECASE,
)
_PAY_BEFORE = re.compile(
    r"\b(?:salary|pay|offer(?:ed)?|offering|budget(?:ed)?(?:\s+(?:was|is|of|at))?|range(?:\s+(?:was|is|of))?"
    r"|package(?:\s+(?:was|is|of))?|base(?:\s+(?:was|is|of))?|asked\s+for|asking\s+for|expectations?(?:\s+(?:was|were|of))?"
    r"|(?:day\s+|hourly\s+)?rate(?:\s+(?:was|is|of|at))?|comp(?:ensation)?(?:\s+(?:was|is|of))?|earn(?:ing|s)?|paying"
    r"|paid|asking|(?:go|stretch|max(?:ed)?\s+out|top(?:ped)?\s+out|cap(?:ped)?|settle|come\s+in)\s+(?:up\s+)?(?:to|at|around)"
    r"|(?:max(?:imum)?|ceiling|cap|top\s+end|limit)\s+(?:is|was|of)|(?:you're|you\s+are|you\s+were)\s+(?:at|on))\s+"
    r"(?:was\s+|is\s+|of\s+|at\s+|around\s+|about\s+|roughly\s+|up\s+to\s+|only\s+)?$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s?(?:%|percent|per\s?cent|years?|months?|weeks?|days?|hours?|minutes?|people|persons|rounds?|stages?|interviews?"
    r"|questions?|out\s+of|of\s+\d|x\b|times|users|customers|rows|requests|projects?|teams?|reports|engineers|steps"
    r"|pages|slides|points|stars|st\b|nd\b|rd\b|th\b|am\b|pm\b)",
    re.IGNORECASE,
)
_WORD_AMOUNT = re.compile(
    r"\b(?:a\s+hundred|one\s+hundred|hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety))?\s+(?:thousand|grand|k)\b",
    re.IGNORECASE,
)
# Pay in words: "twenty an hour", "thirty-five dollars", "a hundred and forty" where pay is talked about.
_SMALL_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)"
)
_SPELLED = (
    rf"(?:(?:a|one|two|three|four|five)\s+hundred(?:\s+and\s+{_SMALL_NUMBER}(?:[\s-]{_SMALL_NUMBER})?)?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_SPELLED_PAY = re.compile(
    rf"\b{_SPELLED}(?:\s+(?:an?\s+|per\s+)(?:hour|day|year|month|week)\b|\s+{_CURRENCY_WORD}|[\s-](?:k|grand|thousand)\b)",
    re.IGNORECASE,
)
_SPELLED_BARE = re.compile(rf"\b{_SPELLED}\b", re.IGNORECASE)
_BARE_RANGE = re.compile(r"\d{2,3}(?:[.,]\d)?\s?(?:-|–|—|to)\s?\d{2,3}(?:[.,]\d)?")
_BUDGET = re.compile(r"\bbudget\b", re.IGNORECASE)
_SAID_FIGURE_BEFORE = re.compile(
    r"\b(?:at|said|asked|asking|wanted|wanting|expected|expecting|quoted|mentioned|on|were|was)\s+(?:about\s+|around\s+"
    r"|roughly\s+|only\s+)?$",
    re.IGNORECASE,
)
_PAY_AFTER = re.compile(
    r"\s+(?:base|basic|OTE|salary|per\s+annum|p\.?a\.?|all-in|total\s+comp|TC|gross|package|LPA|CTC|lakhs?\s+per\s+annum)\b",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"(?:/|\ban?\b|\bper\b)\s?(?:hour|hr|day|year|yr|annum|month)$")
_DECADE_FIGURE = re.compile(r"\b(?:low|mid|high|upper|lower)[\s-](?:\d0s|\d0k|\d{2,3}k)\b", re.IGNORECASE)
_FIGURES = re.compile(r"\b(?:five|six|seven|5|6|7)[\s-]figures?\b", re.IGNORECASE)
_PAY_BAND = re.compile(r"\b(?:pay|salary)\s+(?:band|grade|scale|level)\s+(?:of\s+)?[A-Z]?\d{1,2}\b", re.IGNORECASE)
_PERCENT_PAY = re.compile(
    r"\b\d{1,3}(?:\.\d{1,2})?\s?%\s+(?:bonus|raise|pay\s+rise|increase\s+in\s+(?:pay|salary)|uplift|equity|stock|options)\b"
    r"|\b(?:bonus|equity|raise)\s+of\s+\d{1,3}(?:\.\d{1,2})?\s?%",
    re.I,
)

_SALARY_MESSAGE = "This is a pay figure. What the employer budgeted or offered is confidential and not feedback."
_SALARY_SUGGESTION = (
    'Drop the figure; if pay mattered, say "pay expectations and the budget for the role didn\'t line up".'
)


_CURRENCY_MARK = re.compile(rf"[$£€¥₹]|{_CURRENCY_CODE}|\b{_CURRENCY_WORD}")
_AFTER_BARE_PAY = re.compile(
    r"\s*(?:$|[^\w\s]|(?:and|but|or|plus|base|a\s+year|per|with|which|so|for|before|after|including|excluding|gross"
    r"|net|total|all-in|then|is|was|were|while|though|because|anyway|basic|salary|OTE|p\.?a\.?|to\s+start|starting"
    r"|annually|yearly|upfront|on\s+top|role|job|position|package|offer|contract|range|band|now|currently|today|already)\b)",
    re.IGNORECASE,
)


def find_salaries(text: str, sentences: list[tuple[int, int]]) -> Iterator[Finding]:
    for match in _MONEY.finditer(text):
        start, end = match.start(), match.start() + len(match.group().rstrip())
        raw = text[start:end]
        if not any(ch.isdigit() for ch in raw):
            continue
        sentence = sentence_around(text, sentences, start)
        if _CURRENCY_MARK.search(raw):
            # "$2M in revenue" is an achievement, not pay, unless pay is named in the same sentence.
            if _BUSINESS_MONEY.search(sentence) and not _STRONG_PAY_CUE.search(sentence):
                continue
        elif _HAS_MONEY_MARK.search(raw):
            # "110k", "90K OTE", "capped at 75k.": pay where pay is talked about or where no noun
            # follows ("5k users", "10k requests" are counts).
            if _UNIT_AFTER.match(text, end) or _BUSINESS_MONEY.search(sentence):
                continue
            if not _PAY_CUE.search(sentence) and not _AFTER_BARE_PAY.match(text, end):
                continue
        elif _PER_PERIOD.search(raw) and len(re.sub(r"\D", "", raw)) >= 2:
            pass  # "4,500 a month", "45/hour": a rate
        elif _PAY_AFTER.match(text, end) and len(re.sub(r"\D", "", raw)) >= 2:
            pass  # "85 base", "120 OTE"
        elif (
            re.fullmatch(r"\d{2,3}[,.]\d{3}", raw)
            and not _BUSINESS_MONEY.search(sentence)
            and (_AFTER_BARE_PAY.match(text, end) or _STRONG_PAY_CUE.search(sentence))
            and not _UNIT_AFTER.match(text, end)
            and not re.match(r"\s+[a-z]+s\b", text[end : end + 30])  # "62,000 employees"
        ):
            pass  # "92,500", with no noun after it and no business figure around: money-shaped pay
        elif _BARE_RANGE.fullmatch(raw) and (_STRONG_PAY_CUE.search(sentence) or _BUDGET.search(sentence)):
            # "asking 120 to 130 for the role … a budget thing"
            if _UNIT_AFTER.match(text, end):
                continue
        else:
            # A bare number is pay only right after a pay word and before no other noun: "they offered 85,000";
            # or, where pay is named in the sentence, a two- or three-figure number someone was "at" or "said":
            # "pay-wise they were at 58 and you'd said 65".
            before = text[max(0, start - 40) : start]
            said_figure = bool(
                _SAID_FIGURE_BEFORE.search(before)
                and re.fullmatch(r"[2-9]\d|[1-9]\d\d", raw)
                and _STRONG_PAY_CUE.search(sentence)
            )
            if not (_PAY_BEFORE.search(before) or said_figure) or not _AFTER_BARE_PAY.match(text, end):
                continue
            if _UNIT_AFTER.match(text, end):
                continue
            if len(raw.replace(",", "")) < 2 or re.fullmatch(r"(?:19|20)\d\d", raw):
                continue
        yield Finding(start, end, "salary", _SALARY_MESSAGE, _SALARY_SUGGESTION)
    for match in [*_WORD_AMOUNT.finditer(text), *_DECADE_FIGURE.finditer(text), *_SPELLED_PAY.finditer(text)]:
        if _PAY_CUE.search(sentence_around(text, sentences, match.start())):
            yield Finding(match.start(), match.end(), "salary", _SALARY_MESSAGE, _SALARY_SUGGESTION)
    for match in _SPELLED_BARE.finditer(text):
        # "pitched at roughly a hundred and forty including the sign-on": a spelled figure with pay named
        # and nothing counted after it.
        before = text[max(0, match.start() - 30) : match.start()]
        if (
            re.search(r"\b(?:at|around|about|roughly|to|was|is|of|offered|asked|asking|max|only)\s+$", before, re.I)
            and _STRONG_PAY_CUE.search(sentence_around(text, sentences, match.start()))
            and _AFTER_BARE_PAY.match(text, match.end())
            and not _UNIT_AFTER.match(text, match.end())
        ):
            yield Finding(match.start(), match.end(), "salary", _SALARY_MESSAGE, _SALARY_SUGGESTION)
    for pattern in (_FIGURES, _PAY_BAND, _PERCENT_PAY):
        for match in pattern.finditer(text):
            yield Finding(match.start(), match.end(), "salary", _SALARY_MESSAGE, _SALARY_SUGGESTION)


# --- other candidates -----------------------------------------------------------------------

# A person named by their trade ("teacher", "driver", "nurse"), for "went with a …": nouns ending like
# agent nouns, less the comparatives and things that end the same way.
_PERSON_NOUN = (
    r"(?:teacher|driver|nurse|doctor|lawyer|solicitor|engineer|developer|designer|manager|consultant|contractor"
    r"|freelancer|analyst|accountant|assistant|specialist|technician|clerk|chef|cook|graduate|grad|trainee|apprentice"
    r"|intern|temp|student|midwife|carer|therapist|pharmacist|paramedic|officer|agent|adviser|advisor|associate"
    r"|director|lead|head|deputy|supervisor|operator|electrician|plumber|mechanic|scientist|researcher|writer|editor"
    r"|producer|marketer|recruiter|coordinator|administrator|receptionist|cashier|barista|waiter|waitress|porter"
    r"|cleaner|pilot|local|hire|person|guy|woman|man|lady|chap|one|candidate|applicant|profile|colleague|referral)"
)
_OTHER_CANDIDATE_PATTERNS = [
    r"\b(?:other|another|rival|competing|internal|external)\s+(?:candidate|applicant|finalist|contender|interviewee"
    r"|runner[-\s]up)s?\b",
    # "Successful candidates usually…" is advice; "the successful candidate" is a person.
    r"\b(?:the|their|our|this|that)\s+(?:successful|preferred|chosen|winning|selected|second|top)\s+(?:candidate|applicant"
    r"|finalist|contender|interviewee)\b|\ba\s+(?:second|preferred)\s+(?:candidate|applicant|finalist)\b",
    r"\b(?:successful|preferred|chosen|winning|selected|internal|external)\s+(?:person|hire|one)\b",
    r"\b(?:the|all|other|both|most|several|remaining|shortlisted)\s+(?:\w+\s+)?(?:candidates|applicants|finalists"
    r"|interviewees|contenders)\b",
    r"\b(?:stronger|better|more\s+experienced|more\s+senior|more\s+qualified)\s+(?:candidates|applicants|finalists)\b",
    r"\b(?:person|one|candidate|applicant|someone|guy|woman|man|whoever)\s+(?:who|that)?\s*(?:got|gets|was\s+offered"
    r"|accepted|took|landed|won)\s+(?:the\s+)?(?:job|role|offer|position)\b",
    r"\b(?:their|the\s+client's|the\s+team's|the\s+manager's)\s+(?:final\s+)?(?:pick|choice|preferred\s+(?:choice|option))"
    r"\b(?!\s+(?:of|to|whether))",
    r"\b(?:one|an|the)\s+other\s+(?:person|candidate|applicant|finalist|profile)\b(?!\s+(?:on|from|in|at|who\s+(?:interviewed"
    r"|ran|led|joined|sat)))|\byou\s+and\s+(?:one|two|three|another)"
    r"\s+(?:other|more)?\b|\bcame\s+down\s+to\s+(?:you\s+and|two\b|a\s+choice\s+between)|\bbetween\s+you\s+and\s+"
    r"(?:another|someone|one\s+other|the\s+other)\b",
    r"\b(?:hired|chose|picked|went\s+with|selected|appointed|preferred)\b[^.!?\n]{0,50}?\binstead\b(?!\s+of\s+you)",
    r"\b(?:one|two|three|four|five|several|a\s+few|\d+)\s+other\s+(?:people|persons|candidates|applicants|finalists"
    r"|interviewees)\b|\banother\s+person\b(?!\s+(?:(?:on|in|at)\s+the\s+(?:panel|team|call|room)|from\s+(?:the\s+)?(?:panel"
    r"|team|company|client|hiring|HR|their)))",
    r"\b(?:made|extended)\s+(?:an\s+|the\s+|their\s+)?offer\s+to\s+(?!you\b)|\b(?:role|job|position|offer)\s+went\s+to\b",
    r"\b(?:she|he|who|someone|somebody|the\s+other\s+\w+)\s+(?:\w+\s+){0,3}?(?:scored|did|performed|interviewed|came"
    r"|presented|ranked|rated)\s+(?:\w+\s+)?(?:higher|better|stronger|more\s+strongly)\b",
    r"\b(?:one|another|the\s+other|that|this)\s+(?:applicant|candidate|finalist|interviewee)\s+(?:who|that|with|had|has|was)\b"
    r"|\bthere\s+(?:was|were)\s+(?:one|another|an?|two|three|other)\s+(?:\w+\s+)?(?:applicants?|candidates?|finalists?)\b",
    r"\binterviewed\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+(?:other\s+)?(?:people"
    r"|candidates|applicants)\b|\b(?:in|made)\s+the\s+top\s+(?:two|three|four|five|\d)\b|\bshortlist\s+of\s+(?:two|three"
    r"|four|five|six|\d+)\b",
    r"\b(?:competitor|rival|competition)\s+for\s+the\s+(?:role|job|position)\b|\bincumbent\b",
    r"\bhired\s+(?:from\s+)?(?:within|from\s+(?:their|our|the\s+client's)\s+own)\b|\bpromot(?:e|ed|ing)\s+(?:someone\s+)?(?:from\s+)?(?:within|internally|inside)\b"
    r"|\bhir(?:e|ing)\s+(?:from\s+)?(?:within|internally)\b",
    r"(?<!you\s)(?<!you've\s)\b(?:got|landed|won|took)\s+the\s+(?:job|role|offer|position)\b(?![-\w])",
    r"\b(?:other|another)\s+(?:shortlisted|short-listed|remaining|final|preferred|strong)\s+(?:person|candidate|applicant"
    r"|one)\b",
    r"\b(?:they|we|the\s+(?:client|team|company|panel|manager|hiring\s+manager))\s+(?:\w+\s+)?(?:went|are\s+going|decided\s+to"
    r"\s+go|chose|picked|hired|selected|appointed|preferred|offered\s+(?:it|the\s+(?:role|job|position))\s+to)\s+"
    r"(?:with\s+)?(?-i:[A-Z])[^\W\d_]+",
    r"\bbetween\s+you\s+and\s+(?-i:[A-Z])[^\W\d_]+",
    r"(?<!you\s)(?<!You\s)\b(?:was|were)\s+(?:simply\s+|just\s+)?(?:a\s+)?(?:better|stronger|closer)\s+(?:fit|match)\b",
    r"\bended\s+up\s+(?:hiring|going\s+with|choosing|picking|selecting|offering|appointing)\b",
    r"\b(?:hir(?:ed|ing)|chose|choosing|picked|picking|selected|selecting|appointed|appointing)\s+(?:the|a|an)\s+(?:\w+\s+)?"
    r"(?:contractor|freelancer|intern|temp|consultant|person|guy|woman|man|one|colleague|referral|candidate|applicant"
    r"|engineer|developer|designer|manager)\s+(?:who|that|whom|from|with)\b",
    r"\b(?:people|candidates|applicants|finalists|others|interviewees)\s+(?:they|we|the\s+\w+)\s+(?:saw|interviewed|met"
    r"|considered|spoke\s+to|shortlisted|assessed)\b",
    r"\b(?:out\s+of|of)\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:they|we|people|candidates"
    r"|applicants|finalists|shortlisted|interviewed|interviewees)\b|\b(?:first|second|third|fourth|fifth|last|top"
    r"|\d(?:st|nd|rd|th))\s+on\s+(?:their|the)\s+(?:list|shortlist|ranking)\b",
    r"\bother\s+(?:woman|man|guy|lady|girl|person|people|one|ones)\s+(?:who\s+|that\s+)?(?:they|we)\s+(?:saw|interviewed"
    r"|met|considered|shortlisted|assessed|offered|hired|chose|picked|liked|preferred)\b",
    r"\bthe\s+other\s+(?:woman|man|guy|lady|girl)\b(?!\s+(?:on|from|in|at|who\s+interviewed)\b)",
    r"\b(?:candidates?|applicants?|person|woman|man|guy|one|ones|finalists?|interviewees?)\s+(?:they|we)\s+(?:saw|interviewed"
    r"|met|considered|shortlisted|assessed|offered)\b",
    r"\b(?:had|have|has|got)\s+(?:someone|somebody|a\s+candidate|an\s+applicant|another\s+\w+)\b[^.!?\n]{0,50}?\b(?:lined"
    r"\s+up|in\s+mind|waiting|already\s+in\s+(?:the\s+)?process)\b",
    r"\b(?:pipped|beaten|edged\s+out|outperformed|outshone|trumped)\s+(?:to\s+(?:it|the\s+post|the\s+role)\s+)?by\b",
    r"\b(?:gave|given|offered|handed)\s+(?:it|the\s+(?:role|job|position|offer))\s+to\b(?!\s+you\b)",
    r"\b(?:decided\s+on|chose|picked|selected|hired|appointed|preferred|went\s+with|offered\s+it\s+to)\s+the\s+(?:candidate"
    r"|applicant|finalist|person|one|guy|woman|man)\s+(?:from|who|with|that|at)\b",
    r"\b(?:went|gone|going|go|hired|chose|picked|appointed|preferred)\s+(?:with\s+)?(?:his|her|their|a|an)\s+(?:former\s+|old\s+"
    r"|ex-?|own\s+)?(?:colleague|friend|contact|mate|connection|referral|acquaintance|protégé|protege)s?\b",
    r"\b(?:their|the)\s+new\s+\w+,?\s+who\s+(?:joined|started|begins|starts|has\s+just\s+(?:joined|started))\b"
    r"|\bnew\s+(?:starter|joiner|recruit)\b",
    r"\bwhoever\s+(?:they|we)\s+(?:hired|chose|picked|appointed|selected|took\s+on)\b|\b(?:hire|choice|pick|selection"
    r"|appointment)\s+(?:they|we)\s+(?:made|went\s+with)\b",
    r"\b(?:final|direct|head-to-head|side-by-side)\s+comparison\b|\bcompared\s+(?:you\s+)?(?:side\s+by\s+side|head\s+to"
    r"\s+head)\b|\branked\s+(?:the|all|their|all\s+the)\s+(?:shortlist|candidates|applicants|finalists|interviewees)\b",
    r"(?<!you\s)(?<!You\s)\b(?:found|find|have\s+found|['’]ve\s+found)\s+(?:someone|somebody|their\s+(?:person|candidate|hire|match|pick)"
    r"|a\s+(?:candidate|person|match)|an?\s+(?:applicant|internal)|another)\b",
    r"(?<!you\s)(?<!You\s)\b(?:had|found|there\s+was|saw|met|interviewed)\s+(?:a|an|one)\s+(?:\w+\s+)?(?:stronger|better"
    r"|more\s+\w+)\s+(?:candidate|applicant|profile|person|fit|match)\b(?!\s+(?:between|for\s+the\s+data))",
    r"\byour\s+competition\s+(?:had|was|were|has|is|did|came)\b|\bsome(?:one|body)\s+(?:internal|from\s+(?:inside|within))\b",
    r"\bcompet(?:ing|ed|e)\s+(?:with|against)\s+(?!(?:the\s+)?(?:market|deadline|priorities|budget|time|other\s+priorities)\b)"
    r"|\b(?:two|three|four|other|several|\d)\s+internal\s+(?:people|candidates|applicants|staff)\b",
    r"\b(?:benchmarked|compared|measured|ranked|weighed|assessed|stacked|scored)\s+(?:you\s+)?(?:up\s+)?against\b"
    r"|\bthe\s+other\s+(?:two|three|four|five|six|\d+)\b(?!\s+(?:rounds?|interviews?|stages?|questions?|tasks?|exercises?"
    r"|days?|weeks?|sections?|parts?|interviewers?|panel(?:lists|ists)?|people\s+on\s+the\s+panel))"
    r"|\bothers?\s+in\s+the\s+(?:process|running|pipeline|final|shortlist|pool|race)\b",
    r"\bpreferred\s+(?:someone|somebody|another|a\s+candidate|an\s+applicant)\s+(?:with|who\s+had|who['’]d|who\s+was)\b",
    r"\bbeat\s+you\b|\bedged\s+(?:you\s+)?out\b|\bpipped\s+you\b|\bout-?performed\s+you\b",
    r"\b(?:person|candidate|applicant|finalist|interviewee|contender|profile|one|individual|guy|woman|man|lady|someone"
    r"|people)\s+(?:who|that|whom\s+)?"
    r"(?:they|we|the\s+(?:team|client|company|panel|manager|hiring\s+manager))(?:['’]ve|['’]d)?\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:hired|chose|chosen|picked|selected|appointed|offered|went\s+with|gone\s+with|took|preferred|brought\s+on"
    r"|are\s+hiring|ended\s+up\s+with)\b",
    r"\b(?:went|go|gone|going|moved?|moving|proceeded|proceeding|progressed|decided\s+to\s+go)\s+(?:ahead\s+|forward\s+|on\s+)?"
    r"with\s+(?:someone|somebody|another|a\s+(?:candidate|person)|an?\s+(?:applicant|internal|external|other)|the\s+other"
    r"|them|him|her|an?\s+(?:\w+\s+){1,2}(?:candidate|person|applicant|profile|engineer|developer|designer|manager|hire"
    r"|analyst|consultant|individual|one))\b",
    r"\b(?:chose|chosen|picked|selected|hired|appointed|offered\s+(?:it|the\s+(?:role|job|position))\s+to"
    r"|gave\s+(?:it|the\s+(?:role|job|position))\s+to|decided\s+on)\s+(?:someone|somebody|another|an?\s+(?:candidate"
    r"|applicant|internal|external|person|other)|the\s+other|a\s+\w+\s+(?:candidate|applicant))\b",
    r"\b(?:to|chose|picked|hired|selected|with|offered|preferred)\s+someone\s+else\b|\bsomeone\s+else\s+(?:got|was|had"
    r"|has|who|whose|with|for\s+the|instead|in\s+the\s+end)\b",
    r"\bcompared\s+(?:to|with)\s+(?:the\s+)?(?:other|rest|remaining|others)\b",
    r"\b(?:than|as)\s+(?:the\s+)?(?:others|other\s+(?:candidates|applicants|finalists|people)|rest\s+of\s+the\s+(?:candidates"
    r"|applicants|finalists|field|shortlist|group|pool))\b",
    r"\b(?:best|strongest|weakest|worst|most|least|top)\b[^.!?\n]{0,40}?\bof\s+(?:all\s+)?the\s+(?:candidates|applicants"
    r"|finalists|shortlist|interviewees|group|pool|cohort|field|bunch)\b(?!\s+(?:exercise|task|interview|session|discussion"
    r"|round|activity|project|call|work))",
    r"\b(?:ranked|placed|came|finished|rated)\s+(?:you\s+)?(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th))"
    r"\b",
    r"\bclose\s+second\b|\brunner[-\s]up\b|(?<!as\s)\b(?:the|our|their)\s+new\s+hire\b|\binternal\s+(?:hire|move|promotion|transfer)\b",
    r"\b(?:hired|filled|promoted|appointed|recruited)\s+(?:\w+\s+){0,3}?internally\b",
    r"\b(?:she|he|who)\s+(?:had|has|was|brought|showed|offered|demonstrated|knew)\b[^.!?\n]{0,60}?\b(?:more|better"
    r"|stronger|fewer|less|deeper|broader)\b[^.!?\n]{0,60}?\bthan\s+you\b",
    # Choosing someone, said any way: "decided in favour of an applicant whose…", "going with the person who…".
    r"\b(?:in\s+favou?r\s+of|opted\s+for|settled\s+on|went\s+(?:for|with)|gone\s+(?:for|with)|going\s+(?:with|for)|go\s+(?:with|for)"
    r"|chose|chosen|picked|selected|preferred|hired|appointed)\s+(?:the|an?|another|one)\s+(?:\w+\s+)?(?:applicant|candidate"
    r"|person|profile|finalist|individual|contractor|guy|woman|man|lady|chap|bloke|gent|fellow|girl|one|intern|referral)\s+"
    r"(?:who|who['’][ds]|whose|that|with|from|they)\b",
    r"\b(?:role|job|position|post|vacancy|seat)\s+(?:was|has\s+been|had\s+been|is|got|will\s+be)\s+(?:\w+\s+)?(?:filled"
    r"|given|taken|offered)\b(?!\s+(?:on\s+hold|down))|\b(?:filled|taken)\s+by\s+(?:someone|somebody|an?\s|another|the\s+other"
    r"|one\s+of|a\s+former)",
    r"\bthe\s+(?:hire|appointee)\s+(?:was|is|had|has|they|who|came|comes)\b|\bthe\s+(?:person|one|candidate|hire)\s+"
    r"(?:they|we)\s+(?:want(?:ed)?|like[sd]?|need(?:ed)?)\b",
    r"\bshortlisted\s+(?:profiles|people|cvs|candidates|applicants|names|ones|finalists)\b|\b(?:stronger|better|more\s+"
    r"\w+|weaker)\s+(?:cvs|profiles|résumés|resumes|applicants|applications\s+in)\b|\bin\s+the\s+(?:pile|pool|mix"
    r"|running)\b",
    r"\b(?:two|three|four|2|3|4)[\s-](?:horse|way|person|candidate)\s+(?:race|contest|decision|choice)\b"
    r"|\bneck\s+and\s+neck\b|\bphoto[\s-]finish\b|\bthe\s+other\s+horse\b|\bthe\s+favou?rite\b",
    r"\bsome(?:one|body)\s+(?:they|the\s+(?:team|manager|client|panel))\s+(?:already\s+)?(?:knew|know|had\s+worked"
    r"|worked)\b|\byour\s+(?:competitors?|rivals?)\b(?!['’]s?\s+(?:product|platform|app))",
    r"\bfound\s+(?:the|their|a|the\s+right)\s+(?:person|one|candidate|match|hire|fit)\b",
    r"\b(?:who|that)\s+(?:was|were|is|are)\s+also\s+(?:in\s+the\s+(?:final|running|process|last|shortlist)|shortlisted"
    r"|interviewed|up\s+for|going\s+for|applying)\b",
    r"\bcompar(?:ed|ing)\s+(?:you|your\s+[\w-]+)\s+(?:a\s+lot\s+)?(?:with|to|against)\s+(?!(?:the|their|its|our)\s+(?:role|job|spec\w*|brief"
    r"|description|bar|requirements?|criteria|rubric|scorecard|standard|benchmark|level|competenc\w+|framework"
    r"|expectations?|advert|ad|model\s+answer)\b)",
    r"\b(?:out\s+of|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+\s+dozen)\s+(?:finalists"
    r"|candidates|applicants|people\s+(?:interviewed|shortlisted)|interviewees|shortlisted|attendees|in\s+the\s+final)\b",
    r"\byou\s+(?:were|came|finished|ended\s+up)\s+(?:in\s+)?(?:second|third|fourth|fifth|last|\d(?:st|nd|rd|th))\b(?![-\w]"
    r"|\s+(?:round|interview|stage|time|call|day|in\s+line|to\s+\w+|up|slot|on\s+the\s+(?:agenda|call|list\s+to)))",
    # Choosing someone named by their trade: "went with a newly qualified teacher", "a driver who…".
    rf"\b(?:went|gone|going|go|opted|settled)\s+(?:with|for)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON_NOUN}\b"
    r"(?!\s+(?:approach|process|plan|option|format|route|model|structure))",
    rf"\b(?:one|two|three|four|five|several|a\s+few|\d+)\s+other\s+{_PERSON_NOUN}s\b|\boffered\s+(?:(?:the|a|an|their|two"
    r"|three|training|\w+)\s+){0,3}?(?:role|job|position|place|places|contracts?|offers?|post)\s+to\s+(?!you\b)",
    r"\b(?:seeing|saw|seen|meeting|met|interviewing|interviewed)\s+(?:the\s+)?(?:last|other|remaining|final|next)\s+"
    r"(?:two|three|four|few|\d+\s+)?\s*(?:candidates|applicants|people|finalists|interviewees)\b",
    r"\bup\s+against\s+(?:someone|somebody|another|an?\s+(?:\w+\s+)?(?:candidate|applicant|person|internal|external|profile)"
    r"|the\s+other|two|three|four|several|some)\b|\b(?:a\s+number\s+of|lots\s+of|plenty\s+of|a\s+lot\s+of|loads\s+of)"
    r"\s+(?:other\s+|strong\s+)?(?:candidates|applicants|finalists)\s+(?:from|with|in\s+the|for\s+the|they|on)\b",
    r"\bthe\s+rest\s+of\s+the\s+(?:pool|field|shortlist|candidates|applicants|finalists|cohort|bunch|interviewees)\b"
    r"|\b(?:stronger|strong|weaker|competitive|crowded|tough|deep|talented|very\s+strong)\s+(?:field|pool|shortlist|cohort)\b"
    r"|\b(?:they|we|the\s+(?:panel|team|client|manager|hiring\s+manager))\s+(?:also|then|later)\s+(?:saw|interviewed|met"
    r"|considered|shortlisted)\s+(?:someone|somebody|an?\s|another|other|two|three|four|five|several|a\s+few|people"
    r"|candidates|applicants|finalists)|\b(?:person|candidate|applicant|one|guy|woman|man|lady|chap|someone|people)\b"
    r"[^.!?\n]{0,30}?\b(?:they|we)\s+also\s+(?:saw|interviewed|met|considered)\b",
    r"\b(?:make|made|reach|reached|get\s+into|got\s+into|into)\s+(?:it\s+(?:to|into)\s+)?the\s+(?:final|last|top)\s+(?:two|three"
    r"|four|five|six|\d+)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many)\s+"
    r"(?:other\s+)?(?:people|candidates|names|applicants|profiles)\s+on\s+the\s+(?:shortlist|longlist|list)\b"
    r"|\b(?:edged|pulled|nosed|inched)\s+(?:ahead|in\s+front)\b|\bcame\s+out\s+(?:on\s+top|ahead)\b",
    r"\b(?:their|the|the\s+client's|the\s+team's)\s+(?:number\s+(?:one|two|three|\d)|first|second|third|top|back-?up"
    r"|fallback|reserve)\s+(?:choice|pick|option|candidate|person)\b",
]
_OTHER_CANDIDATE = re.compile("|".join(f"(?:{p})" for p in _OTHER_CANDIDATE_PATTERNS), re.IGNORECASE)


def find_other_candidates(text: str) -> Iterator[Finding]:
    for match in _OTHER_CANDIDATE.finditer(text):
        yield Finding(
            match.start(),
            match.end(),
            "other_candidate",
            "This talks about another applicant. Keep the feedback about the candidate's own interview; details "
            "of other people in the process are confidential.",
            'Say it without the other person: "they chose someone whose experience matched the role more closely", '
            'or name what the role needed ("the role needed hands-on experience with …").',
        )
