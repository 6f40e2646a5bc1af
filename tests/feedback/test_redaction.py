"""The redaction check of a recruiter's relay: the labelled corpus, each code's rules with their
tricky negatives, and properties that hold for any text. Plain functions, no database."""

import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apps.feedback.checks import RedactionReport
from apps.feedback.redaction import REDACTION_CODES, check_redaction, suggest_rewrite
from tests.feedback.redaction_corpus import CORPUS, HELD_OUT, Relay
from tests.feedback.redaction_fresh import FRESH


def codes(text: str, candidate_name: str = "") -> set[str]:
    return check_redaction(text, candidate_name).codes()


def flagged(text: str, code: str, candidate_name: str = "") -> list[str]:
    return [text[f.start : f.end] for f in check_redaction(text, candidate_name).findings if f.code == code]


# --- the corpus -----------------------------------------------------------------------------


def _scores(relays: list[Relay]) -> dict:
    leaky = [r for r in relays if r.codes]
    clean = [r for r in relays if not r.codes]
    found = {id(r): check_redaction(r.text, r.candidate_name).codes() for r in relays}
    per_code = {}
    for code in REDACTION_CODES:
        expected = [r for r in relays if code in r.codes]
        not_expected = [r for r in relays if code not in r.codes]
        per_code[code] = (
            sum(code in found[id(r)] for r in expected) / len(expected) if expected else 1.0,
            sum(code in found[id(r)] for r in not_expected) / len(not_expected),
            len(expected),
        )
    return {
        "recall": sum(set(r.codes) <= found[id(r)] for r in leaky) / len(leaky),
        "false_alarm": sum(bool(found[id(r)]) for r in clean) / len(clean),
        "leaky": len(leaky),
        "clean": len(clean),
        "per_code": per_code,
    }


def _print_scores(title: str, scores: dict) -> None:
    print(f"\n{title}: {scores['leaky']} leaky, {scores['clean']} clean relays")
    print(f"  overall: leak recall {scores['recall']:.1%}, clean false-alarm rate {scores['false_alarm']:.1%}")
    for code, (recall, false_alarm, support) in scores["per_code"].items():
        print(f"  {code:<25} recall {recall:6.1%} (of {support:>2})   false alarm {false_alarm:5.1%}")


def test_the_corpus_has_enough_clean_and_leaky_relays_of_every_code():
    counts = Counter(code for relay in CORPUS for code in relay.codes)
    assert len(CORPUS) >= 90
    assert len(HELD_OUT) >= 30
    assert sum(not relay.codes for relay in CORPUS) >= 30
    assert min(counts[code] for code in REDACTION_CODES) >= 4


def test_the_check_catches_95_percent_of_leaks_with_at_most_5_percent_false_alarms():
    held_out = _scores(HELD_OUT)
    fresh = _scores(FRESH)
    everything = _scores(CORPUS + FRESH)
    _print_scores("Held-out relays", held_out)
    _print_scores("Fresh batches (chat notes, formal summaries, many cultures)", fresh)
    _print_scores("Whole corpus", everything)
    assert everything["recall"] >= 0.95
    assert everything["false_alarm"] <= 0.05


def test_the_fresh_batches_alone_meet_the_same_bar():
    scores = _scores(FRESH)
    assert scores["recall"] >= 0.95
    assert scores["false_alarm"] <= 0.05


def test_the_held_out_relays_alone_meet_the_same_bar():
    scores = _scores(HELD_OUT)
    assert scores["recall"] >= 0.95
    assert scores["false_alarm"] <= 0.05


# --- the contract ---------------------------------------------------------------------------


def test_the_report_has_the_api_shape():
    report = check_redaction("Call Dana on +44 20 7946 0958.", "Cara Jones")
    data = report.as_dict()
    assert isinstance(report, RedactionReport)
    assert set(data) == {"ok", "findings"}
    assert data["ok"] is False
    assert {tuple(sorted(f)) for f in data["findings"]} == {("code", "end", "message", "start", "suggestion")}


def test_a_clean_relay_is_ok():
    assert check_redaction("They liked your system design. Practise estimating.", "Cara Jones").as_dict() == {
        "ok": True,
        "findings": [],
    }


def test_every_finding_has_a_message_and_a_suggestion():
    relay = "Dana said the other candidate was on 110k; call 020 7946 0958. They wanted someone younger."
    findings = check_redaction(relay).findings
    assert {f.code for f in findings} == {
        "person_name",
        "other_candidate",
        "salary",
        "phone",
        "protected_characteristic",
    }
    assert all(f.message and f.suggestion for f in findings)


# --- e-mail and phone -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Write to dana.kim@acme.co.uk for details.",
        "Her address is talent+jobs@example.io.",
        "Reach them at dana [at] acme [dot] com.",
        "Write to jane at acme dot com.",
        "Write to her assistant at m.rossi[at]northgate.org.",
        "Mail lina dot haddad at brightwave dot co dot uk.",
        "Send it to jane(dot)doe(at)brightlabs(dot)io.",
    ],
)
def test_email_addresses_are_flagged(text):
    assert "email" in codes(text)


def test_an_email_finding_points_at_the_address():
    assert flagged("Write to dana.kim@acme.co.uk, please.", "email") == ["dana.kim@acme.co.uk"]


@pytest.mark.parametrize(
    "number",
    [
        "+44 20 7946 0958",
        "07700 900123",
        "(415) 555-0134 ext. 22",
        "415-555-0134",
        "+49 30 901820",
        "+91 98765 43210",
        "+33 6 12 34 56 78",
        "06 12 34 56 78",
        "+61 2 9876 5432",
        "07700.900.461",
        "020.7946.0321",
        "1-800-FEEDBACK ext. 4412",
        "0800-FEEDBAK",
    ],
)
def test_phone_numbers_in_any_format_are_flagged(number):
    assert flagged(f"You can call them on {number} if you like.", "phone") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Your interview on Tuesday 14 March 2023 went well.",
        "You worked there from 2019-2021 and 2021 to 2023.",
        "The call ran from 10:30 to 12:00.",
        "They liked version 1.2.3 of your library.",
        "The budget came up: 55,000–60,000 was mentioned for a different team.",
        "Travel is 40% of the role.",
        "The service handles 1200000 requests a day.",
        "The deadline was 2024-03-14.",
        "The office is at 10 Main Street, Boston, MA 02110-1301.",
        "They fixed CVE-2026-113217 in release 9.0.0664 last week.",
        "Their office is at 192.168.0.1 on the VPN, joking.",
    ],
)
def test_dates_years_times_versions_and_amounts_are_not_phone_numbers(text):
    assert "phone" not in codes(text)


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I spoke with Dana from the platform team.", "Dana"),
        ("Mr. Patel said your answers were long.", "Mr. Patel"),
        ("Priya's team reviewed the take-home.", "Priya"),
        ("Feedback from Björn Eriksson: strong analysis.", "Björn Eriksson"),
        ("Dr Nakamura ran the research round.", "Dr Nakamura"),
        ("Oyelaran said the case study was strong.", "Oyelaran"),
        ("Feedback from Rajesh, the engineering manager, was positive.", "Rajesh"),
        ("Someone named Svetlana reviewed it.", "Svetlana"),
        ("Mohammed Al-Farsi led the panel.", "Mohammed Al-Farsi"),
        ("The final call was with Ingrid van der Berg.", "Ingrid van der Berg"),
        ("It was Mark Jacobs who called me.", "Mark Jacobs"),
        ("Xiaoling mentioned your Rust was impressive.", "Xiaoling"),
        ("Chen Wei said your SQL was excellent.", "Chen Wei"),
        ("Your interviewer, Kate, appreciated the examples.", "Kate"),
        ("The CTO (Aiko Tanaka) wanted more depth.", "Aiko Tanaka"),
        ("According to Deshawn, the pairing went well.", "Deshawn"),
        ("Sinéad liked your answers.", "Sinéad"),
        ("Jean-Luc felt your French was great.", "Jean-Luc"),
        ("Deepak was positive about your answers.", "Deepak"),
        ("Simon Fraser said you were great.", "Simon Fraser"),
        ("The panel included Jones and Smith said no.", "Smith"),
        ("It came down to Baker, who said you were close.", "Baker"),
        ("The final round was run by Dana.", "Dana"),
        ("Drop a note to Ms. Van der Merwe.", "Ms. Van der Merwe"),
        ("You were interviewed by Oyelaran and the CTO.", "Oyelaran"),
        ("I caught up with Okonkwo yesterday.", "Okonkwo"),
        ("Zhiyuan liked your portfolio.", "Zhiyuan"),
        ("The call went well and Soo-jin was impressed.", "Soo-jin"),
        ("spoke w/ okonkwo this morning, he liked the take-home", "okonkwo"),
        ("sync'd with priya from their talent team", "priya"),
        ("ngozi (their CTO) said the answer was strong", "ngozi"),
        ("J.P. from engineering ran the tech round", "J.P."),
        ("Your interview with Kowalczyk went fine on paper.", "Kowalczyk"),
        ("Someone on the panel, I think Oyelaran, said it was sharp.", "Oyelaran"),
        ("they said bennett was impressed", "bennett"),
        ("Comments from Okafor (hiring manager) are below.", "Okafor"),
        ("I had a word with ms. kaur after the panel.", "ms. kaur"),
        ("My colleague Jess took notes.", "Jess"),
        ("Our CTO Ngozi ran the round.", "Ngozi"),
        ("The ward manager, Sister Okafor, was kind.", "Sister Okafor"),
    ],
)
def test_other_peoples_names_are_flagged(text, name):
    assert flagged(text, "person_name", "Cara Jones") == [name]


@pytest.mark.parametrize(
    "candidate_name",
    ["Amara Okafor", "amara okafor", "Dr. Amara Okafor", "Okafor, Amara"],
)
def test_the_candidates_own_name_is_not_flagged_in_any_part_or_case(candidate_name):
    text = "Amara, the panel liked you. Amara's portfolio was strong and Ms. Okafor's answers were clear."
    assert "person_name" not in codes(text, candidate_name)


@pytest.mark.parametrize(
    "text",
    [
        "Will you have time this week? May I suggest a call?",
        "Grace under pressure was the phrase they used.",
        "Your Python, SQL and Kubernetes were strong; the Google SRE book will help.",
        "The Head of Product wanted sharper prioritisation.",
        "They'd see you again in January, maybe on a Monday.",
        "Your case study on the Jordan expansion and the Austin office was good.",
        "The role requires fluent German for the Vienna office.",
        "The interview at Microsoft in London went well. Chapter 4 is a good start.",
        "Overall, Honestly, Candidly: they liked you.",
        "Ruby and Julia are on their stack; Swift too.",
        "I've told them, and I'd do it again.",
        "Read Designing Data-Intensive Applications by Martin Kleppmann.",
        "They suggested 'Working Effectively with Legacy Code'.",
        "You worked at Morgan Stanley and then JP Morgan.",
        "Your degree from Simon Fraser University helps.",
        "The St. Louis office liked you.",
        "Your Miro board and the Cassandra schema were clear.",
        "You'd join the Server Operations and Grant Management teams.",
        "The Copyright and Similar Rights section of your essay was strong.",
        "Read the STAR method and the AWS Well-Architected guide.",
        "They loved the Atlas migration story.",
        "Thanks for the reading you did on their Aurora platform.",
        "Your years with Ericsson came across well.",
        "They were impressed by your work with kafka and with heather-covered hills in the photos.",
        "The U.S. team ran the final round.",
        "Your time with Motorola came across well.",
        "They liked your work with Sky on the app.",
        "Have a think about your Project Atlas work.",
        "Thanks for considering me for the Nurse Educator role.",
    ],
)
def test_capitalised_words_that_are_not_people_are_not_names(text):
    assert flagged(text, "person_name", "Cara Jones") == []


@pytest.mark.parametrize(
    ("candidate_name", "text"),
    [
        ("Alexander Petrov", "Hi Alex, the panel liked your design."),
        ("William Carter", "Bill, they said your SQL was strong."),
        ("Oluwaseun Adebayo", "Seun, they'd welcome another application."),
        ("Samantha Lee", "Thanks for your patience, Sam."),
    ],
)
def test_short_forms_and_nicknames_of_the_candidate_are_theirs(candidate_name, text):
    assert "person_name" not in codes(text, candidate_name)


def test_an_ambiguous_name_is_flagged_when_context_says_person():
    assert flagged("I spoke to June from HR yesterday.", "person_name") == ["June"]


# --- salary ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The role pays $120k.",
        "The package was £55,000–60,000.",
        "They had 120-130k in mind for the salary.",
        "They would have offered €70k base.",
        "They were thinking 90K OTE.",
        "You're a 6 figures candidate for them.",
        "They offered 85,000 to start.",
        "The budget was 110k.",
        "The hourly rate of 45 dollars was fixed.",
        "It's a pay band 5 role.",
        "The package was around eighty thousand with a bonus.",
        "They pay £450 a day for this contract.",
        "Total comp would have been about 140K including stock.",
        "They capped it at 75k.",
        "Salary band was 50 to 55 thousand.",
        "Budget tops out at ₹18 lakh.",
        "The contractor rate is €600/day.",
        "They offered 0.5% equity.",
        "The salary was in the high 80s.",
        "The role pays R650,000 a year.",
        "They offered 1,20,000 INR per month.",
        "The day rate is 550.",
        "It was a 120K role.",
        "You'd have been on 4,500 a month.",
        "They'll go to twenty an hour for the contract.",
        "The hourly rate they could offer was thirty-five dollars.",
        "Total comp was pitched at roughly a hundred and forty including the sign-on.",
        "The final number for the successful hire was 92,500.",
        "The budget is 18 LPA max.",
        "They were willing to go up to 60 for the right person.",
        "Pay-wise they were at 58 and you'd said 65.",
        "The salary for the associate role was 62,000 in London.",
    ],
)
def test_pay_figures_and_ranges_are_flagged(text):
    assert "salary" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You have 3 years of experience.",
        "You went through 2 rounds.",
        "You managed a 10 people team.",
        "You grew revenue by $2M in your last role.",
        "Design for 10k requests per second.",
        "They scored you 4 out of 5.",
        "The band 5 level is about scope, not pay.",
        "They asked for 2 references.",
        "The interview was on 12 May 2024 at 10:30.",
        "The offer came after twenty minutes of questions.",
        "The package covers forty people per team.",
        "They had 12,000 applications last year.",
        "The project budget was 250,000 across two years.",
        "Pay was fine; the interview was at 10 and lasted 45 minutes.",
        "The salary is fine; the trust has 62,000 employees.",
    ],
)
def test_counts_years_and_business_figures_are_not_salary(text):
    assert "salary" not in codes(text)


def test_a_salary_finding_points_at_the_figure():
    assert flagged("The budget was 110k, sadly.", "salary") == ["110k"]


# --- other candidates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They preferred the other candidate.",
        "Another applicant had built the exact integration.",
        "The person we hired had ten years in banking.",
        "The successful candidate starts next month.",
        "They went with someone who had led a migration.",
        "Compared to the other finalists, your design was weaker.",
        "They chose the other finalist because she had more experience than you.",
        "An internal candidate got the role.",
        "They ranked you fourth.",
        "It came down to you and one other person.",
        "They offered the job to a candidate who had worked at a competitor.",
        "You were a close second.",
        "They hired a former Google engineer instead.",
        "Two other people interviewed better.",
        "The role went to someone already on the team.",
        "He scored higher than you in the technical round.",
        "The finalist they chose had shipped three products.",
        "There was one applicant who already lived in Lisbon.",
        "They interviewed six people and you were in the top two.",
        "The other shortlisted person was a referral.",
        "A former colleague of the manager got the job.",
        "They went with a more senior engineer.",
        "In the end it was between you and Sarah.",
        "They found someone with more fintech background.",
        "They had a stronger applicant.",
        "Your competition had more experience.",
        "Someone internal got it.",
        "They benchmarked you against the other three in the final round.",
        "Several others in the process had deeper Python skills.",
        "They felt Sarah was a better fit.",
        "They decided in favour of an applicant whose background included Basel III.",
        "The role was ultimately filled by someone who had worked with the CEO.",
        "They went for more seniority: the hire was a former head of platform.",
        "The panel said there were stronger CVs in the pile.",
        "It was a two-horse race and the other horse had banking experience.",
        "Someone they already knew was always the favourite.",
        "Your competitor in the final stage was cheaper.",
        "They compared you with the ex-Monzo guy a lot.",
        "Out of 5 finalists you were 3rd on their scoring.",
        "Their number two choice dropped out.",
        "They found the person they want elsewhere.",
        "There were eleven people on the shortlist.",
        "You didn't make the final four.",
        "A candidate with an Oxbridge degree edged ahead in the end.",
        "They went with the chap who'd built their competitor's API.",
        "They said the rest of the pool was more senior.",
        "It was a stronger field than usual.",
        "The lady from Amazon they also saw had run a bigger team.",
        "They compared your take-home with Priyanka's, who was also in the final round.",
        "They've decided to promote from within instead.",
        "You were up against someone who had worked on their platform.",
        "They had a number of candidates from the same bootcamp and picked one of them.",
        "They made their decision after seeing the last two candidates on Friday.",
        "The school went with a newly qualified teacher.",
        "The firm offered training contracts to two other trainees from your cohort.",
    ],
)
def test_comparisons_with_other_applicants_are_flagged(text):
    assert "other_candidate" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The role needed someone with more experience in regulated environments.",
        "This will make you a stronger candidate next time.",
        "They'd like to keep you in mind for the next opening.",
        "You were better than you think in the group exercise.",
        "Someone else on the panel asked about testing.",
        "The rest of the team liked your questions.",
        "You took the role-play exercise seriously.",
        "You found a better match between the data and the model.",
        "Your competition analysis was excellent.",
        "The other two rounds went well.",
        "The other three interviewers agreed.",
        "They hired for this role last year too and the bar is high.",
        "They went with a different architecture in the end.",
        "Successful candidates usually show deep SQL.",
        "You were a better fit for a senior role, they said.",
        "The other person who interviewed you liked your SQL.",
        "Top candidates for this kind of role have led teams.",
        "You'll be a strong contender next time.",
        "They compared you with the job description point by point.",
        "You were second in line to speak in the group exercise.",
        "The role was put on hold after the restructure.",
        "The field of data engineering moves fast.",
        "They also saw your portfolio before the call.",
        "They compared your CV to the job spec line by line.",
        "Lots of candidates find the estimation question hard.",
        "They went with a different approach to the interview this year.",
    ],
)
def test_talk_about_the_role_or_the_panel_is_not_about_other_applicants(text):
    assert "other_candidate" not in codes(text)


# --- protected characteristics --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They are a very young team.",
        "They wanted someone energetic and young.",
        "They wanted a digital native.",
        "They felt you were overqualified.",
        "You'd be a bit older than the rest of the team.",
        "They gave you a recent grad vibe.",
        "They had concerns about culture fit.",
        "They felt you wouldn't fit in.",
        "They wanted a native speaker.",
        "They mentioned your accent.",
        "They asked where she's from.",
        "They mentioned her kids.",
        "They asked if you were planning a family.",
        "They asked about maternity leave.",
        "They were worried about his health.",
        "They noticed the wheelchair.",
        "They asked about religious holidays.",
        "They commented on her headscarf.",
        "We wanted a man for this role.",
        "The team is mostly Indian.",
        "One interviewer asked about your sexuality.",
        "They asked about your husband's job.",
        "They didn't mention your age at all.",
        "At 58 you might be winding down, they said.",
        "They felt you might not relate to a team of twenty-somethings.",
        "He said you seemed too mature for a junior role.",
        "They noted that you're a mother of three.",
        "The interviewer asked where your parents are from.",
        "They thought your name might be hard for clients.",
        "They were concerned you'd need time off for IVF.",
        "They said you're not a native English speaker.",
        "They said a younger person would be cheaper.",
        "They asked about your race.",
        "She's expecting, they guessed, so they hesitated.",
        "The hiring manager said you seemed 'very foreign' to the clients.",
        "They asked about your immigration status and where you were born.",
        "They noticed you limp and worried about site visits.",
        "He's on the spectrum, they guessed.",
        "They asked about your cultural background.",
        "Your name sounds foreign, they said.",
        "It was the graduated-in-the-90s thing on your CV.",
        "They're after fresh energy and someone with a long runway.",
        "They wanted someone who'd grown up digital.",
        "You'd be happier with people at a similar stage of life.",
        "They asked how many years until you retire.",
        "You mentioned grandchildren.",
        "They thought someone of your generation would not enjoy it.",
        "It's a guys' team and they worried you'd feel out of place.",
        "They'd prefer someone without kids for the travel.",
        "You explained it as caring for your disabled son.",
        "They asked if you'd need time off for treatment.",
        "They wondered whether a person of your background would be accepted.",
        "They worried you wouldn't share their background.",
        "You'd mentioned being on antidepressants in the wellbeing chat.",
        "They wanted someone 'with more years ahead of them' in the role.",
        "They asked whether you'd be observing Lent.",
        "They said you're 'a bit long in the tooth' for a startup.",
        "They worried your name might confuse clients on calls.",
        "They'd rather not hire foreign nationals.",
        "They'd like someone who can grow with the company for 20+ years.",
        "You'd be working with 'a bunch of twenty-five-year-olds'.",
        "They want 'fresh graduates they can mould'.",
        "Someone with a 'younger outlook' would suit the brand.",
        "They asked whether you planned to 'go back home' eventually.",
        "They wanted someone who'll fit with the lads.",
        "They asked whether you're planning more children.",
        "They want someone who 'looks the part' for a young brand.",
        "You'd be a great 'mum figure' for the juniors.",
        "Could you run clubs 'with your own kids at home'?",
        "Would your back problem stop you lifting patients?",
        "Parents might prefer 'a more English-sounding name'.",
        "They worried that your Irish Traveller background might worry clients.",
    ],
)
def test_protected_characteristics_are_flagged_even_when_indirect_or_negated(text):
    assert "protected_characteristic" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team has a real culture of code review.",
        "Your fit for the role's technical requirements was clear.",
        "They had no concerns about culture fit; they loved your collaborative style.",
        "Your communication was clear and your team leadership strong.",
        "Your answers on race conditions were excellent.",
        "They're a young company and move fast.",
        "Take it in baby steps: one project at a time.",
        "Your work on accessibility stood out.",
        "They had no concerns at all, and the feedback was positive.",
        "Your English was clear and your written exercise well organised.",
        "Your background in consulting was relevant.",
        "You worked on the partner integrations team.",
        "Maybe volunteer at Code First Girls.",
        "The parent company is in Munich.",
        "They thought your accent work in the design system was excellent.",
        "Your questions about the parental leave policy were answered by HR.",
        "They liked your answer on ageing infrastructure.",
        "You followed the STAR method religiously.",
        "You disabled the flaky tests, which worried them.",
        "Your urban mobility startup experience was relevant.",
        "Your work at a cancer research charity impressed them.",
        "Your campaign targeting Gen Z was excellent.",
        "Your retirement savings app was a great example.",
        "They loved your women's health startup background.",
        "The other woman on the panel asked about tests.",
        "You managed teams of over 20.",
        "The test takes under 30 minutes.",
        "They were expecting a more detailed answer.",
        "The feature is ignored by older kernels.",
        "You found the race in the cache code.",
        "They liked that the filter is disabled by default.",
        "The team is young as a company, only two years old.",
        "They offered 82k and you were at 88.",
        "You graduated in computer science with a first.",
        "With your background in finance, the modelling was easy for you.",
        "Some career counselling could help you frame the story.",
        "Their tooling is basically Excel on steroids.",
        "The rollout lent itself to a phased plan.",
        "Put your name on the first slide so the panel can follow.",
        "They want someone to grow the team over the next two years.",
        "It came down to you and a woman who'd done the exact role at a rival bank.",
        "Their head of engineering, a guy called Lars, ran the final round.",
        "You can go back home after the assessment day; it ends at three.",
        "They liked your work on the brand image for a young startup.",
    ],
)
def test_skills_teams_and_generic_reassurance_are_not_protected_characteristics(text):
    assert "protected_characteristic" not in codes(text)


# --- the rewrite preview --------------------------------------------------------------------


def test_the_rewrite_replaces_names_and_removes_contacts_and_figures():
    text = "Dana said the budget was 110k. Priya's team agreed; write to dana@acme.io or call 020 7946 0958."
    rewrite = suggest_rewrite(text, check_redaction(text, "Cara Jones"))
    assert rewrite == (
        "The hiring manager said the budget was [figure removed]. A colleague's team agreed; "
        "write to [e-mail removed] or call [phone number removed]."
    )


def test_the_rewrite_of_a_clean_relay_is_the_relay():
    text = "They liked your design."
    assert suggest_rewrite(text, check_redaction(text)) == text


# --- properties -----------------------------------------------------------------------------

_relay_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs", "Cc"]), max_size=400
) | st.lists(
    st.sampled_from(
        ["Dana", "said", "110k", "+44 20 7946 0958", "a@b.io", "the other candidate", "young", "é", "👋", "Mr.", "."]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_relay_text, candidate_name=st.text(max_size=30))
def test_any_text_gets_sorted_non_empty_in_range_findings_deterministically(text, candidate_name):
    report = check_redaction(text, candidate_name)
    spans = [(f.start, f.end) for f in report.findings]
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert spans == sorted(spans)
    assert all(f.code in REDACTION_CODES for f in report.findings)
    assert report == check_redaction(text, candidate_name)
    assert isinstance(suggest_rewrite(text, report), str)


@pytest.mark.parametrize("prefix", ["😀 ", "café — naïve ", "日本語のテキスト ", "👩‍👩‍👧 "])
def test_offsets_are_character_offsets_after_multibyte_characters(prefix):
    text = f"{prefix}Priya said call 020 7946 0958 or write to p.k@acme.io; the budget was 110k."
    spans = {f.code: text[f.start : f.end] for f in check_redaction(text, "Cara").findings}
    assert spans == {"person_name": "Priya", "phone": "020 7946 0958", "email": "p.k@acme.io", "salary": "110k"}


def _long_text(words: int) -> str:
    """Corpus relays plus the shapes that make careless regexes backtrack: digit runs, long
    capitalised runs, '@' without a domain, a word without spaces."""
    pieces = [relay.text for relay in CORPUS] + [
        "1 2 3 4 5 6 7 8 9 0 " * 5,
        "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta " * 3,
        "a@ b@ c@ x.y.z.w@ " * 3,
        "a" * 300,
        "they they they they had had more more than than " * 3,
    ]
    text, count = [], 0
    while count < words:
        piece = pieces[len(text) % len(pieces)]
        text.append(piece)
        count += len(piece.split())
    return " ".join(text)


def test_a_10000_word_relay_is_checked_in_linear_time():
    small, large = _long_text(1_000), _long_text(10_000)
    check_redaction(small)  # warm the regex cache
    started = time.process_time()
    check_redaction(small)
    small_seconds = time.process_time() - started
    started = time.process_time()
    report = check_redaction(large)
    large_seconds = time.process_time() - started
    print(
        f"\n{len(small.split())} words: {small_seconds:.3f}s CPU; "
        f"{len(large.split())} words: {large_seconds:.3f}s CPU, "
        f"{len(report.findings)} findings"
    )
    # Ten times the words may take about ten times as long; a quadratic rule would take ~100x.
    assert large_seconds <= 30 * max(small_seconds, 0.01)
