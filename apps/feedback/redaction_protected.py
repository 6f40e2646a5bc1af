"""The redaction check's rule for protected characteristics: age, gender, pregnancy and family,
marital status, religion, nationality or ethnicity, disability or health, sexual orientation, and
the indirect wording that carries them ("young team", "digital native", "native speaker",
"wouldn't fit in"). A mention is flagged even when negated ("they didn't mention your age"): the
candidate should not read about these topics at all. A product or market the candidate worked on
("a retirement savings app", "campaigns targeting Gen Z") is not a characteristic of theirs.
"""

import re
from collections.abc import Iterator

from apps.feedback.checks import Finding

_POSSESSIVE = r"(?:your|her|his|their|the\s+candidate's)"
_DEMONYM = (
    r"(?:Indian|Chinese|Pakistani|Bangladeshi|Nigerian|Ghanaian|Kenyan|African|Asian|European|Polish|Romanian|Russian"
    r"|Ukrainian|Mexican|Brazilian|Filipino|Filipina|Vietnamese|Korean|Japanese|Arab|Arabic|Turkish|Iranian|Israeli"
    r"|Jewish|Greek|Italian|Spanish|Portuguese|French|German|Dutch|Irish|Scottish|British|American|Canadian"
    r"|Australian|Latino|Latina|Latinx|Hispanic|Caribbean|Black|White|Middle\s+Eastern|Eastern\s+European"
    r"|South\s+Asian|East\s+Asian)"
)
_PROTECTED = {
    "age": [
        r"\bage(?:d|ism|ist)?\b(?!\s+(?:of|group\s+of))",
        r"\b(?:too|quite|a\s+bit|bit|much|slightly|rather)\s+(?:old|young)\b",
        # "older kernels" and "older versions" are things; "older than the team", "someone younger" are people.
        r"\b(?:older|younger)\b(?=\s*(?:$|[.,;:!?)]|than|and|or|but|person|people|candidates?|applicants?|workers?"
        r"|employees?|staff|colleagues?|team|members?|outlook|mindset|image|look|feel|vibe|face|attitude|spirit|man|woman|men|women|guys?|lady|ladies|generation|hires?|profiles?"
        r"|engineers?|developers?|designers?|managers?|crowd|demographic|workforce|folks|bunch|lot|set|types?))"
        r"|\b(?:someone|somebody|anyone|a\s+bit|too|much|slightly|quite|rather|being|seemed?|looked?|you're|you\s+are"
        r"|she's|he's|they're)\s+(?:older|younger)\b",
        r"\byoung(?:est)?\b(?!\s+as\s+an?\s+(?:company|business|startup|firm|organi[sz]ation)|\s+(?:company|companies|startup|start-up|business|product|codebase|field|industry|market"
        r"|brand|organisation|organization|firm|platform))",
        r"\byouthful\b|\byoung\s+blood\b|\bfresh\s+(?:blood|faces?)\b|\bdigital\s+natives?\b",
        r"\b(?:how\s+old|years\s+old|old\s+for|old-fashioned\s+(?:person|guy|candidate)|over\s+the\s+hill|past\s+(?:it|"
        r"(?:your|her|his|their)\s+prime))\b",
        r"\b(?:grew|grown|growing)\s+up\s+(?:with|on)\s+(?:social\s+media|the\s+internet|smartphones|tech(?:nology)?"
        r"|tiktok|instagram)\b|\bborn\s+(?:in\s+the\s+(?:\d0s|(?:19|20)\d0s)|after|before)\b",
        r"\bretir(?:e|ed|ing|ement)\b(?!\s+(?:savings|plans?|products?|accounts?|funds?|income|planning|platform|apps?))|\bpensioner\b|\bgrey\s+hair|\bgray\s+hair",
        r"\b(?:millennials?|boomers?|gen[\s-]?z|zoomers?|(?:younger|older)\s+generation|generational)\b",
        r"\b(?:grad(?:uate)?|student|junior|college)\s+(?:vibe|energy|feel)\b",
        r"\b(?:mumsy|matronly|grandmotherly|granny|grandad|grandpa|old\s+lady|old\s+man|old\s+timer)\b"
        r"|\bset\s+in\s+(?:your|her|his|their)\s+ways\b|\b(?:too|a\s+bit|quite|very|rather|you're|you\s+are|you\s+were"
        r"|seemed|came\s+across\s+as)\s+(?:a\s+bit\s+|too\s+|quite\s+|very\s+)?old[\s-]school\b|\bdinosaurs?\b"
        r"|\byoungsters\b|\b(?:next\s+to|among|alongside)\s+(?:the|all\s+the|a\s+bunch\s+of)\s+(?:grads|graduates|juniors|kids)\b",
        r"\b(?:someone|somebody|anyone|people|candidates?|applicants?|person|nobody|everyone|hires?|those|team)\s+(?:\w+\s+)?"
        r"(?:under|over)\s+(?:[2-6]0|thirty|forty|fifty|sixty)\b(?![\s-]*(?:%|minutes?|hours?|days?|years\s+of|\w+s\b))",
        r"\b(?:too|very|a\s+bit|quite|rather)\s+(?:grey|gray)\b|\b(?:the\s+)?(?:oldest|youngest|eldest)\b(?!\s+(?:code"
        r"|codebase|systems?|parts?|versions?|services?|compan(?:y|ies)|customers?|clients?|products?|records?|data))",
        r"\boverqualified\b|\bover-qualified\b|\b(?:twenty|thirty|forty|fifty|sixty)-?somethings?\b",
        r"\b(?:too|quite|very|more|rather|a\s+bit)\s+mature\b|\bmature\s+(?:candidate|person|worker|student|applicant"
        r"|lady|gentleman|man|woman)\b",
        r"\b(?:at|aged|age)\s+(?:1[89]|[2-9]\d)\b(?=\s*(?:,|\.|;|$|you|she|he|they|years|and\s+with))",
        r"\b(?:(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?|1[89]|[2-9]\d)[\s-]year[\s-]olds\b"
        r"|\b(?:someone|people|graduates|grads|juniors|kids|youngsters|hires)\s+(?:they|we|you)\s+can\s+(?:mould|mold|shape)\b",
        r"\b(?:1[89]|[2-9]\d)[\s-]years?[\s-]old\b(?!\s+(?:code|codebase|system|company|business|product|platform|app"
        r"|software|brand|firm|stack))",
        r"\b(?:winding|slowing)\s+down\b|\bend\s+of\s+(?:your|her|his|their)\s+career\b|\byears\s+left\s+in\b",
        rf"\b(?:in\s+{_POSSESSIVE}|early|mid|late)[\s-]+(?:20s|30s|40s|50s|60s|twenties|thirties|forties|fifties|sixties)\b",
        # Age by proxy: when someone graduated or was born, how long they have left, what stage of life.
        r"\b(?:graduat\w*|born|qualified|(?:left|finished)\s+(?:school|uni|university|college))[\s-]+in[\s-]+(?:the[\s-]+)?"
        r"(?:['’]?\d0s|(?:19|20)\d0s|19\d\d|seventies|eighties|nineties)\b",
        r"\bfresh\s+(?:energy|legs|eyes\s+and\s+energy)\b|\blong(?:er)?\s+runway\b|\b(?:grown|grew|growing)\s+up\s+"
        r"(?:digital|online|with\s+(?:phones|tech|computers|the\s+web))\b|\bdigital(?:ly)?[\s-]native\b",
        r"\b(?:stage|point|time)\s+(?:of|in)\s+(?:life|(?:your|her|his|their)\s+(?:life|lives))\b|\blife[\s-]stage\b",
        # Looks and youth together: "someone who 'looks the part' for a young brand".
        r"\b(?:looks?\s+the\s+part|fresh-faced)\b(?=[^.!?\n]{0,40}\byoung\b)|(?<=\byoung\b)[^.!?\n]{0,40}?"
        r"\b(?:looks?\s+the\s+part|fresh-faced)\b",
        r"\blong\s+in\s+the\s+tooth\b|\bno\s+spring\s+chicken\b|\bof\s+a\s+certain\s+age\b|\bgetting\s+on\s+a\s+bit\b"
        r"|\b(?:greybeard|graybeard|old\s+guard|young\s+guns?)\b|\b(?:stay|grow|work|be\s+around|be\s+here)\b[^.!?\n]{0,30}?\bfor"
        r"\s+(?:the\s+next\s+)?(?:(?:20|25|30|twenty|thirty)\+?\s*(?:more\s+)?years|decades|a\s+decade\s+or\s+(?:more|two))\b",
        r"\byears\s+(?:ahead\s+of|left\s+(?:in|before))\s+(?:you|them|her|him)\b|\b(?:more|many|fewer|enough)\s+years\s+"
        r"(?:ahead|left)\b|"
        r"\b(?:years?|long|time)\s+(?:until|till|before|to)\s+(?:you|she|he|they)?\s*retir\w*|\bgrand(?:children|kids?|child"
        r"|sons?|daughters?|parent|ma|pa)\b",
        rf"\b(?:{_POSSESSIVE}|a\s+(?:different|younger|older)|an\s+older|the\s+same|that)\s+generation\b|\bof\s+(?:your|her|his)"
        r"\s+(?:generation|vintage|era)\b|\b(?:energy|stamina|pace)\s+of\s+(?:a|the)\s+younger\b",
    ],
    "gender": [
        r"\b(?:gender(?:ed)?|sexis[mt]|female|male|feminine|masculine|womanly|manly|boys'?\s+club|all-(?:male|female))\b",
        r"(?-i:\b(?:women|men|ladies|girls|gentlemen)\b)",
        r"\b(?:a|an|the\s+only|only|another|as\s+a|being\s+a|other)\s+(?:man|woman|guy|girl|lady|gentleman|bloke|chap)\b"
        r"(?!\s+(?:on\s+the\s+panel|from|called|named|who\s+interviewed|who\s+ran|who\s+led|who(?:['’]d|\s+had|\s+has)\s+(?:done|been|led"
        r"|run|worked|built|managed)))",
        r"\b(?:maternal|paternal|motherly|fatherly)\b|\b(?:mum|mom|mother|dad|father|granny|grandma|grandad|auntie|uncle)"
        r"(?:ly)?\s+(?:figure|type|vibe|energy)\b",
        r"\bpronouns?\b(?=[^.!?\n]{0,30}\b(?:she|he|they|her|him)\b)",
        r"\b(?:guys|lads|boys|blokes|bros|girls|ladies)['’]?\s+(?:team|club|culture|environment|office|crowd|vibe|banter"
        r"|nights?|trips?)\b|\b(?:laddish|blokey|bro\s+culture|lad\s+culture)\b|\bteam\s+of\s+(?:guys|lads|blokes|boys"
        r"|young\s+men|women|girls)\b|\bfor\s+a\s+(?:lady|woman|girl|female)\b",
    ],
    "family": [
        r"\bpregnan\w*|\b(?:maternity|paternity|parental\s+leave)\b(?!\s+(?:polic(?:y|ies)|benefits?|scheme))|\bexpecting\s+a\s+baby\b"
        r"|\b(?:you're|you\s+are|she's|she\s+is|you\s+were|she\s+was)\s+expecting\b(?!\s+(?:a|an|the|to|more|less|it|them|that|us))|\bbaby\b(?!\s+steps)"
        r"|\bnewborn\b",
        r"\b(?:family|baby)\s+plans\b|\b(?:planning|plans?|plan)\s+(?:for\s+|to\s+(?:have|start)\s+)?(?:more\s+|any\s+)?(?:a\s+family|kids"
        r"|children|a\s+baby)\b|\bstart(?:ing)?\s+a\s+family\b|\bhave\s+(?:more\s+|any\s+)?(?:kids|children|babies|a\s+baby)\b",
        rf"\b(?:{_POSSESSIVE}(?:\s+own)?|two|three|four|small|young|little|school-age|grown-up)\s+(?:kids|children|child|toddlers?"
        r"|sons?|daughters?|baby|babies)\b",
        r"\b(?:a|an)\s+(?:mother|father|mum|mom|dad|parent)\b(?!\s+(?:company|companies|process|node|class|org"
        r"|organi[sz]ation|team))|\b(?:mother|father)\s+of\s+(?:one|two|three|four|five|\d)\b"
        r"|\b(?:with|has|have|having)\s+(?:a\s+)?(?:young\s+|big\s+|growing\s+)?family\b|\bivf\b|\bfertility\b"
        r"|\bmenopaus\w*",
        r"\b(?:without|no|with\s+no|any)\s+(?:kids|children|dependants|dependents|family\s+ties)\b|\bchildless\b"
        r"|\bchild-?free\b|\bcaring\s+for\s+(?:your|her|his|their|an?|a\s+sick|an\s+elderly)\s+(?:\w+\s+)?(?:son|daughter"
        r"|child|children|kids?|mother|father|mum|mom|dad|parents?|partner|wife|husband|relative|family)\b",
        r"\bchildcare\b|\bchild\s+care\b|\bschool\s+(?:runs?|pick-?ups?|drop-?offs?|holidays|gates?)\b|\bnursery\s+(?:pick-?up|drop-?off|hours)\b",
        r"\b(?:family|caring|carer's|childcare|domestic)\s+(?:commitments|responsibilities|obligations|situation)\b|\bcarer\b",
        r"\bsingle\s+(?:mum|mom|mother|parent|father|dad)\b|\b(?:working|new|stay-at-home)\s+(?:mum|mom|mother|dad|father"
        r"|parent)\b|\bas\s+a\s+(?:mum|mom|mother|dad|father|parent)\b",
    ],
    "marital status": [
        r"\b(?:married|marriage|marital|spouses?|husbands?|wife|wives|divorc\w*|widow\w*|fianc[eé]e?|wedding|honeymoon)\b",
        rf"\b{_POSSESSIVE}\s+partner(?!s|\s+(?:teams?|compan(?:y|ies)|agenc(?:y|ies)|firms?|orgs?|organi[sz]ations?"
        r"|networks?|programme|program|ecosystem|integrations?|success|manager))\b",
        r"\b(?:boyfriend|girlfriend|engaged\s+to|relocate\s+with\s+(?:him|her))\b",
    ],
    "religion": [
        r"\breligio(?:n|ns|us)\b|\bchurch\b|\bmosque\b|\bsynagogue\b|\btemple\b|\bpray(?:s|ed|ing|ers?)?\b|\bramadan\b|\bfasting\b"
        r"|\beid\b|(?-i:\bLent\b)|\bobserv(?:e|es|ing|ant|ance)\s+(?:of\s+)?(?:Lent|Ramadan|Shabbat|the\s+sabbath|Yom\s+Kippur"
        r"|Passover|Diwali|Eid|holy\s+days|religious)\b|\byom\s+kippur\b|\brosh\s+hashanah\b|\bvaisakhi\b"
        r"|\bdiwali\b|\bhanukk?ah\b|\bpassover\b|\bsabbath\b|\bshabbat\b|\bkosher\b|\bhalal\b|\bhijab\b"
        r"|\bhead\s?scarf\b|\bheadscarves\b|\bturbans?\b|\bniqabs?\b|\bburqas?\b|\byarmulkes?\b|\bkippahs?\b|\bhijabs?\b|\bcrucifix\b",
        r"\b(?:Muslims?|Christians|Christianity|Jewish|Jews?|Hindus?|Sikhs?|Buddhists?|Catholics?|Protestants?|Mormons?"
        r"|atheists?|agnostics?|Islamic|Islam|evangelical)\b|\b(?:a|is|as\s+a|being)\s+Christian\b"
        r"|\bChristian\s+(?:faith|values|church|beliefs?|holidays?|background)\b",
        rf"\b{_POSSESSIVE}\s+(?:faith|beliefs?)\b|\breligious\s+faith\b",
    ],
    "nationality or ethnicity": [
        r"\b(?:ethnic\w*|racial\w*|racis[mt]\w*|nationality|nationalities|immigrants?|foreigners?|xenophob\w*)\b",
        r"\b(?:your|her|his|their|of\s+(?:a\s+)?different|mixed|another)\s+race\b|\brace\s+(?:and|or)\s+(?:gender|ethnicity"
        r"|religion|age|background)\b|\b(?:gender|ethnicity|religion|age|colou?r)\s+(?:and|or)\s+race\b",
        r"\bnative\s+(?:speakers?|english|german|french|spanish|tongue|language)\b|\bmother\s+tongue\b"
        r"|\bnative[\s-](?:level|like)\b|\b(?:speaks?|speaking|spoke)\s+\w+\s+natively\b|\bnon-?native\b|\bcitizen(?:ship|s)?\b"
        r"|\b(?:your|her|his|their)\s+(?:surname|last\s+name|family\s+name)\b"
        r"|\bfirst\s+language\b|\baccents?\b(?!\s+(?:colou?rs?|work|palette|tokens?|styles?|lines?))|\baccented\b",
        r"\bwhere\s+(?:you're|you\s+are|she's|she\s+is|he's|he\s+is|they're|they\s+are|you|she|he|they)\s+(?:come\s+|comes\s+"
        r"|originally\s+|really\s+)?from\b|\bcountry\s+of\s+origin\b"
        r"|\bwhere\s+(?:you|she|he|they)\s+(?:were|was)\s+born\b|\b(?:immigration|citizenship|residency)\s+status\b"
        r"|\b(?:go|going|move|moving|return|returning|went)\s+back\s+home\b(?!\s+(?:after|before|for\s+the|to\s+(?:change|rest)))"
        r"|\b(?:back\s+to|return\s+to)\s+(?:your|her|his)\s+(?:home\s+)?country\b"
        r"|\bnot\s+(?:really\s+|originally\s+)?from\s+(?:here|around\s+here|this\s+country|the\s+uk|the\s+us)\b",
        rf"\b{_POSSESSIVE}\s+(?:origins?|heritage|roots|ethnicity|nationality|skin|complexion|race|name\s+sounds?"
        r"|country|home\s+country|passport)\b",
        r"\bwhere\s+(?:your|her|his|their)\s+(?:parents|family|folks|grandparents|ancestors|name|surname|people)\s+"
        r"(?:is|are|was|were|comes?|came)\s+(?:originally\s+|really\s+)?from\b"
        r"|\b(?:your|her|his)\s+(?:name|surname)\b[^.!?\n]{0,30}?\b(?:hard|difficult|pronounc\w*|foreign|unusual|exotic"
        r"|sounds?|confus\w*|awkward|tricky|odd|strange|weird|put\s+(?:people|clients|them)\s+off)\b|\bfrom\s+(?:a\s+)?(?:similar|the\s+same|different|certain)\s+(?:background|part\s+of\s+the\s+world)\b",
        r"\b(?:very|too|quite|a\s+bit|rather|so|seemed|seems|looked|looks|sounded|sounds)\s+(?:very\s+|too\s+|quite\s+|a\s+bit\s+)?"
        r"(?:foreign|exotic|ethnic)\b|\bforeign\s+(?:nationals?|workers?|candidates?|hires?|passports?|people|staff|born)\b"
        r"|\bprefer\s+locals\b|\b(?:local|british|english|american)[\s-]born\b"
        r"|\b(?:person|people|someone|somebody|candidate|man|woman|anyone)\s+(?:of|from)\s+(?:your|her|his|their|a\s+different"
        r"|a\s+similar|that)\s+background\b(?!\s+(?:in|as))|\bshar(?:e|es|ed|ing)\s+(?:their|the\s+same|our|a\s+similar)\s+"
        r"background\b|\b(?:grow|grew|grown|raised|brought\s+up|born|educated)\s+(?:up\s+)?(?:here|locally|in\s+this\s+country"
        r"|in\s+the\s+(?:UK|US))\b"
        r"|\b(?:cultural|ethnic)\s+background\b|\bforeign[\s-]sounding\b|\b[\w]+[\s-]sounding\s+(?:names?|surnames?|accents?)\b"
        r"|(?-i:\b(?:Travellers?|Gypsy|Gypsies|Roma|Romani)\b)|\bsounds?\s+foreign\b|\bskin\s+colou?r\b|\bpeople\s+of\s+colou?r\b|\b(?:POC|BAME|BIPOC)\b",
        rf"\b(?:mostly|mainly|predominantly|all|entirely|largely|not|being|very|too)\s+{_DEMONYM}\b",
        rf"\b(?:someone|somebody|anyone|people|a\s+person|person\s+who\s+is|locals?|natives?)\s+(?:more\s+)?{_DEMONYM}\b",
        rf"\b{_DEMONYM}\s+(?:people|person|guys?|man|woman|men|women|candidates?|heritage|descent|origin|background"
        r"|nationals?|citizens?|names?|community|communities|culture|family)\b",
        rf"\b(?:you're|you\s+are|she's|she\s+is|he's|he\s+is|they're|they\s+are)\s+(?:not\s+)?(?:from\s+)?(?:a\s+)?"
        rf"{_DEMONYM}\b",
    ],
    "disability or health": [
        r"\b(?:back|knee|hip|heart|neck|shoulder|eye|hearing|sight|joint|spine|skin|breathing|lung|kidney|liver|bladder|bowel"
        r"|mobility|memory)\s+(?:problems?|issues?|conditions?|injur(?:y|ies)|pain|trouble|surgery|operation)\b",
        r"\b(?:time\s+off|leave|absences?|days\s+off|away)\s+for\s+(?:\w+\s+)?(?:treatment|therapy|medical|hospital|appointments"
        r"|surgery|rehab\w*|recovery|chemo\w*|doctor|check-?ups?)\b|\bhospital\s+(?:appointments?|visits?|stays?)\b"
        r"|\bdisabled\s+(?:son|daughter|child|children|kids?|parents?|mother|father|partner|wife|husband|relatives?|brother"
        r"|sister)\b|\b(?:it|that|the\s+(?:illness|condition))\s+(?:would|might|could|will)\s+come\s+back\b",
        r"\bdisabilit\w*|\bdisabled\s+(?:person|people|candidates?|access|employees?|colleagues?|workers?|toilets?|parking)\b"
        r"|\b(?:you're|you\s+are|you\s+were|she's|she\s+is|he's|he\s+is|they're|being|registered)\s+disabled\b|\bwheelchairs?\b|\bhandicap\w*"
        r"|\b(?:hearing|visual|visually|cognitive|physical|speech)\s+impair\w*|\bimpairments?\b|\bdeaf\w*|\bhard\s+of\s+hearing\b|\bhearing\s+aids?\b"
        r"|\bblind\b(?!\s+(?:spots?|review|hiring|screening|cv|test))|\bvisually\s+impaired\b|\bcrutch\w*|\bwalking\s+stick\b"
        r"|\b(?:your|her|his|their|limited|reduced)\s+mobility\b|\bmobility\s+(?:issues?|aids?|problems?|scooter)\b",
        rf"\b{_POSSESSIVE}\s+(?:health|condition|illness|diagnosis|medication|surgery|operation|injury|treatment|therapy"
        r"|weight|pregnancy|mental\s+health|sick\s+leave|medical\s+\w+)\b",
        r"\bhealth\s+(?:issues?|problems?|conditions?|concerns?|reasons?|scare|history)\b|\bmental\s+health\b"
        r"|\bmedical\s+(?:conditions?|history|leave|reasons|issues?|appointments?|needs|records?|grounds)\b"
        r"|\billness\b|\bsick(?:ness)?\b|\bsurgery\b|\bcancer\b|\bchemo\w*|\bdiabet\w*|\bepilep\w*"
        r"|\bchronic\s+(?:illness|pain|condition|fatigue)\b",
        r"\bdepress(?:ion|ed)\b|\banxiety\b|\bautis\w*|\bADHD\b|\bdyslexi\w*|\bdyspraxi\w*|\bneurodiver\w*"
        r"|\bstammer\w*|\bstutter\w*|\boverweight\b|\bobes\w*|\bHIV\b|\bbipolar\b|\bptsd\b|\bmedication\b|\bmedicated\b|\bon\s+the\s+spectrum\b"
        r"|\bunwell\b|\banti-?depressants?\b|\bpainkillers?\b|\binsulin\b|(?<!on\s)\bsteroids\b|\b(?:on|off)\s+(?:meds|medication)\b"
        r"|\btherapist\b|\bin\s+therapy\b|(?<!career\s)\bcounsell?ing\b|\bpsychiatr\w*|\brehab\b|\baddiction\b|\bsobriety\b"
        r"|\bburn-?out\b|\bnervous\s+breakdown\b|\bsick\s+notes?\b|\blong\s+covid\b|\bmigraines?\b|\barthritis\b"
        r"|\basthma\b|\bdementia\b|\bparkinson\w*|\bmultiple\s+sclerosis\b|\bcrohn\w*|\bpanic\s+attacks?\b|\blimp(?:s|ing|ed)?\b(?!\s+handshake)",
    ],
    "sexual orientation": [
        r"\b(?:gay|lesbian|bisexual|homosexual|heterosexual|sexuality|sexual\s+orientation|queer|transgender|trans"
        r"|non-?binary|LGBT\w*|same-sex)\b(?![-\w])|\b(?:bit|too|very|quite|rather)\s+camp\b|\beffeminate\b|\bbutch\b",
    ],
    "culture fit": [
        # "Culture fit" is a fair topic; its negative form is how bias usually reaches a relay.
        r"(?:\b(?:concerns?|worr(?:y|ied|ies)|doubts?|questions?|not|poor|weak|lack(?:ed|ing)?|wrong|bad)\b|n't\b)"
        r"[^.!?\n]{0,30}?\b(?:cultur(?:e|al)\s+fit|fit\s+(?:in|the\s+culture))\b",
        r"\b(?:wouldn't|would\s+not|won't|didn't|did\s+not|doesn't|does\s+not|not|never|don't|how\s+(?:you'd|she'd|"
        r"he'd|they'd|you\s+would|she\s+would|he\s+would))\s+(?:really\s+|quite\s+)?fit\s+in\b",
        r"\bfit\s+(?:in\s+)?with\s+(?:that|the|their|our)\s+culture\b|\bfit\s+in\s+with\s+the\s+(?:rest|others|lads|guys"
        r"|girls)\b|\bone\s+of\s+the\s+(?:lads|guys|boys|girls)\b|\b(?:fit|get\s+on|mesh|gel|blend)\s+(?:in\s+)?with\s+"
        r"(?:the\s+)?(?:lads|guys|boys|girls|ladies|blokes)\b",
    ],
}
# A product or market the candidate worked on is not a characteristic of the candidate:
# "a retirement savings app", "campaigns targeting Gen Z", "a diabetes monitoring product".
_DOMAIN_BEFORE = re.compile(
    r"\b(?:target(?:ing|ed)?|aimed\s+at|marketing\s+to|selling\s+to|serving|reach(?:ing)?|products?\s+for|apps?\s+for"
    r"|campaigns?\s+for|services?\s+for|designed\s+for|built\s+for|support(?:ing)?|charity\s+for|work(?:ing|ed)?\s+with)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_DOMAIN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?!and\b|or\b|but\b)\w+\s+)?(?:research|charit(?:y|ies)|apps?|platforms?|products?|startups?|start-ups?|compan(?:y|ies)|clinics?|centres?"
    r"|centers?|institutes?|trusts?|screening|diagnostics|drugs?|therapeutics|detection|monitoring|patients?|data"
    r"|sector|space|industry|market|tech|services?|ward|wards|policy|policies|benefits?|scheme|audiences?|customers"
    r"|users|segment|brand|campaigns?)\b",
    re.IGNORECASE,
)
# "The company is only two years old", "you were at 88 (k)": an age that belongs to a thing, or a pay figure.
_THING_AGE_BEFORE = re.compile(
    r"\b(?:compan(?:y|ies)|startup|start-up|business|firm|organi[sz]ation|product|codebase|platform|system|app|brand"
    r"|office|team\s+is\s+young\s+as)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_PAY_NEAR = re.compile(r"\d\s?[kK]\b|[$£€]\s?\d|\b(?:salary|pay|offered|offer|base|budget|rate)\b", re.IGNORECASE)
_DOMAIN_TOPICS = {"age", "gender", "family", "disability or health", "religion", "sexual orientation"}

_PROTECTED_REGEX = {topic: re.compile("|".join(patterns), re.IGNORECASE) for topic, patterns in _PROTECTED.items()}
_NO_CONCERNS = re.compile(r"\bno\s+(?:real\s+)?(?:concerns?|doubts?|worries|questions?|issues?)\b[^.!?\n]{0,20}$", re.I)


_LEAVE_IT_OUT = "Leave this out: it cannot be a reason for the decision, and the candidate should not read it."
_PROTECTED_SUGGESTIONS = {
    "age": 'Leave age out. If a skill was missing, name it: "they wanted more experience with modern tooling".',
    "nationality or ethnicity": 'If it was about a language the job needs, say that ("the role needs fluent, '
    'client-facing German"); otherwise leave it out.',
    "disability or health": "Leave it out. If a job requirement was at stake, describe the requirement "
    '("the role involves regular site visits").',
    "culture fit": 'Say which way of working they meant ("they wanted more experience of fast, loosely defined '
    'projects"), or leave it out.',
}


def find_protected(text: str) -> Iterator[Finding]:
    for topic, regex in _PROTECTED_REGEX.items():
        for match in regex.finditer(text):
            if match.start() == match.end():
                continue
            if topic == "culture fit" and _NO_CONCERNS.search(text[max(0, match.start() - 40) : match.start() + 12]):
                continue
            words = match.group().lower()
            if (
                topic == "age"
                and re.search(r"years?[\s-]old", words)
                and _THING_AGE_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
            ):
                continue
            if (
                topic == "age"
                and re.match(r"at\s+\d", words)
                and _PAY_NEAR.search(text[max(0, match.start() - 60) : match.end() + 20])
            ):
                continue
            if topic in _DOMAIN_TOPICS and (
                _DOMAIN_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
                or _DOMAIN_AFTER.match(text, match.end())
            ):
                continue
            yield Finding(
                match.start(),
                match.end(),
                "protected_characteristic",
                f"This touches on {topic}, which must play no part in a hiring decision, even when it is mentioned "
                "in passing or as something that did not matter.",
                _PROTECTED_SUGGESTIONS.get(topic, _LEAVE_IT_OUT),
            )
