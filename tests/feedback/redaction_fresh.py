"""Fresh batches of labelled relays for the redaction check, written to probe whether the rules
generalise: styles the older corpus lacked (terse chat notes, long formal summaries, non-native
English), names from many cultures alone or in lower case, odd phone and e-mail formats, pay in
words, and protected characteristics in indirect wording.

Labels follow the contract's definitions. One decision to note: a plain statement that the role
cannot sponsor a work visa is a legitimate job requirement the candidate already knows, so it is
clean; visa or immigration status used as a proxy for origin ("not really from here"), citizenship,
accent and "native speaker" are ``protected_characteristic``. A language the job needs, at a
stated level ("French at C1 for the Paris clients"), is clean.

First-look figures (leaky relays with every expected code caught / clean relays with any finding),
each batch run once before any change made because of it:
- FRESH_A (terse chat notes, non-native English): leaky 26/40, clean 1/30 ("the Atlas stuff").
  Per code: email 1/1, phone 2/3, person_name 5/10, salary 5/6, other_candidate 5/7, protected 10/15.
- FRESH_B (long formal summaries, many cultures): leaky 31/40, clean 1/30 ("their Aurora platform").
  Per code: email 0/1, phone 2/2, person_name 11/12, salary 5/6, other_candidate 7/10, protected 11/14.
- FRESH_C (euphemisms, obfuscated contacts, indirect wording): leaky 20/40, clean 2/30 ("young as a
  company, only two years old", "the Atlas migration"). Per code: email 1/1, phone 2/4, person_name
  3/8, salary 4/5, other_candidate 1/9, protected 10/14.
Together: leaky 77/120 (64 %), clean 4/90 (4.4 %). The misses: lower-case and unlisted surnames
("spoke w/ okonkwo", "your interview with Kowalczyk"), initials, phones with dots and letters, pay in
words, other applicants in idiom ("a two-horse race", "their number two choice", "the hire was"),
and age, family and health in indirect wording ("long runway", "stage of life", "without kids").
- FRESH_D (written after the changes those three led to; mixed styles): leaky 32/40, clean 0/30.
  Per code: email 2/2, phone 3/3, person_name 9/10, salary 5/6, other_candidate 6/8, protected 9/13.
  Missed: "antidepressants", "92,500" alone, "more years ahead of them", "observing Lent", "didn't
  make the final four", "edged ahead", "ms. kaur", and "early in their career" (still missed: the
  phrase is an ordinary way to describe a career, so it is left to the recruiter).
- FRESH_E (written after the changes FRESH_D led to; e-mails with bullets, names written surname
  first, rupees and dirhams, idioms of age): leaky 31/40, clean 0/30. Per code: email 2/2, phone 3/3,
  person_name 9/9, salary 5/6, other_candidate 4/8, protected 11/15. Missed: "the chap who'd",
  "18 LPA", "long in the tooth", "your name might confuse clients", "the rest of the pool", "a
  stronger field", "the lady … they also saw", "foreign nationals", "grow with the company for 20+
  years".
- FRESH_F (written after the changes FRESH_E led to; realistic relays of several sentences, often
  several codes): leaky 37/40, clean 0/30 (the rules before any of this work: 36/40, 0/30). Per
  code: email 1/1, phone 3/3, person_name 9/9, salary 7/7, other_candidate 9/10, protected 11/13.
  Missed: "twenty-five-year-olds", "fresh graduates they can mould", "Priyanka's, who was also in
  the final round"; "a woman who'd done the role" (another applicant) was wrongly flagged as gender.
- FRESH_G (written after the changes FRESH_F led to; realistic relays): leaky 36/40, clean 1/30
  ("your Project Atlas work"); the rules before any of this work did the same, 36/40 and 1/30. Per
  code: email 2/2, phone 3/3, person_name 8/9, salary 5/6, other_candidate 9/10, protected 13/14.
  Missed: "promote from within", "My colleague Jess", "go up to 60", "a 'younger outlook'".
- FRESH_H (written after the changes FRESH_G led to; realistic relays): leaky 34/40, clean 0/30 (the
  rules before any of this work: 32/40, 0/30). Per code: email 2/2, phone 3/3, person_name 10/10,
  salary 6/7, other_candidate 7/9, protected 10/13 (and "a guy called Lars" wrongly read as gender).
  Missed: "at 58 and you'd said 65", "up against someone", "a number of candidates from the same
  bootcamp", "'go back home'", "fit with the lads", "planning more children".
- FRESH_I (written after the changes FRESH_H led to; longer realistic relays): leaky 37/40, clean
  0/30 (the rules before any of this work: 33/40, 0/30). Per code: email 2/2, phone 2/2,
  person_name 9/9, salary 7/7, other_candidate 8/9, protected 11/13. Missed: "'looks the part' for
  a young brand", "'mum figure'", "after seeing the last two candidates". One label was fixed after
  the first look: "the other candidate was asking about 10k less" is a pay figure as well (the
  check had flagged it; the label had only other_candidate).
- FRESH_J (written after the changes FRESH_I led to; jobs outside tech: nursing, teaching, law,
  retail, hospitality, logistics): leaky 30/40, clean 0/30 (the rules before any of this work:
  29/40, 0/30). Per code: email 1/1, phone 2/2, person_name 7/8, salary 6/7, other_candidate 6/9,
  protected 10/14. Missed: "Sister Okafor", "went with a newly qualified teacher", "a driver who…",
  "two other trainees", "your own kids", "your back problem", "English-sounding name", "Irish
  Traveller", "62,000 in London". A new field of work costs recall: the lists of trades, titles and
  conditions were grown from it. One label was fixed after the first look: the name inside
  "j.harris@…" is the e-mail finding's, as in FRESH_A (it had been labelled person_name too).
After all ten, every first-look miss but one ("early in their career") is caught by a general rule.
"""

from tests.feedback.redaction_corpus import Relay as R

FRESH_A: list[R] = [
    R(
        "quick one - HM said tech was solid but you lost them on the sys design. fyi they hired internally. sorry!",
        "Tomasz Nowak",
        ("other_candidate",),
    ),
    R(
        "spoke w/ okonkwo this morning. he liked the take-home, wanted more testing. ping me if q's",
        "Lena Fischer",
        ("person_name",),
    ),
    R(
        (
            "fb from the panel: good energy, bit long-winded. they were also keen to know if you'd need time off for "
            "treatment, i said not my place"
        ),
        "Rosa Jimenez",
        ("protected_characteristic",),
    ),
    R(
        "budget was 95-100 base + 10% bonus, you asked 115 so that was a gap. skills wise all fine",
        "Dev Patel",
        ("salary",),
    ),
    R("call me on 07700.900.461 when free, easier to explain", "Aoife Byrne", ("phone",)),
    R("their pick had 2 more yrs in payments. you were a close second tbh", "Marcus Hill", ("other_candidate",)),
    R(
        (
            "Hi! feedback: they want more culture add. honestly think it was the graduated-in-the-90s thing on your "
            "cv, they noticed it."
        ),
        "Sandra Boyd",
        ("protected_characteristic",),
    ),
    R(
        "sync'd with priya from their talent team: pass on the role for now. main gap = stakeholder mgmt.",
        "Joel Martin",
        ("person_name",),
    ),
    R(
        "they said it's a guys' team and worried you'd feel out of place at the socials. not ok, flagging to their HR",
        "Chloe Adams",
        ("protected_characteristic",),
    ),
    R(
        "pls don't share but they offered the other person 82k. you were at 88",
        "Sam Reid",
        ("salary", "other_candidate"),
    ),
    R("HM (Bart) wanted deeper k8s. that's it really.", "Yusuf Demir", ("person_name",)),
    R(
        (
            "fb: strong sql, weak on pandas. also they asked about your accent, whether clients understand you ok. I "
            "pushed back."
        ),
        "Ivan Petrov",
        ("protected_characteristic",),
    ),
    R(
        "ngozi (their CTO) said the architecture answer was really strong, just wanted more on cost",
        "Paul Evans",
        ("person_name",),
    ),
    R(
        "they said you're juggling school runs and might not make the 8am standups. thats not a legit reason imo",
        "Gemma Lewis",
        ("protected_characteristic",),
    ),
    R(
        "quick update: J.P. from engineering ran the tech round, said you were a bit rusty on graphs",
        "Ali Hassan",
        ("person_name",),
    ),
    R("they'll go to twenty an hour max for the contract, you asked twenty five", "Nina Kowalski", ("salary",)),
    R(
        "email their coordinator at lina dot haddad at brightwave dot io for the expenses form",
        "Omar Farouk",
        ("email",),
    ),
    R(
        "they're after fresh energy and someone with a long runway. your experience felt like overkill to them",
        "Graham Wood",
        ("protected_characteristic",),
    ),
    R("tbh it came down to you and one other, they picked the one who'd done B2B", "Leah Cohen", ("other_candidate",)),
    R("Chen Jing from the panel said you interrupted a bit", "Sarah Young", ("person_name",)),
    R(
        (
            "no offer. they said the team does friday drinks a lot & wondered if that'd be awkward for you given your "
            "faith"
        ),
        "Bilal Khan",
        ("protected_characteristic",),
    ),
    R(
        "they asked if you have plans for kids soon. I said I wouldn't ask that. ugh.",
        "Megan Price",
        ("protected_characteristic",),
    ),
    R("comp: 6 figures was never on the table, top was 85", "Tom Baker", ("salary",)),
    R("had a chat w/ dimitriou. said your portfolio is good but too much agency work", "Kate Moss", ("person_name",)),
    R("they wanted someone who'd 'grown up digital'. I know.", "Brian Kelly", ("protected_characteristic",)),
    R("ring +44 (0) 161 496 0734 ext. 12 and ask for the talent desk", "Ruth Green", ("phone",)),
    R("the role went to a referral, someone already known to the team", "Jack Turner", ("other_candidate",)),
    R(
        "HM said the timing worried them, since you mentioned you're expecting in the spring",
        "Hannah Ward",
        ("protected_characteristic",),
    ),
    R("Their lead, Siobhan, fed back: great whiteboarding, less great on estimation", "Luke Ross", ("person_name",)),
    R("fb via agency partner: salary exp too high (you said 70k, band tops at 64k)", "Fiona Shaw", ("salary",)),
    R("they compared you with the ex-Monzo guy a lot, he had more incident exp", "Kieran Doyle", ("other_candidate",)),
    R("pls call me on 0800-FEEDBAK or my mobile 07700 900 118", "Zoe Hart", ("phone",)),
    R(
        "they said you seemed 'very old school' and would struggle with a team of twentysomethings",
        "Derek Mills",
        ("protected_characteristic",),
    ),
    R("Kwame and Ines ran the panel. both liked you. hiring freeze killed it", "Ella Stone", ("person_name",)),
    R(
        "they're worried about your health after the 6 month break you mentioned - asked if it'd come back",
        "Simon Lee",
        ("protected_characteristic",),
    ),
    R("out of 5 finalists you were 3rd on their scoring", "Amy Clarke", ("other_candidate",)),
    R(
        "they asked whether you're married since the role has travel. I didn't answer",
        "Priti Shah",
        ("protected_characteristic",),
    ),
    R(
        "the wheelchair question came up - they asked if you'd need adjustments to the office",
        "Owen Price",
        ("protected_characteristic",),
    ),
    R(
        "they said 'not a native speaker' was a factor in the client-facing bit",
        "Mateus Silva",
        ("protected_characteristic",),
    ),
    R(
        "met w/ their VP eng tuesday, Mr. Adeyemi-Cole - he'll send notes. pay they had in mind: 120-130k + equity",
        "Jade Wu",
        ("person_name", "salary"),
    ),
    # clean
    R(
        (
            "quick fb: great on the live coding, slower on the design q. work on caching patterns & you'll be fine "
            "next time"
        ),
        "Tomasz Nowak",
        (),
    ),
    R("they liked ur energy. 3 of 4 interviewers said yes, one wanted more depth on testing", "Lena Fischer", ()),
    R("fb from HM: cv was too long, cut it to 2 pages. lead with impact numbers", "Rosa Jimenez", ()),
    R(
        (
            "they're a young company (founded 2021) so processes are loose; they wanted someone to build them from "
            "scratch. you leaned on existing process a lot"
        ),
        "Dev Patel",
        (),
    ),
    R("the Phoenix team owns the payments stack; they felt you knew it less than the Atlas stuff", "Aoife Byrne", ()),
    R(
        "they value ownership and candour as cultural values; your answers on failure felt a bit guarded",
        "Marcus Hill",
        (),
    ),
    R(
        "you didn't meet the technical bar on the algorithms round. practise 2-3 mediums a day for a couple weeks",
        "Sandra Boyd",
        (),
    ),
    R(
        (
            "role is based in the Manchester office 3 days/wk. they weren't sure you wanted the commute given what you"
            " said"
        ),
        "Joel Martin",
        (),
    ),
    R(
        "Good: 10 yrs exp came across well, clear examples. Less good: answers ran ~5 min each, aim for 2",
        "Chloe Adams",
        (),
    ),
    R("they said your Kotlin was strong but Swift weaker. the app is iOS-first", "Sam Reid", ()),
    R(
        "no feedback on comp, they just felt the scope was bigger than what you've done. 15 reports vs your 4",
        "Yusuf Demir",
        (),
    ),
    R(
        "fb: you asked great qs about on-call. they wanted more on how you'd measure success in 90 days",
        "Ivan Petrov",
        (),
    ),
    R("they said the take-home was 'really thoughtful', only gap was no README. easy fix", "Paul Evans", ()),
    R("panel was 3 ppl: eng lead, PM, designer. all said communication was clear", "Gemma Lewis", ()),
    R(
        "they've paused the role till Q3, nothing to do with you. they'd happily talk again in 6 months",
        "Ali Hassan",
        (),
    ),
    R("HM felt you undersold yourself. say 'I' more than 'we'", "Nina Kowalski", ()),
    R(
        "they use Terraform + AWS heavily; you talked mostly about GCP. worth doing the AWS associate cert",
        "Omar Farouk",
        (),
    ),
    R(
        "interview went 45 mins over because they enjoyed it! but in the end they wanted deeper MLOps",
        "Graham Wood",
        (),
    ),
    R(
        "fb was short: good fit for the technical bar, weaker on product sense. happy to do mock product q's with you",
        "Leah Cohen",
        (),
    ),
    R("I think it's the 2nd round presentation - slides had too much text. 1 idea per slide", "Sarah Young", ()),
    R(
        "They've said to apply again for the senior role in January. Your React is strong, Node less so",
        "Bilal Khan",
        (),
    ),
    R(
        "the case study numbers didn't add up (you said 20% growth, then 12%). check the maths next time",
        "Megan Price",
        (),
    ),
    R("they liked that you mentored 3 juniors. wanted more examples of influencing without authority", "Tom Baker", ()),
    R(
        "re the Berlin office: role needs 2 days onsite, which you said is fine. the gap was Go experience",
        "Kate Moss",
        (),
    ),
    R("HM said you were 'calm under pressure' in the incident scenario. less clear on postmortems", "Brian Kelly", ()),
    R("the salary chat went fine, no issue there. the blocker was your 3 month notice period", "Ruth Green", ()),
    R("your reference came back glowing, fwiw. they just need someone with more Salesforce admin", "Jack Turner", ()),
    R("they wanted a clearer why-this-company. read up on their Q2 launch (Orion) before next time", "Hannah Ward", ()),
    R(
        "felt you were a bit nervous in the first 10 mins, then great. a warm-up chat with me beforehand helps",
        "Luke Ross",
        (),
    ),
    R(
        "they need someone who can do on-call 1 week in 6. you said you can't, which is fair, just not a match",
        "Fiona Shaw",
        (),
    ),
]

FRESH_B: list[R] = [
    R(
        (
            "Dear Ana, following our conversation with the hiring committee, I would like to summarise the outcome. "
            "The committee acknowledged your thorough preparation. However, they ultimately decided in favour of an "
            "applicant whose background included regulatory reporting under Basel III. They encouraged you to apply "
            "again."
        ),
        "Ana Souza",
        ("other_candidate",),
    ),
    R(
        (
            "Good afternoon. I spoke yesterday with Mrs Wanjiru Kamau, who chaired the panel. She felt your responses "
            "on budgeting were precise, but your examples of team leadership were limited. I would suggest preparing a"
            " structured example."
        ),
        "Grace Otieno",
        ("person_name",),
    ),
    R(
        (
            "Please find below the summary. Regarding remuneration, the company has confirmed the position was "
            "budgeted at one hundred and ten thousand pounds, which was below your stated expectation. Otherwise, the "
            "technical assessment was satisfactory."
        ),
        "Robert Hughes",
        ("salary",),
    ),
    R(
        (
            "Hello, I am writing you the feedback. The manager says you have good knowledge but maybe you are too "
            "senior in age for the team, they are all fresh graduates. I am not agree with this."
        ),
        "Piotr Zielinski",
        ("protected_characteristic",),
    ),
    R(
        (
            "The feedback from the interview with Mr. Takahashi: he was appreciating your clear answer on the cloud "
            "migration. He wish more detail in the security part."
        ),
        "Andrea Rossi",
        ("person_name",),
    ),
    R(
        (
            "Summary of feedback. Strengths: structured thinking, good questions. Areas to improve: product metrics. "
            "Also, for transparency, you were compared against two internal colleagues who were also interviewed, and "
            "one of them was selected."
        ),
        "Helen Carter",
        ("other_candidate",),
    ),
    R(
        (
            "I had a long conversation with the talent partner, Fatima Al-Sayed. She said the panel considered your "
            "profile very strong; the reason for the decision was the question of whether you would need to leave "
            "early on Fridays for prayers."
        ),
        "Imran Qureshi",
        ("person_name", "protected_characteristic"),
    ),
    R(
        (
            "Further to your interview on 12 March, the company would like to thank you. They raised that the client "
            "base is conservative and wondered whether a person of your background would be accepted by them."
        ),
        "Kwabena Asante",
        ("protected_characteristic",),
    ),
    R(
        (
            "The hiring manager, who is called Bogdan, explained that the decision was close. Please contact me at +48"
            " 22 555 01 93 if you would like to talk."
        ),
        "Agnieszka Nowak",
        ("person_name", "phone"),
    ),
    R(
        (
            "Following the final round, the company made an offer to another finalist, who accepted yesterday. They "
            "were impressed by you, especially the data modelling exercise."
        ),
        "Victoria Lang",
        ("other_candidate",),
    ),
    R(
        (
            "Kind regards from our side. The feedback is mainly positive. One remark, the director say you look very "
            "tired and he ask me if you have any health issue. I said I do not know."
        ),
        "Lucia Moreno",
        ("protected_characteristic",),
    ),
    R(
        (
            "I spoke at length with Kofi Mensah-Bonsu and with Eleni Papadopoulou. Both felt your stakeholder examples"
            " were convincing, but your answers on budget ownership were thin."
        ),
        "Daniel Brooks",
        ("person_name",),
    ),
    R(
        (
            "With regard to compensation, the range for the position was 45 000 to 52 000 EUR, and the offer would "
            "have been at the lower end given the interview. I think this is useful for future negotiations."
        ),
        "Jan de Vries",
        ("salary",),
    ),
    R(
        (
            "To be transparent, the panel were hoping for someone who could stay for a decade or more and build the "
            "function; they asked me how many years you were planning to work before retiring."
        ),
        "Malcolm Grant",
        ("protected_characteristic",),
    ),
    R(
        (
            "The written feedback is attached in summary form. The panel praised your composure. The only concern was "
            "that, as a mother of three, you might find the travel schedule difficult. I told them this is not an "
            "appropriate consideration."
        ),
        "Claire Dubois",
        ("protected_characteristic",),
    ),
    R(
        (
            "I'm pleased to report the interviewers were very positive. Sadly, they had someone in mind from the "
            "start: the contractor already in the role was offered the permanent position."
        ),
        "Stephen Walsh",
        ("other_candidate",),
    ),
    R(
        (
            "The conversation with the board was positive. Dr. Nakamura-Leblanc said you will be a strong fit in "
            "future. You may write to her assistant at m.rossi[at]northgate.org for the reading list."
        ),
        "Alice Martin",
        ("person_name", "email"),
    ),
    R(
        (
            "Feedback from the assessment centre: your group exercise was good. The assessors ranked you fifth out of "
            "the twelve attendees, and only the top three go forward."
        ),
        "Ryan Foster",
        ("other_candidate",),
    ),
    R(
        (
            "In the debrief, the interviewers mentioned that your English is very good 'for someone not from here', "
            "which I found inappropriate. Technically they had no concerns."
        ),
        "Thi Nguyen",
        ("protected_characteristic",),
    ),
    R(
        (
            "Please note the hiring manager, Ms. Okafor-Reyes, would prefer that you do not contact her directly. Her "
            "feedback is that the case study lacked a recommendation."
        ),
        "Laura Bennett",
        ("person_name",),
    ),
    R(
        (
            "They said the package was 'six figures plus a generous share scheme' but that you would have come in "
            "lower on the scale."
        ),
        "Patrick Nolan",
        ("salary",),
    ),
    R(
        (
            "The interviewers would like a person who is able to work evenings. They asked whether your husband would "
            "be fine with it."
        ),
        "Sofia Marin",
        ("protected_characteristic",),
    ),
    R(
        (
            "Your interview with Okonkwo on Tuesday went reasonably well. He would have liked more detail on capacity "
            "planning."
        ),
        "Peter Lund",
        ("person_name",),
    ),
    R(
        "They mentioned the winning candidate had presented a ninety-day plan unprompted, which made the difference.",
        "Rachel Kim",
        ("other_candidate",),
    ),
    R(
        "On reflection, the panel thought you might lack the stamina of a younger engineer for the on-call rota.",
        "Geoffrey Hall",
        ("protected_characteristic",),
    ),
    R(
        (
            "I passed your questions on to Gunnar and Astrid in the data team; Gunnar answered that the modelling test"
            " was the deciding factor."
        ),
        "Mia Larsen",
        ("person_name",),
    ),
    R(
        "The company disclosed a day rate of £550, compared with the £650 you had asked for.",
        "Connor Byrne",
        ("salary",),
    ),
    R(
        (
            "Regrettably, they have concluded that your religious observance, in particular fasting during Ramadan, "
            "might affect the client workshops in spring."
        ),
        "Yasmin Ali",
        ("protected_characteristic",),
    ),
    R(
        "I can share that the role was ultimately filled by someone who had worked with the CEO before.",
        "Nathan Cole",
        ("other_candidate",),
    ),
    R(
        (
            "The panel chair, Aarav, asked me to convey that your presentation was very clear. He also asked that you "
            "contact him on 98200 12345 if you would like detail."
        ),
        "Neha Gupta",
        ("person_name", "phone"),
    ),
    R(
        (
            "Their concern was around the gap in your employment history, which you explained as caring for your "
            "disabled son; they were worried about reliability."
        ),
        "Karen Wallace",
        ("protected_characteristic",),
    ),
    R(
        (
            "It seems they prefer someone who is a native Dutch speaker for the team, although the job advert said "
            "English."
        ),
        "Tariq Aziz",
        ("protected_characteristic",),
    ),
    R(
        "I was told the offer to the successful candidate was 68k, so you were not far off.",
        "Emily Ross",
        ("salary", "other_candidate"),
    ),
    R(
        (
            "Comments from Ingrid Solberg (hiring manager) and Tomás Ruiz (engineering lead) are summarised below. "
            "Both agree your testing approach was excellent."
        ),
        "Adam Novak",
        ("person_name",),
    ),
    R(
        (
            "One point I must share: they observed that you are 'very much a family man', and asked whether the "
            "relocation would suit your wife and children."
        ),
        "Hassan Rahimi",
        ("protected_characteristic",),
    ),
    R(
        "The panel compared the three shortlisted profiles and yours was weakest on cloud cost management.",
        "Olga Ivanova",
        ("other_candidate",),
    ),
    R(
        "In addition, they thought someone of your generation may not be comfortable with the informal culture.",
        "Margaret Lowe",
        ("protected_characteristic",),
    ),
    R(
        "Please speak to Li Wei or Zhang Min in HR about the expenses. They can also clarify the interview process.",
        "Chris Taylor",
        ("person_name",),
    ),
    R(
        (
            "The hourly rate they could offer was thirty-five dollars, which they understood was below what you are "
            "earning now."
        ),
        "Jose Ramirez",
        ("salary",),
    ),
    R("The other finalist had a PhD, and that tipped it in the end.", "Ben Carter", ("other_candidate",)),
    # clean
    R(
        (
            "Dear Kenji, thank you for your patience. The hiring committee has concluded its review. They valued your "
            "structured approach to the case study and your clear communication. The area they would encourage you to "
            "develop is quantitative forecasting; the role requires building models from scratch. I would recommend a "
            "short course in time-series methods."
        ),
        "Kenji Watanabe",
        (),
    ),
    R(
        (
            "Following the three rounds of interviews, the company has decided not to proceed. The feedback is that "
            "your technical depth in distributed systems was good, but your examples of mentoring were limited. Please"
            " consider preparing two or three examples with measurable outcomes."
        ),
        "Grace Otieno",
        (),
    ),
    R(
        (
            "Hello Mariam, the manager was happy with your presentation. He say your communication is clear and your "
            "slides well organised. The improvement is about the time: 20 minutes instead of 15."
        ),
        "Mariam Haddad",
        (),
    ),
    R(
        (
            "The role is in the Lisbon office, which is a young company of about 40 people. They were looking for "
            "experience of scaling from 40 to 200 and felt your examples came from larger organisations."
        ),
        "Robert Hughes",
        (),
    ),
    R(
        (
            "Summary: the panel of four interviewed you for 90 minutes. They highlighted your energy and curiosity. "
            "They felt you were less confident discussing pricing strategy, which is central to the role."
        ),
        "Piotr Zielinski",
        (),
    ),
    R(
        (
            "The organisation describes its values as ownership, candour and curiosity. In the values interview, they "
            "felt your examples of candour were a little abstract. Concrete stories will help."
        ),
        "Andrea Rossi",
        (),
    ),
    R(
        (
            "The company has 12 years of history and 3 product lines. They wanted experience with more than one "
            "product line; yours was mainly with one."
        ),
        "Helen Carter",
        (),
    ),
    R(
        (
            "You met the technical bar comfortably. The decision was about product sense: when asked to prioritise "
            "five features, your reasoning focused on engineering effort rather than user value."
        ),
        "Imran Qureshi",
        (),
    ),
    R(
        (
            "I have received feedback from the Orion team (the group responsible for the analytics platform). They "
            "found your SQL very strong and your dashboards clear. Their hesitation was about experience with dbt."
        ),
        "Kwabena Asante",
        (),
    ),
    R(
        (
            "The company explained that the role has been cancelled after a restructure, and the process is closed. "
            "This was not a reflection of your interview."
        ),
        "Agnieszka Nowak",
        (),
    ),
    R(
        (
            "Thank you for attending the assessment day. The assessors said your written exercise was the strongest "
            "part of your day, and the group discussion the weakest: you spoke less than expected."
        ),
        "Victoria Lang",
        (),
    ),
    R(
        (
            "The interviewers appreciated your questions about the on-call policy and the learning budget; they "
            "confirmed both are generous."
        ),
        "Lucia Moreno",
        (),
    ),
    R(
        (
            "Feedback from the second interview: good answers on stakeholder management, less precise on data "
            "governance. They recommended the DAMA framework as reading."
        ),
        "Daniel Brooks",
        (),
    ),
    R(
        (
            "The company has a culture of written communication (long design documents). They felt your written "
            "exercise was concise but missed the trade-offs section."
        ),
        "Jan de Vries",
        (),
    ),
    R(
        (
            "They would like to keep you in mind for the platform role opening in spring; the current role needed "
            "deeper Kafka experience."
        ),
        "Malcolm Grant",
        (),
    ),
    R(
        (
            "The panel gave you 4 out of 5 on coding, 3 out of 5 on system design and 4 out of 5 on behaviour. The "
            "threshold was 4 on each."
        ),
        "Claire Dubois",
        (),
    ),
    R(
        (
            "Regarding the notice period: they were hoping for someone within 4 weeks, and your 12 weeks was a factor,"
            " alongside the lack of retail experience."
        ),
        "Stephen Walsh",
        (),
    ),
    R(
        (
            "In the interview with the product director you were asked to critique their mobile app. They liked your "
            "points about onboarding, but felt you did not back them with data."
        ),
        "Alice Martin",
        (),
    ),
    R(
        (
            "Please note that the feedback was given over the phone, so I have summarised it in my own words. The main"
            " point was that your answers were long; practise the STAR format."
        ),
        "Ryan Foster",
        (),
    ),
    R(
        (
            "Thank you, Oluwaseun, for your patience. The committee's feedback is that your finance knowledge is "
            "excellent but your Excel modelling test had two formula errors."
        ),
        "Oluwaseun Adebayo",
        (),
    ),
    R(
        (
            "The company is expanding to Singapore and Dubai next year; they wanted someone with APAC market "
            "experience, which your CV does not show."
        ),
        "Thi Nguyen",
        (),
    ),
    R(
        (
            "Your cover letter was mentioned positively: it was specific about their Series B and the new Jakarta hub."
            " The interview itself was let down by vague answers on metrics."
        ),
        "Laura Bennett",
        (),
    ),
    R(
        (
            "The feedback mentions your years of experience (eight) as a strength, especially the time at Siemens. "
            "What was missing was experience with regulated medical devices."
        ),
        "Patrick Nolan",
        (),
    ),
    R(
        (
            "They found the pair programming session productive. One suggestion: narrate your thinking more, as the "
            "interviewer could not follow your reasoning for the first 10 minutes."
        ),
        "Sofia Marin",
        (),
    ),
    R(
        (
            "The hiring manager would like to thank you for the extra reading you did on their Aurora platform. The "
            "final decision came down to the depth of Rust experience required."
        ),
        "Peter Lund",
        (),
    ),
    R(
        (
            "The salary discussion was not an issue at all; the role was closed for budget reasons at company level, "
            "unrelated to your interview."
        ),
        "Rachel Kim",
        (),
    ),
    R(
        (
            "The case interview lasted an hour. They said your framework was sound, but you took 20 minutes before "
            "proposing a hypothesis. In consulting they expect a hypothesis within 5."
        ),
        "Geoffrey Hall",
        (),
    ),
    # Clean by the decision in the module docstring: a stated, legitimate work-authorisation requirement.
    R(
        (
            "They could not sponsor a work visa for this role, which was stated in the job advert; otherwise the "
            "feedback was positive, especially on the modelling."
        ),
        "Mia Larsen",
        (),
    ),
    R(
        (
            "Following the technical assessment, they felt your answers on concurrency were correct but slow. Timed "
            "practice on medium problems would help."
        ),
        "Connor Byrne",
        (),
    ),
    R(
        (
            "I would like to add that the panel found you personable and well prepared. The gap was specifically "
            "experience leading a team of more than five engineers."
        ),
        "Yasmin Ali",
        (),
    ),
]

FRESH_C: list[R] = [
    R(
        "They felt you'd be more comfortable somewhere with people at a similar stage of life.",
        "Norman Fisher",
        ("protected_characteristic",),
    ),
    R(
        "Honestly I think they wanted a bit more youthful energy in the room.",
        "Pauline Reed",
        ("protected_characteristic",),
    ),
    R("I heard they're going with the person who interned there last summer.", "Jake Miller", ("other_candidate",)),
    R(
        "Your interview with Kowalczyk went fine on paper, but he wanted more hands-on AWS.",
        "Emma Price",
        ("person_name",),
    ),
    R("Text me on 07700 900 555 or WhatsApp +44 7700 900555 if you want to talk it through.", "Ravi Menon", ("phone",)),
    R("The budget topped out around ninety grand, so your ask was a stretch.", "Lucy Grant", ("salary",)),
    R(
        (
            "They asked me if you'd be around long enough to justify the training investment, given you mentioned "
            "grandchildren."
        ),
        "Barbara Scott",
        ("protected_characteristic",),
    ),
    R(
        "Between us, it was a two-horse race and the other horse had banking experience.",
        "Mark Dean",
        ("other_candidate",),
    ),
    R(
        (
            "They want the team to feel like a group of friends, and they worried you wouldn't share their background "
            "or get the banter."
        ),
        "Ade Ogunleye",
        ("protected_characteristic",),
    ),
    R(
        "Fed back by sunita in their people team: stronger on delivery than on strategy.",
        "Holly West",
        ("person_name",),
    ),
    R("Apparently the guy they chose has been at a competitor for years.", "Will Harper", ("other_candidate",)),
    R("Reach the team at careers (at) lumen-labs (dot) co (dot) uk to ask about other roles.", "Isla Reid", ("email",)),
    R(
        "They mentioned there are a lot of late client dinners and asked whether that fits with you being pregnant.",
        "Anna Kovacs",
        ("protected_characteristic",),
    ),
    R(
        "They were worried about the hours given your condition; they didn't say more.",
        "Colin Burke",
        ("protected_characteristic",),
    ),
    R("From what I gathered, someone they already knew was always the favourite.", "Daisy Lamb", ("other_candidate",)),
    R("Base would have been 70 to 75 with a 15% bonus and options.", "Ahmed Saleh", ("salary",)),
    R(
        "They thought you'd find it hard to take direction from managers half your age.",
        "Roger Bell",
        ("protected_characteristic",),
    ),
    R(
        "Sat down with adaeze and tunde after the panel: both liked your stakeholder story.",
        "Ellie Morgan",
        ("person_name",),
    ),
    R(
        "They asked how you'd manage the fast, meeting-heavy days given your hearing aid.",
        "Frank Moore",
        ("protected_characteristic",),
    ),
    R("Your competitor in the final stage was cheaper, frankly.", "Gareth Jones", ("other_candidate",)),
    R(
        "I passed your thanks on to Hendrik; he said the whiteboard round was your best.",
        "Sophie Turner",
        ("person_name",),
    ),
    R("Their max is 400 a day outside IR35.", "Neil Walker", ("salary",)),
    R(
        "They asked whether you go to church on Sundays because the launch weekend is on-call.",
        "Ruth Okoro",
        ("protected_characteristic",),
    ),
    R(
        "Don't quote me, but they found the person they want elsewhere and are just closing the loop.",
        "Greg Simmons",
        ("other_candidate",),
    ),
    R(
        (
            "They worried about culture fit, by which they mean you didn't grow up here and might not get the "
            "references in client chats."
        ),
        "Arjun Nair",
        ("protected_characteristic",),
    ),
    R("Dial 1-800-FEEDBACK ext. 4412 for the company's candidate line.", "Tina Brooks", ("phone",)),
    R(
        "They loved the demo; Jean-Baptiste and Marie-Claire both want you on the shortlist next time.",
        "Pierre Laurent",
        ("person_name",),
    ),
    R("The offer would have been 42 an hour, which is below your last contract.", "Dylan Hughes", ("salary",)),
    R("The panel said there were stronger CVs in the pile.", "Maria Lopez", ("other_candidate",)),
    R(
        (
            "They asked whether your partner is a woman or a man, since the relocation package covers spouses. I "
            "refused, but you should know it was asked."
        ),
        "Alex Morgan",
        ("protected_characteristic",),
    ),
    R(
        "Someone on the panel, I think Oyelaran, said your answer on risk was the sharpest.",
        "Helen Park",
        ("person_name",),
    ),
    R("Reach me directly on 020.7946.0321 any time this week.", "Joe Clarke", ("phone",)),
    R(
        "Mostly positive, but they hinted they'd prefer someone without kids for the travel-heavy role.",
        "Sara Lind",
        ("protected_characteristic",),
    ),
    R("They went for a bit more seniority: the hire was a former head of platform.", "Ian Walsh", ("other_candidate",)),
    R(
        "Give Marta at their office a call on 91 555 43 21 (Madrid) to arrange the debrief.",
        "Lucas Martin",
        ("person_name", "phone"),
    ),
    R("Total comp was pitched at roughly a hundred and forty including the sign-on.", "Matt Cooper", ("salary",)),
    R(
        "They felt you were 'very traditional' for the client-facing part, and the headscarf was mentioned.",
        "Noor Hamid",
        ("protected_characteristic",),
    ),
    R(
        (
            "One panellist said you'd be great 'for a lady in engineering', which I'm passing on only so you know the "
            "context."
        ),
        "Janet Hill",
        ("protected_characteristic",),
    ),
    R(
        "Their number two choice dropped out, but they still preferred to re-advertise than come back to you.",
        "Carl Jensen",
        ("other_candidate",),
    ),
    R("they said bennett was impressed but the others on the panel weren't", "Tanya Cross", ("person_name",)),
    # clean
    R(
        (
            "They said the team is young as a company, only two years old, and they need someone comfortable with no "
            "process at all. Your answers leaned on structure."
        ),
        "Norman Fisher",
        (),
    ),
    R(
        "Your 15 years in retail banking came across as a real strength; the gap was hands-on cloud.",
        "Pauline Reed",
        (),
    ),
    R(
        "They asked about the 3 rounds you'd done elsewhere only to understand your timeline; no issue there.",
        "Jake Miller",
        (),
    ),
    R(
        "Fit for the technical bar: yes. Fit for the product role: they wanted more customer discovery.",
        "Emma Price",
        (),
    ),
    R(
        "The cultural values there are ownership and bias for action; your examples were more about consensus.",
        "Ravi Menon",
        (),
    ),
    R("They have offices in Bristol and Dublin; the role sits in Dublin with the Cobalt team.", "Lucy Grant", ()),
    R(
        "Your presentation used Tableau, which they don't; they use Looker. Not a big deal, but worth learning.",
        "Barbara Scott",
        (),
    ),
    R("They'd like to see you again in 6 months once you have more Kubernetes in production.", "Mark Dean", ()),
    R(
        "The panel had 2 engineers and 1 manager, 60 minutes each. All three mentioned your calm manner.",
        "Ade Ogunleye",
        (),
    ),
    R(
        "They're a family-owned business with a long-term outlook; they loved your questions about their 10-year plan.",
        "Holly West",
        (),
    ),
    R(
        "You mentioned the marathon you ran; they liked the discipline example, just wanted a work example too.",
        "Will Harper",
        (),
    ),
    R("They asked about your graduate scheme at Unilever and liked the rotation story.", "Isla Reid", ()),
    R("Please rework the opening of your cover letter: 'To whom it may concern' felt generic.", "Anna Kovacs", ()),
    R(
        (
            "The interviewers were impressed by your answer on the March outage. They wanted clearer escalation in the"
            " follow-up."
        ),
        "Colin Burke",
        (),
    ),
    R("It's a senior role with 8 direct reports; they wanted evidence of managing managers.", "Daisy Lamb", ()),
    R("They use Jenkins and Ansible, which you haven't used. The rest of the stack was a match.", "Ahmed Saleh", ()),
    R("The role needs French for the Paris clients; your B1 level was below the C1 they need.", "Roger Bell", ()),
    R(
        "You're clearly a seasoned problem solver; they just wanted more domain knowledge in insurance.",
        "Ellie Morgan",
        (),
    ),
    R("They loved the Atlas migration story and your work with the Jupiter platform team.", "Frank Moore", ()),
    R(
        "No concerns about your notice period or start date. The decision was purely about the SQL test.",
        "Gareth Jones",
        (),
    ),
    R(
        "The salary band wasn't discussed in the interview; they'll share it at offer stage in future roles.",
        "Sophie Turner",
        (),
    ),
    R(
        (
            "Brush up on behavioural questions: they asked about a time you disagreed with your manager, and the "
            "answer felt rehearsed."
        ),
        "Neil Walker",
        (),
    ),
    R("They enjoyed your story about growing the Leeds office from 5 to 30 people.", "Ruth Okoro", ()),
    R("They thought the portfolio was strong; two case studies would be enough instead of six.", "Greg Simmons", ()),
    R(
        (
            "Your energy was great in the morning round; by the afternoon you were flagging, which is normal after 5 "
            "hours. Ask for breaks next time."
        ),
        "Arjun Nair",
        (),
    ),
    R(
        "They said the team works in two-week sprints and wanted someone with Scrum master experience.",
        "Tina Brooks",
        (),
    ),
    R("The parent company is based in Munich, and the role reports there.", "Pierre Laurent", ()),
    R(
        (
            "The hiring manager was on holiday, so the feedback came through their deputy. It was positive on coding "
            "and negative on testing."
        ),
        "Dylan Hughes",
        (),
    ),
    R(
        (
            "They liked that you spoke about accessibility in the design round; that's a priority for their "
            "public-sector clients."
        ),
        "Maria Lopez",
        (),
    ),
    R(
        "Your 2-hour take-home came back in 6 hours; they noticed and felt the extra polish wasn't needed.",
        "Alex Morgan",
        (),
    ),
]

# Written after the changes FRESH_A to FRESH_C led to, and run once before any change made because of it.
FRESH_D: list[R] = [
    R(
        (
            "Hey, HM feedback in: solid on APIs, shaky on data modelling. Between us, they've already made an offer to"
            " a guy from Stripe."
        ),
        "Lara Quinn",
        ("other_candidate",),
    ),
    R(
        "Fed back via their head of people, Thandiwe: they want more structured answers.",
        "Mark Evans",
        ("person_name",),
    ),
    R(
        "They asked me privately how old your kids are, because of the school holidays.",
        "Jo Harper",
        ("protected_characteristic",),
    ),
    R("Could you call their office on +1 (212) 555-0187 x204 to arrange the debrief?", "Ben Ortiz", ("phone",)),
    R("For context the ceiling was £48k and you'd said 55.", "Ella Grant", ("salary",)),
    R(
        "The panel felt you'd be 'a bit out of step' with a team mostly in their twenties.",
        "Keith Rowe",
        ("protected_characteristic",),
    ),
    R("catching up w/ nguyen later, she ran your case study round", "Ola Berg", ("person_name",)),
    R(
        "They were choosing between you and someone who'd built a design system from scratch; they went that way.",
        "Amira Said",
        ("other_candidate",),
    ),
    R(
        "They flagged that you'd mentioned being on antidepressants in the wellbeing chat.",
        "Rory Flynn",
        ("protected_characteristic",),
    ),
    R("Drop a line to recruiting at fenwick-group dot com if you want the written version.", "Zara Ahmed", ("email",)),
    R("I'm told the final number for the successful hire was 92,500.", "Liam Cole", ("salary", "other_candidate")),
    R("tomasz from their platform team thought your terraform was tidy", "Hugo Blanc", ("person_name",)),
    R(
        "Frankly they wanted someone 'with more years ahead of them' in the role.",
        "Brenda Holt",
        ("protected_characteristic",),
    ),
    R(
        "They asked whether you'd be observing Lent, as the offsite has a big dinner.",
        "Teresa Costa",
        ("protected_characteristic",),
    ),
    R("Your second interviewer, Mr Abubakar, rated your stakeholder answers highly.", "Chidi Obi", ("person_name",)),
    R("The package on the table was 75k base plus 20% bonus.", "Nora Beck", ("salary",)),
    R(
        "They said you'd be the only woman on the team and asked if you'd be comfortable.",
        "Ruth Amos",
        ("protected_characteristic",),
    ),
    R(
        "There were eleven people on the shortlist and you didn't make the final four.",
        "Owen Hale",
        ("other_candidate",),
    ),
    R("Hit me up on 07911 123 456 if anything's unclear.", "Jess Lowe", ("phone",)),
    R("Ask for Deepika at reception when you go in to collect your laptop.", "Tom Reid", ("person_name",)),
    R("They think a candidate with an Oxbridge degree edged ahead in the end.", "Sana Mir", ("other_candidate",)),
    R("One of the panel said your 'thick accent' might put off clients.", "Goran Ilic", ("protected_characteristic",)),
    R("They capped contractors at 450/day, below your 500.", "Phil Dunn", ("salary",)),
    R(
        "They raised your wheelchair and the site visits, which I've told them is not acceptable.",
        "Maya Ross",
        ("protected_characteristic",),
    ),
    R(
        "Mei-Ling and Rashid were on the panel; both wanted more depth on experimentation.",
        "Adam Fry",
        ("person_name",),
    ),
    R("your interview w/ Wojciechowski was the weak spot, he wanted more on SLAs", "Kim Bell", ("person_name",)),
    R(
        "They prefer not to hire people who are trying for a baby, which they shouldn't have said.",
        "Leah Park",
        ("protected_characteristic",),
    ),
    R("They had an internal candidate in the wings the whole time.", "Ivan Roth", ("other_candidate",)),
    R("email me back at sam.r@talentbridge.co, easier than the portal", "Dina Kay", ("email",)),
    R("The guy who beat you to it had done two IPOs.", "Neil Shah", ("other_candidate",)),
    R(
        "Interviewer feedback (Ms Chatterjee): the SQL was fine, the storytelling less so.",
        "Ravi Rao",
        ("person_name",),
    ),
    R(
        "They felt your 'traditional values' might clash with their LGBTQ+ network.",
        "Paul Dyer",
        ("protected_characteristic",),
    ),
    R("Comp was benchmarked at seventy-five thousand, non-negotiable.", "Iris Lamb", ("salary",)),
    R(
        "She hinted that being a dad of two might make the travel hard for you.",
        "Sean Doyle",
        ("protected_characteristic",),
    ),
    R("Ring Gareth on his mobile, 07700 900 982.", "Anne Lake", ("person_name", "phone")),
    R(
        "Their ideal hire is 'hungry and early in their career', which is code I don't love.",
        "Gail Stone",
        ("protected_characteristic",),
    ),
    R("They ranked the four finalists and you were just outside the top two.", "Eric Lund", ("other_candidate",)),
    R(
        "Honestly, I think the Sunday-church thing put them off: you mentioned the choir.",
        "Grace Idowu",
        ("protected_characteristic",),
    ),
    R("The budget for the seat was 60 to 65, and you were asking 70.", "Mo Farah", ("salary",)),
    R("I had a word with ms. kaur after the panel; she was positive overall.", "Dan Webb", ("person_name",)),
    # clean
    R(
        (
            "Quick recap: strong on SQL, weaker on stakeholder stories. Try the STAR format for two examples before "
            "your next one."
        ),
        "Lara Quinn",
        (),
    ),
    R(
        "They liked your questions about the roadmap. The gap was hands-on experience with event-driven systems.",
        "Mark Evans",
        (),
    ),
    R("The team is 6 engineers and 2 designers; they wanted someone who had led a team of that size.", "Jo Harper", ()),
    R(
        "Feedback from the panel: clear communicator, thoughtful on trade-offs, a little light on testing strategy.",
        "Ben Ortiz",
        (),
    ),
    R(
        "You'd be joining the Falcon squad, which owns checkout. They wanted more e-commerce experience.",
        "Ella Grant",
        (),
    ),
    R(
        (
            "The role is hybrid, 2 days in the Glasgow office. That wasn't an issue; the decision was about depth in "
            "Python."
        ),
        "Keith Rowe",
        (),
    ),
    R("Your answers on accessibility were a highlight; they want more on performance budgets.", "Ola Berg", ()),
    R(
        "They use Snowflake and dbt. You know BigQuery well, so the gap is small, but it mattered for day one.",
        "Amira Said",
        (),
    ),
    R(
        "HM said: 'great energy, needs more product thinking'. Worth doing a product case study or two.",
        "Rory Flynn",
        (),
    ),
    R("They've frozen hiring for Q4. They said they'd reach out in the new year if it reopens.", "Zara Ahmed", ()),
    R(
        "You talked about 12 years in logistics; they valued that but wanted more recent hands-on coding.",
        "Liam Cole",
        (),
    ),
    R("The presentation ran 25 minutes against a 15-minute slot. Trim it to three main points.", "Hugo Blanc", ()),
    R(
        "Their values are 'customer obsession, ownership, and speed'. Your examples leaned on process more than speed.",
        "Brenda Holt",
        (),
    ),
    R(
        "interview went well overall!! only thing: be more concrete about your own role in the migration",
        "Teresa Costa",
        (),
    ),
    R("they said ur portfolio is great but the case studies need outcomes (numbers, before/after)", "Chidi Obi", ()),
    R(
        (
            "Fit for the role: good. Fit for the level: they felt it was a step too senior for now; a lead role would "
            "suit in a year."
        ),
        "Nora Beck",
        (),
    ),
    R(
        "No issues with the references. The decision was on the take-home: it didn't handle the edge cases.",
        "Ruth Amos",
        (),
    ),
    R(
        "They're a young startup with 30 people, so everyone does a bit of everything. They wanted more breadth.",
        "Owen Hale",
        (),
    ),
    R("The hiring manager said your cover letter was specific and well researched.", "Jess Lowe", ()),
    R(
        (
            "They ran the interview in two parts: technical (90 minutes) and behavioural (45). You did better in the "
            "second."
        ),
        "Tom Reid",
        (),
    ),
    R(
        (
            "Worth reading 'Designing Data-Intensive Applications' by Martin Kleppmann before the next system design "
            "round."
        ),
        "Sana Mir",
        (),
    ),
    R("They mentioned the Leeds and Newcastle teams may have openings next quarter.", "Goran Ilic", ()),
    R(
        "The feedback is that your German is strong enough for internal meetings; the role didn't need more.",
        "Phil Dunn",
        (),
    ),
    R("They wanted to see more ownership: say 'I decided' rather than 'it was decided'.", "Maya Ross", ()),
    R(
        "They said you were clearly nervous at first but settled well; practise the opening two minutes.",
        "Adam Fry",
        (),
    ),
    R("The Kubernetes question tripped you up. The CKA course would cover it.", "Kim Bell", ()),
    R(
        "You asked about the training budget and they were happy to answer; it had no bearing on the decision.",
        "Leah Park",
        (),
    ),
    R("Scores: technical 4/5, communication 4/5, domain 2/5. Domain was the blocker.", "Ivan Roth", ()),
    R("They'd consider you for a contract role from March if you're open to it.", "Dina Kay", ()),
    R("Great energy in the final round. They wanted someone with hands-on Salesforce CPQ.", "Neil Shah", ()),
]

# Written after the changes FRESH_D led to, and run once before any change made because of it.
FRESH_E: list[R] = [
    R(
        (
            "Hi Sofia,\n\nQuick summary from the call:\n- coding: strong\n- design: ok\n- they went with the chap "
            "who'd built their competitor's API\n\nSpeak soon"
        ),
        "Sofia Reyes",
        ("other_candidate",),
    ),
    R("Zhang Wei said your answer on caching was the clearest part of the day.", "Laura Kent", ("person_name",)),
    R(
        "The panel was run by Park Ji-hoon and a product lead; they felt you rushed the estimation.",
        "Omar Haddad",
        ("person_name",),
    ),
    R(
        "Their India office can be reached on +91 80 4567 8901 if you have questions about the role.",
        "Priya Nair",
        ("phone",),
    ),
    R("For reference, the band was £45-50k and you'd mentioned 58.", "Jon Avery", ("salary",)),
    R(
        "They're offering AED 25,000 a month for the position, which is lower than you hoped.",
        "Faisal Karim",
        ("salary",),
    ),
    R("The budget is 18 LPA max, so your ask of 24 was out of range.", "Rohan Mehta", ("salary",)),
    R("Total comp at that level is around $120K TC with a 10k sign-on.", "Amy Tran", ("salary",)),
    R(
        "Honestly they said you're 'a bit long in the tooth' for a startup. I've pushed back hard.",
        "Graham Pike",
        ("protected_characteristic",),
    ),
    R(
        "They asked whether you'd be near the end of your career in five years.",
        "Dennis Ford",
        ("protected_characteristic",),
    ),
    R(
        "The HM said they want someone 'young and hungry', which I've told her is not OK.",
        "Linda Marsh",
        ("protected_characteristic",),
    ),
    R("They were concerned about the travel because you're a mum-to-be.", "Kirsty Bell", ("protected_characteristic",)),
    R(
        "One interviewer mentioned the menopause, of all things. I've raised it with their HR.",
        "Helen Shaw",
        ("protected_characteristic",),
    ),
    R(
        "They said their clients 'prefer locals' and that being Polish might be a hurdle.",
        "Marek Nowak",
        ("protected_characteristic",),
    ),
    R("They worried your name might confuse clients on calls.", "Oluwadamilare Ojo", ("protected_characteristic",)),
    R("They asked me whether your autism would affect client meetings.", "Ben Hart", ("protected_characteristic",)),
    R(
        "They noticed your stutter in the first round and asked if it was 'always like that'.",
        "Callum Reid",
        ("protected_characteristic",),
    ),
    R(
        "They assumed your same-sex partner would relocate with you and asked about it.",
        "Jamie Lowe",
        ("protected_characteristic",),
    ),
    R(
        "They asked whether you'd need prayer breaks during the workshop days.",
        "Aisha Bello",
        ("protected_characteristic",),
    ),
    R(
        "I'd rather you didn't contact her, but the HM is Gabriela Fernández-López if you see her on LinkedIn.",
        "Nick Moore",
        ("person_name",),
    ),
    R("You can reach João on his direct line, +55 11 3456-7890.", "Carla Dias", ("person_name", "phone")),
    R("Send your portfolio link to jane(dot)doe(at)brightlabs(dot)io and she'll pass it on.", "Tim Olsen", ("email",)),
    R("They said the rest of the pool was more senior.", "Rita Gomes", ("other_candidate",)),
    R("It was a stronger field than usual, so don't read too much into it.", "Dan Price", ("other_candidate",)),
    R("The lady from Amazon they also saw had run a bigger team.", "Eva Stone", ("other_candidate",)),
    R("They were honest that they picked someone cheaper.", "Paul Grey", ("other_candidate",)),
    R("Thanks from Siddharth and the team: they enjoyed meeting you.", "Kavya Iyer", ("person_name",)),
    R("i'll loop in rahul from their TA team, he can explain the timeline", "Meera Shah", ("person_name",)),
    R("Khadija on the panel liked your stakeholder map a lot.", "Tom Cook", ("person_name",)),
    R(
        "They asked if you had a 'green card or similar', since they'd rather not hire foreign nationals.",
        "Ana Lima",
        ("protected_characteristic",),
    ),
    R("the other finalist was from a FAANG, which swung it", "Sam Park", ("other_candidate",)),
    R("Their ceiling was ninety-five plus bonus.", "Joe Hill", ("salary",)),
    R("Call Mr Oyelowo's assistant on 0161 496 0000 to get the written notes.", "Dave Lee", ("person_name", "phone")),
    R(
        "They said you'd be 'more of a mother figure' to the team, which is inappropriate.",
        "Sue Black",
        ("protected_characteristic",),
    ),
    R("Feedback via mateus.costa at techfirm dot com.br if you want it in writing.", "Luis Prado", ("email",)),
    R(
        "They'd like someone who can 'grow with the company for 20+ years', so they passed.",
        "Ray Burns",
        ("protected_characteristic",),
    ),
    R(
        "I think the fact you're in a wheelchair came up, though they wouldn't say it directly.",
        "Zoe Grant",
        ("protected_characteristic",),
    ),
    R("Hiring manager Ms Adaeze Nwosu wanted more evidence of coaching.", "Tara Cole", ("person_name",)),
    R(
        "They told me the successful candidate accepted 5k less than you asked.",
        "Ian Bond",
        ("other_candidate", "salary"),
    ),
    R("They said you came second out of the three they saw.", "Mina Cho", ("other_candidate",)),
    # clean
    R(
        (
            "Hi Sofia,\n\nQuick summary:\n- coding: strong\n- design: solid\n- behavioural: a bit vague on "
            "conflict\n\nHappy to do a mock with you next week."
        ),
        "Sofia Reyes",
        (),
    ),
    R(
        "They use Linear and Notion for planning; your Jira-heavy examples felt a little process-first to them.",
        "Laura Kent",
        (),
    ),
    R(
        "The role sits in the São Paulo office with the payments team. They wanted more PIX experience.",
        "Omar Haddad",
        (),
    ),
    R("A 40-minute call, then 3 rounds in 2 weeks: they said you were consistent throughout.", "Priya Nair", ()),
    R("They said you'd be a strong cultural add: you challenge ideas kindly. The gap was ML ops.", "Jon Avery", ()),
    R(
        "The codebase is mature and well tested; they wanted someone comfortable with slow, careful change.",
        "Faisal Karim",
        (),
    ),
    R(
        "They'd like you to apply for the principal role when it opens; this one needed more people management.",
        "Rohan Mehta",
        (),
    ),
    R("Their Santa Clara campus hosts the hardware team, which is where the gaps were: embedded C.", "Amy Tran", ()),
    R("You scored 7 out of 10 on the coding test; the bar was 8.", "Graham Pike", ()),
    R("They liked your 20 years of retail insight, and wanted more hands-on analytics.", "Dennis Ford", ()),
    R("Great energy. They'd love to see you again after you've done a couple of public talks.", "Linda Marsh", ()),
    R(
        "They said the take-home was excellent, but in the live round you went quiet when stuck. Talk through it.",
        "Kirsty Bell",
        (),
    ),
    R(
        "Your cover letter's first line, 'I've always loved logistics', felt generic. Open with a result.",
        "Helen Shaw",
        (),
    ),
    R("The Warsaw team works in English; they said your written communication was very clear.", "Marek Nowak", ()),
    R(
        "Quick note: they were impressed with how you handled the curveball question on pricing.",
        "Oluwadamilare Ojo",
        (),
    ),
    R("They've asked to keep your CV on file for the data platform team in the spring.", "Ben Hart", ()),
    R("It came down to depth in Go; everything else was a yes.", "Callum Reid", ()),
    R("They valued your volunteering with the food bank as evidence of organising people.", "Jamie Lowe", ()),
    R("Your presentation on the Mercury redesign was the highlight. Slides 8 to 12 could go.", "Aisha Bello", ()),
    R("They felt your answers were rehearsed; try speaking from bullet points rather than a script.", "Nick Moore", ()),
    R("The case study used their real Q3 numbers; they liked that you asked for the churn data.", "Carla Dias", ()),
    R("They plan to hire again in January and would welcome another application from you.", "Tim Olsen", ()),
    R("You asked good questions about on-call. They'd have liked more about incident reviews.", "Rita Gomes", ()),
    R(
        "The team is remote-first across four time zones; they wanted more async communication examples.",
        "Dan Price",
        (),
    ),
    R("Worth practising a 2-minute version of your career story; yours took about 6.", "Eva Stone", ()),
    R("They thought the SQL was right but slow: look at window functions instead of self-joins.", "Paul Grey", ()),
    R(
        "No concerns at all about the notice period. The decision was about experience with regulators.",
        "Kavya Iyer",
        (),
    ),
    R(
        "They liked that you'd mentored two junior analysts; they want more on how you measured their progress.",
        "Meera Shah",
        (),
    ),
    R(
        "Thanks again for your patience. The short version: technically strong, light on stakeholder management.",
        "Tom Cook",
        (),
    ),
    R(
        "They mentioned the Phoenix rewrite as the project you'd have joined; your Rails experience was a plus.",
        "Ana Lima",
        (),
    ),
]

# Written after the changes FRESH_E led to (realistic relays, several sentences, often several codes),
# and run once before any change made because of it.
FRESH_F: list[R] = [
    R(
        (
            "Thanks for bearing with me. I spoke to the hiring manager this morning. They were impressed by your "
            "analytics depth, but they've gone with a candidate who has more experience in subscription pricing. I'd "
            "lean into your pricing work in the next application."
        ),
        "Nadia Rahman",
        ("other_candidate",),
    ),
    R(
        (
            "Feedback is in. Overall positive on the technical side. Marcus, who led the system design round, felt you"
            " didn't check your assumptions out loud. Worth practising."
        ),
        "Leo Grant",
        ("person_name",),
    ),
    R(
        (
            "They were honest with me: the budget for this one was capped at £70k and your expectations were above "
            "that, so it was partly a numbers thing. Skills-wise you were a match."
        ),
        "Harriet Cole",
        ("salary",),
    ),
    R(
        (
            "I'll be straight with you because you'd want me to. They said the team is 'very young and social' and "
            "they worried you'd feel like the odd one out. That shouldn't be a factor and I've told them so."
        ),
        "Derek Owens",
        ("protected_characteristic",),
    ),
    R(
        (
            "Good chat with their talent lead. If you want the detailed scorecard, she said you can ring her on 0113 "
            "496 0802."
        ),
        "Asha Verma",
        ("phone",),
    ),
    R(
        (
            "They liked you a lot. The tricky bit: they asked whether your family commitments would allow the Monday "
            "travel to Dublin. I didn't answer on your behalf."
        ),
        "Karen Fox",
        ("protected_characteristic",),
    ),
    R(
        (
            "The panel had two people, Ifeoma and a product manager. Ifeoma felt your stakeholder examples were "
            "strong; the PM wanted more data."
        ),
        "Greg Hall",
        ("person_name",),
    ),
    R(
        "Quick one: the salary they'd pencilled in was 55-58k, so if you go for their other role, aim there.",
        "Lucy Ward",
        ("salary",),
    ),
    R(
        (
            "They said you came across as very confident, which they liked, but they ultimately preferred an applicant"
            " with a CFA."
        ),
        "Josh Kent",
        ("other_candidate",),
    ),
    R(
        (
            "In the debrief they mentioned your hijab when talking about the client-facing part, which I've flagged as"
            " inappropriate. The rest of the feedback was about the Excel test."
        ),
        "Samira Yusuf",
        ("protected_characteristic",),
    ),
    R(
        (
            "The recruiter there, Bethany Okoro, asked me to pass on that your case study was excellent. The blocker "
            "was the lack of B2B experience."
        ),
        "Luke Barnes",
        ("person_name",),
    ),
    R("To be transparent, they interviewed five people and two were internal.", "Rachel Yeo", ("other_candidate",)),
    R(
        (
            "Honest feedback: they thought you were overqualified and might get bored. I'd push back on that framing, "
            "but it's what they said."
        ),
        "Martin Hale",
        ("protected_characteristic",),
    ),
    R(
        (
            "You can email the hiring manager's assistant on pa.office@northwind-logistics.com if you want to request "
            "written feedback."
        ),
        "Eve Cross",
        ("email",),
    ),
    R(
        "They would have offered £410 a day for the contract, which they knew was under your rate.",
        "Sean Mills",
        ("salary",),
    ),
    R(
        (
            "I asked for specifics. They felt your accent might be a barrier with the German clients, which I've "
            "challenged as it isn't a fair reason."
        ),
        "Pavel Novak",
        ("protected_characteristic",),
    ),
    R(
        "Really close call. The final decision came down to you and a woman who'd done the exact role at a rival bank.",
        "Gemma Pratt",
        ("other_candidate",),
    ),
    R(
        "Their CTO, Rahul Menon, was particularly impressed by your API design. He wants to stay in touch.",
        "Ian Ross",
        ("person_name",),
    ),
    R(
        (
            "They asked me if you had any plans to start a family soon. I told them that's not something I can or will"
            " discuss."
        ),
        "Holly Baxter",
        ("protected_characteristic",),
    ),
    R(
        (
            "It was between you and one other person for the offer. They went with the other person's deeper payments "
            "experience."
        ),
        "Mark Tully",
        ("other_candidate",),
    ),
    R(
        "They said they'd normally go to 85 base for this level, but you were asking 95, which made it harder.",
        "Chris Lyle",
        ("salary",),
    ),
    R(
        "There were some comments about your age in the debrief. I've escalated it. The skills feedback is below.",
        "Pauline Grey",
        ("protected_characteristic",),
    ),
    R(
        (
            "Kemi from their people team will send the written feedback. She said the panel scored you highly on "
            "collaboration."
        ),
        "Tara Boyd",
        ("person_name",),
    ),
    R(
        (
            "They want someone who can commit to the Saturday rota, and they asked whether your religion would get in "
            "the way."
        ),
        "Eli Cohen",
        ("protected_characteristic",),
    ),
    R(
        "If you'd rather talk it through, their hiring lead said to call 020 3946 1187 between 9 and 5.",
        "Amy Burke",
        ("phone",),
    ),
    R(
        "Between us, the person they hired accepted a lower salary, around 62k.",
        "Joe Pike",
        ("other_candidate", "salary"),
    ),
    R(
        "They said you'd be working mostly with 'a bunch of twenty-five-year-olds' and wondered if you'd enjoy that.",
        "Frank Dale",
        ("protected_characteristic",),
    ),
    R(
        "The note from Dr. Hoffmann was brief: strong on theory, lighter on production ML.",
        "Kira Lund",
        ("person_name",),
    ),
    R(
        "They thought you might struggle with the long hours after your recent surgery.",
        "Bill Carr",
        ("protected_characteristic",),
    ),
    R("I'm afraid someone else from your bootcamp cohort got the role.", "Nina Shah", ("other_candidate",)),
    R("The range they shared was €60,000 to €65,000 plus a 10% bonus.", "Hugo Martin", ("salary",)),
    R(
        (
            "They made a comment about you being 'a bit too Essex' for the client, which I think is about class and "
            "accent. I've raised it."
        ),
        "Stacey Moore",
        ("protected_characteristic",),
    ),
    R(
        "Spoke to mei ling after the panel; she said the case study was great but the Q&A wandered.",
        "Dan Frost",
        ("person_name",),
    ),
    R("They mentioned they already had an internal person earmarked for the role.", "Alex Webb", ("other_candidate",)),
    R(
        "They queried whether you'd need a quiet room because of your ADHD, which they shouldn't have raised.",
        "Cara Flynn",
        ("protected_characteristic",),
    ),
    R(
        "Their offer to the winning candidate was a little over six figures.",
        "Matt Hurst",
        ("salary", "other_candidate"),
    ),
    R(
        "If you want more detail, Tomoko Sato (their design director) is happy to have a 15-minute call.",
        "Ellie Rose",
        ("person_name",),
    ),
    R(
        "They said they want 'fresh graduates they can mould', so experience worked against you here.",
        "Steve Nolan",
        ("protected_characteristic",),
    ),
    R("Text me on +44 7911 123456 and I'll explain the rest.", "Jade Moss", ("phone",)),
    R(
        "They compared your take-home with Priyanka's, who was also in the final round.",
        "Ross Kerr",
        ("person_name", "other_candidate"),
    ),
    # clean
    R(
        (
            "Thanks for bearing with me. I spoke to the hiring manager this morning. They were impressed by your "
            "analytics depth but wanted more experience with subscription pricing. Lean into your pricing work next "
            "time."
        ),
        "Nadia Rahman",
        (),
    ),
    R(
        (
            "Feedback is in. Overall positive on the technical side. The system design interviewer felt you didn't "
            "check your assumptions out loud. Worth practising with me."
        ),
        "Leo Grant",
        (),
    ),
    R(
        "They were clear that pay wasn't the issue. The gap was experience running a budget of your own.",
        "Harriet Cole",
        (),
    ),
    R(
        (
            "They said the team is fast-paced and loosely structured, and they wanted more examples of you creating "
            "structure from scratch."
        ),
        "Derek Owens",
        (),
    ),
    R("Good chat with their talent lead. She'll send a written scorecard through me by Friday.", "Asha Verma", ()),
    R(
        (
            "They liked you a lot. The role needs travel to Dublin every Monday; they wanted to be sure you were "
            "comfortable with that, and I said you'd confirmed it."
        ),
        "Karen Fox",
        (),
    ),
    R(
        (
            "The panel had two people, an engineering lead and a product manager. Both felt your stakeholder examples "
            "were strong; the PM wanted more data."
        ),
        "Greg Hall",
        (),
    ),
    R(
        "Quick one: their other role, in the Bristol office, might suit you better. It's more hands-on.",
        "Lucy Ward",
        (),
    ),
    R(
        (
            "They said you came across as very confident, which they liked, but they wanted someone with a CFA for "
            "this role."
        ),
        "Josh Kent",
        (),
    ),
    R(
        "In the debrief they focused on the Excel test: two formulas were off and the pivot table took a while.",
        "Samira Yusuf",
        (),
    ),
    R(
        (
            "The recruiter there asked me to pass on that your case study was excellent. The blocker was the lack of "
            "B2B experience."
        ),
        "Luke Barnes",
        (),
    ),
    R(
        "To be transparent, the process had five stages and you reached the last one, which is a good sign.",
        "Rachel Yeo",
        (),
    ),
    R(
        (
            "Honest feedback: they felt the role might not stretch you, given the scope you've had before. They'd love"
            " to talk about the lead role instead."
        ),
        "Martin Hale",
        (),
    ),
    R("You can request written feedback through me; I'll ask them on your behalf.", "Eve Cross", ()),
    R("They'd hoped for someone who'd used Workday before. Everything else was a yes.", "Sean Mills", ()),
    R(
        "I asked for specifics. They felt your German was strong but the role needs fluent client-facing German at C1.",
        "Pavel Novak",
        (),
    ),
    R(
        (
            "Really close call. The final decision came down to the exact role experience at a bank, which you don't "
            "have yet."
        ),
        "Gemma Pratt",
        (),
    ),
    R("Their CTO was particularly impressed by your API design and wants to stay in touch.", "Ian Ross", ()),
    R("They asked about your availability for the April start, and I confirmed what you told me.", "Holly Baxter", ()),
    R(
        "They went for deeper payments experience in the end; your fraud work was a strong second string.",
        "Mark Tully",
        (),
    ),
    R(
        "They'd like you to think about the senior rather than the lead level for your next application there.",
        "Chris Lyle",
        (),
    ),
    R(
        "The skills feedback is below: strong SQL, good dashboards, needs more on experimentation design.",
        "Pauline Grey",
        (),
    ),
    R(
        "Their people team will send the written feedback. The panel scored you highly on collaboration.",
        "Tara Boyd",
        (),
    ),
    R(
        (
            "They want someone who can commit to the Saturday rota once a month; you'd said you could, so that wasn't "
            "the issue."
        ),
        "Eli Cohen",
        (),
    ),
    R("If you'd rather talk it through, I'm free between 9 and 5 any day this week.", "Amy Burke", ()),
    R(
        "They'd like to see a stronger portfolio piece on mobile before the next round of hiring in March.",
        "Joe Pike",
        (),
    ),
    R(
        (
            "They said you'd be working with a small team of six and wondered whether you'd miss the scale of your "
            "last job."
        ),
        "Frank Dale",
        (),
    ),
    R("The note from the panel was brief: strong on theory, lighter on production ML.", "Kira Lund", ()),
    R("They liked your Kubernetes answers and want more on cost optimisation for the next one.", "Bill Carr", ()),
    R("Their design director is happy to have a 15-minute call if you'd like more detail.", "Ellie Rose", ()),
]

# Written after the changes FRESH_F led to (realistic relays again), run once before any change.
FRESH_G: list[R] = [
    R(
        (
            "Hi Jen, I've heard back from Acme. The feedback from Sarah (the hiring manager) was that you were great "
            "on the product side but they needed more hands-on SQL."
        ),
        "Jen Ho",
        ("person_name",),
    ),
    R(
        "They've offered it to someone with more direct fintech experience, unfortunately.",
        "Kyle Moss",
        ("other_candidate",),
    ),
    R(
        (
            "They mentioned that the role pays £52k, which I know is below what you're on now, so it might not have "
            "been right anyway."
        ),
        "Rosie Lane",
        ("salary",),
    ),
    R(
        "Between you and me, I think they were put off when you mentioned you've got three young kids.",
        "Dawn Pryce",
        ("protected_characteristic",),
    ),
    R(
        "The interviewer, Tunde Bakare, said your presentation was excellent but the Q&A was shaky.",
        "Amy Fenn",
        ("person_name",),
    ),
    R(
        "If you want to follow up directly, Sarah's email is sarah.jones@acme.com.",
        "Phil Tate",
        ("person_name", "email"),
    ),
    R(
        "They felt you might not be comfortable in a team where most people are in their twenties.",
        "Carol Steed",
        ("protected_characteristic",),
    ),
    R("The successful candidate starts next month, so the role is closed.", "Jon Pitt", ("other_candidate",)),
    R(
        "They asked if you'd be able to commit given your health issues last year.",
        "Mike Dove",
        ("protected_characteristic",),
    ),
    R("Their top end was 75k, and the other finalist was happy at 70.", "Sara Bloom", ("salary", "other_candidate")),
    R("Call me on 07845 123 789 when you get a chance and I'll fill you in.", "Lee Marsh", ("phone",)),
    R(
        (
            "They thought you were great, but they want someone who'll be with them long-term, and I think your age "
            "was a factor, honestly."
        ),
        "Brian Hale",
        ("protected_characteristic",),
    ),
    R("The panel (Kate, Ahmed and Joanne) all scored you well on communication.", "Tess Rowe", ("person_name",)),
    R("They've decided to promote from within instead.", "Gus Hart", ("other_candidate",)),
    R(
        "They were concerned you'd need a lot of time off for your IVF appointments.",
        "Nicola Ray",
        ("protected_characteristic",),
    ),
    R("Their range was 40-45k plus a car allowance.", "Vic Sand", ("salary",)),
    R(
        "The hiring manager said something about you being 'a bit too old-fashioned', which I didn't like.",
        "Maureen Platt",
        ("protected_characteristic",),
    ),
    R(
        "There was another applicant who'd already done the certification, and that tipped it.",
        "Zak Ford",
        ("other_candidate",),
    ),
    R(
        "Give Daniel a ring on 0207 946 0123 if you want the technical feedback in detail.",
        "Ruby Chan",
        ("person_name", "phone"),
    ),
    R(
        "They said they'd be more comfortable with a male lead for the site team.",
        "Kate Boon",
        ("protected_characteristic",),
    ),
    R(
        "I've heard they hired someone from Google, if that helps you understand the bar.",
        "Tim Bray",
        ("other_candidate",),
    ),
    R("The comp was 90k base, 15% bonus, and some options.", "Joy Hart", ("salary",)),
    R("They raised whether you'd fit in with a team that's mostly Gen Z.", "Roy Kemp", ("protected_characteristic",)),
    R("Olga from HR mentioned you might be asked back for a different team.", "Fay Wren", ("person_name",)),
    R(
        "They didn't say it outright, but I think your being a single parent worried them.",
        "Gina Holt",
        ("protected_characteristic",),
    ),
    R("The candidate they chose has worked with their CEO before.", "Al Lyons", ("other_candidate",)),
    R(
        "They asked me whether you're a practising Muslim, which is completely inappropriate.",
        "Adil Noor",
        ("protected_characteristic",),
    ),
    R(
        "My colleague Jess took notes; her number is 07700 900 321 if I'm not around.",
        "Pat Cole",
        ("person_name", "phone"),
    ),
    R("They were willing to go up to 60 for the right person, but no further.", "Lyn Hay", ("salary",)),
    R("You were the runner-up, so they may come back to you if it falls through.", "Kit Lamb", ("other_candidate",)),
    R(
        "They commented on your weight, which I won't repeat; it's not acceptable.",
        "Dee Ward",
        ("protected_characteristic",),
    ),
    R(
        "Rebecca Thornton, their VP of Sales, was the one who felt you lacked enterprise experience.",
        "Sol Amis",
        ("person_name",),
    ),
    R("They ended up hiring two people, neither of whom was you, I'm afraid.", "Ned Bain", ("other_candidate",)),
    R(
        "They said someone with a 'younger outlook' would suit the brand better.",
        "Val Cook",
        ("protected_characteristic",),
    ),
    R("I understand the final offer was around the 48k mark.", "Ann Toms", ("salary",)),
    R(
        "They want someone local, and they asked where your family is originally from.",
        "Ravi Das",
        ("protected_characteristic",),
    ),
    R("I spoke with Mr. Haddad, who said the technical test was borderline.", "Lou Pym", ("person_name",)),
    R("They told me the other two finalists both had MBAs.", "Max Orr", ("other_candidate",)),
    R(
        "They asked whether you'd be taking time off for Jewish holidays in the autumn.",
        "Saul Baum",
        ("protected_characteristic",),
    ),
    R("Email me at recruiter dot mike at gmail dot com if the portal's down.", "Jo Keel", ("email",)),
    # clean
    R(
        (
            "Hi Jen, I've heard back from Acme. The hiring manager said you were great on the product side but they "
            "needed more hands-on SQL."
        ),
        "Jen Ho",
        (),
    ),
    R(
        "Unfortunately they've decided not to move forward. The main reason was direct fintech experience.",
        "Kyle Moss",
        (),
    ),
    R(
        (
            "They said the role is quite junior compared with what you've been doing, and they were worried you'd "
            "outgrow it quickly."
        ),
        "Rosie Lane",
        (),
    ),
    R("They loved your energy and want to keep you in mind for future openings.", "Dawn Pryce", ()),
    R(
        "Feedback from the panel: strong technically, slightly less confident in the stakeholder scenario.",
        "Amy Fenn",
        (),
    ),
    R("The role has been put on hold for budget reasons, not anything to do with you.", "Phil Tate", ()),
    R(
        "They asked me to pass on their thanks for your time, and for the thoughtful questions at the end.",
        "Carol Steed",
        (),
    ),
    R("Your references were strong. The decision came down to experience with enterprise clients.", "Jon Pitt", ()),
    R(
        "They'd like to see more examples of leading without authority. Have a think about your Project Atlas work.",
        "Mike Dove",
        (),
    ),
    R("The case study was good, but the recommendation came too late; lead with it.", "Sara Bloom", ()),
    R("They said you were very well prepared and had clearly researched the company.", "Lee Marsh", ()),
    R("Don't take this one to heart. It was a very specific brief around healthcare compliance.", "Brian Hale", ()),
    R("They liked that you'd worked across 3 continents and managed a 12-person team.", "Tess Rowe", ()),
    R("They want someone who can be in the London office three days a week, which you said works.", "Gus Hart", ()),
    R(
        "I'd suggest polishing your LinkedIn profile; they looked at it before the interview and it's a bit sparse.",
        "Nicola Ray",
        (),
    ),
    R("You were a bit quiet in the group exercise. Try to contribute early.", "Vic Sand", ()),
    R(
        "Technical feedback: the solution worked but the code wasn't tested. Add unit tests next time.",
        "Maureen Platt",
        (),
    ),
    R("They said you'd be a great culture fit and that the only gap was Salesforce experience.", "Zak Ford", ()),
    R("They were impressed you'd taught yourself Python while working full time.", "Ruby Chan", ()),
    R("The interview was with the Head of Data and a senior analyst; both felt your SQL was strong.", "Kate Boon", ()),
    R("They asked about your career break and were completely fine with the explanation.", "Tim Bray", ()),
    R(
        "The next step for you: two practice case interviews with me, then apply for the Manchester role.",
        "Joy Hart",
        (),
    ),
    R("They wanted more depth on stakeholder management at director level.", "Roy Kemp", ()),
    R("They enjoyed your story about the warehouse automation project in Rotterdam.", "Fay Wren", ()),
    R("The feedback was short: good communicator, needs more experience with large budgets.", "Gina Holt", ()),
    R("They've noted your interest and will contact you directly if a similar role opens.", "Al Lyons", ()),
    R("You answered the behavioural questions well. The technical ones were where they had doubts.", "Adil Noor", ()),
    R("I think your salary expectations were fine; it really was about the skills gap.", "Pat Cole", ()),
    R("Worth noting: they run a four-day week, which they were excited to tell you about.", "Lyn Hay", ()),
    R("They appreciated your follow-up email and said it was a nice touch.", "Kit Lamb", ()),
]

# Written after the changes FRESH_G led to (realistic relays), run once before any change.
FRESH_H: list[R] = [
    R(
        (
            "Morning! Finally got hold of Priyanka Desai at Lumen. She liked your roadmap exercise but wanted more on "
            "pricing."
        ),
        "Omar Zaid",
        ("person_name",),
    ),
    R("They've gone with an internal transfer, so it wasn't about your interview.", "Beth Ames", ("other_candidate",)),
    R("The salary on offer would have been £64,500 plus benefits.", "Colin Rae", ("salary",)),
    R(
        "They asked how you'd manage the on-call with a newborn at home. I said that's not their business.",
        "Tom Ince",
        ("protected_characteristic",),
    ),
    R(
        "Rob and Ayesha interviewed you; Rob was keen, Ayesha less so on the architecture answer.",
        "Kai Rios",
        ("person_name",),
    ),
    R("You can get the full notes from their HR team at people@lumen.io.", "Ana Pires", ("email",)),
    R(
        "They said they want a 'digital-first generation' hire. I think that's code for younger.",
        "Gwen Hale",
        ("protected_characteristic",),
    ),
    R(
        "Apparently they'd already verbally offered it to a contractor they know well.",
        "Paul Shaw",
        ("other_candidate",),
    ),
    R(
        "One of the panel asked about your pregnancy, which they should never have done.",
        "Mia Khan",
        ("protected_characteristic",),
    ),
    R("Pay-wise they were at 58 and you'd said 65, so there was a gap there too.", "Leon Fry", ("salary",)),
    R("If you'd like to talk, my mobile is 07781 456 902.", "Iris Ng", ("phone",)),
    R(
        "They thought you might find the pace hard at your stage of career, which I've told them is ageist.",
        "Hugh Bell",
        ("protected_characteristic",),
    ),
    R("Their head of engineering, a guy called Lars Eriksen, ran the final round.", "Tina Roy", ("person_name",)),
    R(
        "You were up against someone who had already worked on their platform as a consultant.",
        "Jay Dunn",
        ("other_candidate",),
    ),
    R(
        "They asked whether your visa would run out and whether you planned to 'go back home' eventually.",
        "Min-jun Lee",
        ("protected_characteristic",),
    ),
    R("The package was 110k base with 20k in stock per year.", "Eva Marsh", ("salary",)),
    R(
        "They felt a woman might struggle to manage the warehouse team, which is blatantly sexist. I've complained.",
        "Jade Cole",
        ("protected_characteristic",),
    ),
    R("Fatima, who led the case interview, felt your structure was solid.", "Ben Crane", ("person_name",)),
    R("The other shortlisted people had more client-facing experience.", "Kim Shaw", ("other_candidate",)),
    R(
        "They wondered whether your dyslexia would affect the report writing.",
        "Sam Dale",
        ("protected_characteristic",),
    ),
    R("Contact Giulia on +39 02 1234 5678 if you'd like the Milan team's view.", "Ed Grant", ("person_name", "phone")),
    R("Their budget was closer to sixty thousand for the role.", "Ali Reza", ("salary",)),
    R(
        "They were clear the decision was between you and Chloe, and Chloe had the sector background.",
        "Ruth Lim",
        ("person_name", "other_candidate"),
    ),
    R(
        "They asked whether you'd need time off for Diwali, since it falls in their busy period.",
        "Arun Pillai",
        ("protected_characteristic",),
    ),
    R(
        "I'm told the person they picked was ten years younger, which I find hard not to read into.",
        "Gill Moss",
        ("other_candidate", "protected_characteristic"),
    ),
    R(
        "Brian O'Sullivan from their finance team was on the panel and flagged the forecasting gap.",
        "Sue Hill",
        ("person_name",),
    ),
    R("They'd pay a 5k relocation bonus and a 68k salary, for reference.", "Jim Park", ("salary",)),
    R(
        "They were worried about your mental health after you mentioned burnout at your last job.",
        "Nick Cole",
        ("protected_characteristic",),
    ),
    R(
        "The hiring manager has a number of candidates from the same bootcamp and picked one of them.",
        "Liv Hart",
        ("other_candidate",),
    ),
    R(
        "Please don't contact Mr. Kapoor directly; he asked for feedback to go through me.",
        "Ash Gill",
        ("person_name",),
    ),
    R(
        "They said they wanted someone 'who'll fit with the lads', which I challenged.",
        "Emma Bolt",
        ("protected_characteristic",),
    ),
    R("They mentioned the salary band tops out at 72,000.", "Dan Ryder", ("salary",)),
    R("Reach Sophie on sophie.t@halcyon.co.uk for the expenses form.", "Luke Ames", ("person_name", "email")),
    R("They had a stronger applicant with a master's in statistics.", "Zoe Pratt", ("other_candidate",)),
    R(
        "They asked whether you're planning more children, which is illegal to ask.",
        "Anna Keen",
        ("protected_characteristic",),
    ),
    R("Juan Carlos, the VP who joined late, was the one with reservations.", "Rob Lowe", ("person_name",)),
    R("They hired someone they felt was a closer match on the data side.", "Meg Rudd", ("other_candidate",)),
    R(
        "They thought you'd be 'too old to retrain' on their stack, which I strongly disagree with.",
        "Ken Ware",
        ("protected_characteristic",),
    ),
    R("Give me a bell on 0161 555 0199 when you're free.", "Ada Fox", ("phone",)),
    R("Their offer to you would have been in the region of 85 to 90, for what it's worth.", "Leo Vance", ("salary",)),
    # clean
    R(
        "Morning! Finally heard back from Lumen. They liked your roadmap exercise but wanted more on pricing.",
        "Omar Zaid",
        (),
    ),
    R("The role has been restructured into two jobs; they'll be in touch about the analytics one.", "Beth Ames", ()),
    R("They liked the way you explained trade-offs in the design round. Keep doing that.", "Colin Rae", ()),
    R("They asked how you'd handle on-call; your answer about runbooks landed well.", "Tom Ince", ()),
    R("Both interviewers were keen on your architecture answer; one wanted more on observability.", "Kai Rios", ()),
    R("You can get the full notes through me; I've asked them to send them over this week.", "Ana Pires", ()),
    R("They're a digital-first business and wanted more evidence of running online campaigns.", "Gwen Hale", ()),
    R("They thought your portfolio was strong, especially the accessibility audit.", "Paul Shaw", ()),
    R("The panel appreciated your honesty about the project that didn't go to plan.", "Mia Khan", ()),
    R("Pay wasn't the issue. They wanted someone who had already managed a P&L.", "Leon Fry", ()),
    R("If you'd like to talk, I'm around all afternoon.", "Iris Ng", ()),
    R("They thought you'd bring a lot of calm to the team. The gap was hands-on Azure.", "Hugh Bell", ()),
    R("Their head of engineering ran the final round and was positive about your code review.", "Tina Roy", ()),
    R("They wanted someone who had already worked on a platform of their scale: 2 million users.", "Jay Dunn", ()),
    R("They confirmed they can sponsor a visa for the right person, so that wasn't a factor here.", "Min-jun Lee", ()),
    R("They run a 4-day interview loop; you made it to day 3, which is solid.", "Eva Marsh", ()),
    R(
        "The warehouse team is 40 people over 3 shifts; they wanted more experience leading shift managers.",
        "Jade Cole",
        (),
    ),
    R("The case interviewer felt your structure was solid but your maths was slow.", "Ben Crane", ()),
    R("They want more client-facing experience; consider a secondment if your employer offers one.", "Kim Shaw", ()),
    R("They felt the report writing exercise was a bit long; aim for one page.", "Sam Dale", ()),
    R("The Milan team would like to talk to you about a different role next year.", "Ed Grant", ()),
    R("They felt you priced the proposal well and kept within the 10% contingency.", "Ali Reza", ()),
    R("They were clear the decision came down to sector background, which you can build.", "Ruth Lim", ()),
    R(
        "Their busy period is October to December, so they wanted someone who could start by September.",
        "Arun Pillai",
        (),
    ),
    R("Their finance team was on the panel and flagged the forecasting gap.", "Sue Hill", ()),
    R("They liked that you'd relocated for a role before; they have a relocation scheme.", "Jim Park", ()),
    R("They asked about how you handle pressure; your example of the year-end close was good.", "Nick Cole", ()),
    R("Please send any follow-up questions through me rather than the hiring manager.", "Ash Gill", ()),
    R("They liked the statistics in your take-home and want more on experimentation design.", "Zoe Pratt", ()),
    R("They'd welcome an application for the graduate scheme's mentor role next spring.", "Anna Keen", ()),
]

# Written after the changes FRESH_H led to (realistic relays, longer), run once before any change.
FRESH_I: list[R] = [
    R(
        (
            "I had a proper debrief with the client today. They rated your technical interview highly, especially the "
            "caching discussion. Where it fell down was the leadership round: Helen, the director, wanted examples of "
            "handling underperformance."
        ),
        "Ruth Kaye",
        ("person_name",),
    ),
    R(
        (
            "So, the honest version: they loved you, but they went for the cheaper option. The other candidate was "
            "asking about 10k less."
        ),
        "Alan Pope",
        ("other_candidate", "salary"),  # labelled other_candidate only at first; "10k less" is a pay figure
    ),
    R("They were upfront that the role was budgeted at 47 and couldn't move.", "Cath Doyle", ("salary",)),
    R(
        (
            "One of the interviewers asked whether you'd have 'the energy' for the role at this point in your life. "
            "I've told the client that's not on."
        ),
        "Ron Pike",
        ("protected_characteristic",),
    ),
    R(
        (
            "You should know that they asked about your religious holidays. It has nothing to do with the job and I've"
            " said so."
        ),
        "Eli Stern",
        ("protected_characteristic",),
    ),
    R(
        "Feedback came via Andrzej Nowicki, their delivery lead. He said your answers were thorough but long.",
        "Kate Lyle",
        ("person_name",),
    ),
    R(
        "They picked a candidate who could start immediately; your three-month notice period was the deciding factor.",
        "Dev Rao",
        ("other_candidate",),
    ),
    R("The day rate they had in mind was five hundred pounds, so below your usual.", "Jan Holt", ("salary",)),
    R(
        "They were worried you wouldn't cope with the stairs at the old office, given your mobility.",
        "Pam Reed",
        ("protected_characteristic",),
    ),
    R(
        "Call the client's office on (020) 7946 0999 and ask for the graduate team if you want to apply there instead.",
        "Ryan Tse",
        ("phone",),
    ),
    R(
        (
            "They said the team is 'a young, single crowd who go out a lot' and wondered if you'd fit. That's not a "
            "reason I'll accept."
        ),
        "Moira Dunn",
        ("protected_characteristic",),
    ),
    R(
        "The hiring manager was Ms Nakashima; she felt your stakeholder map was the strongest part.",
        "Liam Ng",
        ("person_name",),
    ),
    R(
        "They've got a preferred candidate already and are doing the other interviews for form.",
        "Sue Ryan",
        ("other_candidate",),
    ),
    R("Their maximum is $95,000 for this level, I'm told.", "Bo Kim", ("salary",)),
    R(
        "They asked if your wife would be moving with you. I'm passing it on only so you know it was asked.",
        "Raj Iyer",
        ("protected_characteristic",),
    ),
    R(
        "I'd get in touch with Carmen directly: carmen.ruiz@solara.es. She runs their Madrid hub.",
        "Ian Hart",
        ("person_name", "email"),
    ),
    R("They ranked you second of the four people they saw.", "Joy Pell", ("other_candidate",)),
    R(
        "Their view was that your English was 'a bit too accented' for the sales calls.",
        "Yusuf Kaya",
        ("protected_characteristic",),
    ),
    R(
        "Mohammed in their analytics team thought your dashboards were the best part of the case study.",
        "Lee Hunt",
        ("person_name",),
    ),
    R("The bonus would have been up to 25% of a 70k base.", "Kay Sim", ("salary",)),
    R(
        "They were concerned your long-term illness might flare up during the busy season.",
        "Dan Moss",
        ("protected_characteristic",),
    ),
    R(
        "I'm told another finalist withdrew, which made it a straight choice between you and the other one.",
        "Mel Orr",
        ("other_candidate",),
    ),
    R(
        "Ask for Hiroshi Tanaka when you call; he's the one who can explain the test scoring.",
        "Pip Gale",
        ("person_name",),
    ),
    R(
        "They said they want someone who 'looks the part' for a young brand, which is a worrying thing to say.",
        "Joan Pike",
        ("protected_characteristic",),
    ),
    R(
        "They offered the other finalist 78k, so your ask of 80 wasn't far off.",
        "Chas Reid",
        ("salary", "other_candidate"),
    ),
    R("The feedback from Dr Mensah was that your research summary was excellent.", "Noah Bell", ("person_name",)),
    R(
        "They said they were looking for someone without caring responsibilities because of the travel.",
        "Lou Best",
        ("protected_characteristic",),
    ),
    R("The person they hired had a CPA, which I think is what swung it.", "Ted Rush", ("other_candidate",)),
    R("Ping me on WhatsApp at +44 7700 900 777 if you want to chat.", "Bea Cole", ("phone",)),
    R(
        "The panel asked whether you were 'still up to' the physical side of site visits at your age.",
        "Stan Lowe",
        ("protected_characteristic",),
    ),
    R("Sven Larsson, the COO, wanted more on supply-chain risk.", "Ann Roe", ("person_name",)),
    R("Comp-wise, they'd capped it at 120 plus equity.", "Nate Hill", ("salary",)),
    R(
        "They thought you'd be a great 'mum figure' for the juniors, which I found patronising.",
        "Lyn Shaw",
        ("protected_characteristic",),
    ),
    R(
        "There's an internal applicant who's been acting up in the role, and they've confirmed her.",
        "Rae Dean",
        ("other_candidate",),
    ),
    R("Pass any questions to aleksandra.w@northgate.pl and she'll forward them.", "Guy Fenn", ("email",)),
    R(
        "They were frank that a Christian candidate would 'fit their values' better, which is discriminatory.",
        "Amir Sabet",
        ("protected_characteristic",),
    ),
    R("The chap who ran your technical, Gareth Bowen, said the test was borderline.", "Ivy Lam", ("person_name",)),
    R("They made their decision after seeing the last two candidates on Friday.", "Wes Todd", ("other_candidate",)),
    R(
        "They asked me if you're gay, since the client is 'quite traditional'. I refused to answer.",
        "Ollie Ford",
        ("protected_characteristic",),
    ),
    R("Their top offer for the role is about 52,000.", "Bree Lyon", ("salary",)),
    # clean
    R(
        (
            "I had a proper debrief with the client today. They rated your technical interview highly, especially the "
            "caching discussion. Where it fell down was the leadership round: the director wanted examples of handling"
            " underperformance."
        ),
        "Ruth Kaye",
        (),
    ),
    R(
        "So, the honest version: they loved you, but the role needed more experience negotiating with suppliers.",
        "Alan Pope",
        (),
    ),
    R(
        "They were upfront that the budget for the role is fixed this year, so it was about fit with the scope.",
        "Cath Doyle",
        (),
    ),
    R(
        "One of the interviewers thought you were low on energy in the afternoon; it was a long day, so don't worry.",
        "Ron Pike",
        (),
    ),
    R("Feedback came via their delivery lead. Your answers were thorough but long.", "Kate Lyle", ()),
    R("Your three-month notice period was a factor; they needed someone sooner.", "Dev Rao", ()),
    R("They were worried about the commute from Brighton to the Croydon office every day.", "Pam Reed", ()),
    R("If you want to apply to their graduate team instead, I can introduce you.", "Ryan Tse", ()),
    R(
        "They said the team is very sociable and collaborative, and they liked your examples of pairing.",
        "Moira Dunn",
        (),
    ),
    R("The hiring manager felt your stakeholder map was the strongest part of the day.", "Liam Ng", ()),
    R(
        "They confirmed the relocation package covers the move, so that's not an obstacle for future roles.",
        "Raj Iyer",
        (),
    ),
    R("Their Madrid hub is hiring in spring, and I'd put you forward for it.", "Ian Hart", ()),
    R("Their view was that your sales calls were a little scripted; try a looser structure.", "Yusuf Kaya", ()),
    R("The analytics team thought your dashboards were the best part of the case study.", "Lee Hunt", ()),
    R("They said the bonus structure would be discussed at offer stage, so pay wasn't the issue.", "Kay Sim", ()),
    R(
        "They were concerned about the busy season: it needs overtime in November, which you'd said was hard.",
        "Dan Moss",
        (),
    ),
    R("When you call, ask for the person who scored the test; they can explain it.", "Pip Gale", ()),
    R(
        "They said they want someone who 'looks after the details', and your case study had a few slips.",
        "Joan Pike",
        (),
    ),
    R("The research summary was excellent; the presentation ran over.", "Noah Bell", ()),
    R("They need someone who can travel two weeks a month; you'd told them that works.", "Lou Best", ()),
    R("They'd like you to get the CPA before applying again; they'd support the study leave.", "Ted Rush", ()),
    R("The panel asked about your experience with site visits and liked the Newcastle project story.", "Stan Lowe", ()),
    R("The COO wanted more on supply-chain risk.", "Ann Roe", ()),
    R(
        "They thought you'd be a great mentor for the juniors; they want that in their next senior hire.",
        "Lyn Shaw",
        (),
    ),
    R("They were frank that their values are about transparency and you came across as guarded.", "Amir Sabet", ()),
    R(
        "The technical interviewer said the test was borderline: the logic was fine, the tests were thin.",
        "Ivy Lam",
        (),
    ),
    R("They made their decision on Friday after the final round of interviews closed.", "Wes Todd", ()),
    R(
        "The client is quite traditional in its processes; they wanted someone comfortable with heavy governance.",
        "Ollie Ford",
        (),
    ),
    R("They said the salary range will be published for the next opening.", "Bree Lyon", ()),
    R(
        "Thanks for your patience on this one. The gist: strong analysis, but they wanted someone who had run a team.",
        "Mel Orr",
        (),
    ),
]

# Written after the changes FRESH_I led to: realistic relays from jobs outside tech (nursing, retail,
# teaching, law, hospitality, logistics), run once before any change.
FRESH_J: list[R] = [
    R(
        "The ward manager, Sister Okafor, said your clinical answers were safe but a little hesitant.",
        "Laura Penn",
        ("person_name",),
    ),
    R("The school went with a newly qualified teacher, partly on cost, I suspect.", "Mark Tilly", ("other_candidate",)),
    R("The pay scale point they were offering was M3, around £34,500.", "Jo Green", ("salary",)),
    R(
        "The head teacher asked whether you'd be able to run after-school clubs 'with your own kids at home'.",
        "Rachel Dunn",
        ("protected_characteristic",),
    ),
    R(
        "They asked the practice manager whether your back problem would stop you lifting patients.",
        "Sian Roberts",
        ("protected_characteristic",),
    ),
    R("The partner you met, Mr Achterberg, felt your drafting was precise but slow.", "Tom Blake", ("person_name",)),
    R("The firm offered training contracts to two other trainees from your cohort.", "Hana Ito", ("other_candidate",)),
    R(
        "The store manager mentioned the hourly rate is £11.44, which I know is lower than you were hoping.",
        "Dean Marsh",
        ("salary",),
    ),
    R("They felt you might not want the night shifts at your age.", "Brenda Cole", ("protected_characteristic",)),
    R(
        (
            "For the restaurant job, chef said you were quick but needed more pastry experience. His name's Antoine "
            "Durand if you want to look him up."
        ),
        "Ellie Nash",
        ("person_name",),
    ),
    R(
        "The head of department asked if you were planning maternity leave any time soon.",
        "Kirsty Lamb",
        ("protected_characteristic",),
    ),
    R("The depot went with a driver who already held the ADR licence.", "Steve Hall", ("other_candidate",)),
    R("The locum rate was 45 an hour, non-negotiable.", "Ade Bello", ("salary",)),
    R(
        "They mentioned your headscarf in the context of the uniform policy, which isn't acceptable.",
        "Zainab Ali",
        ("protected_characteristic",),
    ),
    R("Mrs Patterson, the deputy head, liked your behaviour management answers.", "Gary Moore", ("person_name",)),
    R("You came third of the five they interviewed for the ward sister post.", "Lisa Webb", ("other_candidate",)),
    R("Call the HR office on 0121 496 0555 to request your interview scores.", "Nadia Hussein", ("phone",)),
    R(
        "They said parents might prefer 'a more English-sounding name' on the class list, which is appalling.",
        "Chukwuemeka Eze",
        ("protected_characteristic",),
    ),
    R("The salary for the associate role was 62,000 in London, 55,000 regional.", "Will Stone", ("salary",)),
    R("They asked whether you'd need prayer time during Friday service.", "Hamza Iqbal", ("protected_characteristic",)),
    R(
        "The hotel's GM, Ingrid Hansen, said you'd be great for the front desk in a year or two.",
        "Tina Cross",
        ("person_name",),
    ),
    R("The successful applicant had more Montessori experience.", "Fiona Grey", ("other_candidate",)),
    R(
        "The manager said she wanted someone 'young and energetic' for the shop floor. I've reported it.",
        "Irene Boyd",
        ("protected_characteristic",),
    ),
    # Labelled person_name too at first; a name inside an address is the address's finding, as in FRESH_A.
    R("If you want to email the matron, it's j.harris@stmarys.nhs.uk.", "Paula Reed", ("email",)),
    R("The pay for the band 6 role starts at £37,338.", "Karl Finch", ("salary",)),
    R(
        "They thought that, as a man, you might not be 'a natural fit' for the nursery.",
        "Jamie Lee",
        ("protected_characteristic",),
    ),
    R(
        "There were a lot of internal applicants from the bank staff, and one of them got it.",
        "Owen Pike",
        ("other_candidate",),
    ),
    R(
        "They were concerned you'd struggle with the paperwork because of your dyslexia.",
        "Becca Hale",
        ("protected_characteristic",),
    ),
    R(
        "The head chef, Marco, wants you to do a trial shift next month at another of their sites.",
        "Leo Rossi",
        ("person_name",),
    ),
    R("The warehouse role pays 13.50 an hour plus overtime.", "Rick Dale", ("salary",)),
    R(
        "The firm asked whether your being a single father would affect the hours.",
        "Paul Sykes",
        ("protected_characteristic",),
    ),
    R(
        "The other candidate in the final round was the current deputy, who was always going to be hard to beat.",
        "Joanne Platt",
        ("other_candidate",),
    ),
    R(
        "Speak to Yolanda in the academy office on 020 8123 4567 about the supply list.",
        "Ruth Amos",
        ("person_name", "phone"),
    ),
    R(
        "They felt you'd be more suited to a school with an older staff room, whatever that means.",
        "Margaret Fell",
        ("protected_characteristic",),
    ),
    R("Apparently they'd interviewed 14 people for the one role.", "Chris Lam", ("other_candidate",)),
    R(
        "They asked whether your partner was in the forces, because of the moving around. That's not relevant.",
        "Sarah Quinn",
        ("protected_characteristic",),
    ),
    R(
        "Their senior associate, Ravi Chandrasekaran, took the view that your commercial awareness needs work.",
        "Lily Hart",
        ("person_name",),
    ),
    R("The starting salary was twenty-eight thousand with a review at six months.", "Neil Boon", ("salary",)),
    R(
        "They worried that your Irish Traveller background might worry some clients, which I've challenged.",
        "Bridget Ward",
        ("protected_characteristic",),
    ),
    R("They preferred a candidate who lives locally to the site.", "Dan Kirby", ("other_candidate",)),
    # clean
    R(
        "The ward manager said your clinical answers were safe but a little hesitant. Practise the SBAR handover.",
        "Laura Penn",
        (),
    ),
    R("The school chose not to appoint this round; they'll readvertise in September.", "Mark Tilly", ()),
    R("The pay scale wasn't discussed. The feedback was about lesson planning and differentiation.", "Jo Green", ()),
    R(
        "The head teacher asked whether you'd be able to run an after-school club; you said yes, so that was fine.",
        "Rachel Dunn",
        (),
    ),
    R("The practice manager liked your manual handling knowledge and your patient manner.", "Sian Roberts", ()),
    R("The partner you met felt your drafting was precise but slow; timed exercises will help.", "Tom Blake", ()),
    R("The firm's training contract feedback: strong written test, weaker on the group exercise.", "Hana Ito", ()),
    R("The store manager liked your visual merchandising ideas for the autumn window.", "Dean Marsh", ()),
    R("They felt you might not want night shifts given you told them you prefer days; that's fine.", "Brenda Cole", ()),
    R("For the restaurant job, chef said you were quick but needed more pastry experience.", "Ellie Nash", ()),
    R("The head of department was impressed by your KS3 scheme of work.", "Kirsty Lamb", ()),
    R("The depot wanted someone who already held the ADR licence; it's a two-day course.", "Steve Hall", ()),
    R("The locum shifts are weekends only; they'll keep your details for the rota.", "Ade Bello", ()),
    R("They said you presented very professionally and the uniform policy is no issue.", "Zainab Ali", ()),
    R(
        "The deputy head liked your behaviour management answers and your use of restorative language.",
        "Gary Moore",
        (),
    ),
    R("The ward sister post needed more experience of rota management.", "Lisa Webb", ()),
    R("You can request your interview scores from HR through me.", "Nadia Hussein", ()),
    R("The parents' evening role-play went well; they want more on SEN provision.", "Chukwuemeka Eze", ()),
    R("The associate role is based in Leeds with one day a week in London.", "Will Stone", ()),
    R(
        "They asked about your availability on Fridays for the case review meeting; you confirmed it.",
        "Hamza Iqbal",
        (),
    ),
    R(
        "The hotel's GM said you'd be great for the front desk in a year or two with more systems experience.",
        "Tina Cross",
        (),
    ),
    R("They'd like to see more Montessori training; the AMI course is a good start.", "Fiona Grey", ()),
    R(
        "The manager wants someone energetic and confident on the shop floor; your interview was a bit quiet.",
        "Irene Boyd",
        (),
    ),
    R("The matron would welcome a follow-up question through me.", "Paula Reed", ()),
    R("The band 6 role needs two years at band 5 first; you're six months short.", "Karl Finch", ()),
    R("They thought you were a natural with the children in the observed session.", "Jamie Lee", ()),
    R("The bank staff team liked your flexibility and will offer you shifts.", "Owen Pike", ()),
    R("They said the paperwork sample had a few gaps; use the checklist next time.", "Becca Hale", ()),
    R("The head chef wants you to do a trial shift next month at another of their sites.", "Leo Rossi", ()),
    R("The warehouse role includes forklift training, which you'd need before starting.", "Rick Dale", ()),
]

FRESH = FRESH_A + FRESH_B + FRESH_C + FRESH_D + FRESH_E + FRESH_F + FRESH_G + FRESH_H + FRESH_I + FRESH_J
