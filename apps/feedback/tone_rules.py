"""The phrase rules of the tone check: what counts as argumentative, swaying or demanding, and
the word classes the whole-text checks use (thanks, topics, questions).

Every pattern is compiled once, case-insensitively, and runs on text whose curly quotes and
dashes have been folded to ASCII one character for one character, so match offsets are offsets
into the original text. Patterns only use bounded repetition over disjoint character classes
(``\\w+\\s+`` repeated at most a handful of times), so they stay linear on 10,000-word texts.

A rule is ``negatable`` when a negation just before it in the same clause turns it into the
opposite ("I'm not asking you to reconsider", "no deadline"); rules that carry their own
negation ("why didn't you") or are never harmless ("you made a mistake") are not.

This file is long because it is a phrase table, grown batch by batch against the corpus in
``tests/feedback/tone_corpus.py``; the logic that applies it lives in ``tone.py``. The phrase table
fitted its corpus but caught only about 60 % of fresh phrasings, so ``GENERAL`` (at the end) adds
rules composed from word classes — who judged (``_JUDGE``), what they judged (``_VERDICT``), how the
writer rates it (``_BAD_EVAL``), negated understanding (``_NOT_COG`` + ``_COGNITION``), this role
(``_ROLE``), offers (``_OFFER``), threats and hard time limits — which is what carries over to
text nobody has seen (see ``tests/feedback/tone_fresh.py`` for first-look figures). Prefer
widening a word class there over adding a phrase here; add a fresh example either way, and re-run
``tests/feedback/test_tone.py``.
"""

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE

# Building blocks -------------------------------------------------------------------------------
NT = r"(?:n'?t|\s+not)"  # didn't, didnt, did not
W = r"(?:[\w'-]+\s+)"  # one word and the space after it
YOU = (
    r"(?:you|u|ya|they|he|she|the\s+(?:panel|team|interviewers?|hiring\s+(?:manager|team)|company|recruiter|committee))"
)
DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
DATE = (
    r"(?:"
    + DAY
    + r"|this\s+(?:afternoon|morning|evening)|tomorrow|tmrw|tmr|2moro|2morrow|tomoz|tonight|today|noon|midday"
    r"|midnight|the\s+weekend|next\s+week|this\s+week"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|business)|eod|eow|cob|eop|close\s+of\s+(?:business|play)|end\s+of\s+play"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
    r"|(?:the\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\w*\s+\d{1,2}(?:st|nd|rd|th)?)"
)


@dataclass(frozen=True)
class PhraseRule:
    code: str
    pattern: re.Pattern
    suggestion: str
    negatable: bool = True
    # When set, the rule only fires if the text around the match also matches this: the whole
    # sentence ("sentence") or the clause up to the end of the match ("clause").
    context: re.Pattern | None = None
    context_scope: str = "sentence"
    # When set, the rule does not fire if the rest of the sentence after the match matches this.
    unless_after: re.Pattern | None = None
    # When set, the rule does not fire if the clause before the match matches this.
    unless_before: re.Pattern | None = None
    # When set, the rule does not fire if the sentence around the match matches this.
    unless_sentence: re.Pattern | None = None


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", _FLAGS)


# Suggestions -------------------------------------------------------------------------------------
ASK_TO_LEARN = "Ask what you could learn instead: “I respect the decision. What would have made my interview stronger?”"
ABOUT_YOUR_WORK = "Ask about your own work, not their choice: “What would have made my application stronger?”"
LEAVE_FAIRNESS = (
    "Leave the fairness of the process aside and ask what they saw: “Is there anything in my experience I could "
    "have shown more clearly?”"
)
LET_WORK_SPEAK = (
    "Let your strengths speak in the next application; here, ask what was missing: “Which skills would have made "
    "me a stronger fit?”"
)
CURIOUS_NOT_SURPRISED = (
    "Swap surprise for curiosity: “I'd love to understand where my experience fell short for this role.”"
)
NO_REOPEN = (
    "Ask to learn, not to be reconsidered: “I respect your decision. I'd be grateful for any thoughts on how I "
    "could improve.”"
)
FUTURE_NOT_THIS = (
    "If you'd like to stay in touch, say so without tying it to this role: “I'd be glad to hear about future openings.”"
)
LEAVE_TIMING = "Leave the timing to them: “Whenever you have a moment, I'd be grateful for a few words.”"
ASK_DONT_REQUIRE = "Ask rather than require: “Would you be willing to share a few thoughts on my interview?”"
FOLLOW_UP_LIGHTLY = "Follow up once, lightly: “I'm following up in case my note got buried. No pressure at all.”"
LEAVE_OUT_THREAT = "Leave this out; it ends the conversation. If something went wrong, raise it separately, calmly."

MESSAGES = {
    "argumentative": "This can read as disputing the decision, which makes people defensive rather than helpful.",
    "sway": "This asks them to change the decision or reopen the role, which makes an honest answer harder to give.",
    "demanding": "This sets a deadline or makes a demand. They don't owe you a reply; pressure makes one less likely.",
}

# Argumentative -----------------------------------------------------------------------------------
ARGUMENTATIVE = [
    PhraseRule(
        "argumentative",
        _rx(
            r"unfair(?:ly|ness)?",
            r"unjust(?:ified|ly)?\b",
            r"misleading|misrepresent\w*",
            r"incompeten\w+|disrespect\w*|condescending|patroni[sz]ing|narrow-?minded|dismissive|arrogan\w+",
            r"(?:gobsmacked|flabbergasted|dumbfounded|stunned|speechless|shocked|astonished|appalled|outraged)\b",
            r"not\s+(?:\w+\s+)?justified",
            r"(?:was|is|were|seem|seems|seemed|felt|feels|be|been|does|did|do)" + NT + r"\s+(?:\w+\s+){0,2}?fair\b",
            r"not\s+(?:entirely\s+|quite\s+|really\s+|very\s+|completely\s+|totally\s+|a\s+)?fair\b",
            r"bias(?:ed)?\b",
            r"discriminat\w*",
            r"prejudic\w*",
            r"rigged",
            r"(?:a\s+)?(?:stitch|fix)-?up\b",
            r"favou?ritism",
            r"ridiculous",
            r"absurd",
            r"outrageous",
            r"insult\w*",
            r"disgrace\w*",
            r"shameful",
            r"unprofessional",
            r"rude(?:ly|ness)?",
            r"(?:is|was)\s+a\s+(?:complete\s+|total\s+)?joke",
            r"waste\s+of\s+(?:my\s+)?time",
            r"wasted\s+my\s+time",
        ),
        LEAVE_FAIRNESS,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            r"(?:i|we)\s+(?:(?:strongly|totally|completely|really|respectfully|must|still|simply|honestly|fully|entirely"
            r"|just|have\s+to|would)\s+)?disagree",
            r"disagree\s+(?:with|that|about|on)",
            r"(?:do|ca|can|could)" + NT + r"\s+(?:really\s+|fully\s+|quite\s+)?agree",
            r"cannot\s+agree",
            r"beg\s+to\s+differ",
            r"take\s+issue",
            r"object\s+to",
            r"disput\w*",
            r"(?:contest|challeng)\w*\s+(?:the|your|this|that)\s+(?:\w+\s+)?(?:decision|outcome|result|assessment|feedback"
            r"|point|claim|comment|view|characteri[sz]ation|conclusion|assumption|impression|verdict)",
            r"push(?:ing)?\s*-?back\b",
            r"i\s+(?:\w+\s+){0,2}?question\s+(?:the|your|this|that|whether)\b",
            r"argu(?:e|ing)\s+(?:with|against|about|that)",
            r"(?:i|we)\s+(?:really\s+|simply\s+|just\s+|honestly\s+|still\s+)?(?:can't|cant|cannot|can\s+not|won't|will\s+not"
            r"|refuse\s+to|do" + NT + r")\s+accept",
        ),
        ASK_TO_LEARN,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            # "Why didn't you…", "Why was I…", "why would they…" — asking them to justify their choice.
            r"why\s+(?:on\s+earth\s+|exactly\s+|then\s+)?(?:did|do|does|was|were|would|could|should|is|are|am|has"
            r"|have|had|wasn't|weren't|didn't|didnt|don't|doesn't|hasn't|haven't|wouldn't|couldn't|won't|isn't"
            r"|aren't)\s+(?:not\s+)?(?:you|u|ya|they|he|she|i|me|we|it|this|that|someone|somebody|anyone|the\s+"
            r"(?:panel|team|interviewers?|company|hiring|recruiter|other|decision|role))\b",
            r"how\s+(?:on\s+earth\s+)?(?:could|dare)\s+(?:you|u|they|the\s+(?:panel|team|company))\b(?!\s+(?:help"
            r"|share|suggest|advise|recommend|improve))",
            r"(?:(?:do|ca|can|could|did)"
            + NT
            + r"|cannot|can\s+not|fail\s+to|struggle\s+to|(?:hard|difficult)\s+to)\s+(?:\w+\s+)?(?:understand|see"
            r"|get|comprehend|grasp|fathom|believe|accept|figure\s+out)\s+(?:how|why|what\s+made|that)\s+"
            r"(?:on\s+earth\s+)?(?:you|u|they|he|she|anyone|someone|somebody|a\s+candidate|the\s+(?:panel|team"
            r"|company|decision|other)|i\s+(?:was|wasn't|wasnt|didn't|didnt|did|got|am|'m|could|would|failed|lost"
            r"|missed|scored|fell|wasn't|was\s+not|did\s+not)|i'm|i'd"
            r"|my\s+application\s+was|this|that|it)\b",
            r"(?:can't|cant|cannot|can\s+not|could" + NT + r")\s+believe",
            r"hard\s+to\s+believe",
            r"(?:does|did|do)" + NT + r"\s+(?:really\s+|quite\s+)?make\s+(?:any\s+|much\s+)?sense",
            r"makes?\s+no\s+sense",
            r"i\s+(?:want|demand|need|deserve)\s+to\s+know\s+why",
            r"(?:explain|justify|tell\s+me)\s+(?:to\s+me\s+)?why\s+(?:you|u|they|the\s+(?:panel|team|company)"
            r"|someone|somebody)\b",
            r"justif(?:y|ication)\b",
            r"(?:instead\s+of|over|rather\s+than)\s+me\b(?!\s+(?:the|a)\b)",
            r"(?:someone|somebody|a\s+candidate|a\s+person|an\s+applicant)\s+(?:who\s+is\s+|with\s+)?(?:less"
            r"|far\s+less|much\s+less)\s+(?:qualified|experienced|experience|skilled)",
            r"less\s+(?:qualified|experienced)\s+than\s+me",
        ),
        ABOUT_YOUR_WORK,
        negatable=False,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            r"(?:you|they|the\s+(?:panel|team|company|interviewers?))(?:\s+have|'ve|\s+are|'re|\s+were)?\s+(?:clearly\s+"
            r"|really\s+|obviously\s+)?(?:made|make|making)\s+a\s+(?:\w+\s+)?(?:mistake|error)",
            r"to\s+be\s+(?:blunt|frank|brutally\s+honest)",
            r"do\s+you\s+(?:honestly|really|seriously|truly)\s+(?:think|believe)",
            r"why\s+not\s+me\b|why\s+(?:him|her|them|they|someone\s+else)\s+(?:and\s+not|over|instead\s+of|rather\s+than)\s+me\b",
            r"missed\s+(?:a\s+trick|out\s+on\s+me|an\s+opportunity\s+(?:with|by\s+not))",
            r"(?:mistake|regret|loss|trick|error|shame)\s+(?:[\w,]+\s+){0,3}?(?:by\s+|in\s+)?not\s+(?:hiring|choosing|picking"
            r"|selecting|offering)\s+me\b",
            r"contradict\w*\s+(?:the|your|this)\s+(?:outcome|decision|result|rejection)|(?:inconsistent|at\s+odds)\s+with\s+"
            r"(?:the|your|this)\s+(?:outcome|decision|result|rejection)",
            r"know\s+a\s+thing\s+or\s+two",
            r"(?:kept|keep|kept\s+on)\s+interrupting|interrupted\s+me|cut\s+me\s+off|(?:never|didn't|did\s+not)\s+(?:get|got)\s+to"
            r"\s+finish|(?:didn't|did\s+not|never)\s+let\s+me\s+finish",
            r"(?:the\s+)?whole\s+point\s+of|(?:isn't|wasn't)\s+(?:that\s+)?the\s+(?:whole\s+)?point",
            r"why\s+(?:was|were)(?:n't|\s+not)\s+my\s+(?:\w+\s+){0,3}?good\s+enough|good\s+enough\s+for\s+(?:you|them|the\s+panel)",
            r"left\s+(?:hanging|in\s+the\s+dark|on\s+read)",
            r"(?:rejected|dismissed|turned\s+down|discarded|binned)\s+(?:\w+\s+)?so\s+(?:quickly|fast|soon|easily|casually|lightly)"
            r"|(?:rejected|dismissed|turned\s+down)\s+without\s+(?:even\s+)?(?:an?\s+)?(?:interview|explanation|reason|proper"
            r"|second\s+thought)",
            r"(?:doesn't|does\s+not|didn't|did\s+not|doesnt)\s+(?:really\s+|quite\s+)?add\s+up|makes\s+little\s+sense",
            r"(?:based\s+on|because\s+of|due\s+to)\s+my\s+(?:age|gender|sex|accent|nationality|race|ethnicity|religion|name"
            r"|appearance|disability|pregnancy|looks|skin|origin|sexuality|weight|being\s+a\s+(?:woman|man|mother|parent))\b",
            r"(?:interviewers?|panel|you|they|he|she|manager|team)\s+(?:\w+\s+)?(?:didn't|did\s+not|didnt)\s+(?:\w+\s+)?like\s+me\b",
            r"the\s+least\s+(?:you|they|the\s+company|your\s+\w+)\s+(?:can|could)\s+do",
            r"(?:not|don't|doesn't|didn't|wasn't|weren't|isn't|aren't|no\s+one|nobody|hardly)\s+(?:[\w'-]+\s+){0,7}?(?:qualified|competent|in\s+a\s+position)\s+"
            r"to\s+(?:judge|assess|evaluate|interview|understand)",
            r"(?:i'd|i\s+would|i\s+must|let\s+me)\s+(?:\w+\s+)?argue\b",
            r"(?:better|stronger|more\s+\w+)\s+than\s+(?:you|the\s+panel|they)\s+(?:describe|suggest|think|say|imply|made\s+out"
            r"|claim|seem\s+to\s+think|give\s+me\s+credit)",
            r"(?:escapes|eludes|is\s+beyond|is\s+lost\s+on)\s+me\b",
            r"(?:nothing\s+to\s+do\s+with|irrelevant\s+to|unrelated\s+to)\s+the\s+(?:role|job|position|work)|irrelevant\s+questions",
            r"(?:task|case|question|exercise|test|brief|instructions?|assessment|challenge)\s+(?:was|were)\s+(?:\w+\s+)?"
            r"(?:misleading|badly\s+worded|poorly\s+worded|(?:unclear|ambiguous|confusing|vague)\b(?=[^.?!]{0,60}\b"
            r"(?:that's\s+why|which\s+is\s+why|why\s+i|so\s+i|hence|therefore|because\s+of\s+(?:that|this))))",
            r"(?:cannot|can't|cant|can\s+not|don't|do\s+not|could\s+not|couldn't|fail\s+to)\s+(?:\w+\s+)?(?:fathom|comprehend"
            r"|understand|accept|believe|grasp|see|follow)\s+(?:this|the|your|that)\s+(?:decision|outcome|rejection|result"
            r"|choice|reasoning|logic)",
            r"given\s+how\s+(?:\w+\s+)?(?:positive|well|good|great|strong|warm|enthusiastic)",
            r"(?:enough|sufficient|proper|due|more|much|little|any)\s+(?:weight|credit|attention|importance|value)\s+"
            r"(?:to|for|on)\s+my\b",
            r"(?:i'd\s+be|i\s+would\s+be|i\s+am|i'm|i\s+was|i\s+could\s+be|i'd\s+have\s+been)\s+(?:\w+\s+)?(?:a|an)\s+(?:\w+\s+)?"
            r"(?:asset|addition)\b",
            r"(?:i|my\s+(?:cv|r[eé]sum[eé]|experience|background|record|track\s+record|skills|portfolio|profile))\s+(?:\w+\s+)"
            r"{0,3}?(?:clearly|obviously|plainly|evidently|undeniably)\s+(?:show|shows|showed|demonstrate|demonstrates"
            r"|prove|proves|meet|meets|met|match|matches|matched|exceed|exceeds|had|have|has|was|am|is|fit|fits)\b",
            r"i\s+(?:have|had|am|was|bring|brought|offer|offered|possess|match|matched)\s+(?:\w+\s+){0,2}?(?:exactly|precisely)"
            r"\s+(?:what|the\s+(?:profile|person|candidate|experience|skills))",
            r"favou?r(?:ed|s|ing)\s+(?:\w+\s+){0,2}?(?:internal|insiders?|candidates?|someone|people|applicants|men|women"
            r"|younger|older|friends)",
            r"(?:this|that|it|which|(?:the|your|this|that)\s+decision)\s*(?:is|was|'s|seems|seemed|would\s+be"
            r"|might\s+be)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:mistake|error\s+(?:of|in)\s+judg)",
            r"a\s+mistake\s+(?:was|has\s+been|had\s+been)\s+made",
            r"(?:there\s+(?:must|may|might)\s+(?:be|have\s+been)|there's\s+been|there\s+has\s+been)\s+(?:a\s+"
            r"|some\s+)?(?:\w+\s+)?(?:mistake|misunderstanding|error|oversight|mix-?up)",
            r"wrong\s+(?:decision|choice|call|hire|person|candidate)\b(?!\s+of\b)",
            r"(?:you|they)\s*(?:'re|are|were)\s+(?:\w+\s+)?(?:wrong|mistaken)",
            r"got\s+(?:it|this|that|me)\s+(?:one\s+)?(?:completely\s+|totally\s+|all\s+)?wrong",
            r"(?:better|stronger|more\s+\w+)\s+than\s+(?:the|my|your|one|a)\s+(?:\w+\s+)?(?:test|interview"
            r"|assessment|score|result|exercise|task|feedback|decision|outcome|rating)s?\s+(?:suggests?|showed?|shows|indicates?|reflects?|implies"
            r"|made\s+it\s+look)",
            r"respectfully\s*,",
            r"(?:not\s+sure|doubt|wonder\s+(?:if|whether)|didn't|did\s+not|didnt|never|wasn't|weren't|without)\s+(?:[\w'-]+\s+)"
            r"{0,4}?(?:proper|full|fair|due|serious|enough|real|careful|much)\s+(?:consideration|attention|thought|look)",
            r"(?:you|u|they|the\s+(?:panel|team|interviewers?|recruiter|company))\s+(?:didn't|did\s+not|didnt|never|haven't"
            r"|have\s+not)\s+(?:really\s+|even\s+|fully\s+|properly\s+)?(?:read|look\s+at|looked\s+at|review|consider|check"
            r"|listen\s+to)\s+(?:[\w'-]+\s+){0,3}?(?:properly|carefully|fully|thoroughly|closely|at\s+all|in\s+detail)",
            r"confused\s+(?:by|about|at)\s+(?:this|the\s+(?:decision|outcome|result|rejection)|your|why|how)\b",
            r"(?:and\s+)?frankly\s*,?\s+(?:confused|baffled|shocked|surprised|disappointed|upset|annoyed|i\s+(?:think|feel"
            r"|believe|don't|can't|was|am|find))",
            r"(?:judged|assessed|evaluated|rejected|dismissed|marked\s+down)\s+(?:\w+\s+)?(?:on|by|for|over"
            r"|because\s+of)\s+(?:just\s+|only\s+|solely\s+)?(?:one|a\s+single|a\s+few|two|a\s+couple)\b",
            r"rather\s+than\s+(?:on\s+)?my\s+(?:whole|entire|overall|full|real|actual)",
            r"(?:other|successful|chosen|selected|winning|hired|preferred)\s+(?:candidate|person|applicant"
            r"|hire)\s+(?:\w+\s+){0,6}?(?:that|which|what)\s+i\s+(?:couldn't|could\s+not|didn't|did\s+not|don't"
            r"|do\s+not|lacked|lack|can't|cannot)",
            r"(?:had|have|has|brought|offered|bring|offer)\s+(?:\w+\s+){0,4}?that\s+i\s+(?:didn't|did\s+not"
            r"|couldn't|could\s+not|don't|do\s+not|lacked|can't|cannot)\b",
            r"compar\w*\s+(?:to|with)\s+(?:the\s+)?(?:other|successful|chosen|selected|winning|hired)\s+"
            r"(?:candidate|applicant|person)",
            r"mis-?(?:judged|read|understood|jud?ging|represent\w*)\s+(?:me|my)",
            r"your\s+loss",
            r"(?:you|they|your\s+\w+|the\s+\w+)\s*(?:will|'ll|may|might)\s+(?:\w+\s+)?regret",
            r"what\s+(?:else|more)\s+(?:you|they|the\s+panel|anyone)\s+(?:could|would|can|might)\s+(?:possibly\s+)?(?:want|ask"
            r"|need|expect)",
        ),
        ASK_TO_LEARN,
        negatable=False,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            r"(?:clearly|obviously|undoubtedly|surely|evidently)\s+(?:i\s+(?:was|am|'m|would)|i'm|the\s+best"
            r"|a\s+perfect|the\s+right|the\s+strongest|more\s+qualified)",
            r"(?:i\s+(?:was|am|would\s+have\s+been|would\s+be|'d\s+be|'d\s+have\s+been)|i'm|i'd\s+be"
            r"|i'd\s+have\s+been)\s+(?:clearly\s+|obviously\s+|definitely\s+|certainly\s+|undoubtedly\s+|still\s+"
            r"|by\s+far\s+|easily\s+|truly\s+|really\s+|simply\s+|absolutely\s+)*(?:the|a|an)\s+(?:perfect|ideal"
            r"|best|strongest|obvious|right|most\s+qualified|better|stronger|excellent|great|top|natural"
            r"|exceptional|outstanding|strong|good|very\s+strong|very\s+good)\s+(?:fit|match|candidate|choice"
            r"|person|applicant|hire|one)",
            r"(?:perfect|ideal|obvious)\s+(?:fit|match|candidate)\s+for",
            r"(?:i\s+(?:am|was|would\s+be)|i'm|me)\s+(?:\w+\s+)?(?:more|better|the\s+most|the\s+best"
            r"|over)\s*-?\s*qualified",
            r"(?:better|stronger|more\s+qualified|better\s+qualified|more\s+experienced|more\s+skilled|more\s+"
            r"(?:experience|skills|qualifications)|smarter)\s+than\s+(?:most|anyone|everyone|everybody"
            r"|the\s+others?|other\s+(?:candidates|applicants)|the\s+(?:person|candidate|applicant|one)|whoever"
            r"|him|her|them|the\s+rest|all)\b",
            r"i\s+(?:\w+\s+)?deserved?\b",
            r"(?:i\s+(?:am|was)|i'm)\s+(?:\w+\s+){0,2}?deserving\b",
            r"i\s+should\s+(?:have|'ve)\s+(?:been\s+(?:hired|selected|chosen|offered|picked|given)|got(?:ten)?\s+"
            r"(?:the|this|that|an|it)|received\s+(?:the|an)|won)",
            r"i\s+(?:more\s+than\s+|fully\s+|clearly\s+|easily\s+)?(?:meet|met|exceed|exceeded|fulfil|fulfill"
            r"|fulfilled|match|matched|tick|ticked|check|checked|have|had|satisf\w+)\s+(?:all|every|each)\s+"
            r"(?:of\s+)?(?:the\s+|your\s+)?(?:\w+\s+)?(?:requirements?|criteri\w+|box(?:es)?|qualifications?"
            r"|skills?)",
            r"(?:passed|aced|nailed)\s+(?:every|all|each)\b",
            r"(?:answered|solved)\s+every\b",
            r"(?<!pleasantly\s)(?:surprised|shocked|stunned|baffled|puzzled|perplexed|bewildered|astonished|confused"
            r"|dumbfounded|taken\s+aback),?\s+(?:\w+\s+){0,3}?(?:given|considering|seeing\s+as|since|because"
            r"|as\s+i|despite|after\s+(?:such|all|my|i)|(?:by|at|with)\s+(?:the|your|this)\s+(?:decision|outcome"
            r"|result|news|rejection|choice)|that\s+(?:i|you|my|someone|they|the\s+(?:panel|team|decision)))\b",
            r"(?:disappointed|upset|frustrated|angry|annoyed)\s+(?:in|with|by|at)\s+(?:you|your\s+(?:process|team"
            r"|company|choice)|the\s+(?:way|process|treatment|lack))\b",
            r"with\s+(?:all\s+)?(?:due\s+)?respect",
            r"quite\s+frankly",
        ),
        LET_WORK_SPEAK,
        negatable=False,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            # Blaming the process or the interviewers for not seeing the candidate's worth.
            YOU
            + r"\s+(?:never|barely|hardly|(?:did"
            + NT
            + r"|didnt)\s+(?:even|bother(?:ed)?\s+to|really|properly))\s+(?:even\s+|really\s+|properly\s+"
            r"|bother\s+to\s+)?(?:ask|look|read|consider|check|listen|review|gave|give|let|open|glanc|mention"
            r"|discuss|test|pay|paid|spen|allow|tr[iy]|notic|bother|understand|see|saw)\w*",
            YOU
            + r"\s+(?:did"
            + NT
            + r"|didnt)\s+(?:ask\s+(?:me|about)|consider|listen|let\s+me\s+(?:finish|explain|speak|answer)"
            r"|allow\s+me|give\s+me\s+a\s+(?:fair|real|proper))",
            r"(?:interview|process|assessment|test|task|exercise|format|panel|decision|questions)\s+(?:did"
            + NT
            + r"|does"
            + NT
            + r"|didnt|doesnt|never|failed\s+to|could"
            + NT
            + r"|was"
            + NT
            + r"|wasnt)\s+(?:really\s+|truly\s+|fully\s+|properly\s+|accurately\s+|even\s+|at\s+all\s+)*(?:reflect"
            r"|show|capture|represent|measure|assess|allow|do\s+justice|showcase|evaluate|judge|a\s+fair|fair"
            r"|give\s+me\s+a\s+(?:fair|real|proper))\w*",
            r"(?:did"
            + NT
            + r"|didnt|wasn't|was\s+not|never)\s+(?:even\s+)?(?:given|get|got|have|had)\s+(?:a|the)\s+(?:fair|proper"
            r"|real|genuine)\b",
            r"not\s+sure\s+(?:that\s+|if\s+|whether\s+)?(?:the|your)\s+(?:interview|process|assessment|test|panel"
            r"|decision|format)\s+(?:really\s+|fully\s+)?(?:showed|reflected|captured|assessed|gave|was\s+fair"
            r"|measured)",
            r"(?:was|were|been|got|being|is|are|feel|felt)\s+(?:completely\s+|totally\s+|entirely\s+|simply\s+"
            r"|just\s+|unfairly\s+|clearly\s+)?(?:overlooked|ignored|disregarded|dismissed|undervalued"
            r"|underestimated|misjudged|misunderstood|brushed\s+aside|not\s+(?:taken\s+into\s+account"
            r"|recogni[sz]ed))",
            r"(?:you|they|the\s+(?:panel|team|interviewers?))\s+(?:\w+\s+)?(?:overlooked|ignored|dismissed"
            r"|underestimated|undervalued|misjudged|misunderstood|disregarded)",
            r"ignor(?:e|ing|ed)\s+(?:me|my)\b",
            r"(?:interviewers?|panel|recruiter|manager|you)\s+(?:was|were|seemed|looked|came\s+across\s+as)\s+"
            r"(?:\w+\s+)?(?:rude|unprepared|dismissive|distracted|disinterested|uninterested|bored|arrogant"
            r"|condescending|hostile|late)",
        ),
        LEAVE_FAIRNESS,
        negatable=False,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            # Judging the decision or the process.
            r"(?:decision|outcome|process|interview|assessment|result|choice|rejection|test|panel|it|this|that)\s+"
            r"(?:is|was|seems?|seemed|felt|feels|looks?|looked|sounds?|appears?|appeared)\s+(?:\w+\s+){0,2}?"
            r"(?:unreasonable|arbitrary|illogical|inexplicable|baffling|nonsensical|questionable|unacceptable|harsh|"
            r"strange|odd|bizarre|wrong|rushed|short-?sighted|misguided|hasty|premature|careless|sloppy|unwarranted|"
            r"unfounded|inaccurate|incorrect|mistaken|misinformed|superficial|one-sided|scripted|flawed|chaotic|disorgani[sz]ed|pointless|"
            r"predetermined|pre-determined|a\s+formality|(?:like\s+)?a\s+(?:box|tick)[-\s]?(?:ticking|box))",
            r"(?:unreasonable|arbitrary|illogical|inexplicable|nonsensical|unacceptable|incomprehensible"
            r"|unbelievable|short-?sighted|misguided|unwarranted|unfounded|undeserved)\b",
            r"find\s+(?:this|it|that|the|your)\s+(?:\w+\s+){0,2}?(?:baffling|bewildering|strange|odd|surprising|puzzling"
            r"|perplexing|confusing|frustrating|disappointing|unfair|hard\s+to\s+(?:accept|understand|believe)"
            r"|difficult\s+to\s+(?:accept|understand|believe)|unacceptable|questionable)",
            r"(?:given\s+that|since|as|because|despite|even\s+though|although|when|after)\s+(?:\w+\s+){0,4}?"
            r"(?:praised|complimented|were\s+impressed|was\s+impressed|positive\s+feedback|said\s+(?:i|my)\s+"
            r"(?:was|did|were)|told\s+me\s+(?:i|my))",
            r"(?:decision|mind|minds)\s+(?:was|were|had\s+been|'d\s+been|had)\s+(?:already\s+)?(?:made|set)\s+(?:up\s+)?"
            r"(?:before|in\s+advance|beforehand|already|from\s+the\s+start)",
            r"(?:already|had)\s+made\s+up\s+(?:your|their|his|her|its)\s+minds?",
            r"made\s+up\s+(?:your|their|his|her|its)\s+minds?\s+(?:in\s+the\s+first|within|before|early|straight\s+away|from\s+the"
            r"\s+start|immediately|already|in\s+(?:minutes|seconds))",
            r"can\s+only\s+(?:assume|conclude|imagine|guess)\s+(?:that\s+)?(?:the|you|they|this|it|someone)",
            r"(?:not|n't)\s+(?:even\s+)?(?:in|on|part\s+of|mentioned\s+in|listed\s+in)\s+the\s+(?:job\s+)?(?:description"
            r"|advert|ad|posting|spec|specification)",
            r"(?:don't|do\s+not|dont)\s+think\s+(?:that\s+)?(?:is|was|it's|it\s+is|it\s+was|that's|that\s+was)\s+(?:\w+\s+)?"
            r"(?:right|fair|reasonable|appropriate|ok|okay|professional|justified|correct)\b",
            r"(?:undervalued|underestimated|overlooked|ignored|dismissed|disregarded|underrated|misjudged|misread"
            r"|discounted)\s+(?:my|me)\b",
            r"expected\s+(?:much\s+|a\s+lot\s+|far\s+|a\s+bit\s+|a\s+little\s+)?(?:better|more)\s+(?:from|of)\b",
            r"(?:you|u|they|the\s+(?:panel|team|company|interviewers?))\s+(?:didn't|did\s+not|didnt|couldn't|could\s+not"
            r"|don't|do\s+not|failed\s+to|weren't\s+able\s+to)\s+(?:\w+\s+)?(?:see|recogni[sz]e|appreciate|realise|realize"
            r"|understand|value)\s+(?:the\s+value|my\s+(?:value|potential|worth|strengths|experience|skills)|what\s+i"
            r"|how\s+much|that\s+i)",
            r"how\s+(?:did|do)\s+i\s+compare\b(?!\s+(?:to|with|against)\s+(?:what|the\s+(?:role|job|requirements|criteria"
            r"|expectations|standard|bar|level|spec)))",
            r"(?:didn't|did\s+not|didnt|doesn't|does\s+not|failed\s+to)\s+(?:really\s+|truly\s+|accurately\s+|fairly\s+)?"
            r"(?:reflect|represent|capture|measure|assess|test)\s+(?:the\s+(?:actual|real)|my\b|me\b|what\s+i|how\s+i"
            r"|the\s+(?:job|role|work|position))",
            r"(?:exercise|test|task|process|interview|assessment|case|challenge|panel|questions?|format|brief|it|this|that"
            r"|everything)\s+(?:was|were|seemed|felt)\s+(?:\w+\s+)?(?:poorly|badly|terribly|not\s+well)\s+(?:designed|run"
            r"|organi[sz]ed|managed|handled|structured|conducted|prepared|communicated|explained|planned|thought\s+out)",
            r"box[-\s]ticking|tick[-\s]box|foregone\s+conclusion|(?:already|pre-?)\s*decided|decided\s+in\s+advance|"
            r"moved?\s+the\s+goal\s*-?posts|moving\s+the\s+goal\s*-?posts|goal\s*-?posts?\s+(?:\w+\s+)?(?:moved|shifted"
            r"|changed|kept\s+moving)",
            r"(?:hard|difficult|tough|impossible)\s+to\s+(?:accept|swallow|understand|believe|comprehend"
            r"|make\s+sense\s+of)\b(?!\s+(?:where|what\s+i|how\s+i|which|how\s+to|what\s+to|exactly\s+where))",
            r"(?:puzzled|baffled|perplexed|bewildered|confused|mystified)\s+(?:as\s+to\s+)?(?:how|why|that"
            r"|as\s+to\s+why)\b",
            r"(?:nailed|aced|smashed)\b",
            r"(?:i|me)\s+(?:was|am|were|'m|would\s+be)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:front-?runner|favou?rite"
            r"|top\s+candidate|strongest\s+candidate|best\s+candidate|ideal\s+candidate|perfect\s+candidate"
            r"|obvious\s+choice|most\s+qualified)",
            r"(?:told|assured|promised)\s+me\s+(?:that\s+)?(?:i\s+was|i'd|i\s+would|i\s+am|i'm|i\s+had|it\s+was\s+"
            r"(?:mine|a\s+formality))",
            r"(?:did"
            + NT
            + r"|didnt|never|wasn't|was\s+not|weren't|not)\s+(?:really\s+|even\s+)?(?:take|taken|took)\s+"
            r"(?:[\w'-]+\s+){1,3}?seriously",
            r"(?:did"
            + NT
            + r"|didnt|never|wasn't|was\s+not|weren't)\s+(?:even\s+)?(?:give|gave|given|allow|allowed|let)\s+"
            r"(?:me\s+)?(?:a|the|an|enough|much|any)\s+(?:\w+\s+)?(?:chance|opportunity|time|room|space)\s+to\s+"
            r"(?:show|demonstrate|explain|present|talk|speak|discuss|answer|finish|prove)",
            r"what\s+(?:did|does|do)\s+(?:the|your)\s+(?:other|successful|chosen|selected|winning|hired"
            r"|preferred)\s+(?:candidate|person|applicant|hire)",
            r"(?:candidate|person|applicant|hire|they|he|she)\s+(?:had|has|have|offered|brought)\s+that\s+i\s+"
            r"(?:didn't|did\s+not|don't|do\s+not|lacked|lack)",
            r"(?:someone|somebody|an?\s+(?:applicant|candidate|person|professional))\s+(?:with|of|like)\s+(?:my"
            r"|me)\b(?:\s+[\w'-]+){0,4}?\s+(?:not|n't|didn't|was\s+rejected|rejected|turned\s+down|passed\s+over"
            r"|overlooked|unsuccessful)",
            r"(?:do|did)"
            + NT
            + r"\s+(?:really\s+)?(?:think|feel|believe)\s+(?:that\s+)?(?:the|your|this|it|that)\s+(?:\w+\s+){0,3}?"
            r"(?:was|is|were|has\s+been)\s+(?:\w+\s+)?(?:fair|right|correct|accurate|justified|reasonable"
            r"|objective|balanced|thorough)",
            r"(?:you|u|they|the\s+(?:panel|team|interviewers?|company))\s+(?:\w+\s+)?(?:failed\s+to\s+(?:see"
            r"|notice|recogni[sz]e|appreciate|consider|take\s+into\s+account|understand|read|ask)|missed\s+"
            r"(?:the\s+point|my\s+(?:point|experience|skills|qualifications|strengths|potential|value)))",
            r"(?:you|they|(?:the|your)\s+(?:panel|team|interviewers?|recruiter|hiring\s+manager|colleagues?))\s+(?:should"
            r"|could)\s+(?:have|'ve)\s+(?:asked"
            r"|considered|looked|read|checked|tested|focused|paid|given\s+me|let\s+me)",
            r"what\s+more\s+(?:could|can|should)\s+i\s+(?:possibly\s+)?(?:have\s+)?(?:done|do|offered|shown|given|said"
            r"|brought|provided|prepared)\b(?!\s+(?:better|differently|to))",
            r"fail(?:ed)?\s+to\s+see\b",
            r"among\s+the\s+(?:very\s+)?(?:best|strongest|top)",
            r"the\s+(?:best|strongest)\s+(?:\w+\s+)?(?:you|you've|you\s+have|you\s+will\s+have)\s+(?:ever\s+)?(?:heard|seen|had"
            r"|received|interviewed|met)",
            r"(?:everyone|everybody|the\s+team|the\s+panel|they|you|all\s+(?:the\s+)?interviewers)\s+(?:i\s+(?:spoke|talked"
            r"|met)\s+(?:to|with)\s+)?(?:seemed|appeared|looked)\s+(?:\w+\s+)?(?:to\s+(?:love|like|enjoy|be\s+impressed)"
            r"|impressed|happy\s+with|pleased\s+with|enthusiastic\s+about)",
            r"my\s+(?:\w+\s+){0,2}?(?:was|were|is|are)\s+(?:\w+\s+)?(?:perfect|flawless|impeccable|spotless)",
            r"(?:yet|and\s+still|but\s+still|nevertheless|nonetheless)\s*,?\s+(?:i\s+)?(?:was|got|get|am"
            r"|have\s+been)\s+(?:\w+\s+)?(?:rejected|turned\s+down|not\s+(?:selected|chosen|shortlisted|invited"
            r"|progressed)|passed\s+over|unsuccessful)",
            r"despite\s+(?:my|having|the\s+fact)\s+(?:\w+\s+){0,3}?(?:experience|qualifications|credentials|skills"
            r"|background|track\s+record|years|degree|expertise|performance|results|scores|answers)",
            r"(?:i'm|i\s+am|i\s+was|i\s+felt|i\s+feel)\s+(?:very\s+|extremely\s+|deeply\s+|quite\s+|really\s+)?"
            r"(?:upset|angry|annoyed|offended|insulted|outraged|appalled)\b(?!\s+with\s+myself)",
            r"how\s+is\s+(?:that|this|it)\s+(?:fair|right|possible|reasonable|justified)",
            r"(?:seriously|really)\s*\?",
            r"surely\s+(?:you|u|they|the\s+panel|someone|my)\b",
            r"(?:no\s+one|nobody)\s+(?:even\s+|ever\s+)?(?:asked|told|explained|mentioned|bothered|looked|read"
            r"|replied|responded|got\s+back)",
        ),
        ABOUT_YOUR_WORK,
        negatable=False,
    ),
]

# Sway --------------------------------------------------------------------------------------------
_FUTURE = re.compile(
    r"\b(?:future|other|another|similar|different|upcoming|later)\s+(?:\w+\s+)?(?:roles?|positions?|openings?"
    r"|opportunit\w+|vacanc\w+|jobs?|teams?(?!\s+members?)|postings?)|\bin\s+(?:the\s+)?future\b|\bnext\s+(?:time|year)\b|\belsewhere\b"
    r"|\bwork(?:ing)?\s+together\b|\bcross\s+paths\b|\bstay\s+in\s+touch\b|\bdown\s+the\s+(?:line|road)\b|\bone\s+day\b"
    r"|\bsome\s*day\b|\bat\s+some\s+point\b",
    _FLAGS,
)
# "Second chances aren't what I'm after": the thing named is then denied.
_FUTURE_OR_DENIED = re.compile(
    _FUTURE.pattern + r"|^\s*(?:\w+\s+)?(?:aren't|isn't|is\s+not|are\s+not|wasn't)\s+(?:what|something)", _FLAGS
)
SWAY = [
    PhraseRule(
        "sway",
        _rx(
            r"re-?\s?consider\w*\b(?!\s+(?:my|how\s+i|whether\s+i|where\s+i)\b(?!\s+(?:application|candidacy"
            r"|candidature|cv|r[eé]sum[eé]|profile|decision)))",
            r"re-?open\w*",
            r"change\s+of\s+heart",
            r"(?:re-?evaluat|re-?assess|re-?think|re-?visit|re-?view|re-?examin|overturn|revers|chang|appeal|revis"
            r"|undo)\w*\s+(?:(?:the|your|my|this|that|its|their)\s+)?(?:\w+\s+)?(?:decision|application|candidacy"
            r"|candidature|outcome|result|choice|selection|rejection|mind|verdict)\b",
            r"(?:you|u|could|would|can|might|please|kindly)\s+(?:[\w'-]+\s+){0,8}?(?:another|a\s+second|a\s+fresh"
            r"|one\s+more|a\s+further)\s+look",
            r"(?:you|please|could|would|can|kindly|might)\s+(?:\w+\s+){0,3}?(?:review|look\s+at|consider|assess"
            r"|evaluate|check|read|go\s+over|go\s+through)\s+(?:\w+\s+){0,3}?again",
            r"(?:still|again)\s+(?:\w+\s+){0,4}?(?:be\s+)?(?:considered|in\s+(?:the\s+)?(?:running|consideration"
            r"|frame|mix|race)|an\s+option)",
            r"be\s+considered\s+(?:again|for\s+(?:this|the|that)\s+(?:role|position|job|post|vacancy))",
            r"consider\s+me\s+(?:again|for\s+(?:this|the|that)\s+(?:role|position|job|post|vacancy))",
            r"back\s+(?:in|into)\s+(?:the\s+)?(?:process|running|consideration|race)",
            r"put\s+(?:me|my\s+(?:name|cv|application|profile|r[eé]sum[eé]))\s+(?:forward|through|back)",
            r"(?:decision|application|candidacy|candidature|outcome|rejection)\s+(?:\w+\s+){0,3}?(?:be\s+|being\s+|been\s+)"
            r"(?:revisited|reconsidered|reviewed|re-?evaluated|re-?assessed|changed|reversed|overturned|re-?opened"
            r"|looked\s+at\s+again)",
            r"(?:if|in\s+case|should|when)\s+(?:anything|things|something|the\s+situation|circumstances|your\s+plans|that)\s+"
            r"(?:\w+\s+)?chang\w*",
            r"(?:second|backup|back-up|fallback|fall-back|reserve)\s+(?:choice|option|candidate)|runner-up|plan\s+b\b"
            r"|(?:reserve|waiting)\s+list|wait-?list",
            r"(?:come|pop)\s+(?:in|back)\s+(?:\w+\s+)?(?:again|and\s+(?:present|meet|talk|show|interview))",
            r"present\s+(?:it\s+|again\s+)?to\s+(?:a\s+wider|the\s+wider|someone\s+else|more\s+people|another|the\s+(?:whole|full)"
            r"|other)",
            r"if\s+(?:the\s+|your\s+)?(?:chosen|successful|selected|preferred|first[-\s]choice|other|new|hired"
            r"|top)\s+(?:candidate|person|hire|applicant|choice)",
            r"(?:offer|hire|candidate|person|it|things|plans?)\s+(?:\w+\s+)?(?:falls?|fell|falling)\s+through",
            r"(?:if|in\s+case|should)\s+(?:[\w'-]+\s+){0,4}?(?:does|did|do)" + NT + r"\s+(?:\w+\s+)?work\s+out",
            r"(?:doesn't|does\s+not|don't|didn't)\s+(?:accept|take)\s+(?:the|your)\s+offer",
            r"if\s+(?:the|this|that)\s+(?:role|position|vacancy|job|post)\s+(?:\w+\s+)?(?:becomes?\s+available"
            r"|opens?\s+up|is\s+re-?advertised|re-?opens|is\s+still\s+open|comes\s+up\s+again|comes?\s+back(?:\s+up)?)",
            r"(?:ready|happy|able|willing|available)\s+to\s+(?:step|jump)\s+in\b",
            r"(?:any|some|a|no)\s+(?:other\s+)?(?:way|chance|possibility|room|hope)\s+(?:\w+\s+){0,6}?(?:still|join(?:ing)?\s+"
            r"(?:the|your)|hire\s+me|hiring\s+me|move\s+forward|moving\s+forward|proceed|progress(?:ing)?|next\s+"
            r"(?:round|stage|step)|(?:get|land|be\s+offered|join)\s+(?:the|this)\s+(?:role|position|job|offer)"
            r"|chang\w+\s+(?:the|your))",
            r"still\s+(?:very\s+|really\s+|so\s+|extremely\s+|highly\s+|very\s+much\s+)?(?:interested|keen|excited"
            r"|eager|passionate|available|hopeful)\s+(?:in|about|on|for|to\s+join|to\s+work|to\s+be)\s+(?:\w+\s+)?"
            r"(?:(?:the|this|that|your)\s+)?(?:role|position|job|opportunity|post|vacancy|team|company|joining"
            r"|working|part|considered)",
            r"(?:hire|take\s+on|employ|onboard)\s+me\b",
            r"(?:pick|choice|hire|candidate|person|appointee)\s+(?:\w+\s+)?(?:falls?\s+short|doesn't\s+work|does\s+not\s+work"
            r"|isn't\s+right|is\s+not\s+right|leaves|quits|backs\s+out|says\s+no)",
            r"(?:make|plead|argue|state|put)\s+my\s+case",
            r"fresh\s+(?:eyes|pair\s+of\s+eyes)",
            r"(?:is|has|was)\s+the\s+offer\s+(?:\w+\s+)?(?:accepted|been\s+accepted|signed|final|taken)",
            r"in\s+with\s+a\s+(?:\w+\s+)?chance",
            r"would\s+it\s+(?:help|make\s+(?:a|any)\s+difference|change\s+anything|matter)\s+if\s+i\b",
            r"(?:redo|re-do|redesign|resubmit|re-submit|rework|revise|improve|update)\w*\s+(?:the|my)\s+(?:[\w-]+\s+){1,6}?"
            r"(?:and\s+)?(?:send|submit|share|present)\w*\s+(?:it|them)\s+(?:in|again|back|to\s+you)",
            r"accept\s+(?:a\s+)?(?:lower|reduced|smaller|junior|lesser)\s+(?:\w+\s+)?(?:title|role|position|salary|pay|grade"
            r"|level|rate|offer|band)",
            r"(?:join|start)\s+(?:now|right\s+now|straight\s+away|immediately|right\s+away)\b",
            r"(?:revisit|re-?evaluate|re-?assess|re-?think|re-?examine|overturn|reverse|undo)\s+(?:this|it|that)\b(?!\s+"
            r"(?:topic|area|skill|subject|material|section|part|chapter|book|course|feedback|advice|point|question|later"
            r"|myself|area|approach|exercise|task))",
            r"before\s+(?:you\s+|the\s+(?:team|panel)\s+)?(?:finali[sz]\w+|(?:make|making)\s+(?:a|the|your)\s+final)",
            r"(?:walk|take|talk)\s+you\s+through\s+(?:[\w-]+\s+){0,5}?again\b",
            r"decision\s+(?:\w+\s+){0,2}?(?:can|could|might|may|would)\s+(?:still\s+)?(?:change|be\s+changed|be\s+reversed"
            r"|be\s+revisited)",
            r"(?:start|join)\s+(?:\w+\s+)?(?:sooner|earlier)\s+than",
            r"(?:make|do|give|redo|repeat|present|deliver|take|sit|retry)\s+(?:the|my|it|this|that)\s+(?:[\w-]+\s+){0,2}?again\b",
            r"(?:still|any)\s+(?:a\s+|any\s+)?chance\s+(?:for\s+me|(?:that\s+)?i\b|of\s+(?:joining|getting|being|me))",
            r"(?:discuss|talk\s+(?:about|through)|go\s+over|debate)\s+(?:the|this|your|that)\s+(?:decision|outcome|rejection)",
            r"appeal\w*\s+(?:against|the|this|that|your)\b|(?:file|lodge|make)\s+an\s+appeal",
            r"(?:put\s+in|say|drop)\s+a\s+(?:\w+\s+)?good\s+word",
            r"(?:speak|talk|put\s+me\s+in\s+touch)\s+(?:to|with)\s+(?:the|your)\s+(?:hiring\s+manager|manager|panel|team|director"
            r"|boss|ceo)\s+(?:for|on\s+behalf\s+of|about)\s+me",
            r"(?:another|a\s+different|other)\s+(?:team|role|position|department|opening|vacancy)s?\s+(?:[\w'-]+\s+){0,8}?"
            r"(?:right\s+now|now|instead|currently|at\s+the\s+moment|at\s+present)\b",
            r"(?:address|clear\s+up|resolve|allay|overcome|alleviate|ease|put\s+to\s+rest)\s+(?:any|your|the|those|these"
            r"|some)\s+(?:\w+\s+)?(?:concerns|doubts|reservations|misunderstandings?|hesitations?|worries)",
            r"(?:clarify|elaborate\s+on|expand\s+on|correct)\s+(?:\w+\s+){0,2}?(?:my\s+)?(?:answer|answers|point|points"
            r"|misunderstanding)\b|explain\s+what\s+i\s+(?:meant|was\s+trying)",
            r"to\s+still\s+(?:join|work|be\s+part|be\s+considered|have\s+a\s+chance|get\s+the)",
            r"(?:join|work\s+(?:with|for|at)|be\s+part\s+of)\s+(?:\w+\s+){0,3}?in\s+(?:some|any|another|a\s+different)"
            r"\s+(?:capacity|role|way|form)",
            r"(?:willing|happy|prepared|open|glad|ready)\s+to\s+(?:\w+\s+)?(?:accept|take|consider|do|work)\s+(?:[\w-]+\s+)"
            r"{0,4}?(?:instead|contract|trial|lower|less|junior|reduced|part-time|fixed-term|temporary)\b",
            r"still\s+(?:be\s+)?(?:an?\s+)?(?:opening|vacancy|spot|place|space)\b",
            r"(?:is|was|has)\s+(?:the|this|that)\s+(?:position|role|job|vacancy|post)\s+(?:\w+\s+){0,2}?(?:filled|taken|gone"
            r"|closed|open|available|offered|given|accepted)",
            r"(?:becomes?|become)\s+(?:\w+\s+)?available\s+again|re-?opens|opens?\s+up\s+again|is\s+re-?advertised",
            r"(?:pass|forward|send|shar|put)\w*\s+my\s+(?:cv|r[eé]sum[eé]|application|profile|details|name"
            r"|portfolio)\s+(?:\w+\s+)?(?:to|on|in\s+front\s+of|forward)\s+(?:the|your|another|a\s+different)\s+"
            r"(?:\w+\s+)?(?:hiring\s+manager|manager|panel|team|director|head|decision[-\s]maker|ceo)",
            r"(?:is|was)\s+(?:the|your|this|that)\s+decision\s+(?:\w+\s+)?(?:final|definite|definitive"
            r"|irreversible|fixed|open|set\s+in\s+stone)",
            r"(?:room|scope|space|leeway|wiggle\s+room)\s+(?:to|for)\s+(?:discuss|negotiat|talk|reconsider|change"
            r"|move|manoeuvre|maneuver|revisit|flexib)\w*",
            r"(?:any|some)\s+flexibility",
            r"(?:junior|lower|reduced|smaller|modified|different|contract|part-time|freelance|temporary"
            r"|interim)\s+(?:\w+\s+){0,2}?(?:version\s+of|capacity\s+(?:in|on|for)|basis\s+(?:in|on|for))\s+"
            r"(?:this|the|that)\s+(?:role|position|job|team)",
            r"(?:join|start|work|come\s+on\s+board)\s+(?:\w+\s+)?(?:on|as|in)\s+(?:a\s+)?(?:contract|freelance"
            r"|part-time|temporary|temp|interim|trial|junior|intern)\w*",
            r"in\s+a\s+(?:more\s+)?junior\s+(?:role|capacity|position)",
            r"(?:if|in\s+case|should|when|once)\s+(?:the\s+|your\s+|their\s+)?(?:\w+\s+)?(?:chosen|successful"
            r"|selected|preferred|first[-\s]choice|other|new|hired|top|winning)\s+(?:candidate|person|hire"
            r"|applicant|choice)",
            r"(?:candidate|person|applicant|hire)\s+(?:declines|withdraws|turns\s+(?:it|the\s+offer)\s+down"
            r"|drops\s+out|backs\s+out|does(?:n't|\s+not)\s+start|changes\s+(?:their|his|her)\s+mind)",
            r"anything\s+i\s+(?:can|could|might)\s+(?:still\s+)?do\s+to\s+(?:still\s+)?(?:change|get\s+back|be\s+"
            r"(?:re)?considered|reverse|stay|remain|join|get\s+the|land|secure)",
            r"(?:happy|willing|glad|ready|prepared|open)\s+to\s+(?:\w+\s+)?(?:relocate|commute|start\s+(?:earlier"
            r"|sooner|immediately|right)|take\s+on\s+(?:more|extra|a\s+(?:junior|lower|reduced))|take\s+a\s+"
            r"(?:pay\s+cut|lower|reduced|smaller|junior)|accept\s+(?:a\s+)?(?:lower|less|reduced|junior|smaller)"
            r"|work\s+(?:for\s+less|unpaid|weekends|longer|extra)|do\s+(?:another|an\s+extra|a\s+second"
            r"|a\s+further|additional|whatever\s+it\s+takes)|complete\s+(?:another|an\s+extra|a\s+second"
            r"|a\s+further|additional)|compromise|negotiate)",
            r"re-?apply\s+(?:\w+\s+)?(?:for|to)\s+(?:this|the\s+same|that)\s+(?:role|position|job|vacancy|post)",
            r"(?:would|could|can|will|please|might)\s+(?:you\s+)?(?:still\s+)?consider\s+(?:me|my\s+(?:application"
            r"|candidacy|cv|profile))\b",
            r"(?:someone|somebody|another\s+(?:person|manager|panel|interviewer)|a\s+(?:different|second)\s+"
            r"(?:person|panel|manager|interviewer))\s+(?:\w+\s+){0,3}?(?:review|look\s+at|assess|re-?evaluate"
            r"|re-?assess)",
            r"second\s+opinion(?!\s+(?:from\s+you|on\s+my))",
            r"confident\s+(?:that\s+)?i\s+(?:could|can|would|will)\s+(?:\w+\s+){0,2}?(?:excel|succeed|thrive|do\s+"
            r"(?:the|this|a\s+great)\s+job|perform|deliver|grow\s+into|handle\s+the|be\s+an\s+asset|be\s+a\s+"
            r"(?:great|strong|valuable))",
            r"(?:you|u|could|would|please|might|can)\s+(?:\w+\s+){0,3}?(?:think\s+(?:it\s+|this\s+|that\s+)?"
            r"(?:over|again)|sleep\s+on\s+it)",
            r"door\s+(?:\w+\s+){0,2}?open",
            r"make\s+an\s+exception",
            r"still\s+(?:\w+\s+)?(?:love|like|want|hope)\s+to\s+(?:join|work\s+(?:with|for|at|on)|be\s+part)",
            r"hope\s+(?:that\s+)?(?:you|u)\s*(?:will|'ll|might|would|could|can)\s+(?:still\s+)?(?:consider\s+(?:me"
            r"|my)|think\s+again|keep\s+me|think\s+of\s+me)",
            r"give\s+me\s+(?:the|this|a|that)\s+(?:job|role|position|try|trial|go|shot)",
            r"trial\s+(?:period|basis|day|week|run|task)",
            r"as\s+a\s+trial\b|on\s+a\s+trial\b",
            r"(?:sit\s+in|shadow)\s+(?:on\s+)?(?:a|the|your)\s+(?:project|team|meeting|shift)",
            r"probation\w*",
            r"prove\s+(?:myself|my\s+(?:worth|value|skills|abilities)|you\s+wrong|it\s+to\s+you)",
            r"(?:start|join)\s+(?:immediately|right\s+away|straight\s+away|tomorrow|asap|at\s+once|on\s+" + DAY + r")",
            r"available\s+to\s+start",
            r"(?:lower|reduce|drop|adjust|lowering|reducing|dropping|adjusting)\s+my\s+(?:salary|rate|pay"
            r"|expectations|salary\s+expectations|ask)",
            r"(?:take|accept)\s+(?:a\s+)?(?:lower|reduced|smaller)\s+(?:salary|pay|rate|offer)",
            r"accept\s+less\b",
            r"(?:work|working|do\s+it|start)\s+(?:\w+\s+)?(?:for\s+free|unpaid)",
            r"re-?do(?:ing)?\b|re-?take\w*|re-?sit(?:ting)?\b",
            r"(?:complete|do|take|sit|submit|doing|completing)\s+(?:an?\s+)?(?:extra|additional|another|further"
            r"|new|second)\s+(?:\w+\s+)?(?:task|test|exercise|assignment|assessment|interview|round|case\s+study"
            r"|project|challenge)",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"(?:another|a\s+second|a\s+further|one\s+more|one\s+last|a\s+last|a\s+final|second)\s+(?:\w+\s+)?"
            r"(?:chance|opportunity|shot|try|go\s+at|go\b|attempt|crack|stab|bite)",
            r"another\s+(?:\w+\s+)?(?:class|lesson|demo|presentation|task|test|exercise|sample|session|assessment)\b",
            r"(?:another|a\s+second|a\s+further|one\s+more|(?<!my\s)(?<!the\s)(?<!our\s)(?<!your\s)second)\s+(?:\w+\s+)?"
            r"(?:interview|round|meeting"
            r"|conversation|stage|chat|call|talk)",
            r"kept\s+(?:in\s+mind|on\s+file|in\s+the\s+loop|in\s+consideration|in\s+the\s+running)",
            r"keep\s+(?:me|my\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:in\s+mind|on\s+file"
            r"|in\s+consideration|in\s+the\s+(?:running|loop))",
            r"(?:let|allow)\s+me\s+(?:to\s+)?(?:try\s+again|show|prove|demonstrate|redo|re-do|present\s+again"
            r"|interview\s+again)",
            r"interview\s+(?:\w+\s+)?again\b",
            r"(?:chance|opportunity)\s+to\s+(?:walk\s+you\s+through|show\s+you|explain\s+(?:myself|my)|clarify|demonstrate"
            r"|prove|present\s+(?:again|my\s+\w+\s+again))",
            r"once\s+more\b",
        ),
        NO_REOPEN,
        context=re.compile(
            r"\b(?:would|could|can|may|might|possible|possibility|like|love|appreciate|grateful|welcome|happy\s+to"
            r"|open\s+to|willing|give\s+me|offer|invite|allow|let\s+me|please|hop(?:e|ing)|chance|want|wish|if|ask"
            r"|request|keep|any\s+way)\b",
            _FLAGS,
        ),
        context_scope="clause",
        unless_after=_FUTURE_OR_DENIED,
        unless_before=re.compile(r"\b(?:thank\w*|thanks|thx)\s+(?:you\s+)?(?:\w+\s+){0,2}?for\b", _FLAGS),
    ),
]

SWAY.append(
    PhraseRule(
        "sway",
        _rx(r"(?:this|the|that)\s+(?:same\s+)?(?:role|position|job|post|vacancy|opening)\b"),
        NO_REOPEN,
        # Asking (a question, "could", "any chance"…) about this role *again* or *still*.
        context=re.compile(
            r"^(?=[^?]*\?|.*\b(?:could|would|can|possible|chance|hop(?:e|ing)|wonder\w*|any\s+way|might)\b)"
            r"(?=.*\b(?<!thank\syou\s)(?<!thanks\s)(?:still|again|after\s+all|anyway|regardless|nonetheless|once\s+more"
            r"|instead)\b)",
            _FLAGS | re.DOTALL,
        ),
        unless_after=_FUTURE,
    )
)
SWAY.append(
    PhraseRule(
        "sway",
        _rx(
            r"fast-?track\w*|jump\s+the\s+queue|skip\s+(?:straight\s+)?(?:to\s+)?(?:the\s+)?(?:final|next|last)\s+(?:stage|round)",
            r"(?:persuade|convince)\w*\s+(?:you|the\s+(?:panel|team|committee)|them|otherwise)\b|be\s+(?:persuaded|convinced"
            r"|swayed)\b|sway\s+(?:you|the\s+(?:panel|decision|team))",
        ),
        NO_REOPEN,
    )
)
SWAY.append(
    PhraseRule(
        "sway",
        _rx(r"too\s+late\s+(?:to|for)", r"is\s+it\s+too\s+late"),
        NO_REOPEN,
        negatable=False,
        unless_after=_FUTURE,
    )
)
SWAY.append(
    PhraseRule(
        "sway",
        _rx(
            r"(?:remain|am\s+still|'m\s+still|still)\s+(?:very\s+|really\s+|so\s+|extremely\s+|highly\s+"
            r"|very\s+much\s+)?(?:available|interested|keen|eager|enthusiastic)\b"
        ),
        NO_REOPEN,
        unless_after=re.compile(
            r"^\s*(?:to\s+(?:learn|hear|improv|understand|know|get\s+(?:feedback|your)|receiv|grow|develop|read)|"
            r"(?:on|in|for)\s+(?:any\s+|your\s+)?(?:feedback|learning|improving|getting|hearing|thoughts|advice)|"
            r"(?:in|about|to)\s+(?:\w+\s+){0,2}?(?:company|team|organi[sz]ation|firm|business|mission|work\b|working\s+(?:with"
            r"|for|at)|stay(?:ing)?\s+in\s+touch|hear(?:ing)?\s+about))|" + _FUTURE.pattern,
            _FLAGS,
        ),
    )
)

# Demanding ---------------------------------------------------------------------------------------
# "Thank you for your quick reply" is thanks, not pressure.
_THANKED_FOR = re.compile(
    r"\b(?:thank\w*|thanks|thx|grateful)\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+|again\s+|a\s+lot\s+)?for\s+"
    r"(?:your|the|such|a|this|so|getting|replying|letting|responding|answering|writing|sending|coming)\b",
    _FLAGS,
)
_REPLY_CONTEXT = re.compile(
    r"\b(?:repl\w*|respon\w*|answer\w*|hear\w*|get\s+back|back\s+to\s+me|revert|send|sent|feedback|let\s+me\s+know|"
    r"write|writ\w+|e-?mail|call\s+me|contact\w*|provide|explanation|notes|scores?|decision|thoughts|comments?|"
    r"information|details|update|know|need\s+(?:it|this|that|them|your|a|an|the))\b",
    _FLAGS,
)
# "I can send references this week" is the writer's own plan, not a deadline for the reader.
_THANKED_FOR_OR_MINE = re.compile(
    _THANKED_FOR.pattern + r"|\bi(?:'ll|\s+(?:can|could|will|may|might|shall))\s+(?:also\s+|then\s+)?$", _FLAGS
)
DEMANDING = [
    PhraseRule(
        "demanding",
        _rx(
            r"as\s+soon\s+as\s+(?:possible|you\s+(?:can|are\s+able|receive|read|get))",
            r"asap\b",
            r"soonest\b",
            r"a\.s\.a\.p",
            r"at\s+your\s+(?:earliest|first|soonest)\s+(?:convenience|opportunity)",
            r"as\s+(?:quickly|fast|promptly|early)\s+as\s+(?:possible|you\s+can)",
            r"(?<!all\s)at\s+once\b",
            r"without\s+(?:further\s+|any\s+|more\s+)?(?:delay|ado)",
            r"by\s+return(?:\s+of\s+post)?\b",
            r"at\s+the\s+(?:very\s+)?earliest",
            r"time[-\s]sensitive",
            r"urgent(?:ly)?",
            r"(?:forward\s+to|expect|expecting|need|request|would\s+appreciate|'d\s+appreciate|hope\s+for"
            r"|await\w*)\s+(?:\w+\s+){0,2}?(?:immediate|prompt|swift|speedy|quick|timely|rapid|fast)\s+(?:\w+\s+)?"
            r"(?:reply|response|answer|feedback|attention|action|turnaround)",
            r"(?:reply|respond|answer|get\s+back\s+to\s+me|write\s+back|revert|send\s+\w+|let\s+me\s+know|receive|get\s+your"
            r"|get(?:ting)?\s+me"
            r"|hear\s+back|hear\s+from\s+you)\s+(?:[\w'-]+\s+){0,8}?(?:immediately|promptly|quickly|urgently"
            r"|right\s+away|straight\s+away|today|tonight|tomorrow|this\s+week|at\s+once|fast|shortly"
            r"|this\s+(?:afternoon|morning|evening)"
            r"|now(?=\s*[.!,;]|\s*$))",
            r"(?:immediately|promptly|quickly|right\s+away|straight\s+away)\s+(?:reply|respond|answer|get\s+back"
            r"|send|let\s+me\s+know)",
            r"no\s+later\s+than",
            r"(?:my|a|the|your)\s+deadline\s+(?:is|for\s+(?:your|a|the)\s+(?:reply|response|answer|feedback))",
            r"deadline\s+(?:for|of)\s+(?:your\s+)?(?:reply|response|answer|feedback)",
            r"(?:set|give\s+you)\s+a\s+deadline",
        ),
        LEAVE_TIMING,
        unless_before=_THANKED_FOR_OR_MINE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"by\s+(?:the\s+)?" + DATE,
            r"before\s+(?:the\s+)?" + DATE,
            r"(?:within|in\s+the\s+next|over\s+the\s+next)\s+(?:the\s+next\s+)?(?:\d+|a|one|two|three|four|five"
            r"|seven|a\s+few|few|a\s+couple\s+of|couple\s+of|several|twenty-four|forty-eight)\s+(?:business\s+|working\s+|calendar\s+)?"
            r"(?:hours?|days?|weeks?|hrs?)\b",
            r"(?:until|till)\s+" + DATE,
            r"within\s+the\s+(?:week|day|hour|next\s+(?:day|week|hour))\b",
            r"in\s+the\s+next\s+(?:day(?:\s+or\s+two)?|couple\s+of\s+days|few\s+hours)\b",
        ),
        LEAVE_TIMING,
        context=_REPLY_CONTEXT,
        unless_before=_THANKED_FOR,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"i\s+(?:really\s+|urgently\s+|absolutely\s+)?need\s+(?:you|u)\s+to",
            r"(?:i|i'll|i\s+will|i'd|i\s+would)\s+(?:really\s+|urgently\s+|absolutely\s+)?need\s+(?:an?\s+|your\s+|the\s+|some\s+|detailed\s+"
            r"|written\s+|proper\s+)*(?:answer|response|reply|explanation|feedback\s+(?:by|within|before|now|today"
            r"|asap|urgently|immediately)|to\s+know|to\s+hear|to\s+receive|to\s+(?:get|have)\s+(?:an?|your|the|some|this|that|it|feedback)\b)",
            r"(?:you|u)\s+(?:must(?!\s+(?:be|have|get|receive|know|hear|'ve|feel|see|deal|find))|need\s+to"
            r"|have\s+to(?!\s+(?:deal|handle|read|go\s+through|manage|juggle|review|process|sift|choose|make))"
            r"|are\s+(?:obliged|required|obligated|expected)\s+to|owe\s+(?:me|candidates|applicants|people|us|it\s+to)|should\s+(?:at\s+least\s+|really\s+|surely\s+|still\s+)?(?:reply|respond|answer"
            r"|explain|tell|send|give|provide|get\s+back|let\s+me))",
            r"(?:it\s+is|it's|that\s+is)\s+(?:your|the\s+company's)\s+(?:\w+\s+)?(?:duty|job|responsibility"
            r"|obligation)",
            r"i\s+(?:fully\s+|do\s+|would\s+)?expect\s+(?:a|an|your|you|to\s+(?:hear|receive|get|be)|feedback"
            r"|detailed|written|some|nothing\s+less)\b",
            r"i\s+(?:hereby\s+|formally\s+|officially\s+)?request\s+(?:a|an|the|that|full|written|copies|a\s+copy"
            r"|all)\b",
            r"(?:breakdown|copy|copies|record|details)\s+of\s+(?:my|the|all)\s+(?:\w+\s+)?(?:scores|marks|ratings"
            r"|scoring|notes|evaluation|assessment\s+notes)",
            r"i\s+trust\s+(?:that\s+)?(?:you|u|i)\s+(?:will|'ll|shall)",
            r"(?:ensure|make\s+sure)\s+(?:that\s+)?(?:you|u)\s+(?:\w+\s+)?(?:reply|respond|send|get\s+back|answer)",
            r"(?:ensure|make\s+sure)\s+(?:that\s+)?i\s+(?:\w+\s+)?(?:get|receive|hear|have)\b",
            r"overdue\b(?!\s+for\s+me)",
            r"(?:heard|received|had|got)\s+nothing\s+(?:at\s+all|whatsoever)|no\s+(?:reply|response|answer)\s+(?:at\s+all"
            r"|whatsoever)",
            r"(?:you|u)\s+(?:promised|committed)\b",
            r"(?:important|essential|crucial|imperative|vital|critical|necessary)\s+(?:that\s+)?(?:you|u|i\s+"
            r"(?:receive|get|hear|have))\b",
            r"(?:detailed|full|complete|comprehensive|formal|proper)\s+(?:written\s+)?(?:breakdown|explanation"
            r"|justification|report|account)",
            r"(?:i(?:'m|\s+am)|i'll\s+be|i\s+will\s+be|i\s+shall\s+be)\s+expecting\s+(?:a|an|your|you|to|feedback|the)",
            r"(?:formally|officially|hereby)\s+(?:request|ask|demand|require)",
            r"i\s+(?:(?:really|must|have\s+to|will|do|am\s+going\s+to|would)\s+){0,2}(?:demand|insist|require)\b",
            r"(?:could|can|should)\s+at\s+least\s+(?:tell|give|explain|reply|respond|let|have|send|provide)",
            r"tight\s+(?:timeline|deadline|schedule|time\s*frame|turnaround)",
            r"prioriti[sz]e\s+(?:getting|sending|replying|answering|responding|this|my\s+(?:request|e-?mail|message"
            r"|application|question))",
            r"(?:i'm|i\s+am)\s+in\s+a\s+(?:hurry|rush)",
            r"(?:e-?mails|messages|mails|notes|requests|letters)\s+(?:\w+\s+){0,2}?unanswered",
            r"(?:i\s+would\s+like|i'd\s+like|i\s+want)\s+(?:a|an|your|some)\s+(?:response|reply|answer)\s+(?:please|now|today|asap"
            r"|immediately)",
            r"answer\s+me\s+(?:this|that|now|honestly)",
            r"the\s+least\s+(?:you|they|the\s+company|your\s+\w+)\s+(?:can|could)\s+do",
            r"(?:been|am|i'm)\s+(?:more\s+than\s+|very\s+|extremely\s+|incredibly\s+|remarkably\s+)patient",
            r"need\s+(?:this|that|the|your|some|an?)\s+(?:\w+\s+){0,2}?(?:feedback|answer|reply|response|information"
            r"|comments|notes|explanation|thoughts|views|input)\s+(?:[\w'-]+\s+){0,7}?(?:quickly|urgently|asap|fast|now|immediately|right"
            r"\s+away|straight\s+away|today|tonight|tomorrow|soon)\b",
            r"i\s+(?:am|'m)\s+entitled",
            r"(?:i\s+am|i'm|i\s+was|i\s+feel|am\s+i|i\s+think\s+i'm)\s+(?:\w+\s+)?owed",
            r"owed\s+(?:a|an|some|the|at\s+least)\b",
            r"i\s+have\s+(?:a|the|every)\s+right",
            r"(?:i|we)\s+want\s+(?:you|u)\s+to\s+(?:reply|respond|answer|explain|send|provide|give|tell|get\s+back"
            r"|justify)",
            r"(?:i|we)\s+want\s+(?:an?|your)\s+(?:\w+\s+)?(?:answer|response|reply|explanation)",
            r"(?:send|give|provide|forward|e-?mail|release|share|request|obtain)\s+(?:me\s+)?(?:with\s+)?(?:(?:the|your|all"
            r"|all\s+the|my|a\s+copy\s+of|copies\s+of|any)\s+)?(?:\w+\s+){0,2}?(?:scores|scorecards?|scoring"
            r"|marks|ratings|score\s*sheets?|evaluation\s+forms?|records|(?:interview|panel|internal|hiring|assessment"
            r"|interviewers?'?|raw|written|original)\s+notes|notes\s+(?:and|&)\s+(?:scores|marks))\b",
            r"(?:companies|employers|the\s+company)\s+owe\b",
            r"(?:other|competing)\s+offers\s+(?:on\s+the\s+table|pending|to\s+(?:consider|weigh|decide))",
            r"deciding\s+(?:on|between)\s+(?:other\s+|several\s+|competing\s+)?offers",
            r"(?:please|kindly)\s+(?:\w+\s+){0,8}?this\s+time\b",
            r"(?<!your\s)(?<!the\s)(?<!for\s)(?:please|kindly)\s+(?:do\s+)?(?:respond|reply|answer)\b(?!\s+(?:whenever|when|if|at\s+your\s+(?:own|leisure)"
            r"|in\s+your\s+own|only\s+if))",
            r"(?:confirm|acknowledge)\s+(?:the\s+)?receipt",
            r"please\s+confirm\s+(?:that\s+)?(?:you|your)",
        ),
        ASK_DONT_REQUIRE,
        # "Please send any notes you're able to share - no rush" asks; it does not require.
        unless_sentence=re.compile(
            r"\b(?:no\s+(?:rush|pressure|hurry)|whenever|(?:you're|you\s+are)\s+able\s+to|only\s+if|if\s+(?:possible"
            r"|convenient|you\s+can))\b",
            _FLAGS,
        ),
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"still\s+waiting",
            r"still\s+(?:have"
            + NT
            + r"|haven't|havent|had\s+no|not)\s+(?:yet\s+)?(?:received|heard|had|got|gotten)\s+(?:a|an|any|your|the"
            r"|back|anything)\b",
            r"(?:have|has)\s+still\s+not",
            r"(?:been|am|i'm|are)\s+(?:still\s+)?waiting\s+(?:for|on)\s+(?:a|an|your|the|some|any)",
            r"(?:have|'ve|had)\s+(?:now\s+|already\s+)?waited\b",
            r"been\s+waiting\s+(?:for\s+)?(?:\w+\s+)?(?:days|weeks|a\s+week|ages|a\s+while|a\s+long\s+time|over"
            r"|more\s+than|since)",
            r"this\s+is\s+(?:now\s+)?my\s+(?:second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))\s+"
            r"(?:\w+\s+)?(?:e-?mail|message|attempt|request|time|reminder|follow-?up)",
            r"(?:emailed|e-mailed|written|wrote|asked|contacted|messaged|chased|followed\s+up|reached\s+out)\s+"
            r"(?:to\s+)?(?:you\s+)?(?:\w+\s+)?(?:twice|three\s+times|several\s+times|multiple\s+times|many\s+times"
            r"|repeatedly|again\s+and\s+again|numerous\s+times)",
            r"(?:following|follow)\s+up\s+(?:yet\s+)?again",
            r"(?:for\s+the|this\s+is\s+the)\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time",
            r"(?:courtesy|decency)\s+(?:of\s+)?(?:a|an|to)\s+(?:\w+\s+)?(?:reply|response|answer|respond)",
        ),
        FOLLOW_UP_LIGHTLY,
        negatable=False,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"i\s+(?:will|'ll|shall|am\s+going\s+to|may|might)\s+(?:have\s+to\s+)?(?:escalate|complain|report|file"
            r"|lodge|sue|take\s+(?:this|it|legal|further|the\s+matter)|contact\s+(?:your|the)\s+(?:manager|ceo"
            r"|boss|hr|director|supervisor|head)|post|write\s+a\s+(?:\w+\s+)?review|leave\s+a\s+(?:\w+\s+)?review"
            r"|share\s+(?:this|my\s+experience)|go\s+(?:to|public|above))",
            r"legal\s+(?:action|steps|advice|proceedings)",
            r"lawyer|solicitor|attorney|tribunal",
            r"subject\s+access\s+request",
            r"gdpr",
            r"(?:failing\s+(?:which|that)|or\s+else)\b",
        ),
        LEAVE_OUT_THREAT,
        negatable=False,
    ),
]

# General rules -----------------------------------------------------------------------------------
# The tables above grew phrase by phrase and fit their corpus; these rules are composed from word
# classes instead (who judged, what they judged, how the writer evaluates it), so they also catch
# phrasings nobody wrote down yet. Each class is a small lexicon; each rule is a bounded sequence of
# classes with at most a few free words between them, so matching stays linear.
_JUDGE = (
    r"(?:(?:the|your|this|that|their|my)\s+(?:[\w-]+\s+)?(?:panel|panellists?|interviewers?|team|hiring\s+(?:manager|team)"
    r"|recruiters?|committee|manager|company|assessors?|reviewers?|board|people|hr)|you|u|they|whoever|nobody|no\s+one)"
)
_VERDICT = (
    r"(?:decision|outcome|result|rejection|choice|verdict|conclusion|assessment|evaluation|scoring|marking|judge?ment"
    r"|reasoning|logic|rationale|process|call|grading|ranking|rating)s?"
)
_BAD_EVAL = (
    r"(?:mistaken|wrong|incorrect|inaccurate|flawed|unfounded|misguided|off\s+the\s+mark|way\s+off|misplaced|skewed"
    r"|careless|superficial|shallow|lazy|rushed|inconsistent|contradictory|confusing|baffling|puzzling|bewildering"
    r"|perplexing|hard\s+to\s+(?:follow|understand|justify)|odd|strange|bizarre|weird|harsh|excessive|a\s+shame"
    r"|regrettable|disappointing|an?\s+(?:oversight|misjudge?ment|misunderstanding|error))"
)
_COGNITION = (
    r"(?:see|follow|understand|grasp|fathom|comprehend|work\s+out|figure\s+out|make\s+sense\s+of|get|accept|believe)"
)
_NOT_COG = (
    r"(?:can't|cant|cannot|can\s+not|couldn't|could\s+not|don't|dont|do\s+not|didn't|did\s+not|struggl\w+\s+to"
    r"|fail\s+to|failing\s+to|at\s+a\s+loss\s+to|unable\s+to|hard\s+(?:for\s+me\s+)?to|difficult\s+(?:for\s+me\s+)?to)"
)
_ROLE = r"(?:this|the|that|your)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:role|position|job|vacancy|post|opening|opportunity)\b"
_OFFER = r"(?:happy|glad|keen|ready|willing|able|love|like|prepared|open|eager)\s+to"
GENERAL = [
    PhraseRule(
        "argumentative",
        _rx(
            # The judges did not understand: "your interviewer clearly had no idea", "the team couldn't see past…".
            _JUDGE + r"\s+(?:\w+\s+)?(?:had|have|has)\s+no\s+(?:idea|clue|understanding|grasp)",
            _JUDGE + r"\s+(?:\w+\s+)?(?:couldn't|could\s+not|didn't|did\s+not|failed\s+to|can't|cannot|won't)\s+"
            r"(?:\w+\s+)?(?:see|look)\s+(?:past|beyond)",
            r"not\s+(?:at\s+all\s+)?(?:sure|convinced|certain)\s+(?:that\s+|if\s+|whether\s+)?" + _JUDGE + r"\s+"
            r"(?:really\s+|fully\s+|properly\s+|even\s+|actually\s+|quite\s+)?(?:understood|grasped|got|read|looked|listened"
            r"|appreciated|considered|followed|saw|heard|understand|realised|realized|knew)",
            # The verdict was wrong: "your assessment of my exercise was mistaken", "the scoring missed the point".
            r"(?:the|your|this|that|their)\s+(?:\w+\s+)?"
            + _VERDICT
            + r"\s+(?:[\w'-]+\s+){0,5}?(?:is|was|were|are|seems?"
            r"|seemed|felt|feels|looks?|looked|appears?|appeared|sounds?|sounded)\s+(?:\w+\s+){0,2}?"
            + _BAD_EVAL
            + r"\b",
            r"(?:the|your|this|that|their)\s+(?:\w+\s+)?" + _VERDICT + r"\s+(?:[\w'-]+\s+){0,5}?(?:missed|misses)\s+"
            r"(?:the\s+(?:point|mark)|what|my\s+(?:point|approach|strengths?|experience))",
            # "I don't quite follow the reasoning", "I'm struggling to see where it went wrong".
            r"(?:i|i'm|i\s+am|i\s+was)\s+(?:\w+\s+){0,2}?" + _NOT_COG + r"\s+(?:quite\s+|really\s+|fully\s+|honestly\s+"
            r"|entirely\s+|possibly\s+)?" + _COGNITION + r"\s+(?:the\s+(?:reasoning|logic|rationale|thinking|decision"
            r"|outcome|basis)|this\s+decision|where\s+it\s+(?:all\s+)?went\s+wrong|what\s+went\s+wrong|(?:what|how|why)\s+"
            r"(?:\w+\s+){0,2}?(?:they|you|u|the\s+(?:panel|team|decision|interviewers?)|anyone|someone|it\s+(?:was|could)"
            r"|this|that|i\s+(?:was|wasn't|didn't|did\s+not|was\s+not|got\s+rejected|lost|missed\s+out)))",
            # Sarcasm and disparaging comparisons: "must be nice to hire on vibes rather than skills".
            r"must\s+be\s+nice|(?:great|good|nice|lovely|glad|reassuring|interesting|refreshing)\s+to\s+(?:know|see|learn"
            r"|hear)\s+that|(?<![a-z]\s)so\s+much\s+for\b|thanks\s+for\s+nothing|(?:loses?|lost|losing)\s+out\s+to"
            r"|(?:counts?|counted)\s+for\s+(?:nothing|little|so\s+little|very\s+little)|should\s+(?:have|'ve)\s+"
            r"(?:counted|mattered|been\s+enough)|(?:based\s+on|on\s+the\s+basis\s+of)\s+(?:vibes|gut\s+feel\w*|a\s+hunch"
            r"|looks|appearances|first\s+impressions?)|(?:rather\s+than|instead\s+of|over)\s+(?:actual\s+|real\s+"
            r"|proven\s+|relevant\s+)?(?:skills|merit|substance|competence|ability|abilities|results|experience)\b",
            # Blame: "caused by your projector, not by me", "not my fault".
            r"(?:caused|created|due)\s+(?:by|to)\s+(?:your|the)\s+(?:\w+\s+){0,3}?\w+\s*,?\s+not\s+(?:by\s+|to\s+)?me\b",
            r"(?:not|n't|never)\s+(?:\w+\s+)?my\s+fault|(?:your|their|the\s+(?:panel|interviewer|company|team|recruiter)'?s?)"
            r"\s+fault|(?:fault|problem)\s+(?:was|is|lay|lies)\s+(?:with|on)\s+(?:you|your|the|them)",
            # Being judged on the wrong thing: "I was judged on my accent rather than my answers".
            r"(?:judged|assessed|evaluated|marked\s+down|penali[sz]ed|rejected|dismissed|punished|graded)\s+(?:\w+\s+)?"
            r"(?:on|for|by|because\s+of)\s+(?:my\s+)?(?:\w+\s+){0,2}?(?:rather\s+than|instead\s+of|not\s+(?:on|by|for))\b",
            r"(?:judged|assessed|evaluated|marked\s+down|penali[sz]ed|rejected|dismissed)\s+(?:\w+\s+)?(?:on|for|by|because\s+of)"
            r"\s+my\s+(?:age|gender|sex|accent|nationality|race|ethnicity|religion|name|appearance|disability|pregnancy"
            r"|looks|origin|sexuality|weight|english|background|hair|clothes)",
            # Questioning their right to judge: "how can you say I lack leadership when…".
            r"how\s+(?:can|could|did|do|would|dare)\s+(?:you|u|they|the\s+\w+|anyone|someone)\s+(?:possibly\s+|really\s+"
            r"|honestly\s+|even\s+|seriously\s+)?(?:say|claim|conclude|decide|judge|assume|justify|call|dismiss|reject"
            r"|ignore|overlook|think\s+(?:that\s+)?i|suggest\s+(?:that\s+)?i|argue|pretend)\b",
            r"(?:expect(?:ed|ing)|hoped\s+for)\s+(?:much\s+|a\s+lot\s+|far\s+|so\s+much\s+|way\s+|a\s+bit\s+)?(?:better|more)\s+"
            r"(?:from|of)\s+(?:you|a|an|the|your|this|such)",
            # Better than the rest: "no one else in the pipeline comes close", "whoever you picked can't have had…".
            r"(?:no\s+one|nobody|none\s+of\s+the\s+(?:others?|other\s+\w+)|no\s+other\s+(?:candidate|applicant)s?)\s+"
            r"(?:else\s+)?(?:\w+\s+){0,4}?(?:comes?\s+close|came\s+close|could\s+(?:match|compete|compare)|can\s+(?:match"
            r"|compete|compare)|match(?:es|ed)?\s+(?:me|my)|had\s+my|has\s+my|was\s+as|is\s+as|(?:is|was)\s+better)",
            r"(?:whoever|the\s+(?:person|candidate|applicant|one|hire|individual)\s+(?:that\s+|who\s+)?(?:you|they)\s+(?:\w+\s+)?"
            r"(?:picked|chose|hired|selected|went\s+with|offered|appointed))\s+(?:\w+\s+){0,2}?(?:can't|cannot|couldn't"
            r"|could\s+not|doesn't|does\s+not|didn't|did\s+not|won't|isn't|wasn't)\s+(?:possibly\s+|really\s+|even\s+)?"
            r"(?:have|had|match|be|bring|know|compare|compete)",
            r"over-?qualified",
            r"(?:i\s+(?:still\s+|really\s+|truly\s+|genuinely\s+|honestly\s+|firmly\s+)?(?:believe|think|know|feel|am\s+"
            r"(?:sure|convinced|confident|certain|positive))|i'm\s+(?:still\s+)?(?:sure|convinced|confident|certain"
            r"|positive))\s+(?:that\s+)?(?:i|i'd|i'm)\s+(?:could|would|will|am|was|'d|'m|can)?\s*(?:\w+\s+){0,2}?"
            r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:fit|match|asset|addition|candidate|choice|hire)\b",
            r"(?:fit|candidate|choice|person|hire|match)\s+after\s+all\b",
            # Non-native or blunt disagreement: "I am not agree with the result".
            r"(?:am|is|are|'m)\s+not\s+(?:\w+\s+)?agree\b|not\s+agree\s+(?:with|about|that|on)\b",
            r"makes?\s+(?:zero|no|little|absolutely\s+no|no\s+real)\s+sense|(?:made|make)\s+(?:zero|no)\s+sense",
        ),
        ASK_TO_LEARN,
        negatable=False,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "sway",
        _rx(
            # The hire falls through: "if the person you hired doesn't accept".
            r"(?:if|in\s+case|should|when|once)\s+(?:the|your|whoever|that)\s+(?:[\w'-]+\s+){0,2}?(?:person|candidate|applicant"
            r"|hire|individual|appointee|one|offer|choice|pick|finalist|front-?runner)?\s*(?:(?:that\s+|who\s+)?(?:you|they)\s+(?:\w+\s+)?(?:hired|picked|chose"
            r"|selected|offered|went\s+with|appointed)\s+)?(?:\w+\s+){0,2}?(?:doesn't|does\s+not|don't|won't|can't"
            r"|isn't|fails?|declines?|turns?\s+(?:it\s+|the\s+offer\s+|your\s+offer\s+)?down|pulls?\s+out|backs?\s+out|drops?\s+out|changes?\s+(?:their|his"
            r"|her)\s+mind|leaves?|quits?|says\s+no|falls?\s+through|goes\s+elsewhere|accepts\s+elsewhere)",
            # Things change on their side: "if anything shifts on your side".
            r"(?:if|in\s+case|should|when)\s+(?:anything|things|something|the\s+situation|circumstances|plans|that)\s+"
            r"(?:\w+\s+){0,2}?(?:shift|move|develop|happen|open|come\s+up|comes\s+up|evolve|turn\s+around|free|opens)\w*",
            # Still wanting this role: "still very much up for this role", "still part of the process".
            r"still\s+(?:very\s+much\s+|very\s+|really\s+|so\s+|totally\s+|absolutely\s+|definitely\s+)?(?:up\s+for|open\s+to"
            r"|game\s+for|available\s+for|keen\s+on|hungry\s+for|want(?:ing)?|after)\s+" + _ROLE,
            r"(?:still|again)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:part\s+of|included\s+in|in)\s+(?:the|your|this)\s+(?:[\w-]+\s+)?"
            r"(?:process|running|shortlist|selection|race|pool|pipeline|mix|final\s+round)\b",
            r"(?:application|candidacy|candidature|cv|name|profile|file)\s+(?:\w+\s+){0,2}?(?:be|being|remain|remains|stay"
            r"|stays|kept)\s+(?:kept\s+)?(?:open|active|live|alive|on\s+(?:the\s+)?(?:shortlist|list|table)|under\s+"
            r"consideration|in\s+(?:consideration|the\s+(?:running|mix|pool|pipeline)))",
            r"keep\s+(?:me|my\s+(?:\w+\s+)?(?:application|candidacy|candidature|cv|name|profile|file))\s+(?:open|active"
            r"|live|alive|under\s+consideration|on\s+the\s+shortlist)",
            # Another meeting for this role: "a follow-up chat about this position", "another interview with the CTO".
            r"(?:follow-?up|further|another|second|new|fresh|extra|additional)\s+(?:chat|call|conversation|meeting|interview"
            r"|discussion|talk|round)\s+(?:about|for|regarding|on|re)\s+" + _ROLE,
            r"(?:another|a\s+second|a\s+further|one\s+more|a\s+new|an\s+extra|an\s+additional|a\s+follow-?up)\s+(?:\w+\s+)?"
            r"(?:interview|round|meeting|conversation|chat|call)\s+with\s+(?:the|your|a|an|someone|another|other)\b",
            r"(?:set|sort)\s+(?:one|it|that|this)\s+up|(?:arrange|schedule|organi[sz]e|book|set\s+up)\s+(?:\w+\s+){0,2}?"
            r"(?:another|a\s+second|a\s+further|a\s+follow-?up|a\s+new)\s+(?:\w+\s+)?(?:interview|round|meeting|call)",
            r"keep\s+the\s+(?:conversation|dialogue|discussion)\s+(?:going|open|alive)",
            r"before\s+(?:you|they|the\s+\w+)\s+(?:\w+\s+)?(?:close|finali[sz]e|fill|wrap\s+up|complete|end)\s+(?:the\s+)?"
            r"(?:process|role|position|search|vacancy|recruitment|hiring)",
            r"(?:could|can|may|might)\s+i\s+(?:perhaps\s+|possibly\s+|still\s+|also\s+|maybe\s+)?(?:meet|speak\s+(?:to|with)"
            r"|talk\s+(?:to|with)|present|demonstrate|join|come\s+in|redo|be\s+(?:considered|part|included|re-?considered))"
            r"\b(?=[^.?!]{0,80}\b(?:this|the|that)\s+(?:same\s+)?(?:role|position|job|vacancy|post|process|panel"
            r"|decision)\b)",
            # Redone work offered for this decision: "presenting a revised solution to the panel".
            r"(?:present|send|show|share|submit|walk\s+you\s+through|email|forward)\w*\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:revised"
            r"|updated|improved|corrected|fixed|reworked|amended|better|second)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=[^.?!]{0,60}"
            r"\b(?:consider|look|review|again|panel|team|finalists|candidates|decision|role|position|you\s+(?:to|can|could)))",
            _OFFER
            + r"\s+(?:send|share|show|present|walk\s+you\s+through)\s+(?:it|them|this|that)\b(?=[^.?!]{0,60}\b(?:so"
            r"\s+(?:that\s+)?you\s+(?:can|could)\s+see|after\s+all|reconsider|again))",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            # Threats and escalation, however they are phrased.
            r"(?:i|i'll|i\s+will|i\s+shall|i'm\s+going\s+to|i\s+am\s+going\s+to|i\s+may|i\s+might|i'd|i\s+would|i\s+will"
            r"\s+have\s+to|i'll\s+have\s+to)\s+(?:\w+\s+){0,3}?(?:leav|post|writ|shar|publish|escalat|report|complain"
            r"|contact|rais|lodg|fil|go|tak|forward|mention|tell)\w*\s+(?:\w+\s+){0,4}?(?:reviews?|glassdoor|indeed"
            r"|trustpilot|complaint|grievance|ombudsman|regulator|dean|ceo|director|supervisor|lawyer|legal|press"
            r"|media|publicly|public|further|higher\s+up|your\s+(?:manager|boss|superiors?))\b",
            r"glassdoor|formal\s+complaint|(?:raise|file|lodge|make|submit)\s+a\s+(?:\w+\s+)?(?:complaint|grievance)"
            r"|ombudsman|review\s+sites?|(?:go|going)\s+public|name\s+and\s+shame",
            # Obligations put on the reader: "you have a responsibility to", "requirements for your reply".
            r"(?:you|u|your\s+company|the\s+company|employers)\s+(?:have|has|bear|carry)\s+(?:a|an|the)\s+(?:\w+\s+)?"
            r"(?:duty|responsibility|obligation)",
            r"requirements?\s+(?:for|of)\s+(?:your|a|the)\s+(?:reply|response|answer|feedback)",
            r"i(?:'ll|\s+will|\s+shall|'d|\s+would)\s+(?:\w+\s+)?expect\s+(?:it|them|this|that|a|an|your|you|to|feedback)\b",
            r"at\s+the\s+(?:very\s+)?latest",
            r"(?:can't|cannot|can\s+not|won't)\s+wait\s+(?:forever|any\s+longer|much\s+longer|indefinitely)",
        ),
        LEAVE_OUT_THREAT,
        negatable=False,
    ),
    PhraseRule(
        "demanding",
        _rx(
            # A hard time limit in a sentence that asks or requires: "please action this today".
            r"(?:today|tonight|tomorrow(?:\s+(?:morning|noon|afternoon))?|this\s+week|first\s+thing|by\s+(?:the\s+)?"
            + DATE
            + r"|(?:end|close)\s+of\s+(?:the\s+)?(?:day|play|business|week))\b",
        ),
        LEAVE_TIMING,
        context=re.compile(
            r"\b(?:please|pls|plz|kindly|action|i\s+(?:will\s+|'ll\s+|would\s+|'d\s+|really\s+)?(?:need|want|require"
            r"|expect)|you\s+(?:must|need|have\s+to|should)|respond|reply|send|get\s+back|revert|answer|provide"
            r"|forward|deliver|share)\b",
            _FLAGS,
        ),
        unless_before=re.compile(
            r"\b(?:i'll|i\s+will|i'm|i\s+am|i'd\s+like\s+to|i\s+plan|i\s+hope|i've|i\s+(?:can|could|may|might)"
            r"|my\s+\w+\s+(?:is|are)|thank\w*|thanks)\b",
            _FLAGS,
        ),
    ),
]

_JUDGE_SUBJECT = (
    r"(?:(?:the|your|this|that|their)\s+(?:[\w-]+\s+)?(?:panel|panellists?|interviewers?|committee|hiring\s+(?:manager|team)"
    r"|recruiters?|hr|assessors?|reviewers?|board|manager|examiners?|markers?)|(?:nobody|no\s+one|none)\s+(?:\w+\s+)?"
    r"(?:on|in|of)\s+(?:the|your)\s+(?:panel|team|committee|interview\w*|board))"
)
_CRITICISM = (
    r"(?:weak|poor|lacking|lack|lacked|outdated|junior|limited|not\s+(?:strong|good|senior|technical)\s+enough"
    r"|insufficient|inexperienced|underqualified|average|basic|shallow|superficial|thin)"
)
GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            # Fault-finding with the judges: "the committee appears not to have read…", "your HR made an error",
            # "the panel confused me with another candidate", "nobody on the panel had ever worked in…".
            _JUDGE_SUBJECT
            + r"\s+(?:\w+\s+){0,2}?(?:(?:appears?|appeared|seems?|seemed)\s+(?:not\s+to|to\s+not|never\s+to"
            r"|to\s+have\s+not)|made\s+(?:an?\s+|some\s+)?(?:\w+\s+)?(?:error|mistake|blunder)|(?:confused|mixed)\s+me"
            r"|mixed\s+up|(?:had|has|have)\s+(?:never|no|not|already\s+decided|already\s+made)|never\s+\w+"
            r"|misread|misheard|misunderstood|mis-?scored|mis-?marked|miscalculated|lost|forgot)",
            r"(?:nobody|no\s+one|none)\s+(?:\w+\s+)?(?:on|in|of)\s+(?:the|your)\s+(?:panel|committee|board|interview\w*)",
            # The writer's record set against the verdict: "my SQL was called weak when I literally teach it".
            r"(?:being\s+told|(?:was|were|been|being)\s+(?:called|labelled|labeled|described\s+as|deemed|judged|rated"
            r"|found|marked\s+as|considered)|(?:you|they|the\s+\w+)\s+(?:called|labelled|labeled|described|deemed|rated"
            r"|found|considered|said|thought))\s+(?:[\w'-]+\s+){0,3}?" + _CRITICISM + r"\b"
            r"(?=[^.?!]{0,80}\b(?:when\s+i|given\s+(?:that\s+)?(?:i|my)|despite|even\s+though|although\s+i|yet\s+i"
            r"|considering|as\s+i\s+(?:literally|actually)|rich|wild|ironic|funny|laughable|odd|strange|won\s+an?"
            r"|years|award))",
            r"(?:(?:I've|I\s+have|I)\s+(?:been\s+)?(?:\w+\s+){0,4}?(?:for\s+)?(?:\w+\s+)?(?:years|decades?)\s*,?\s+so"
            r"\s+(?:being\s+told|to\s+be\s+told|hearing))",
            r"exactly\s+(?:who|what|the\s+(?:person|profile|candidate))\s+(?:you|they)\s+(?:were|are|said\s+you\s+were)"
            r"\s+(?:\w+\s+)?(?:looking|searching|asking|hoping)",
            r"(?:a\s+bit|rather|a\s+little)\s+rich|rich\s+coming\s+from|(?:pretty|quite|bit)\s+wild\s+that|funny\s+how"
            r"|ironic(?:ally)?\b|laughable|when\s+i\s+(?:literally|actually)\s+(?:teach|run|lead|built|build|wrote"
            r"|write|do|did|manage|managed|have|hold|taught)",
            # Complaints about how they judged: "felt like a setup", "not a reasonable way to judge anyone".
            r"(?:felt|feels|seemed|was|looked)\s+(?:more\s+)?like\s+(?:a|an)\s+(?:\w+\s+)?(?:set-?up|trap|sham|farce"
            r"|interrogation|ambush|formality|pop\s+quiz|memory\s+test|tick-?box)",
            r"trick\s+questions?|(?:every|each|all\s+the)\s+questions?\s+(?:was|were)\s+(?:a\s+)?trick",
            r"(?:twice|(?:three|four|five|several|many|\d+)\s+times|much|far|way)\s+longer\s+than\s+(?:you|it\s+was"
            r"|advertised|stated|promised|described|agreed|the\s+(?:brief|job|advert))",
            r"(?:not|isn't|wasn't|hardly|is\s+not|was\s+not)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:reasonable|fair|valid"
            r"|sensible|good|accurate|meaningful|realistic|proper|reliable)\s+(?:way|means|method|measure|test|basis"
            r"|indicator|yardstick)\s+(?:to|of|for)\b",
            r"tells?\s+(?:you|anyone|them|us)\s+(?:very\s+)?(?:little|nothing|much)\s+about",
            r"not\s+(?:entirely\s+|fully\s+|really\s+|at\s+all\s+)?convinced\s+(?:that\s+)?(?:a|the|this|that|your|one"
            r"|any|anyone|it|someone)\b",
            r"i\s+(?:\w+\s+){0,2}?question\s+(?:how|why|if)\b|how\s+seriously\s+(?:my|i|the|you)",
            r"(?:rejected|turned\s+down|dismissed|declined|decided)\s+(?:\w+\s+){0,2}?within\s+(?:an?\s+|one\s+|a\s+few"
            r"\s+|\d+\s+)?(?:hour|minutes)",
            r"for\s+the\s+record|respectfully\s+(?:note|point\s+out|submit|remind|suggest|observe|disagree)",
        ),
        ABOUT_YOUR_WORK,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"(?:would|could|might|will|does|can)\s+(?:that|it|this)\s+(?:still\s+)?(?:change\s+(?:anything|things"
            r"|the\s+(?:decision|outcome|picture)|your\s+mind)|make\s+(?:a|any)\s+difference)",
            r"(?:add|put|move|bring|get|slot|squeeze|include|invite)\s+me\s+(?:back\s+)?(?:in|into|to|onto|on)\s+(?:the"
            r"|your)\s+(?:[\w-]+\s+)?(?:round|shortlist|list|process|stage|interviews?|pool|pipeline|running|mix)",
            r"after\s+all(?=\s*\?)",
            r"(?:show|present|send|give|walk)\s+(?:the\s+panel|the\s+team|you|them|the\s+hiring\s+\w+)\s+(?:\w+\s+){0,2}?"
            r"(?:finished|completed|final|full|new|polished|improved|revised|updated|fixed)\s+(?:\w+\s+)?(?:version"
            r"|solution|draft|design|model|code|presentation|case\s+study|portfolio|deck)",
            r"(?:share|pass|send|forward|show|put)\w*\s+(?:my\s+)?(?:[\w'-]+\s+){0,2}?(?:with|to|in\s+front\s+of)\s+(?:the"
            r"|your)\s+(?:hiring\s+manager|panel|director|committee|decision[-\s]makers?|head\s+of\s+\w+|ceo|cto)\s+"
            r"(?:again|once\s+more|anyway|after\s+all)",
            r"(?:you're|you\s+are|you|the\s+team|your\s+team|they|the\s+panel|the\s+company)\s+(?:\w+\s+)?(?:still|yet\s+to)"
            r"\s+(?:decid|choos|interview|recruit|finali[sz])\w*",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"(?:check|checking|watch|watching|monitor\w*|refresh\w*)\s+my\s+(?:inbox|e-?mails?|phone|messages)",
            r"need\s+(?:a|an|your|the)\s+(?:\w+\s+){0,2}?(?:answer|response|reply|explanation)\b",
            r"not\s+(?:a|another|some|just\s+a)\s+(?:generic|template|canned|standard|form|automated|copy-?paste)",
            r"(?:reply|respond|answer|get\s+back\s+to\s+me)\s+(?:pls|plz|please|already|now)\b",
            r"(?:please|kindly|pls|plz)\s+(?:just|simply|now|finally|at\s+least)\s+(?:respond|reply|answer|get\s+back"
            r"|send|explain)",
            r"(?:been|it's\s+been)\s+(?:\w+\s+){0,2}?(?:days|weeks|months)\s+(?:and|with|without)\s+(?:nothing|no\s+"
            r"(?:reply|response|answer|word|news|feedback))",
            r"(?:\d+|two|three|four|five|several|multiple|many)\s+(?:e-?mails|messages|reminders|follow-?ups|attempts"
            r"|calls)\s*[,.;:-]?\s+(?:and\s+)?(?:still\s+)?(?:no|zero|not\s+a\s+single|not\s+one)\s+(?:reply|response|answer)",
            r"(?:i'd|i\s+would)\s+like\s+(?:you|u)\s+to\s+(?:send|provide|give|forward|reply|respond|explain|share\s+(?:the"
            r"|your|all))",
            r"(?:i|we)\s+want\s+(?:my|the|your)\s+(?:[\w'-]+\s+){0,3}?(?:feedback|answer|reply|response|notes|scores"
            r"|results|explanation)",
            r"(?:don't|do\s+not|dont)\s+delay",
            r"within\s+\d+\s*(?:h|hrs?|hours?|d|days?)\b",
            r"(?:i'll|i\s+will|i'd|i\s+would|i)\s+need\s+(?:it|them|this|that|those|your\s+\w+)\s+(?:by|before(?!\s+i\b)|within"
            r"|today|tomorrow|tonight|asap|soon|quickly|urgently)",
        ),
        ASK_DONT_REQUIRE,
        negatable=False,
    ),
]

# A sentence that is itself an ask to learn, or owns the weakness, is not arguing with the verdict
# ("I thought my SQL was a strength, so I'd love to hear where it fell short").
_LEARNING = re.compile(
    r"\b(?:so\s+i(?:'d|\s+would)?\s+(?:\w+\s+)?(?:love|like|value|appreciate|welcome|be\s+grateful)|i'd\s+(?:\w+\s+)?"
    r"(?:love|like|value|welcome)\s+to\s+(?:learn|know|understand|hear)|learn|what\s+(?:was\s+missing|held|i\s+(?:could"
    r"|should|missed|got\s+wrong))|which\s+part|where\s+(?:i|it)\s+fell\s+short|perhaps\s+i|maybe\s+i|i\s+(?:didn't|did"
    r"\s+not|wasn't|should\s+have|could\s+have)|with\s+myself|my\s+own\s+fault|my\s+fault|i\s+agree)\b",
    _FLAGS,
)
_VERDICT_TALK = re.compile(
    r"\b(?:decision|decided|turned\s+down|rejected|rejection|marked|scored|judged|assessed|feedback|outcome|panel"
    r"|reviewers?|interviewers?|colleague|hiring|committee|process|whole\s+thing|the\s+way|advertised|told|comments"
    r"|result|choice|chosen|selected|hired|not\s+(?:selected|chosen|shortlisted)|unsuccessful|for\s+lacking)\b",
    _FLAGS,
)
GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            # The writer insists they were right: "I'm quite sure my solution was correct", "I delivered exactly that".
            r"(?:sure|certain|confident|positive|convinced)\s+(?:that\s+)?(?:my\s+(?:[\w-]+\s+){1,3}?(?:was|were|is|are)\s+"
            r"(?:\w+\s+)?(?:correct|right|accurate|fine|solid|strong|good|complete|thorough|sound|valid|spot\s+on)|i\s+(?:did"
            r"|answered|got|covered|met|delivered|handled)\s+(?:\w+\s+)?(?:everything|it\s+(?:all|right)|all|well|right"
            r"|correctly))",
            r"(?:i|i've|i\s+have)\s+(?:\w+\s+)?(?:delivered|did|provided|answered|met|followed|covered|included|listed"
            r"|showed|demonstrated|submitted|wrote|built|gave)\s+(?:\w+\s+){0,4}?(?:exactly|precisely)\s+(?:that|what"
            r"|as|this)\b",
            r"(?:exactly|precisely)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:experience|skills?|background|profile|expertise)\s+"
            r"(?:that\s+)?i\s+(?:have|had|bring|offer|possess)",
            r"(?:listed|stated|mentioned|shown|highlighted|included|written|put)\s+(?:\w+\s+){0,3}?(?:right\s+)?(?:at\s+the"
            r"\s+top|clearly|on\s+page\s+one|in\s+bold|first)\s+(?:of|in|on)\s+my",
            r"(?:every|all\s+(?:the\s+|my\s+)?)\s*tests?\s+pass|(?:works|ran|runs|worked)\s+(?:perfectly|flawlessly)",
        ),
        ABOUT_YOUR_WORK,
        negatable=False,
        unless_sentence=_LEARNING,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            # Frustration with the verdict or the process: "it's frustrating to be turned down for…".
            r"frustrat\w+|backwards|disorgani[sz]ed|shambolic|chaotic|a\s+(?:total\s+|complete\s+)?mess\b|dodged\s+a\s+bullet"
            r"|(?:hard|difficult|struggling)\s+to\s+square|(?:can't|cannot|couldn't|doesn't|does\s+not|don't)\s+square"
            r"|galling|irritat\w+|maddening|infuriat\w+|annoying|unreal\b|a\s+(?:bit\s+of\s+a\s+)?stretch"
            r"|(?:feels?|felt|seems?|seemed)\s+(?:a\s+(?:bit|little)\s+)?(?:backwards|wrong|off|unfair|harsh|odd|strange"
            r"|arbitrary|random|personal)",
        ),
        LEAVE_FAIRNESS,
        negatable=False,
        context=_VERDICT_TALK,
        unless_sentence=_LEARNING,
    ),
    PhraseRule(
        "argumentative",
        _rx(
            # Insinuation: "I find it telling that…", "which raises the question of why…", "I do wonder whether the
            # panel was paying attention".
            r"find\s+it\s+(?:\w+\s+)?(?:telling|revealing|curious|strange|odd|ironic|convenient|interesting)\s+that",
            r"raises\s+(?:the\s+|a\s+|some\s+|serious\s+)?(?:question|questions|doubts|eyebrows)",
            r"(?:makes|made)\s+me\s+(?:wonder|question|doubt)",
            r"i\s+note\s+that\s+(?:you|the|your)",
            r"why\s+(?:\w+\s+){0,5}?(?:advertised|interview\w*|bother\w*)\s+(?:\w+\s+){0,2}?at\s+all\b",
            r"(?:and|but|with)\s+nothing\s+(?:concrete|specific|substantive|real|useful|of\s+substance)",
            r"wonder\w*\s+(?:whether|if|why|how)\s+(?:\w+\s+){0,3}?(?:paying\s+attention|listening|awake|interested"
            r"|prepared|(?:actually|even|really|properly|ever)\s+(?:read|looked|listened|understood|considered)|bothered"
            r"|serious|qualified|knew\s+what)",
            # How they behaved: "your colleague spent most of my interview on his phone".
            r"on\s+(?:his|her|their)\s+(?:phone|laptop|e-?mails?|screen)|(?:checking|looking\s+at|glancing\s+at)\s+(?:his"
            r"|her|their)\s+(?:phone|watch|e-?mails?|laptop)|yawn\w*|talked\s+over\s+me|(?<!i\s)(?:wasn't|weren't|was\s+not"
            r"|were\s+not)\s+(?:even\s+|really\s+)?(?:listening|paying\s+attention)|(?:turned\s+up|arrived|joined|came"
            r"|was|were)\s+(?:\w+\s+)?late\s+(?:to|for)\s+(?:my|the|our)\s+(?:interview|call|meeting)",
        ),
        ASK_TO_LEARN,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            # Concessions to win the role: "drop my notice period", "if that helps the decision".
            r"(?:drop|shorten|cut|reduce|waive|lower|halve|skip|bring\s+forward)\s+my\s+(?:notice(?:\s+period)?|salary"
            r"|rate|day\s+rate|fee|expectations|start\s+date|relocation)",
            r"if\s+(?:that|it|this)\s+(?:helps|would\s+help|makes\s+a\s+difference|tips)\s+(?:\w+\s+)?(?:the|your)\s+"
            r"(?:decision|choice|case|balance)",
            # A second marking: "once I've tidied the tests", "re-marked by a second assessor".
            r"(?:look\s+(?:at|over)|review|consider|assess|see|check|mark|re-?mark|re-?assess|evaluate|read)\s+"
            r"(?:[\w'-]+\s+){0,3}?(?:once|after|when|now\s+that|if)\s+i(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:tidied|fixed|updated|improved"
            r"|finished|polished|reworked|cleaned|completed|corrected|added|redone|rewritten|refactored|changed)",
            r"re-mark\w*|re-?grad(?:e|ed|ing)\b|re-?scor(?:e|ed|ing)\b|second\s+(?:assessor|marker|reviewer|examiner)",
            r"before\s+(?:the|an|your)\s+offer\s+(?:goes|is|gets|has\s+been)\s+(?:out|made|sent|signed|accepted|issued)"
            r"|before\s+(?:you|they)\s+(?:make|send|extend|finali[sz]e)\s+(?:the|an|your)\s+offer",
            r"(?:don't|do\s+not|dont)\s+(?:\w+\s+)?(?:close|reject|withdraw|archive|bin|discard|drop|file\s+away)\s+(?:my"
            r"|me)\b",
            r"(?:a|any|some)\s+(?:place|spot|seat|room|space|slot|opening)\s+for\s+me\b",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            # Escalation: "I've flagged the lack of feedback to your CEO".
            r"(?:flag|report|escalat|rais|cc|copi|copy|complain)\w*\s+(?:[\w'-]+\s+){0,8}?(?:to|with)\s+"
            r"(?:your|the)\s+(?:ceo|boss|md|founder|director|managing\s+director|head\s+of\s+\w+|line\s+manager|superiors?"
            r"|supervisor|board|chair)\b",
            r"i\s+still\s+(?:have|got|received|heard|had)\s+(?:nothing|no\b|zero)|it's\s+now\s+" + DAY,
            r"(?:patience|waiting|wait)\s+(?:is\s+)?(?:getting\s+old|wearing\s+thin|running\s+(?:out|thin))|getting\s+old"
            r"|losing\s+(?:my\s+)?patience|(?:my\s+)?patience\s+(?:is|has)",
        ),
        FOLLOW_UP_LIGHTLY,
        negatable=False,
    ),
]

# The stance net: a statement (not a question) that talks about how the writer was judged, in
# evaluative or contrastive words, without accepting or asking to learn, argues with the verdict
# ("the feedback in the room was positive, so…", "I was, on paper, exactly who you were looking for").
# It catches phrasings no phrase rule foresaw; the acceptance list keeps polite notes out of it.
_STANCE_TARGET = (
    r"decision|decided|outcome|result|reasons?|rejection|rejected|turned\s+(?:me\s+)?down|not\s+(?:selected|chosen"
    r"|shortlisted|successful)|unsuccessful|panel|interviewers?|committee|hiring\s+manager|(?:you|they)\s+(?:chose"
    r"|picked|hired|went\s+with|selected|preferred|called|said|told|thought|found|felt|were\s+looking)|hired|the\s+team"
    r"|process|assessment|scor(?:e|ed|ing)|marked|judged|assessed|evaluat\w+|your\s+feedback|the\s+feedback|verdict"
    r"|reasoning|told\s+(?:me|that)|being\s+told|lack\w*|looking\s+for|the\s+whole\s+thing|counted|loses?\s+out"
    r"|pipeline|comes?\s+close|(?:the|your|this)\s+(?:interview|test|task|exercise|brief|questions?|role)\s+(?:was|were"
    r"|felt|seemed|is)|(?:wasn't|was\s+not|weren't|not)\s+(?:\w+\s+)?(?:ready|suitable|qualified|a\s+(?:good\s+)?fit"
    r"|the\s+right\s+fit)|(?:the|your)\s+(?:[\w-]+\s+)?(?:manager|director|lead|head|supervisor|recruiter|partner)s?"
)
_STANCE_MARK = re.compile(
    r"\b(?:not|never|no|nothing|hardly|barely|but|yet|despite|although|though|given|considering|surely|clearly"
    r"|obviously|only|just|even|so|exactly|precisely|honestly|frankly|literally|at\s+all|every|whole|rich|wild"
    r"|frustrat\w*|backwards|regrettabl\w*|confident|disappointed|surprised|shocked|puzzled|odd|strange|weird|bizarre"
    r"|telling|should\s+have|rather\s+than|instead\s+of|more\s+than|best|strongest|perfect|ideal|correct|wrong"
    r"|mistake\w*|error|fault|caused|blame\w*|trick|setup)\b|n't\b",
    _FLAGS,
)
_STANCE_OK = re.compile(
    r"\?|^\s*(?:[-*]\s*)?(?:could|would|can|will|what|which|how|why|when|where|who|is|are|was|were|do|does|did|may"
    r"|might|should)\b|\b(?:please|kindly|understand\w*|respect\w*|accept\w*|appreciat\w*|makes\s+sense|right\s+(?:choice|call"
    r"|decision|person)|fair|understandabl\w+|no\s+problem|of\s+course|naturally|grateful|thank\w*|thanks|not\s+"
    r"(?:asking|disputing|hoping|looking|trying|questioning|challenging|expecting)|don't\s+(?:want|expect|mean)"
    r"|learn\w*|improv\w*|perhaps|maybe|i\s+(?:didn't|did\s+not|wasn't|should|could|need|must|realise|realize|know|see"
    r"|guess)|my\s+(?:own\s+)?fault|myself|tough|difficult\s+(?:choice|decision)|close\s+(?:call|decision)"
    r"|(?:wasn't|was\s+not|isn't|not)\s+(?:an\s+)?easy|that's\s+fine|whenever|no\s+(?:rush|pressure|worries|need)"
    r"|future|next\s+time|regardless|either\s+way|if\s+(?:you|not)|would\s+(?:really\s+)?help|know\s+why|welcome"
    r"|kind|helpful|useful|glad|happy|enjoy\w*|pleasure|lovely|great\s+to|excited|wish\w*|best\s+(?:wishes|of\s+luck)"
    r"|all\s+the\s+best|you\s+were\s+right|pleasant\w*|friendly|welcoming|warm|lightly|i'm\s+sure|i\s+am\s+sure"
    r"|no\s+doubt|(?:don't|do\s+not|not)\s+(?:\w+\s+)?(?:disagree|dispute|question|challenge|object|mind))\b",
    _FLAGS,
)
GENERAL.append(
    PhraseRule(
        "argumentative",
        _rx(r"(?:" + _STANCE_TARGET + r")\b"),
        "Say what you'd like to learn rather than how you were judged: “I'd be grateful to know what would have made "
        "my interview stronger.”",
        negatable=False,
        context=_STANCE_MARK,
        unless_sentence=_STANCE_OK,
    )
)

# The sway net: a sentence about this role, this decision or the writer's application that also asks
# to go again, stay in, or be let back ("still", "another chance", "could I", "in case"), and asks
# nothing about the feedback itself, is trying to reopen the decision.
_SWAY_TARGET = (
    r"(?:this|the|that)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:role|position|job|vacancy|post|opening)|(?:the|this|your)\s+"
    r"(?:decision|process|shortlist|final\s+(?:round|stage)|offer|hiring\s+manager|panel|team)|my\s+(?:application"
    r"|candidacy|candidature|cv|profile|name)"
)
_SWAY_MARK = re.compile(
    r"\b(?:again|still|(?:another|a\s+second|one\s+more|a\s+fresh)\s+(?:\w+\s+)?(?:chance|go|look|interview|round"
    r"|shot|try|opportunity|conversation|chat|call|meeting)|back\s+(?:in|into|on|to)|re-?(?:consider|visit|open|assess"
    r"|evaluat|review)\w*|change\s+(?:your|the|its|their)\s+(?:mind|decision|outcome)|once\s+more|after\s+all|anyway"
    r"|instead|in\s+case|(?:willing|happy|ready|open|glad|keen|able)\s+to|could\s+i|can\s+i|may\s+i|let\s+me|give\s+me"
    r"|consider\s+me|chance|possible|possibility|(?:any|a|no)\s+way)\b",
    _FLAGS,
)
_SWAY_OK = re.compile(
    r"\b(?:feedback|thoughts?|comments?|notes?|advice|pointers?|tips?|learn\w*|improv\w*|understand\w*|respect\w*"
    r"|accept\w*|thank\w*|thanks|grateful|appreciat\w*|enjoy\w*|liked|future|other|later|next\s+(?:time|year)|not\s+"
    r"(?:asking|hoping|looking|trying|expecting)|don't\s+(?:want|expect)|(?<!-)share|tell|explain|view|insight|perspective"
    r"|know|hear|strengthen|better|stronger|weak\w*|missing|fell\s+short|lessons?|(?:could|may|can)\s+i\s+ask"
    r"|recommend|suggest|(?:you|you'd|you\s+would|would\s+you)\s+change|(?:was|am|'m)\s+(?:really\s+|so\s+|very\s+)?"
    r"(?:happy|glad|pleased))\b",
    _FLAGS,
)
GENERAL.append(
    PhraseRule(
        "sway",
        _rx(r"(?:" + _SWAY_TARGET + r")\b"),
        NO_REOPEN,
        context=_SWAY_MARK,
        unless_sentence=_SWAY_OK,
        unless_after=_FUTURE,
    )
)

GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            # "My portfolio speaks for itself", "compares favourably with anyone you interviewed".
            r"speaks?\s+for\s+(?:itself|themselves)|compares?\s+(?:very\s+)?favou?rably",
            r"(?:struggle|disagree|take\s+issue|quarrel|have\s+(?:a\s+)?(?:problem|trouble))\s+with\s+(?:the\s+)?(?:idea"
            r"|notion|suggestion|claim|view|assessment|conclusion|verdict|characteri[sz]ation)",
            r"(?:anyone|everyone|the\s+others|other\s+(?:candidates|applicants)|whoever)\s+(?:else\s+)?(?:you|they)\s+"
            r"(?:interviewed|saw|met|chose|hired|shortlisted|considered)",
            # Counterfactual blame: "had the interview been at a reasonable hour, I would have…".
            r"(?:had|if)\s+(?:the|you|they|your)\s+(?:[\w'-]+\s+){0,4}?(?:been|given|asked|allowed|let|scheduled|told"
            r"|explained|warned)\b(?=[^.?!]{0,80}\bi(?:'d|\s+would|\s+could)\s+(?:\w+\s+)?(?:have|'ve)\b)",
            r"(?:hardly|barely|not\s+(?:very|really|at\s+all))\s+(?:seems?\s+|seemed\s+)?(?:relevant|related|appropriate"
            r"|necessary|reasonable|proportionate)",
            r"(?:can't|cannot|couldn't)\s+have\s+been\s+(?:that|so|too)\s+(?:far\s+off|bad|wrong|weak|poor)",
            r"(?:scenario|question|task|test|exercise|case|brief)s?\s+(?:that\s+)?you\s+(?:gave|set|asked|used|chose"
            r"|picked)\s+(?:\w+\s+){0,2}?(?:had|was|were)\s+(?:no|not|un\w+|badly|poorly|impossible)",
            r"anyone\s+would\s+have\s+(?:stumbled|struggled|failed|found|got|been)",
            r"(?:outweigh\w*|mattered\s+more\s+than|more\s+weight\s+than|counted\s+against)\b(?=[^.?!]{0,60}\b(?:my"
            r"|experience|years))",
            r"(?:shame|pity)\s+that\s+(?:one|a\s+single|just\s+one|the|your|you)",
            r"(?:didn't|did\s+not|doesn't|does\s+not)\s+(?:seem\s+to\s+)?(?:know|understand|grasp)\s+what\s+the\s+"
            r"(?:role|job|work|position)",
        ),
        ABOUT_YOUR_WORK,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"(?:make|makes|made)\s+(?:a|any)\s+difference(?=[^.?!]{0,40}\?)|at\s+this\s+(?:late\s+)?stage"
            r"(?=[^.?!]{0,40}\?)",
            r"alongside\s+(?:the\s+)?other\s+(?:finalists|candidates|applicants)",
            r"(?:job-?share|part-?time|contract|freelance|fixed-?term|temporary|interim|secondment)\s+(?:\w+\s+)?"
            r"(?:arrangement|basis|version|option|variant)",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"(?:a\s+second|one\s+more|a\s+further|a\s+new)\s+(?:\w+\s+)?(?:lesson|class|demo|presentation|task|test"
            r"|exercise|sample|session|assessment|trial|interview|round)\b",
            r"(?:sit|take|do|redo|try|attempt|present|teach|run)\s+(?:\w+\s+){0,3}?(?:a\s+second|one\s+more|another)\s+"
            r"(?:time|attempt|sitting)\b",
        ),
        NO_REOPEN,
        context=re.compile(
            r"\b(?:would|could|can|may|might|possible|opportunity|chance|like|love|grateful|welcome|happy|glad|willing"
            r"|gladly|happily|willingly|let\s+me|offer|please)\b",
            _FLAGS,
        ),
        unless_after=_FUTURE,
        unless_before=re.compile(r"\b(?:thank\w*|thanks|thx)\s+(?:you\s+)?(?:\w+\s+){0,2}?for\b|\bbefore\b", _FLAGS),
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"until\s+(?:i|someone|somebody|you)\s+(?:\w+\s+)?(?:get|gets|hear|receive|tell|tells|reply|replies|answer"
            r"|answers|explain|explains|respond|responds)\b",
            r"not\s+going\s+anywhere|keep\s+(?:e-?mailing|writing|calling|chasing|asking)",
            r"(?:quick|fast|rapid|speedy|swift)\s+turnaround",
            r"expect\s+better",
            r"(?:week|weeks|days|month|fortnight)\s+(?:has|have)\s+(?:now\s+)?(?:gone\s+by|passed)",
            r"should\s+(?:have|'ve)\s+(?:reached|arrived|been\s+(?:sent|done|ready)|come|heard)|by\s+now\b",
            r"chase\s+(?:it|this|that|them|someone|it\s+up)\b",
        ),
        FOLLOW_UP_LIGHTLY,
        negatable=False,
    ),
]

GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            # Superlatives about oneself: "I was the most experienced candidate you interviewed".
            r"(?:i\s+was|i'm|i\s+am|i'd\s+be|i\s+would\s+be|i\s+would\s+have\s+been|i'd\s+have\s+been)\s+(?:\w+\s+){0,2}?"
            r"the\s+(?:most|best|strongest|only|ideal|perfect)\s+(?:[\w-]+\s+)?(?:candidate|applicant|person|fit|choice"
            r"|match|one)\b",
            # Their choice set against the writer's record: "why you went with someone else when I had more…".
            r"(?:went\s+with|chose|picked|hired|selected|preferred|appointed)\s+(?:someone|somebody|another|a\s+different"
            r"|the\s+other)\b(?=[^.?!]{0,60}\b(?:when\s+i|though\s+i|although\s+i|despite|given\s+(?:that\s+)?(?:i|my)))",
            r"when\s+i\s+(?:had|have|was|am|brought|bring)\s+(?:\w+\s+)?(?:more|better|stronger|the\s+most|far\s+more|much"
            r"\s+more)\b",
        ),
        LET_WORK_SPEAK,
        negatable=False,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"i\s+(?:really|urgently|desperately|badly|do|absolutely)\s+need\s+(?:\w+\s+){0,2}?(?:feedback|answer|reply"
            r"|response|this|to\s+know|an?\s+explanation)",
        ),
        ASK_DONT_REQUIRE,
    ),
]

GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            # Setting the record straight: "I'd like to point out that I was never told…".
            r"(?:i'd|i\s+would|let\s+me|may\s+i|must|have\s+to|should|just\s+want\s+to|wish\s+to)\s+(?:\w+\s+)?point\s+out",
            r"(?:was|were)\s+never\s+(?:told|informed|warned|asked|given)|(?:nobody|no\s+one)\s+(?:ever\s+)?(?:told|informed"
            r"|warned)\s+me|(?:wasn't|was\s+not)\s+(?:told|informed|warned)\s+(?:that|about|the)",
            r"(?:my|the)\s+(?:[\w-]+\s+){0,2}?(?:wasn't|weren't|was\s+not|were\s+not|never\s+got|didn't\s+get)\s+even\s+"
            r"(?:\w+ed|seen|read|looked\s+at)",
            r"not\s+being\s+funny|no\s+offen[cs]e|don't\s+take\s+this\s+the\s+wrong\s+way|with\s+the\s+greatest\s+respect",
            r"(?:done|doing|held|had|worked)\s+(?:this|that|the)\s+(?:exact|very|same)\s+(?:job|role|work|position)",
            r"(?:not\s+(?:at\s+all\s+)?clear|unclear|a\s+mystery|beyond\s+me|puzzled|confused)\s+(?:on\s+|about\s+|as\s+to\s+)?"
            r"(?:how|why)\s+i\s+(?:failed|lost|was\s+rejected|got\s+rejected|didn't|did\s+not|wasn't|was\s+not|missed"
            r"|could\s+(?:have\s+)?fail\w*)",
        ),
        ASK_TO_LEARN,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"if\s+(?:you|they|the\s+team)\s+(?:gave|give|offered|offer|were\s+to\s+give)\s+me\s+(?:the|a|an|this|that)\s+"
            r"(?:\w+\s+)?(?:opportunity|chance|role|job|position|go|shot)",
            r"(?:could|can|may|might)\s+i\s+(?!(?:ask|check|write|follow|nudge|remind|say|thank|just\s+ask)\b)(?:[\w'-]+\s+)"
            r"{1,6}?again\b",
            r"(?:have|get|give)\s+(?:it\s+)?(?:a|another)\s+(?:go|try|shot|crack|attempt)\s+(?:\w+\s+){0,3}?again",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"been\s+waiting\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:a|an|one|two|three|\d+|several"
            r"|a\s+few|many)\s+(?:\w+\s+)?(?:days?|weeks?|months?|fortnight|hours)",
            r"pronto|chop-?chop|sharpish|double-?quick|on\s+the\s+double",
            r"(?:(?<=[.!?]\s)|(?<=\n)|^)need\s+(?:your\s+|some\s+|the\s+|a\s+)?(?:feedback|answer|reply|response|notes"
            r"|comments)",
        ),
        LEAVE_TIMING,
        negatable=False,
    ),
]

GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            r"(?:not|isn't|wasn't|never)\s+(?:nearly\s+|remotely\s+|really\s+)?(?:enough|sufficient|long\s+enough)\s+"
            r"(?:time\s+)?to\s+(?:show|demonstrate|judge|assess|evaluate|see|get\s+to\s+know|understand|decide)",
            r"(?:i'm|i\s+am)\s+(?:\w+\s+)?at\s+a\s+loss\b(?!\s+(?:for|as\s+to\s+(?:what|how)\s+(?:to|i\s+(?:can|could"
            r"|should))))",
            r"(?:exactly|precisely)\s+(?:the\s+way|as|how)\s+(?:you|your|the\s+(?:brief|guide|guidance|instructions"
            r"|job\s+description))",
        ),
        ASK_TO_LEARN,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"(?:any|some)\s+hope\s+(?:of|for)\s+(?:a\s+)?(?:rethink|re-?think|change|second|another|reconsider\w*|review"
            r"|u-?turn)",
            r"(?:a|any)\s+(?:rethink|re-think|u-?turn)\b",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"i(?:'ll|\s+will|'d|\s+would)?\s+need\s+(?:it|them|this|that|those|your\s+[\w-]+)\b(?=[^.?!]{0,60}\b(?:by"
            r"|before(?!\s+i\b)|within|today|tomorrow|tonight|asap|soon|urgently)\b)",
        ),
        LEAVE_TIMING,
        negatable=False,
    ),
]

GENERAL += [
    PhraseRule(
        "demanding",
        _rx(
            # A bare order at the start of a sentence: "Reply to this email with your notes".
            r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|^)(?:reply|respond|answer|send|get\s+back|write\s+back|provide"
            r"|forward|e-?mail\s+me|explain|confirm)\b",
        ),
        ASK_DONT_REQUIRE,
        negatable=False,
        unless_sentence=re.compile(
            r"\b(?:whenever|if\s+you|when\s+you\s+(?:can|have|get)|no\s+(?:rush|pressure|hurry)|in\s+your\s+own\s+time"
            r"|at\s+your\s+(?:own\s+)?(?:pace|leisure)|if\s+(?:possible|convenient))\b",
            _FLAGS,
        ),
    ),
    PhraseRule(
        "argumentative",
        _rx(
            r"(?:spec|specification|description|advert|ad|requirements|criteria)\s+(?:\w+\s+)?(?:matched|matches|mirrored"
            r"|described)\s+(?:my|me)\b",
            r"(?:i'd|i\s+would)\s+have\s+(?:thought|expected|assumed)",
            r"(?:carry|carried|deserve[sd]?|given|get|got)\s+(?:a\s+lot\s+|much\s+|far\s+)?more\s+weight",
            r"(?:just|simply)\s+(?:didn't|did\s+not|don't|do\s+not)\s+like\s+(?:my|me)\b",
            r"(?:won't|will\s+not|wouldn't|couldn't|can't|cannot)\s+(?:find|get|have|hire)\s+(?:anyone|anybody|someone"
            r"|a\s+candidate)\s+(?:more|better)",
            r"(?:more\s+[\w-]+|better|stronger|harder-?working)\s+than\s+me\b",
        ),
        LET_WORK_SPEAK,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"before\s+(?:advertising|re-?advertising|posting|re-?posting|opening|re-?opening)\b",
            r"(?:flexible|negotiable)\s+(?:on|about|with|regarding)\s+(?:\w+\s+)?(?:salary|pay|rate|start|hours|location"
            r"|terms|package|notice)",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"(?:say|post|write|share|complain|talk)\w*\s+(?:\w+\s+){0,3}?(?:online|publicly|on\s+(?:linkedin|twitter|x"
            r"|reddit|social\s+media|glassdoor))\b",
        ),
        LEAVE_OUT_THREAT,
        negatable=False,
    ),
]

GENERAL += [
    PhraseRule(
        "sway",
        _rx(
            r"ship\s+(?:has\s+)?sailed|(?:is\s+it|it's|would\s+it\s+be)\s+(?:still\s+)?worth\s+(?:me\s+)?(?:sending|trying"
            r"|applying|submitting|re-?applying|resubmitting)",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"(?:call|calling|phone|phoning|ring|ringing|visit|visiting|turn\s+up\s+at|come\s+(?:in\s+)?to|drop\s+by)\s+"
            r"(?:at\s+)?(?:your|the)\s+(?:office|offices|reception|hr|headquarters|hq|building)",
        ),
        LEAVE_OUT_THREAT,
        negatable=False,
    ),
]

GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            r"all\s+along\b|(?:i\s+)?suspect\s+(?:that\s+)?(?:the|you|they|it|this|someone|your)\b",
            r"(?:questions?|task|brief|instructions?|test|exercise|process|interview|format|assessment)\s+(?:\w+\s+)?should"
            r"\s+(?:have|'ve)\s+been\b",
            r"(?:answers?|solution|code|work)\s+(?:were|was)\s+(?:\w+\s+)?(?:textbook|flawless|spot\s+on)",
        ),
        ABOUT_YOUR_WORK,
        negatable=False,
    ),
    PhraseRule(
        "demanding",
        _rx(
            r"where\s+(?:is|'s)\s+(?:it|my|the|your)\b(?=[^.?!]{0,40}\?)|where's\s+(?:it|my|the|your)\b(?=[^.?!]{0,40}\?)",
            r"you\s+(?:said|promised|told\s+me)\s+(?:you'd|you\s+would|you\s+will)\s+(?:\w+\s+){0,2}?(?:send|reply|get\s+back"
            r"|respond|share|have)\b(?=[^.?!]{0,60}\b(?:last|yesterday|ago|by|already|still|where|why))",
        ),
        FOLLOW_UP_LIGHTLY,
        negatable=False,
    ),
]

GENERAL += [
    PhraseRule(
        "argumentative",
        _rx(
            r"(?:doesn't|does\s+not|hardly|don't|do\s+not)\s+(?:\w+\s+)?describe\s+(?:me|the\s+person|someone|anyone|my)\b"
        ),
        LET_WORK_SPEAK,
        negatable=False,
    ),
    PhraseRule(
        "sway",
        _rx(
            r"(?:wiggle|any|some)\s+room\s+(?:on|in|around|with)\s+(?:the|your|this)\s+(?:decision|outcome|choice)",
            r"change\s+(?:the\s+picture|anything|things|the\s+outcome|the\s+decision|your\s+mind)(?=[^.?!]{0,30}\?)",
        ),
        NO_REOPEN,
        unless_after=_FUTURE,
    ),
]

PHRASE_RULES: list[PhraseRule] = ARGUMENTATIVE + SWAY + DEMANDING + GENERAL

# Negation in the clause before a match ------------------------------------------------------------
NEGATION = re.compile(
    r"\b(?:not|no|never|without|nor|neither|hardly|rather\s+than|instead\s+of|no\s+need|"
    r"(?:do|does|did|is|are|was|were|have|has|had|ca|can|could|would|should|wo|must|might|need|shall|ai)n'?t|"
    r"cannot|won'?t)\b",
    _FLAGS,
)
# Negations that hedge rather than negate: "I don't suppose you'd reconsider", "not sure whether…".
HEDGE_AFTER_NEGATION = re.compile(
    r"\s*(?:really\s+)?(?:suppose|wonder|know\s+(?:if|whether)|sure\s+(?:if|whether)|mind|help\s+(?:feeling"
    r"|thinking|but)|hear|heard|receive|received|get|got)\b",
    _FLAGS,
)
CLAUSE_BREAK = re.compile(r"[,;:()\n]|\s-+\s|\b(?:but|however|though|although|yet|so|and)\b", _FLAGS)

# Whole-text checks ---------------------------------------------------------------------------------
THANKS = re.compile(
    r"\b(?:thank\w*|thanks|thx|thnx|tks|thnks|ty\b|grateful|gratitude|appreciat\w*|cheers|kudos|much\s+obliged|"
    r"(?<!legally\s)(?<!required\s)obliged(?!\s+to\s+(?:provide|send|give|share|reply|respond|explain))|kind\s+of\s+you|means\s+a\s+lot|meant\s+a\s+lot|pleasure|enjoyed|merci|danke|gracias|grazie|"
    r"obrigad[oa]|honou?red|privilege|value\s+(?:your|the)\s+(?:time|help|input|feedback|reply|honesty|candou?r))",
    _FLAGS,
)
# Words that make a sentence an ask even when it also thanks ("I'd be grateful for feedback on…").
STRONG_ASK = re.compile(
    r"\b(?:if\s+you\b|(?:would|'d|will|'ll)\s+(?:\w+\s+)?"
    r"(?:appreciate|be\s+(?:\w+\s+)?grateful|be\s+(?:\w+\s+)?thankful|be\s+(?:\w+\s+)?obliged)|feedback|thoughts?|views?|opinion|impressions?|insights?|advice|pointers?|tips?|comments?|suggestions?|"
    r"observations?|input|guidance|perspective|improv\w*|better|stronger|strengthen\w*|weak\w*|gaps?|lack\w*|"
    r"missing|fell\s+short|fall\s+short|differently|work\s+on|focus|develop|learn|let\s+me\s+know|hear|understand|"
    r"share|tell|explain|comment|point\s+me|send\s+(?:over|me|through)|particular\w*|especially|specifically|curious|wonder(?:ing)?"
    r"|concern\w*|whether|know(?:ing)?\s+(?:if|what|how|which|where|why))\b",
    _FLAGS,
)
GENERIC_AFTER_MY = (
    r"application|applications|candidacy|candidature|chances?|performance|requests?|e-?mails?|messages?|note|details"
    r"|time|side|part|case|own|future|next|career|job|search|best|way|situation|development|growth|self|progress"
    r"|submission|name|previous|earlier|last|first|questions?|interest|thanks|gratitude|apolog(?:y|ies)"
    r"|understanding|learning|improvement|areas?|rejection|results?|outcome|feedback|thoughts|mind|views?|opinion"
    r"|regards|hopes?|congratulations|congrats|sincere|heart|goals?|journey|efforts?|attempt|try|weakness(?:es)?"
    r"|weak|strengths?|shortcomings|gaps|mistakes|errors|faults|chance|end|behalf|favou?r|friend|family|day|week"
    r"|hand|very|only|current|recent|overall|general|whole|shoes|place|position"
)
TOPIC = re.compile(
    r"\b(?:interviews?|interviewers?|(?:phone|video|first|second|final|technical|panel|hr)\s+(?:screen|call|round"
    r"|stage)s?|"
    r"screening|cover(?:ing)?\s+letters?|motivation(?:al)?\s+letters?|personal\s+statement|r[eé]sum[eé]s?|cvs?|c\.v\.|"
    r"curriculum\s+vitae|qualifications?|certifications?|degrees?|experiences?|skills?|skillset|skill-set|"
    r"communicat\w*|culture|cultural|(?:team|culture)[-\s]fit|\bfit\b|portfolios?|case[-\s]stud(?:y|ies)|tasks?|"
    r"assignments?|exercises?|tests?|assessments?|challenges?|take[-\s]home|homework|presentations?|demo|"
    r"demonstration|pitch|answers|my\s+answer|responses|examples|my\s+example|questions|rounds?|panel|code|coding"
    r"|code\s+review|"
    r"pair[-\s]programming|whiteboard|system\s+design|design|solutions?|approach|proposal|research|"
    r"writing\s+samples?|background|knowledge|expertise|leadership|management|salary|expectations|preparation|"
    r"slides?|section|technical|english|language|references?|profile|projects?|sql|python|excel|budget\w*|"
    r"stakeholders?|methods?|teaching|strengths?|weaknesses|body\s+language|confidence|motivation|stor(?:y|ies)|"
    r"application\s+(?:letters?|forms?|materials|documents|pack)|"
    r"(?:the|that|this|my|one|a)\s+(?:[\w-]+\s+)?(?:question|answer|response)\s+(?:about|on|regarding)\b|"
    r"(?:the|that|this|my)\s+(?:[\w-]+\s+)?(?:question|answer|response)\b|"
    r"scores?|scoring|marks|criteria|criterion|credentials|track\s+record|discussion|writing\s+(?:samples?|skills"
    r"|style|tests?|exercises?|tasks?)|my\s+writing|on-?site|thesis|"
    r"publications?|lesson|attitude|energy|enthusiasm|tone|manner|demeanou?r|teamwork|collaboration|"
    r"problem[-\s]solving|analytical|github|linkedin|certificat\w*|grades|gpa|negotiation|"
    r"storytelling|trial\s+day|role[-\s]play|group\s+exercise|assessment\s+centre|assessment\s+center|"
    r"structur\w*|lecture|lessons?|talk|session|workshop|model(?:l?ing)?|analysis|strategy|framework|reasoning|"
    r"delivery|pacing|visuali[sz]ations?|dashboards?|pairing|algorithms?|architecture|critique|walkthrough|"
    r"how\s+i\s+(?:came|come|would\s+come)\s+across|how\s+i\s+would\s+fit|"
    # Any other "my <something>" names a topic, unless the something is generic.
    r"my\s+(?!(?:" + GENERIC_AFTER_MY + r")\b)[^\W\d_][\w-]*)\b",
    _FLAGS,
)
# A clause in which the writer speaks about their own work ("I'll revisit my case study").
OWN_CLAUSE = re.compile(r"\s*(?:i|i'll|i'm|i've|i'd|i\s+(?:will|am|have|would|need|want|plan))\b", _FLAGS)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
LIST_ITEM = re.compile(r"\s*(?:[-*•·▪◦‣>]+|\(?\d{1,2}[.)]|\(?[a-h][.)])\s", _FLAGS)
_AUX = r"(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|have|has|had|am)"
# "How are you?" is a greeting, not a question to answer.
PLEASANTRY = re.compile(
    r"(?:how\s+are\s+(?:you|things)|how\s+have\s+you\s+been|how's\s+(?:it\s+going|everything|things|your\s+(?:week|day))"
    r"|how\s+is\s+(?:your\s+(?:week|day)|everything|it\s+going)|how\s+was\s+your\s+(?:weekend|week|holiday|break))"
    r"(?:\s+(?:doing|today|lately|keeping))?\s*[?!.]*\s*$",
    _FLAGS,
)
QUESTION_SHAPE = re.compile(
    r"\s*(?:[-*•·▪◦‣>]+\s*|\(?\d{1,2}[.)]\s*|\(?[a-h][.)]\s+)?"
    r"(?:(?:and|also|or|so|but|plus|then|finally|lastly|secondly|firstly|first|second|third|and\s+also)\b[,\s]+)?"
    r"(?:(?:what|which)\s+(?:(?!(?:i|we|you|he|she|they)\b)[\w'-]+\s+){0,4}?" + _AUX + r"\b"
    r"|(?:how|why|when|where|who)\s+(?:" + _AUX + r"|much|many|long|often|far)\b"
    r"|" + _AUX + r"(?:n'?t)?\s+(?:you|u|i|we|it|there|my|the|this|that|he|she|they|anyone|anything|someone|"
    r"something|your|any|a|an)\b)",
    _FLAGS,
)
WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
HTML_TAG = re.compile(r"<[^<>]{0,200}>")
# One character for one character, so offsets survive normalisation.
FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2028": "\n",
        "\u2029": "\n",
        "\r": "\n",
        "\u00ad": " ",
    }
)
