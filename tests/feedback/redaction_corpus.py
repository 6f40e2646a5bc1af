"""Labelled relays for the redaction check: what a recruiter might write to a candidate after
hearing the hiring manager, with the codes that must be flagged (an empty tuple: a clean relay).

HELD_OUT was written first, before any rule existed, and the rules were never tuned on it.
DEVELOPMENT is what the first rules were written against.

First runs of each batch, before any tuning on it (leaky relays with every expected code caught /
clean relays with any finding); each batch after HELD_OUT was written after the rules had passed
the batches before it, so these first runs are the honest estimate for relays nobody has seen:
- HELD_OUT: leaky 25/25, clean 0/11 false alarms. Never tuned on.
- SECOND_BATCH (harder wording): leaky 15/20, clean 1/12.
- THIRD_BATCH_CLEAN (name- and number-rich clean relays): clean 2/30 ("Legacy Code", "Basel").
- FOURTH_BATCH (greetings, bullets, quotes, several codes): leaky 17/19, clean 1/13.
- FIFTH_BATCH: leaky 15/20, clean 0/10.
- SIXTH_BATCH (euphemisms, idioms): leaky 14/22, clean 0/8.
- SEVENTH_BATCH: leaky 14/18, clean 0/8.
- EIGHTH_BATCH_CLEAN (risky words, clean meaning): clean 1/25, still flagged (see there).
- NINTH_BATCH (hardest wording): leaky 14/26, clean 0/4.
- TENTH_BATCH (ordinary, realistic relays): leaky 14/14, clean 0/10.
- ELEVENTH_BATCH (many cultures and currencies): leaky 9/12, clean 0/10.
- TWELFTH_BATCH: leaky 8/12, clean 0/6.
- THIRTEENTH_BATCH (realistic): leaky 13/13, clean 0/9.
- FOURTEENTH_BATCH: leaky 13/17, clean 0/5 (one miss kept: too indirect to catch by rule).
- FIFTEENTH_BATCH (realistic): leaky 8/9, clean 0/5.
All first runs after HELD_OUT together: leaky 154/202 (76 %), clean 5/155 false alarms (3.2 %); the
misses are idioms and euphemisms. The realistic batches (HELD_OUT, TENTH, THIRTEENTH, FIFTEENTH):
leaky 60/61 (98 %), clean 0/35.
Misses were fixed by general rules (word classes and cues), not by memorising the sentences.

Ten more batches, FRESH_A to FRESH_J (terse chat notes, formal summaries, non-native English, many
cultures, lower-case names, odd phone and e-mail formats, pay in words, indirect wording, four batches of
realistic relays, one from jobs outside tech), live in ``redaction_fresh.py`` with their first-look figures; the corpus
test counts them too. First looks: A 26/40 leaky caught, 1/30 clean flagged; B 31/40, 1/30; C 20/40,
2/30; then, each written after the rules the ones before it led to, D 32/40, 0/30; E 31/40, 0/30;
F 37/40, 0/30; G 36/40, 1/30; H 34/40, 0/30; I 37/40, 0/30; J (jobs outside tech) 30/40, 0/30 (the
rules before any of this work, on the same relays: D 29/40, E 29/40, F 36/40, G 36/40, H 32/40, I
33/40, J 29/40, or 30/40 after one label was corrected).
"""

from typing import NamedTuple


class Relay(NamedTuple):
    text: str
    candidate_name: str
    codes: tuple[str, ...]


R = Relay

# Held-out part: written before any rule existed. Not tuned on (only clear bugs fixed).
HELD_OUT: list[Relay] = [
    R(
        "Thanks for waiting on this. The panel liked how you structured the system design answer and "
        "felt your questions about on-call were sharp. Where they wanted more was depth on database "
        "indexing: a couple of follow-ups went unanswered. I'd spend a week on query plans before the next one.",
        "Amara Okafor",
        (),
    ),
    R(
        "I caught up with the hiring manager on Friday. She said your portfolio was strong but the case "
        "study ran long, and the team would have liked a clearer summary of your own contribution. "
        "Keep the story to ten minutes and lead with the outcome.",
        "Lucas Ferreira",
        (),
    ),
    R(
        "Good news and less good news. They really liked your energy in the final round. In the end "
        "they went with someone who had already led a migration to Snowflake, so it came down to that "
        "specific experience.",
        "Hannah Schmidt",
        ("other_candidate",),
    ),
    R(
        "Feedback from Rajesh, the engineering manager: your coding exercise was clean and well tested. "
        "He felt the behavioural round was a little vague on conflict examples. Prepare two concrete "
        "stories with a clear result.",
        "Mei Lin",
        ("person_name",),
    ),
    R(
        "The team thought you were great, honestly. The only hesitation was that they are a very young "
        "team and worried you might find the pace and the social side a bit much. I know that's "
        "frustrating to hear.",
        "Gerald Thompson",
        ("protected_characteristic",),
    ),
    R(
        "They came back with a number before deciding, for context: the role was budgeted at £62,000 "
        "plus bonus, and they felt your expectations were above that band. Your interviews themselves "
        "went well.",
        "Siobhan Murphy",
        ("salary",),
    ),
    R(
        "If you have more questions, the coordinator is happy to talk. You can reach her on "
        "+44 20 7946 0958 or at jo.bradley@northwind-talent.co.uk. Overall they liked your answers on "
        "stakeholder management.",
        "Kwame Mensah",
        ("phone", "email"),
    ),
    R(
        "Your technical round was the strongest they saw this month. The deciding factor was English: "
        "they wanted a native speaker for the client-facing part of the job, and they felt your accent "
        "might be a barrier on calls.",
        "Dmitri Volkov",
        ("protected_characteristic",),
    ),
    R(
        "The interviewers felt you explained trade-offs clearly and asked good questions about the "
        "roadmap. To be stronger next time, quantify your impact: numbers on latency, cost or revenue "
        "make a story land. They'd be open to you applying again in six months.",
        "Yuki Tanaka",
        (),
    ),
    R(
        "Honest summary: they preferred the other finalist, who had five years in payments compared to "
        "your two. They didn't doubt your ability to learn it.",
        "Carlos Mendoza",
        ("other_candidate",),
    ),
    R(
        "I spoke to Ms. Adeyemi after the panel. She liked your presentation but thought the Q&A got "
        "defensive when the CFO pushed on the numbers. Practise taking a challenge calmly.",
        "Peter Novak",
        ("person_name",),
    ),
    R(
        "They mentioned you'd said you have two small kids and were worried about the travel, which is "
        "40% of the role. I've told them that wasn't an appropriate consideration.",
        "Fatima Zahra",
        ("protected_characteristic",),
    ),
    R(
        "The take-home was solid. They noted the README was thin and tests skipped the error paths. "
        "For the next one, explain your assumptions up front and cover failure cases.",
        "Oluwaseun Adebayo",
        (),
    ),
    R(
        "They said you're clearly talented, but they'd decided on an internal candidate who already "
        "knew the billing platform. It was close.",
        "Ingrid Larsen",
        ("other_candidate",),
    ),
    R(
        "Candidly, the offer would have been 95k base with a 10% bonus, so it was never going to meet "
        "your ask. Beyond that, they felt you were a little quiet in the group exercise.",
        "Tom Becker",
        ("salary",),
    ),
    R(
        "The hiring manager appreciated your curiosity and your work on accessibility. They want to see "
        "more ownership of projects end to end, from scoping with product to measuring results. That "
        "would make you a strong fit for senior roles.",
        "Priya Raman",
        (),
    ),
    R(
        "Aisha's team ran the final round. They felt your SQL was strong but your product sense needed "
        "work, particularly prioritising between competing requests.",
        "Daniel Cohen",
        ("person_name",),
    ),
    R(
        "I'll be straight with you: they asked whether you'd need time off for religious holidays, and "
        "that seems to have come up in the debrief. I've raised it with their HR.",
        "Yusuf Demir",
        ("protected_characteristic",),
    ),
    R(
        "Your interview on Tuesday 14 March went well overall. They liked the way you handled the "
        "estimation question and your examples from 2021 and 2023 at the bank. They want more evidence "
        "of leading people, not just projects.",
        "Sofia Rossi",
        (),
    ),
    R(
        "The successful candidate had run a team of twelve, which is what tipped it. They'd like to keep "
        "you in mind for the next opening.",
        "Nguyen Van An",
        ("other_candidate",),
    ),
    R(
        "Feedback is mostly positive. Call me on 07700 900123 when you get a minute and I'll go through "
        "the details of the presentation round.",
        "Chloe Martin",
        ("phone",),
    ),
    R(
        "They felt you were overqualified and would get bored, and that someone earlier in their career "
        "would settle in better with the team. I don't fully agree.",
        "Margaret O'Brien",
        ("protected_characteristic",),
    ),
    R(
        "The panel liked your pairing session: you talked through your thinking and took hints well. "
        "The gap was testing strategy. Read up on contract tests and be ready to discuss how you'd test "
        "a service with three downstream dependencies.",
        "Arjun Sharma",
        (),
    ),
    R(
        "Thomas Weber, who led the interview, wants you to know the decision was hard. He said your "
        "answers on data governance were the best he heard.",
        "Elena Petrova",
        ("person_name",),
    ),
    R(
        "They had some concerns about culture fit. Reading between the lines, they meant you'd be the "
        "only woman on the team and they weren't sure how that would go. That's not okay and I've said so.",
        "Grace Kim",
        ("protected_characteristic",),
    ),
    R(
        "They were impressed by your communication and the way you handled ambiguity in the case. To "
        "improve, be more specific about metrics, and keep answers under two minutes. Three of the four "
        "interviewers scored you as a hire.",
        "Mohammed Al-Farsi",
        (),
    ),
    R(
        "Compared to the other applicants you were the least experienced with React Native, so they "
        "ranked you fourth. The feedback on your attitude was excellent.",
        "Lena Fischer",
        ("other_candidate",),
    ),
    R(
        "They're happy for you to email the team lead directly at m.osei@brightpath.io if you'd like "
        "more detail on the architecture feedback.",
        "Sara Lindqvist",
        ("email",),
    ),
    R(
        "The main feedback is around structure. Your answers had great content but wandered; try the "
        "STAR format and finish with what you learned. They felt your motivation for the company came "
        "across clearly.",
        "Jamal Washington",
        (),
    ),
    R(
        "Between us, she mentioned she'd noticed you were pregnant and wondered about timing with the "
        "product launch. I'm escalating this.",
        "Olivia Brown",
        ("protected_characteristic",),
    ),
    R(
        "They said the range for the role was 70-80k and they couldn't stretch. Apart from that, your "
        "case study was rated highly and the team enjoyed meeting you.",
        "Ahmed Hassan",
        ("salary",),
    ),
    R(
        "I talked to Kenji on the platform team. He thought you underestimated the scale of the "
        "traffic in the design question and would like to see more about caching and queues.",
        "Isabel Garcia",
        ("person_name",),
    ),
    R(
        "The feedback was that your experience is a great match on paper, but in the interview you "
        "didn't connect it to their problems. Research the product and prepare two ideas you'd bring "
        "in the first 90 days. They'd welcome another application next year.",
        "Wei Zhang",
        (),
    ),
    R(
        "They told me the person they hired is starting next month and has a PhD in optimisation. "
        "They liked your practical approach, though.",
        "Benjamin Clarke",
        ("other_candidate",),
    ),
    R(
        "Honestly they worried about your health after you mentioned the surgery last year, and whether "
        "you could handle the on-call rota. You absolutely can, and I told them.",
        "Anna Kowalski",
        ("protected_characteristic",),
    ),
    R(
        "The interviewers liked your grasp of Kubernetes and Terraform and your calm under pressure. They "
        "want to see more depth in networking, especially DNS and load balancing. Version 2 of your "
        "side project would be a good place to show that.",
        "Diego Alvarez",
        (),
    ),
]

DEVELOPMENT: list[Relay] = [
    # --- clean relays -------------------------------------------------------------------------
    R(
        "The hiring manager enjoyed talking with you. Your Python was strong and your tests were tidy. "
        "They would like to see more experience with distributed systems; Kafka or a similar queue "
        "would be worth learning. They said they'd be glad to see you apply again.",
        "Leila Haddad",
        (),
    ),
    R(
        "Feedback from the panel: you communicated clearly and kept the customer at the centre of your "
        "answers. The gap was commercial awareness. Next time, read the last two annual reports and "
        "bring a view on where the business is going.",
        "Sean Gallagher",
        (),
    ),
    R(
        "They liked the way you ran the whiteboard session on Monday. The Head of Product felt your "
        "prioritisation framework was thoughtful but wanted to hear how you'd say no to a senior "
        "stakeholder. Practise that conversation.",
        "Nadia Rahman",
        (),
    ),
    R(
        "Short version: strong on AWS and Docker, less strong on observability. They mentioned "
        "Prometheus and Grafana specifically. With 3 years of experience you're close to what they need.",
        "Marek Dvorak",
        (),
    ),
    R(
        "The team has a real culture of code review, and they loved that your pull request in the "
        "exercise had a clear description. The part to work on is estimating: you said two days for "
        "something they saw as two weeks.",
        "Ama Boateng",
        (),
    ),
    R(
        "You made it through 2 rounds with great scores. In the final, your answers on the 10 people "
        "team you managed were a bit general. Add specifics: what changed, by how much, and how long it took.",
        "Hiroshi Sato",
        (),
    ),
    R(
        "They thought your cover letter was generic and didn't mention the product. The interview "
        "itself was fine. Tailor the letter to the company and point to one feature you'd improve.",
        "Chiara Bianchi",
        (),
    ),
    R(
        "The interviewers said your fit for the role's technical requirements was clear. What held you "
        "back was the stakeholder round, where they wanted more examples of influencing without "
        "authority.",
        "Tariq Aziz",
        (),
    ),
    R(
        "Overall positive. They scored your presentation 4 out of 5 and your technical depth 3 out of 5. "
        "They recommend brushing up on Go concurrency and reading the Google SRE book.",
        "Freya Andersen",
        (),
    ),
    R(
        "Will you have time this week to go through it? In short: they liked your product thinking, "
        "but in the metrics question you chose a vanity metric. May I suggest a look at retention and "
        "activation frameworks before your next interview?",
        "Victor Nunez",
        (),
    ),
    R(
        "The hiring manager said you were well prepared and asked excellent questions. They chose not "
        "to move forward because the role needs deep Salesforce admin experience, which your CV doesn't "
        "show yet. A certification would help.",
        "Zainab Bello",
        (),
    ),
    R(
        "They appreciated your honesty about the gap in your CV. The feedback is that your answers on "
        "Java were solid but your knowledge of Spring Boot was thinner than they'd like for a senior role.",
        "Paolo Conti",
        (),
    ),
    R(
        "The interview ran from 10:30 to 12:00 and they felt you used the time well. To improve, bring "
        "a short written plan to the case round, and slow down when explaining the architecture diagram.",
        "Emily Carter",
        (),
    ),
    R(
        "Your design was clear and they liked the trade-off table. Version 1.2 of the API you described "
        "was a good example. They want more evidence that you can mentor juniors.",
        "Rohan Mehta",
        (),
    ),
    R(
        "They had no concerns about your attitude or professionalism; both were excellent. The "
        "decision came down to depth in machine learning operations. MLflow and model monitoring would "
        "be good areas to build.",
        "Sung-min Park",
        (),
    ),
    R(
        "The interviewers felt your English was clear and your written exercise well organised. They'd "
        "have liked more detail on how you'd test the pipeline in production.",
        "Björn Karlsson",
        (),
    ),
    R(
        "Feedback from the panel at Microsoft: good fundamentals, but your answer on consistency models "
        "was shaky. Revisit CAP and practise explaining it with an example.",
        "Ifeoma Eze",
        (),
    ),
    R(
        "They said your energy and enthusiasm in the interview were great. On the technical side, be "
        "ready to talk about how you handled a production incident from start to finish.",
        "Aleksandra Nowak",
        (),
    ),
    R(
        "The team lead thought your approach to the refactoring task was sensible. The feedback is to "
        "communicate more while coding: say what you're checking and why. They'd happily interview you "
        "again in the spring.",
        "Javier Morales",
        (),
    ),
    R(
        "In summary, they felt the role needed someone with more experience in regulated environments "
        "like banking or healthcare. Your London fintech work was relevant but short. Highlight any "
        "compliance work you've done.",
        "Nour El-Sayed",
        (),
    ),
    R(
        "They didn't give much detail, I'm afraid. The main point was that the portfolio didn't show "
        "enough mobile work. Adding one iOS or Android case study would make a difference.",
        "Caleb Jordan",
        (),
    ),
    R(
        "The hiring manager was positive about your leadership examples and your calm manner. They'd "
        'suggest preparing a sharper answer to "why this company", tying it to their mission in '
        "climate tech.",
        "Astrid Holm",
        (),
    ),
    R(
        "Your answers on security were excellent, especially on OAuth flows. They said the coding round "
        "on Thursday was slower than expected; practise timed exercises on arrays and graphs.",
        "Malik Johnson",
        (),
    ),
    R(
        "Feedback: you're strong technically and were friendly with the panel. They felt you could "
        "push back more in the design discussion rather than agreeing quickly. Confidence will come "
        "across better if you defend a choice with data.",
        "Mia Wong",
        (),
    ),
    R(
        "The panel felt you were a great communicator. The one gap was hands-on experience with "
        "Kubernetes operators. They said Chapter 4 of the documentation is a good place to start.",
        "Gabriel Silva",
        (),
    ),
    R(
        "They liked your résumé and your interview, but the role was put on hold for budget reasons "
        "after your final round. It wasn't about you. I'll let you know if it reopens in January.",
        "Noura Al-Sabah",
        (),
    ),
    # --- email / phone -----------------------------------------------------------------------
    R(
        "If you want the full notes, drop a line to talent@acme-robotics.com and they'll send them. "
        "They liked your answers on robotics safety.",
        "Kenta Mori",
        ("email",),
    ),
    R(
        "The interviewer is happy to chat: (415) 555-0134 ext. 22. They thought your design was elegant "
        "but under-tested.",
        "Laura Jensen",
        ("phone",),
    ),
    R(
        "You can ring the office on +49 30 901820 if anything is unclear. They'd like to see more experience with SAP.",
        "Omar Farouk",
        ("phone",),
    ),
    R(
        "For follow-up questions, they've offered a call: +91 98765 43210. They said your data modelling "
        "was the strongest part of the day.",
        "Ananya Iyer",
        ("phone",),
    ),
    R(
        "They asked me to pass on that you can write to hiring.team@example.org. The main feedback is "
        "to be more concise.",
        "Dylan Foster",
        ("email",),
    ),
    # --- person_name -------------------------------------------------------------------------
    R(
        "I spoke with Dana from the platform team. She felt your incident story was strong but you "
        "skipped the postmortem part.",
        "Jonas Weber",
        ("person_name",),
    ),
    R(
        "Mr. Patel said your answers were thorough but too long. Aim for two minutes per answer.",
        "Claire Dubois",
        ("person_name",),
    ),
    R(
        "Priya's team reviewed the take-home. They liked the structure but flagged missing input validation.",
        "Sam Okoro",
        ("person_name",),
    ),
    R(
        "Feedback from Björn Eriksson and the panel: strong analysis, weaker storytelling.",
        "Alicia Moreno",
        ("person_name",),
    ),
    R(
        "Dr. Nakamura, who ran the research round, felt your statistics were sound but your "
        "experimental design lacked a control group.",
        "Ethan Brooks",
        ("person_name",),
    ),
    R(
        "Your interview with the CTO went well. Xiaoling mentioned that your Rust was impressive and "
        "she'd like to see more on async.",
        "Hugo Laurent",
        ("person_name",),
    ),
    R(
        "The feedback came from Chukwuemeka, the design lead. He wants to see more user research in your portfolio.",
        "Maya Patel",
        ("person_name",),
    ),
    R(
        "Someone named Svetlana on the data team thought your dashboard exercise was clear but slow to load.",
        "Kofi Asante",
        ("person_name",),
    ),
    # --- salary ------------------------------------------------------------------------------
    R(
        "The budget was 110k and they felt your expectations of 130k were too far apart. Your "
        "interviews were otherwise solid.",
        "Erik Johansson",
        ("salary",),
    ),
    R(
        "They would have offered €70k base plus equity. Interview-wise, they thought your answers on "
        "testing were strong.",
        "Marta Kowalczyk",
        ("salary",),
    ),
    R(
        "They were thinking 90K OTE for this one, so on pay it wasn't a match either way. The panel liked your energy.",
        "Ravi Kumar",
        ("salary",),
    ),
    R(
        "The contract paid an hourly rate of 45 dollars, and they were surprised you asked for more. "
        "They liked your portfolio.",
        "Jessica Nguyen",
        ("salary",),
    ),
    R(
        "They felt you were a six figures candidate for a role that tops out lower. Otherwise your "
        "case study was excellent.",
        "Adrian Popescu",
        ("salary",),
    ),
    R(
        "The package was £55,000–60,000 and you'd asked for 65. Feedback on the interview itself was "
        "good: clear, warm, well prepared.",
        "Hollie Evans",
        ("salary",),
    ),
    # --- other_candidate ---------------------------------------------------------------------
    R(
        "They went with a candidate with more direct experience in logistics. Your interview was "
        "strong and they'd consider you for future roles.",
        "Tomás Herrera",
        ("other_candidate",),
    ),
    R(
        "Another applicant had already built the exact integration they need, so they moved ahead with "
        "them. They liked your curiosity.",
        "Ewa Zielinska",
        ("other_candidate",),
    ),
    R(
        "The person we hired had ten years in retail banking. You were a close second.",
        "Lars Nilsson",
        ("other_candidate",),
    ),
    R(
        "Compared to the other finalists, your system design was weaker, though your coding was the best of the group.",
        "Bianca Costa",
        ("other_candidate",),
    ),
    R(
        "An internal candidate got the role in the end. They said you were a strong contender.",
        "Andre Dupont",
        ("other_candidate",),
    ),
    R(
        "They chose the other candidate because she had more experience than you with enterprise clients.",
        "Kai Müller",
        ("other_candidate",),
    ),
    # --- protected_characteristic ------------------------------------------------------------
    R(
        "They wanted someone energetic and young who'd be a digital native on social media. Your "
        "writing samples were very good.",
        "Barbara Hughes",
        ("protected_characteristic",),
    ),
    R(
        "The manager said you'd be a bit older than the rest of the team and wondered how you'd fit in.",
        "Stephen Wright",
        ("protected_characteristic",),
    ),
    R(
        "They asked if you were planning a family soon, given the role starts with six months of travel.",
        "Rachel Green",
        ("protected_characteristic",),
    ),
    R(
        "Honestly, they said they wanted a man for this role because the client is old-fashioned. "
        "That's not acceptable and I've flagged it.",
        "Aaliyah Brooks",
        ("protected_characteristic",),
    ),
    R(
        "They noticed the wheelchair and worried about access to the site visits. I've told them that's "
        "for them to solve.",
        "Matthew Cole",
        ("protected_characteristic",),
    ),
    R(
        "The feedback mentioned your headscarf and whether clients would be comfortable. This is "
        "discrimination and I'm raising it with their HR.",
        "Samira Khalil",
        ("protected_characteristic",),
    ),
    R(
        "They felt you wouldn't fit in with the culture there, given where you're from and that the team is all local.",
        "Ivan Petrov",
        ("protected_characteristic",),
    ),
    R(
        "There was a comment about your husband's job and whether you'd relocate with him. Otherwise "
        "the interview went well.",
        "Julia Santos",
        ("protected_characteristic",),
    ),
    R(
        "They gave you a recent grad vibe and wanted someone with more gravitas, in their words.",
        "Tyler Reed",
        ("protected_characteristic",),
    ),
    R(
        "One interviewer asked about your sexuality, which should never have happened. I've reported it.",
        "Jordan Lee",
        ("protected_characteristic",),
    ),
    R(
        "They were concerned about your maternity leave coming up and the timing of the project.",
        "Natalie Ross",
        ("protected_characteristic",),
    ),
    R(
        "They didn't mention your age at all, so I don't think that was a factor. The main feedback "
        "was about depth in SQL.",
        "Howard Mills",
        ("protected_characteristic",),
    ),
    R(
        "They thought your accent would make it harder for customers on the phone to understand you.",
        "Thi Ha Tran",
        ("protected_characteristic",),
    ),
    R(
        "She said the team is mostly Indian and they wanted someone who'd fit with that culture.",
        "Connor Walsh",
        ("protected_characteristic",),
    ),
    # --- mixed -------------------------------------------------------------------------------
    R(
        "Mark Jacobs called me. He said they went with someone who had more years in product, and that "
        "the salary band topped out at $120k anyway.",
        "Helena Vogel",
        ("person_name", "other_candidate", "salary"),
    ),
    R(
        "Ngozi from HR said the successful candidate was a native speaker of German, which mattered for "
        "the DACH accounts. Reach Ngozi at ngozi.obi@kestrel.de.",
        "Pablo Ruiz",
        ("person_name", "other_candidate", "protected_characteristic", "email"),
    ),
]

# A second, harder batch, written after the rules passed HELD_OUT and run once before any change:
# its first-run figures are in the module docstring. It was then used to fix what it found, so it
# is development data now.
SECOND_BATCH: list[Relay] = [
    R(
        "The feedback is that your answers on race conditions and locking were excellent. They'd like "
        "more depth on the JVM memory model. Start with the Java Concurrency in Practice chapters on "
        "visibility.",
        "Jonah Feldman",
        (),
    ),
    R(
        "They're a young company and move fast, so they wanted someone who had already shipped a product "
        "from zero to one. Your agency background didn't show that yet. A side project you launched "
        "would help.",
        "Beatriz Souza",
        (),
    ),
    R(
        "We spoke on 12 May. The panel praised your calm approach in the incident simulation and the way "
        "you wrote up the timeline. They'd have liked you to involve stakeholders earlier.",
        "Ruth Abebe",
        (),
    ),
    R(
        "Your case study on the Jordan expansion was a highlight. Where you lost points was in the "
        "financial model: the churn assumptions weren't justified. Add a sensitivity table next time.",
        "Khalil Haddad",
        (),
    ),
    R(
        "The role requires fluent German for the Vienna office, and your level came across as "
        "intermediate. Everything else was a strong match. A B2 certificate would open these doors.",
        "Chloé Girard",
        (),
    ),
    R(
        "They grew revenue by $2M in your last role according to your CV and were impressed by that. "
        "The hesitation was around managing a team of more than five. Look for a lead role on a smaller "
        "team first.",
        "Patrick Doyle",
        (),
    ),
    R(
        "They'd like to see you handle 10k requests per second in the design question next time; "
        "think about sharding and caching. Your API design was clean.",
        "Ines Moreau",
        (),
    ),
    R(
        "Hi Sunita, short update. The panel felt your discovery work was thorough, but your "
        "presentation ran over time. Rehearse with a timer and cut to three key findings.",
        "Sunita Rao",
        (),
    ),
    R(
        "Grace under pressure was the phrase they used, which is lovely. The improvement area is "
        "technical writing: your design doc lacked a clear problem statement.",
        "Eleanor Vance",
        (),
    ),
    R(
        "They were clear that it was about experience, not potential. In the next six months, try to "
        "lead one project end to end and keep notes on the outcomes so you can talk about them in detail.",
        "Samuel Osei",
        (),
    ),
    R(
        "The interviewers enjoyed your Go and Rust examples. Feedback from the architecture round: be "
        "explicit about failure modes and back-pressure. Overall a near miss.",
        "Hamza Qureshi",
        (),
    ),
    R(
        "They want to see stronger examples of influencing senior stakeholders. The panel also noted "
        "that you answered the 'why us' question with general points about the industry rather than "
        "their product.",
        "Louise Bernard",
        (),
    ),
    R(
        "Ifeanyi liked your answers but the CFO wasn't convinced about your forecasting. Get more "
        "hands-on with budgeting tools.",
        "Rebecca Stein",
        ("person_name",),
    ),
    R(
        "I had a long call with their VP, Marguerite Okonjo-Blanc. She thinks you'd be great in a year "
        "with more leadership experience.",
        "Tom Hale",
        ("person_name",),
    ),
    R(
        "Feedback via Lindiwe: she enjoyed the panel but thought the product sense round was weak.",
        "Daniel Katz",
        ("person_name",),
    ),
    R(
        "Their pick already works in the same sector and could start immediately. For you, the "
        "feedback was to sharpen the numbers in your case study.",
        "Yasmin Farouk",
        ("other_candidate",),
    ),
    R(
        "It came down to you and one other person, and they felt she was further along with people management.",
        "Gustav Berg",
        ("other_candidate",),
    ),
    R(
        "The client offered the job to a candidate who had worked at a direct competitor, mostly for the contacts.",
        "Fiona Walsh",
        ("other_candidate",),
    ),
    R(
        "The package was around eighty thousand with a sign-on bonus, so your counter was a stretch "
        "for them. They did enjoy the interview.",
        "Andrzej Nowicki",
        ("salary",),
    ),
    R(
        "They pay £450 a day for this contract and felt your day rate was too high. Your technical "
        "answers were strong.",
        "Ricardo Lopes",
        ("salary",),
    ),
    R(
        "Total comp would have been about 140K including stock, which is under your current package. "
        "They were positive otherwise.",
        "Hye-jin Cho",
        ("salary",),
    ),
    R(
        "They were worried that at 58 you might be thinking about winding down soon.",
        "Graham Turner",
        ("protected_characteristic",),
    ),
    R(
        "They commented that the team is quite a lads' environment and weren't sure you'd enjoy it as "
        "the only female engineer.",
        "Priyanka Nair",
        ("protected_characteristic",),
    ),
    R(
        "One panellist noted you took a call during Ramadan fasting hours and seemed tired; I've told "
        "them that's irrelevant.",
        "Omar Siddiqui",
        ("protected_characteristic",),
    ),
    R(
        "They asked whether your visa situation meant you're not really from here, and whether clients "
        "would understand you.",
        "Bogdan Ionescu",
        ("protected_characteristic",),
    ),
    R(
        "They said you seemed nervous, and someone mentioned your stammer. I pushed back on that.",
        "Liam Byrne",
        ("protected_characteristic",),
    ),
    R(
        "The hiring manager asked if your wife would be okay with the relocation to Leeds.",
        "Adeel Khan",
        ("protected_characteristic",),
    ),
    R(
        "Please don't share this, but the recruiter there, Ms Okafor, can be reached on 0161 496 0123 "
        "if you need the formal letter.",
        "Jin Park",
        ("person_name", "phone"),
    ),
    R(
        "The salary range was $95,000 to $105,000 and the person they picked accepted at the bottom of it.",
        "Megan Price",
        ("salary", "other_candidate"),
    ),
    R(
        "Write to anders.lund@fjordtech.no with any questions, or ask me. They liked your energy.",
        "Sophie Laurent",
        ("email",),
    ),
    R(
        "Mateus was the tie-breaker: he preferred someone with a stronger consulting background and "
        "he'd worked with that person before.",
        "Kerry Dunn",
        ("person_name", "other_candidate"),
    ),
    R(
        "They felt a woman in her fifties might struggle with the startup pace, which I challenged.",
        "Denise Parker",
        ("protected_characteristic",),
    ),
]


# Clean relays written to probe false alarms on realistic, name- and number-rich feedback.
THIRD_BATCH_CLEAN: list[Relay] = [
    R(
        (
            "Hi Priya, thanks for your patience. The hiring manager said your stakeholder examples were strong, "
            "but they wanted more depth on experimentation. Next time, walk through one A/B test end to end."
        ),
        "Priya Sharma",
        (),
    ),
    R(
        (
            "Good news first: the panel enjoyed meeting you. The take-home was solid, but the code lacked tests "
            "around edge cases. They suggested reading 'Working Effectively with Legacy Code'."
        ),
        "Tom Evans",
        (),
    ),
    R(
        (
            "Feedback from the interview at Siemens: your answers on PLC integration were good, but your English "
            "presentation felt rushed. Slow down and pause after key points."
        ),
        "Lukas Brandt",
        (),
    ),
    R(
        (
            "They liked your background in logistics and your calm manner. The gap was experience with SAP "
            "S/4HANA, which they need from day one."
        ),
        "Maria Gonzalez",
        (),
    ),
    R(
        (
            "The feedback is mixed. Strengths: curiosity, clear writing, good questions. To improve: system "
            "design depth, especially around caching and consistency."
        ),
        "Kenji Watanabe",
        (),
    ),
    R(
        (
            "They felt you were a strong communicator but wanted someone who has managed a budget. Try to get "
            "exposure to P&L ownership in your current role."
        ),
        "Aisha Bello",
        (),
    ),
    R(
        (
            "The interviewers appreciated your honesty when you didn't know an answer. For next time, talk "
            "through how you would find out."
        ),
        "Daniel Kim",
        (),
    ),
    R(
        (
            "Overall it was close. The team thought your product sense was excellent; the analytics round was "
            "weaker. Brush up on SQL window functions."
        ),
        "Sofia Marino",
        (),
    ),
    R(
        (
            "Thanks for your time on Thursday. They'd like to see more leadership: mentoring, running rituals, "
            "unblocking others. A tech lead course could help."
        ),
        "Ahmed Khan",
        (),
    ),
    R(
        (
            "The panel noted your enthusiasm and preparation. Your case study was well structured, though the "
            "recommendation came late. Lead with the answer."
        ),
        "Hannah Lee",
        (),
    ),
    R(
        (
            "Short and sweet: they loved your portfolio but felt your visual design was stronger than your "
            "interaction design. Add a prototype-heavy project."
        ),
        "Jules Martin",
        (),
    ),
    R(
        (
            "The client said you were one of the most thoughtful people they'd spoken to about data governance. "
            "They're not hiring at your level right now but would love to keep in touch."
        ),
        "Nadia Petrov",
        (),
    ),
    R(
        (
            "The feedback centred on the technical test: correct, but slow. Practise under time pressure and "
            "explain as you go."
        ),
        "Chris O'Neill",
        (),
    ),
    R(
        (
            "They thought your cover letter was excellent and specific. The interview itself was fine; they "
            "wanted more examples of working with engineering teams."
        ),
        "Eva Novak",
        (),
    ),
    R(
        (
            "Your experience at Barclays and Monzo was relevant. The gap was regulatory reporting; reading up on "
            "Basel III would help."
        ),
        "Sam Patel",
        (),
    ),
    R(
        (
            "They felt your energy was great and your communication clear. The decision was about depth in cloud "
            "security; an AWS Security Specialty cert would help."
        ),
        "Yusuf Ali",
        (),
    ),
    R(
        (
            "The hiring manager was impressed by your dedication and the way you handled the curveball question "
            "about migrating a monolith. The weaker part was estimating effort."
        ),
        "Olivia Chen",
        (),
    ),
    R(
        (
            "In the final round, the CEO asked about your five-year plan. Your answer was a bit vague; have a "
            "clearer story about where you want to grow."
        ),
        "Mateo Rossi",
        (),
    ),
    R(
        (
            "They felt you'd be a great fit for the team's way of working, but the role needs hands-on React "
            "Native, which you haven't used in production."
        ),
        "Grace Obi",
        (),
    ),
    R(
        (
            "Your presentation deck was clear and the storytelling strong. They would have liked more numbers: "
            "conversion rates, costs, timelines."
        ),
        "Lars Eriksen",
        (),
    ),
    R(
        (
            "They said the interview with the engineering director went well, and the one with the product lead "
            "less so: prioritisation answers felt generic."
        ),
        "Ana Costa",
        (),
    ),
    R(
        (
            "They noted that you were early to every call and well prepared. The miss was on technical depth in "
            "Kafka and stream processing."
        ),
        "Ivan Horvat",
        (),
    ),
    R(
        (
            "The team is remote-first across Europe and they felt your async communication examples were strong. "
            "Work on written design proposals."
        ),
        "Elif Yilmaz",
        (),
    ),
    R(
        (
            "Feedback: you came across as confident and friendly. They wanted more evidence you can own a "
            "roadmap. Consider a product owner role as a stepping stone."
        ),
        "Rohan Gupta",
        (),
    ),
    R(
        (
            "They want to see more data-driven decision making. Over the next quarter, try to tie each of your "
            "projects to a measurable result."
        ),
        "Zara Ahmed",
        (),
    ),
    R(
        (
            "The interviewers liked your clear thinking about trade-offs in the design exercise. They want more "
            "experience operating services at scale (millions of users)."
        ),
        "Kwame Asante",
        (),
    ),
    R(
        (
            "They said your communication during the pairing session was excellent and you took feedback well. "
            "The technical bar for this senior role was just higher."
        ),
        "Leah Cohen",
        (),
    ),
    R(
        (
            "Your knowledge of accessibility standards (WCAG 2.2) impressed them. They'd like stronger visual "
            "design skills."
        ),
        "Mei Chen",
        (),
    ),
    R(
        (
            "The panel felt that your answers were thoughtful but long. Use the STAR structure and aim for two "
            "minutes per answer."
        ),
        "Jamal Reed",
        (),
    ),
    R(
        (
            "They're keen to stay in touch and suggested you apply for the Senior Analyst role when it opens in "
            "September."
        ),
        "Ingrid Solberg",
        (),
    ),
]


# Whole relays in other shapes (greetings, bullet lists, quotes, several codes at once), run once before any
# change: leaky 17/19 caught, clean 1/13 false alarms ("- Presentation ran long" read as a name; missed
# "they went with Rachel" and "grown up with social media"). Fixed by general rules since.
FOURTH_BATCH: list[Relay] = [
    R(
        (
            "Hi Jordan,\n\nI finally heard back. Quick summary:\n- Strong technical interview\n- Presentation ran "
            "long\n- They wanted more examples of cross-team work\n\nHappy to talk it through."
        ),
        "Jordan Blake",
        (),
    ),
    R(
        (
            'Hey! So the feedback: "great problem solver, a little quiet in the group exercise." Honestly that\'s '
            "fixable. Practise thinking out loud."
        ),
        "Mina Sato",
        (),
    ),
    R(
        (
            "They were really positive. The only real gap was AWS certifications; they use AWS heavily and want "
            "someone who's certified within six months."
        ),
        "Carlos Ruiz",
        (),
    ),
    R(
        (
            "Per the hiring manager: 'Solid fundamentals, needs more production experience.' They'd like you to "
            "reapply in 12 months."
        ),
        "Ngozi Eze",
        (),
    ),
    R(
        (
            "I'm sorry it wasn't a yes. They thought your design sense was great but your Figma prototypes lacked"
            " interaction detail. Try building one complex flow end to end."
        ),
        "Luca Bianchi",
        (),
    ),
    R(
        (
            "The panel (product, design and engineering) agreed that you were strong on discovery and weaker on "
            "delivery. Bring examples of shipping under tight deadlines."
        ),
        "Anika Roy",
        (),
    ),
    R(
        (
            "Thank you for your patience over the holidays. They said you'd be great in a less senior role, and "
            "they may have one in Q2."
        ),
        "Bilal Hussain",
        (),
    ),
    R(
        (
            "They noted you were 10 minutes late to the second interview because of the train. They understood, "
            "but it set a nervous tone. Build in buffer time."
        ),
        "Emma Wilson",
        (),
    ),
    R(
        (
            "Feedback from the final round at Adyen: your payments knowledge was excellent; your answers about "
            "leading through ambiguity were less convincing."
        ),
        "Sven Larsen",
        (),
    ),
    R(
        (
            "The hiring manager liked that you asked about their on-call setup and team rituals. They felt your "
            "experience with Terraform was thinner than your CV suggested."
        ),
        "Olga Ivanova",
        (),
    ),
    R(
        ("Hi Sam, they went with Rachel, who interviewed the day after you. Her portfolio was more aligned with B2B."),
        "Sam Carter",
        ("person_name", "other_candidate"),
    ),
    R(
        ("So, Greg (the VP) told me they picked an internal person in the end. He said you were their second choice."),
        "Hana Kim",
        ("person_name", "other_candidate"),
    ),
    R(
        (
            "They were looking at a range of £70-75k and I think your expectations put them off a bit. Feedback "
            "on the interviews themselves was good."
        ),
        "Jake Morris",
        ("salary",),
    ),
    R(
        (
            "Quick note: the offer they made to the successful candidate was around 130,000 USD, so we were never"
            " going to land at your number."
        ),
        "Yan Li",
        ("salary", "other_candidate"),
    ),
    R(
        (
            "The hiring manager, a lovely guy called Matteo, said you came across as a bit old for the team vibe."
            " I've pushed back hard on that."
        ),
        "Brenda Cole",
        ("person_name", "protected_characteristic"),
    ),
    R(
        (
            "They asked me if you have children, which they shouldn't have. The interview notes say you were "
            "strong on SQL."
        ),
        "Shreya Das",
        ("protected_characteristic",),
    ),
    R(
        (
            "Between us: they thought your hijab might be an issue with some clients. That's illegal, and I'm "
            "taking it up with them."
        ),
        "Amal Yusuf",
        ("protected_characteristic",),
    ),
    R(
        ("For the record, the client's contact is Pieter de Vries (pieter.devries@bluewave.nl, +31 20 555 0147)."),
        "Tom Baker",
        ("person_name", "email", "phone"),
    ),
    R(
        (
            "Their feedback: 'We'd like someone who has grown up with social media.' Your campaigns were really "
            "strong, though."
        ),
        "Linda Harris",
        ("protected_characteristic",),
    ),
    R(
        ("They're concerned about your gap year for health reasons and whether you're fully recovered."),
        "Paul Fischer",
        ("protected_characteristic",),
    ),
    R(
        (
            "The hiring panel preferred a candidate who could start straight away, as the other finalist was "
            "already serving notice."
        ),
        "Aditya Menon",
        ("other_candidate",),
    ),
    R(
        (
            "The role went to someone with deeper Salesforce experience. The feedback on you was that your "
            "discovery calls were excellent."
        ),
        "Jess Turner",
        ("other_candidate",),
    ),
    R(
        (
            "Funnily enough, the person they chose is also called Alex. Anyway: they loved your SQL, less so your"
            " stakeholder stories."
        ),
        "Alex Morgan",
        ("other_candidate",),
    ),
    R(
        ("They felt you'd struggle to keep up with a team in their twenties."),
        "Martin Hall",
        ("protected_characteristic",),
    ),
    R(
        (
            "Dmitri felt the system design answer skipped capacity planning. Oksana added that your communication"
            " was really clear."
        ),
        "Jane Doe",
        ("person_name",),
    ),
    R(
        ("They offered 58k to someone else and were hoping you'd accept less."),
        "Ruby Stone",
        ("salary", "other_candidate"),
    ),
    R(
        ("I shouldn't say this, but she mentioned you seemed 'very Catholic' after the chat about weekends."),
        "Maria Lopez",
        ("protected_characteristic",),
    ),
    R(
        (
            "The feedback mentioned that, being deaf, you might find the open-plan office hard. I've told them "
            "about reasonable adjustments."
        ),
        "Chris Young",
        ("protected_characteristic",),
    ),
    R(
        ("They'll keep your CV on file. Call Natasha on 020 3123 4567 if you want a debrief."),
        "Ellie Ward",
        ("person_name", "phone"),
    ),
    R(
        (
            "Overall they rated you 3.5 out of 5, just under their bar of 4. The main gap was depth in "
            "statistics; a course on experimental design would help."
        ),
        "Omar Nasser",
        (),
    ),
    R(
        (
            "They appreciated you sharing your portfolio in advance. They'd like to see a case study with more "
            "research, and clearer metrics of success."
        ),
        "Fatou Diop",
        (),
    ),
    R(
        (
            "They said your interview was one of the best this year, but the headcount was frozen on Friday. "
            "Nothing to do with you."
        ),
        "Leon Wagner",
        (),
    ),
]


# A fifth batch, run once before any change: leaky 15/20 caught, clean 0/10 false alarms (missed
# "someone British", "ended up hiring the contractor who…", "other people they saw", "third on their
# list", "only go to 85 base"). Fixed by general rules since.
FIFTH_BATCH: list[Relay] = [
    R(
        (
            "I had a good chat with the client. They felt the technical deep-dive showed real expertise in data "
            "pipelines, but the business case exercise lacked a clear recommendation. My suggestion: practise a "
            "one-page memo format."
        ),
        "Kavya Reddy",
        (),
    ),
    R(
        (
            "They've asked me to say thank you for your time. The consensus was that you're a strong individual "
            "contributor but not yet ready to lead a team of eight. Let's look for senior IC roles."
        ),
        "George Papadopoulos",
        (),
    ),
    R(
        (
            "Straight from the debrief notes: 'confident, articulate, a little light on metrics'. That matches "
            "what I heard on the phone."
        ),
        "Ayodele Bankole",
        (),
    ),
    R(
        (
            "The hiring team liked your calm, structured approach and your clear slides. They'd have liked more "
            "depth on pricing strategy. It was close, and they've asked to stay in touch."
        ),
        "Laura Schneider",
        (),
    ),
    R(
        (
            "Your referee call went well and your interviews were solid. The decision came down to industry "
            "experience in insurance, which the role needs from day one."
        ),
        "Ibrahim Diallo",
        (),
    ),
    R(
        (
            "They really valued your perspective as someone who's worked across three continents. Their one ask: "
            "sharper examples of delivering under budget constraints."
        ),
        "Chen Jia",
        (),
    ),
    R(
        (
            "It wasn't a no to you as a person. They need someone who can hit the ground running with Snowflake "
            "and dbt, and your experience is mainly with Redshift."
        ),
        "Rafael Ortiz",
        (),
    ),
    R(
        (
            "Good effort on the case. Your numbers were right but the storyline was hard to follow. Try the "
            "pyramid principle: answer first, then the supporting points."
        ),
        "Noah Williams",
        (),
    ),
    R(
        (
            "The interviewers mentioned you were very personable and asked thoughtful questions about the team's "
            "roadmap. For next time, quantify the impact of your migration project."
        ),
        "Elena Rossi",
        (),
    ),
    R(
        (
            "They liked your attitude. They did say your portfolio felt dated (lots of 2018 projects). Refresh it"
            " with two recent case studies."
        ),
        "Tomasz Zielinski",
        (),
    ),
    R(
        (
            "Katarzyna, their head of engineering, said you were the most prepared person she's met this quarter "
            "but a bit rigid in the design discussion."
        ),
        "Owen Price",
        ("person_name",),
    ),
    R(
        ("FYI the team lead is Rohan Desai if you want to connect on LinkedIn; he said he'd welcome it."),
        "Beth Allen",
        ("person_name",),
    ),
    R(
        (
            "They thought you'd suit a company with an older workforce, whatever that means. Your technical "
            "answers were fine."
        ),
        "Sasha Ivanova",
        ("protected_characteristic",),
    ),
    R(
        ("There was some chatter about whether you'd want to move your kids to a new school for the relocation."),
        "Helen Ng",
        ("protected_characteristic",),
    ),
    R(
        (
            "They mentioned you'd need sponsorship and they thought someone British would 'get the clients' "
            "better. That's not acceptable."
        ),
        "Arjun Patel",
        ("protected_characteristic",),
    ),
    R(
        ("They're looking for someone with a bit more youthful energy to match the team."),
        "Roger Hill",
        ("protected_characteristic",),
    ),
    R(
        (
            "The panel asked whether your disability would affect your ability to travel. I've flagged it to "
            "their HR team."
        ),
        "Nina Berg",
        ("protected_characteristic",),
    ),
    R(
        ("They ended up hiring the contractor who'd been covering the role for six months."),
        "Victor Adeyemi",
        ("other_candidate",),
    ),
    R(
        ("The chosen applicant had led a similar rollout at a competitor, which swung it."),
        "Sophie Turner",
        ("other_candidate",),
    ),
    R(
        ("They liked you, but one of the other people they saw has already worked with their stack for years."),
        "Ali Reza",
        ("other_candidate",),
    ),
    R(
        ("Out of the four they interviewed, you were third on their list."),
        "Paula Mendes",
        ("other_candidate",),
    ),
    R(
        ("They would only go to 85 base, I'm afraid, and your current package is higher."),
        "Stuart Bell",
        ("salary",),
    ),
    R(
        ("They were offering £42,500 plus benefits, which was below where you wanted to be."),
        "Chloe Evans",
        ("salary",),
    ),
    R(
        ("The budget for the role is capped at €95,000, so there was no room to negotiate."),
        "Hugo Lambert",
        ("salary",),
    ),
    R(
        (
            "If you'd like the written feedback, ping the coordinator at recruiting@lumen.io or call +44 (0)20 "
            "7123 4567."
        ),
        "Mark Chen",
        ("email", "phone"),
    ),
    R(
        ("Andrea, the interviewer from the analytics team, would be happy to take a call: 020 8123 4567."),
        "Leo Grant",
        ("person_name", "phone"),
    ),
    R(
        ("They went with an applicant who was a better culture fit, meaning, as far as I can tell, a younger guy."),
        "Patricia Gomez",
        ("other_candidate", "protected_characteristic"),
    ),
    R(
        ("Sanjay's view was that you undersold yourself. The successful candidate simply told a more confident story."),
        "Emily Zhang",
        ("person_name", "other_candidate"),
    ),
    R(
        ("Pay was the sticking point: they had 60k and you asked for 70k. Jasmine in HR confirmed they can't move."),
        "Luke Adams",
        ("salary", "person_name"),
    ),
    R(
        ("Between us, the manager said you seemed too old-school and set in your ways, which I'd read as ageist."),
        "Dennis Ward",
        ("protected_characteristic",),
    ),
]


# A sixth batch, run once before any change: leaky 14/22 caught, clean 0/8 false alarms (missed
# "the other woman they interviewed", "next to the grads", "set in your ways", "asking 120 to 130
# … a budget thing", "had someone … lined up", "pipped by", "gave it to one of the interns",
# "turbans"). Fixed by general rules since.
SIXTH_BATCH: list[Relay] = [
    R(
        (
            "They didn't feel you were quite senior enough for the principal title. Spend the next year owning "
            "architecture decisions and writing them up."
        ),
        "Ewan Ross",
        (),
    ),
    R(
        (
            "The product exercise was strong. They were less convinced by your answer on pricing; read up on "
            "value-based pricing before your next interview."
        ),
        "Riya Kapoor",
        (),
    ),
    R(
        (
            "Thanks for hanging in there. They said the technical screen was great but the onsite felt scripted. "
            "Be yourself a bit more."
        ),
        "Jack Reilly",
        (),
    ),
    R(
        (
            "The feedback was short: 'good but not great on stakeholder management'. I'll help you build two "
            "stories around that."
        ),
        "Laila Karimi",
        (),
    ),
    R(
        (
            "The role was re-scoped after your final interview, and they've paused hiring until April. They'd "
            "like to talk again then."
        ),
        "Ben Harper",
        (),
    ),
    R(
        (
            "Your background in NGOs impressed them, and your grant-writing samples were excellent. The gap is "
            "commercial sales experience."
        ),
        "Adaeze Okonkwo",
        (),
    ),
    R(
        (
            "You scored 78% on the technical test; the pass mark was 80%. Very close. Retake in three months if "
            "you like."
        ),
        "Joel Martins",
        (),
    ),
    R(
        (
            "They noticed you referenced the company's values several times, which was great. Next time, tie them"
            " to concrete examples."
        ),
        "Seo-yeon Park",
        (),
    ),
    R(
        ("They went with a more experienced hire, someone who'd already run a P&L of that size."),
        "Nathan Brooks",
        ("other_candidate",),
    ),
    R(
        ("Apparently the other woman they interviewed had worked at Spotify."),
        "Zoe Clark",
        ("other_candidate", "protected_characteristic"),
    ),
    R(
        ("Greta said your pitch was the best she'd heard all week, but Horst wasn't sold on your B2B experience."),
        "Miguel Santos",
        ("person_name",),
    ),
    R(
        ("They said you'd look a bit out of place next to the grads on the team."),
        "Frances Lowe",
        ("protected_characteristic",),
    ),
    R(
        ("They asked about childcare arrangements during the panel, which I've since raised as inappropriate."),
        "Kim Tran",
        ("protected_characteristic",),
    ),
    R(
        ("They were put off when you said you needed Fridays for prayers."),
        "Abdullah Rahman",
        ("protected_characteristic",),
    ),
    R(
        ("They worried that someone of your generation wouldn't take direction from a 28-year-old manager."),
        "Philip Grant",
        ("protected_characteristic",),
    ),
    R(
        ("They thought you were probably a bit too set in your ways for a startup."),
        "Gordon Lee",
        ("protected_characteristic",),
    ),
    R(
        ("The client said they didn't want to hire someone who is 'visibly pregnant' before a launch."),
        "Harriet Moss",
        ("protected_characteristic",),
    ),
    R(
        ("They're asking 120 to 130 for the role and you were at 140, so it's a budget thing."),
        "Kieran Shaw",
        ("salary",),
    ),
    R(
        ("The offer would have been 7 lakh per annum, below your current CTC."),
        "Vivek Jain",
        ("salary",),
    ),
    R(
        ("Hourly they were thinking $55-60, which is under your usual rate."),
        "Dana White",
        ("salary",),
    ),
    R(
        ("They had someone with ten years in SaaS lined up already."),
        "Eric Lin",
        ("other_candidate",),
    ),
    R(
        ("You were pipped by an applicant who'd done the exact same role at a competitor."),
        "Maya Singh",
        ("other_candidate",),
    ),
    R(
        ("They gave it to one of the interns they'd been training."),
        "Jon Bauer",
        ("other_candidate",),
    ),
    R(
        ("Mrs. Gonzalez-Pérez from compliance sat in and wanted more detail on audit trails."),
        "Tim Cole",
        ("person_name",),
    ),
    R(
        ("For anything else, Lucía can be reached on lucia.mendez@harbourbank.es."),
        "Peter Moore",
        ("person_name", "email"),
    ),
    R(
        (
            "Their head of people wondered if you'd be happier somewhere with more people like you, which I think"
            " was about your ethnicity."
        ),
        "Kwesi Boateng",
        ("protected_characteristic",),
    ),
    R(
        ("The hiring manager made a comment that the role 'needs a man's touch with the warehouse team'."),
        "Sandra Lopez",
        ("protected_characteristic",),
    ),
    R(
        (
            "They have a strict 'no beards or turbans' look for client-facing roles, which is not legal, and I've"
            " told them so."
        ),
        "Harjit Singh",
        ("protected_characteristic",),
    ),
    R(
        ("The top of their range is 68k, and they've already offered that to another finalist."),
        "Ruth Green",
        ("salary", "other_candidate"),
    ),
    R(
        ("Contact their office on 01632 960 123 and ask for Delphine."),
        "Greg Hall",
        ("phone", "person_name"),
    ),
]


# A seventh batch, run once before any change: leaky 14/18 caught, clean 0/8 false alarms (missed
# "their max is 100 and you're at 115", "decided on the applicant from Deloitte", "mumsy", "went with
# his former colleague"). Fixed by general rules since.
SEVENTH_BATCH: list[Relay] = [
    R(
        (
            "Feedback came via their talent partner. Overall positive: clear thinking, good questions. "
            "Development area: be more concise in the behavioural round."
        ),
        "Hamid Karimi",
        (),
    ),
    R(
        (
            "They asked me to pass on that your take-home was one of the cleanest they've reviewed. The system "
            "design round let you down: think more about failure and scale."
        ),
        "Julia Braun",
        (),
    ),
    R(
        (
            "They were impressed that you'd taught yourself Go in three months. To get to senior, they want to "
            "see more mentoring and code review leadership."
        ),
        "Tunde Bakare",
        (),
    ),
    R(
        (
            "The decision was about timing: they need someone to start in two weeks and your notice period is "
            "three months."
        ),
        "Charlotte Webb",
        (),
    ),
    R(
        (
            "They want the next hire to have run on-call for a large consumer product; your experience is mostly "
            "B2B internal tools."
        ),
        "Yuto Nakamura",
        (),
    ),
    R(
        (
            "Please don't be discouraged. The interviewers disagreed among themselves, and the tie went to 'no "
            "hire' by policy."
        ),
        "Olamide Bello",
        (),
    ),
    R(
        (
            "Your written exercise was excellent, they said, especially the risks section. They felt your live "
            "presentation lacked energy in the Q&A."
        ),
        "Ida Nilsson",
        (),
    ),
    R(
        ("They found your examples from your time at the NHS compelling but wanted more private sector exposure."),
        "Rebecca Hill",
        (),
    ),
    R(
        ("Their CTO, Pradeep Varma, was the one with reservations. He wanted deeper Kubernetes knowledge."),
        "Lucy Gray",
        ("person_name",),
    ),
    R(
        ("Both Elif and Murat on the panel liked your analytics background."),
        "Jonas Keller",
        ("person_name",),
    ),
    R(
        ("Please don't reach out to Svetlana directly; she asked me to relay everything."),
        "Kojo Mensah",
        ("person_name",),
    ),
    R(
        ("Their best offer would have been 52,000 EUR gross."),
        "Anna Weber",
        ("salary",),
    ),
    R(
        ("The role pays between £45k and £50k depending on experience."),
        "Matt Jones",
        ("salary",),
    ),
    R(
        ("Compensation was never going to work: their max is 100 and you're at 115 now."),
        "Helena Costa",
        ("salary",),
    ),
    R(
        ("They'd pay a 15% bonus on top of base, but the base itself was too low for you."),
        "Rory Byrne",
        ("salary",),
    ),
    R(
        ("The phone number for their HR is 0800 555 0199, if you want to request the notes."),
        "Sara Haddad",
        ("phone",),
    ),
    R(
        ("Their recruiter's email is r.okoro@tallpine-talent.com and she's happy to talk."),
        "Eli Cohen",
        ("email",),
    ),
    R(
        ("They decided on the applicant from Deloitte who had done two similar transformations."),
        "Ricardo Alves",
        ("other_candidate",),
    ),
    R(
        ("The two other finalists both had product-led growth experience, which you don't yet."),
        "Mia Kovacs",
        ("other_candidate",),
    ),
    R(
        ("They felt the team, which is all men in their twenties, wouldn't gel with you."),
        "Janet Fox",
        ("protected_characteristic",),
    ),
    R(
        ("One interviewer remarked on your 'strong accent' and whether customers would struggle."),
        "Mehmet Kaya",
        ("protected_characteristic",),
    ),
    R(
        ("They asked about your plans for a family and whether you'd want flexible hours. That's not on."),
        "Sophie Dubois",
        ("protected_characteristic",),
    ),
    R(
        ("The manager noted you use a hearing aid and wondered about meetings."),
        "Peter Wong",
        ("protected_characteristic",),
    ),
    R(
        ("They thought you were 'a bit mumsy' for the brand."),
        "Karen Price",
        ("protected_characteristic",),
    ),
    R(
        ("They said they prefer candidates who don't need time off for Jewish holidays during launch season."),
        "Daniel Levi",
        ("protected_characteristic",),
    ),
    R(
        ("They loved you, but Ahmed, who ran the panel, went with his former colleague."),
        "Nora Quinn",
        ("person_name", "other_candidate"),
    ),
]


# Clean relays full of risky words (career break, older legacy systems, graduate scheme, mature,
# daughter, family business). First run: 1/25 false alarms ("your daughter's football team", left
# as it is: the family rule is worth more than this one relay).
EIGHTH_BATCH_CLEAN: list[Relay] = [
    R(
        (
            "They were impressed by how you handled the question about your career break; you framed it "
            "confidently. The gap they saw was recent hands-on coding."
        ),
        "Lisa Park",
        (),
    ),
    R(
        (
            "The panel liked that you'd mentored three junior engineers. They want to see you lead a project with"
            " external stakeholders next."
        ),
        "Raj Malhotra",
        (),
    ),
    R(
        ("They said you'd be a strong candidate for their graduate scheme next year, if you're open to it."),
        "Chen Yu",
        (),
    ),
    R(
        ("You were the only person in this round who asked about their testing culture, which they loved."),
        "Moses Ochieng",
        (),
    ),
    R(
        ("They'd like more evidence of working with older legacy systems, mainly COBOL and mainframe."),
        "Diane Ross",
        (),
    ),
    R(
        ("The feedback on your CV: trim the early career section and lead with your last two roles."),
        "Kemal Aydin",
        (),
    ),
    R(
        ("Your energy was great. They said you clearly care about accessibility and inclusive design."),
        "Noor Hassan",
        (),
    ),
    R(
        ("They asked whether you'd be comfortable with on-call one week in six, and your answer was fine."),
        "Ewa Kowal",
        (),
    ),
    R(
        (
            "The interviewers felt you'd benefit from more exposure to enterprise sales cycles, which can run "
            "9-12 months."
        ),
        "Lamar Jenkins",
        (),
    ),
    R(
        ("They liked that you know the healthcare domain, especially your work on patient scheduling."),
        "Suda Wong",
        (),
    ),
    R(
        (
            "You mentioned your fluent Spanish, which is a plus for their Madrid office, but the role needs "
            "Portuguese too."
        ),
        "Pedro Sousa",
        (),
    ),
    R(
        ("They said it was a tough call and that you should apply again when the senior role opens in May."),
        "Grace Liu",
        (),
    ),
    R(
        ("They were curious about your move from teaching into tech and felt your story was compelling."),
        "Adam Novak",
        (),
    ),
    R(
        ("Their main note was about depth: you covered many topics but none in detail. Pick two and go deep."),
        "Farida Bello",
        (),
    ),
    R(
        ("They asked me to thank you for travelling to London for the final round."),
        "Callum Reid",
        (),
    ),
    R(
        ("They noted your degree is in physics, not computer science, but that didn't matter to them."),
        "Kiran Rao",
        (),
    ),
    R(
        ("You came across as mature and composed under pressure, which they valued."),
        "Tomás Silva",
        (),
    ),
    R(
        ("They'd have liked clearer numbers on the marketing campaign you ran for a children's charity."),
        "Hannah Scott",
        (),
    ),
    R(
        ("They said your family business experience showed real ownership."),
        "Arjun Nair",
        (),
    ),
    R(
        ("Their team is spread across Berlin, Lagos and Manila, and they liked your remote collaboration examples."),
        "Sofie Jensen",
        (),
    ),
    R(
        ("The recruiter there, not the hiring manager, gave me this feedback, so it's second-hand."),
        "Zain Malik",
        (),
    ),
    R(
        ("They felt your salary expectations were reasonable; the decision was purely about experience."),
        "Laura Chen",
        (),
    ),
    R(
        ("The final decision was made by the hiring committee, not a single person."),
        "Dylan Evans",
        (),
    ),
    R(
        ("The interview took place on Zoom and the connection dropped twice, which they didn't hold against you."),
        "Sana Iqbal",
        (),
    ),
    R(
        ("They loved your answer about coaching your daughter's football team as an example of leadership."),
        "Mark Davies",
        (),
    ),
]


# A ninth batch, the hardest wording yet, run once before any change: leaky 14/26 caught, clean 0/4
# false alarms (missed "the person they've hired", "their new engineer, who joined", "whoever they
# hired", "final comparison", "ranked the shortlist", "someone under 30", "too grey", "US citizen",
# "native-level", "the oldest person", "more children", "your surname"). Fixed by general rules since.
NINTH_BATCH: list[Relay] = [
    R(
        ("They told me the person they've hired is starting in March, so the role is closed."),
        "Ola Nordmann",
        ("other_candidate",),
    ),
    R(
        ("Their new engineer, who joined last week, had already built a similar tool."),
        "Kate Moss",
        ("other_candidate",),
    ),
    R(
        ("They said whoever they hired needed to be onsite five days a week, and the hire they made lives nearby."),
        "Dev Patel",
        ("other_candidate",),
    ),
    R(
        ("One of the applicants had been referred by their CEO, which I suspect tipped it."),
        "Sara Blom",
        ("other_candidate",),
    ),
    R(
        ("In the final comparison you lost on SQL depth."),
        "Hugo Diaz",
        ("other_candidate",),
    ),
    R(
        ("They ranked the shortlist and you came out just below the cut."),
        "Ines Ferreira",
        ("other_candidate",),
    ),
    R(
        ("Another finalist edged it on stakeholder management."),
        "Sipho Dlamini",
        ("other_candidate",),
    ),
    R(
        ("They wanted a 'digital-first' person, basically someone under 30."),
        "Paul Murray",
        ("protected_characteristic",),
    ),
    R(
        ("She said you looked 'too corporate and too grey' for the culture."),
        "Anne Dupont",
        ("protected_characteristic",),
    ),
    R(
        ("They commented that you might not be able to handle the long hours with a newborn at home."),
        "Leah Adams",
        ("protected_characteristic",),
    ),
    R(
        ("They asked whether you're a US citizen, which isn't relevant for this role."),
        "Ravi Menon",
        ("protected_characteristic",),
    ),
    R(
        ("They said your English 'isn't native-level', even though your interview was fluent."),
        "Ana Popescu",
        ("protected_characteristic",),
    ),
    R(
        ("The feedback hinted you'd be the oldest person on the team by twenty years."),
        "Colin Reed",
        ("protected_characteristic",),
    ),
    R(
        ("They wanted to know if you're planning to have more children."),
        "Maria Rossi",
        ("protected_characteristic",),
    ),
    R(
        ("The panel was worried that your depression might come back under pressure."),
        "Jack Wilson",
        ("protected_characteristic",),
    ),
    R(
        ("Someone on the panel joked about your surname."),
        "Aleksandr Kuznetsov",
        ("protected_characteristic",),
    ),
    R(
        ("They'd pay 500 per day at most, and you quoted 650."),
        "Fiona Kerr",
        ("salary",),
    ),
    R(
        ("They mentioned the salary is fixed at grade 7, which is £48,200."),
        "Amir Khan",
        ("salary",),
    ),
    R(
        ("Your ask of ninety thousand was more than they'd budgeted."),
        "Beth Young",
        ("salary",),
    ),
    R(
        ("The package is 1.5x your current salary, apparently, but it's gone now."),
        "Noah Klein",
        (),
    ),
    R(
        ("Mr Fernández-Ortega liked your case but needed more banking depth."),
        "Lily Ward",
        ("person_name",),
    ),
    R(
        ("Dr. Ng was the toughest interviewer; she wanted more rigour in your statistics."),
        "Adam Fox",
        ("person_name",),
    ),
    R(
        ("Send any follow-up to Kerry-Ann in talent."),
        "Luis Garcia",
        ("person_name",),
    ),
    R(
        ("I spoke to Obi on Friday and he had nothing but praise."),
        "Rachel Kim",
        ("person_name",),
    ),
    R(
        ("They said the panel, including Yusuf and Priti, were split."),
        "Tom Allen",
        ("person_name",),
    ),
    R(
        ("Their coordinator's mobile is 07405 123 456."),
        "Jane Park",
        ("phone",),
    ),
    R(
        ("You can email feedback.requests@hirewell.co if you'd like written notes."),
        "Oscar Lind",
        ("email",),
    ),
    R(
        ("The team really enjoyed your demo. They want to see more testing and monitoring in your next project."),
        "Pat Kelly",
        (),
    ),
    R(
        ("You're welcome to reapply in six months. They said the bar for the senior role is high and you're close."),
        "Joy Mensah",
        (),
    ),
    R(
        (
            "Honest feedback from them: your storytelling is excellent, your technical depth is good, your "
            "estimates are optimistic."
        ),
        "Raphael Cohen",
        (),
    ),
]


# A tenth batch of ordinary, realistic relays (3-5 sentences, several codes at once), run once before
# any change: leaky 14/14 caught, clean 0/10 false alarms.
TENTH_BATCH: list[Relay] = [
    R(
        (
            "Hi Tomás, I've got feedback from Northwind. The panel enjoyed your product demo and felt you "
            "understood their users. They thought your answers on prioritisation were a little abstract, so bring"
            " a real backlog example next time. They'd be glad to hear from you again."
        ),
        "Tomás Ruiz",
        (),
    ),
    R(
        (
            "Thanks for waiting. The hiring manager shared that you were very strong in the coding round and the "
            "pairing exercise. The system design session is where it fell short: you didn't get to data "
            "modelling. A good next step is to practise two or three classic designs end to end."
        ),
        "Aisha Noor",
        (),
    ),
    R(
        (
            "I spoke with the client this morning. They were positive about your experience with customer "
            "onboarding and your calm manner. The deciding factor was that they need someone who has managed a "
            "team before. I'll keep an eye out for team lead roles for you."
        ),
        "Brian O'Connor",
        (),
    ),
    R(
        (
            "Short update: they've decided not to proceed. The feedback is that your portfolio is strong visually"
            " but light on research. Adding a case study with user interviews and testing would make a big "
            "difference."
        ),
        "Mei Tan",
        (),
    ),
    R(
        (
            "Feedback from the interview: you communicated clearly and your examples were relevant. They'd like "
            "more evidence of influencing senior leaders. Overall a good interview; it was a close call."
        ),
        "Dominik Wagner",
        (),
    ),
    R(
        (
            "Good news and bad news. Bad: it's a no for this role. Good: they want to consider you for a mid-"
            "level opening next quarter, and the feedback on your SQL and Python was excellent."
        ),
        "Rosa Jimenez",
        (),
    ),
    R(
        (
            "They appreciated your preparation and the questions you asked about their roadmap. The area to work "
            "on is concise answers: a few went over five minutes. Practising with a timer will help."
        ),
        "Ibrahim Sesay",
        (),
    ),
    R(
        (
            "The client liked your consulting background and structured thinking. They were less sure about your "
            "hands-on analytics skills, especially with dbt and Looker. A small public project using both would "
            "strengthen your profile."
        ),
        "Emma Lindgren",
        (),
    ),
    R(
        (
            "They said you were personable and clearly passionate about climate tech. The gap was experience with"
            " hardware supply chains, which is central to the role."
        ),
        "Kai Tanaka",
        (),
    ),
    R(
        (
            "Their summary: 'strong fundamentals, good culture add, needs more depth in distributed systems'. I'd"
            " focus on that over the next few months."
        ),
        "Nadia Sultani",
        (),
    ),
    R(
        (
            "Hi Mohammed, I heard back from Lena, the hiring manager. She said your technical round was excellent"
            " but she'd prefer someone who can relocate to Munich. She also mentioned they're offering 85k, below"
            " what you asked."
        ),
        "Mohammed Aziz",
        ("person_name", "salary"),
    ),
    R(
        (
            "They've gone with another candidate who has more experience in regulated industries. For what it's "
            "worth, they said you were a close second and your communication was the best of everyone they saw."
        ),
        "Helen Carter",
        ("other_candidate",),
    ),
    R(
        (
            "The feedback I got was a bit odd. The manager said you seemed 'very young for a lead role' and asked"
            " whether you had kids, since the role involves travel. I've raised this with their HR team, and I'm "
            "sorry you had to hear it."
        ),
        "Jade Wilson",
        ("protected_characteristic",),
    ),
    R(
        (
            "I'm passing on what they told me, minus a few things. They felt your stakeholder examples were "
            "strong, but Arun from the platform team wasn't convinced about your Terraform skills. If you'd like "
            "to follow up, his number is 07700 900 456."
        ),
        "Leah Morris",
        ("person_name", "phone"),
    ),
    R(
        (
            "They liked you a lot. It came down to budget in the end: their ceiling is £70,000 and your "
            "expectation was £78,000. They also said the other finalist was willing to take less."
        ),
        "George Hall",
        ("salary", "other_candidate"),
    ),
    R(
        (
            "Honestly, the feedback was about fit. They said the team is 'a young, single crowd who socialise a "
            "lot' and they weren't sure you'd enjoy that as a parent. That's not a fair reason, and I've told "
            "them so."
        ),
        "Carmen Diaz",
        ("protected_characteristic",),
    ),
    R(
        (
            "Quick recap of the call with Jürgen Bauer (j.bauer@solvent-tech.de): he liked your data modelling, "
            "disliked your estimation approach, and wants to see more automated testing."
        ),
        "Paula Richter",
        ("person_name", "email"),
    ),
    R(
        (
            "They hired someone who had worked with the CTO before, so it was hard to compete. Your interview "
            "scores were strong across the board."
        ),
        "Samuel Kim",
        ("other_candidate",),
    ),
    R(
        (
            "They were concerned about your accent on client calls and whether clients in the US would understand"
            " you. I disagree strongly and won't be sending more candidates there."
        ),
        "Nikhil Verma",
        ("protected_characteristic",),
    ),
    R(
        (
            "The salary they had in mind was 95-100k, with a 10% bonus. Otherwise the feedback was positive: "
            "clear, organised, good with numbers."
        ),
        "Holly James",
        ("salary",),
    ),
    R(
        (
            "Priyanka Shah and Tom Reeves ran the final. Both felt you were strong but that the successful "
            "applicant had deeper ecommerce experience."
        ),
        "Amy Clarke",
        ("person_name", "other_candidate"),
    ),
    R(
        (
            "They felt you might struggle to keep up with the pace given your health condition that you "
            "mentioned. I've told them that's not an appropriate consideration."
        ),
        "Ryan Murphy",
        ("protected_characteristic",),
    ),
    R(
        (
            "You can call their office on +1 (415) 555 0187 and ask for the talent team if you want a copy of the"
            " scorecard."
        ),
        "Lucy Bennett",
        ("phone",),
    ),
    R(
        (
            "They loved the energy you brought. The feedback compared you favourably to the other applicants on "
            "presentation, but less so on technical depth."
        ),
        "Owen Davies",
        ("other_candidate",),
    ),
]


# An eleventh batch (greetings in several languages, currencies, many cultures), run once before any
# change: leaky 9/12 caught, clean 0/10 false alarms (missed "1,20,000 INR", "another person from the
# same bootcamp", "speaks Mandarin natively"). Fixed by general rules since.
ELEVENTH_BATCH: list[Relay] = [
    R(
        (
            "Dear Chidinma, thank you for your patience. The feedback from the client is encouraging: they found "
            "your analysis rigorous and your presentation clear. They'd like to see more experience managing "
            "vendors. Let's talk about roles where you can build that."
        ),
        "Chidinma Okeke",
        (),
    ),
    R(
        (
            "Hello Rahul, a quick note after my call with the hiring team. They rated your technical skills "
            "highly but felt your answers about team conflict were vague. Prepare one or two detailed stories."
        ),
        "Rahul Mehta",
        (),
    ),
    R(
        (
            "Hej Astrid! The feedback is in. They enjoyed your workshop and your UX research, but wanted more "
            "quantitative skills. A short statistics course would help."
        ),
        "Astrid Lund",
        (),
    ),
    R(
        (
            "I passed your thanks on. Their main feedback: excellent on product vision, thinner on execution "
            "details like sprint planning and release management."
        ),
        "Carlos Vega",
        (),
    ),
    R(
        (
            "The panel thought you were thoughtful and kind in the way you talked about past teammates. They'd "
            "like stronger examples of driving results under pressure."
        ),
        "Yuki Mori",
        (),
    ),
    R(
        (
            "Overall, they felt you were a good match for the team but not yet for the level. A mid-level role "
            "there could open in autumn."
        ),
        "Fatima Zahir",
        (),
    ),
    R(
        (
            "They appreciated you flagging your notice period early. The decision was about depth in cloud cost "
            "optimisation; consider the FinOps certification."
        ),
        "Greg Walsh",
        (),
    ),
    R(
        (
            "Hi, so they've passed, I'm afraid. Their reasoning: too much focus on tools, not enough on outcomes."
            " Rework your CV bullet points around results."
        ),
        "Nina Popova",
        (),
    ),
    R(
        (
            "Your session with the design team went really well. They noted your portfolio is heavily visual; "
            "more process and research would round it out."
        ),
        "Arturo Blanco",
        (),
    ),
    R(
        (
            "The technical lead felt you handled the live coding well, though you missed an edge case with empty "
            "input. Overall a positive interview."
        ),
        "Sun-hee Lim",
        (),
    ),
    R(
        (
            "Hi Kenji, I've heard from Marisol Reyes, the VP of Sales. She liked your pipeline management but "
            "wants more enterprise deals in your history."
        ),
        "Kenji Ito",
        ("person_name",),
    ),
    R(
        ("The team decided on someone who already holds a CISSP. You were right behind them."),
        "Ellen Stone",
        ("other_candidate",),
    ),
    R(
        ("They offered 1,20,000 INR per month to the person they selected."),
        "Varun Iyer",
        ("salary", "other_candidate"),
    ),
    R(
        ("Honestly, they said you'd be too expensive at your age and level. I don't agree with how they put it."),
        "Raymond Cole",
        ("protected_characteristic",),
    ),
    R(
        ("If you want to follow up, email Bongani directly at bongani.zulu@kopano.co.za."),
        "Lerato Mokoena",
        ("person_name", "email"),
    ),
    R(
        ("They noted you'd mentioned your wife's job in Leeds and assumed you wouldn't relocate."),
        "Aaron Price",
        ("protected_characteristic",),
    ),
    R(
        ("The base salary was going to be CHF 120,000 and they felt your ask was too high."),
        "Marco Keller",
        ("salary",),
    ),
    R(
        ("They said your being a single dad might make the travel hard."),
        "Luke Foster",
        ("protected_characteristic",),
    ),
    R(
        ("Another person from the same bootcamp interviewed and did slightly better on the algorithms round."),
        "Jess Ong",
        ("other_candidate",),
    ),
    R(
        ("They were a bit cagey, but I think the fact that you wear a hijab came up in the debrief."),
        "Zahra Ahmadi",
        ("protected_characteristic",),
    ),
    R(
        ("They preferred someone who speaks Mandarin natively for the Shanghai team."),
        "Lucy Grant",
        ("protected_characteristic",),
    ),
    R(
        ("Their phone screen notes say to call Ayumi on +81 3-1234-5678 with questions."),
        "Ben Carter",
        ("person_name", "phone"),
    ),
]


# A twelfth batch, run once before any change: leaky 8/12 caught, clean 0/6 false alarms (missed "funding
# for the role was £58-62k", "school pick-ups", "Their interviewer, Oyinkansola,", "competing with two
# internal people"). Fixed by general rules since.
TWELFTH_BATCH: list[Relay] = [
    R(
        (
            "They thought your approach to the data-cleaning task was pragmatic. The improvement area is "
            "documentation: your notebook had no explanation of the choices you made."
        ),
        "Irina Sokolova",
        (),
    ),
    R(
        (
            "Feedback from both interviewers was consistent: sharp, curious, and a good listener. They need "
            "someone with people-management experience, which is the only reason it's a no."
        ),
        "Pedro Almeida",
        (),
    ),
    R(
        (
            "The client enjoyed the conversation and thought your questions about their ML roadmap were the best "
            "part. They'd like more experience deploying models to production."
        ),
        "Ayesha Siddiqui",
        (),
    ),
    R(
        (
            "They thought your cover letter was a little generic. The interview went well, especially the case "
            "discussion. Tailor the letter more next time."
        ),
        "Joe Flanagan",
        (),
    ),
    R(
        (
            "No surprises: they loved your warmth with the customer in the role-play and want more evidence of "
            "hitting sales targets."
        ),
        "Thandiwe Nkosi",
        (),
    ),
    R(
        (
            "They were impressed that you'd read their engineering blog. The take-home had a bug in the "
            "pagination logic; test edge cases more carefully."
        ),
        "Marek Horak",
        (),
    ),
    R(
        (
            "Hi Jun, I spoke to Valeria afterwards and she was positive, but the team lead, Bjarne, wanted more "
            "backend depth."
        ),
        "Jun Wang",
        ("person_name",),
    ),
    R(
        ("They told me the guy they hired had done the exact same migration at Monzo."),
        "Tess Morgan",
        ("other_candidate",),
    ),
    R(
        ("Funding for the role was £58-62k, and you're above that now."),
        "Ravi Shankar",
        ("salary",),
    ),
    R(
        (
            "They mentioned they have a very young team and wondered if you'd be happy reporting to someone 15 "
            "years younger."
        ),
        "Gillian Hart",
        ("protected_characteristic",),
    ),
    R(
        ("Frankly, they were worried about how you'd manage with school pick-ups."),
        "Rosie Patel",
        ("protected_characteristic",),
    ),
    R(
        ("One panellist said they 'couldn't place your accent' and asked where you grew up."),
        "Dariusz Nowak",
        ("protected_characteristic",),
    ),
    R(
        ("If you want to follow up, their recruiter is on (020) 7946 0321."),
        "Abby Lewis",
        ("phone",),
    ),
    R(
        ("They asked me not to share it, but the finalist they went with accepted 105k."),
        "Ken Adams",
        ("salary", "other_candidate"),
    ),
    R(
        ("Their interviewer, Oyinkansola, is happy to give you 15 minutes on a call."),
        "Ben Ito",
        ("person_name",),
    ),
    R(
        ("They commented on your wedding ring and asked if you planned to take time off soon."),
        "Clara Fuchs",
        ("protected_characteristic",),
    ),
    R(
        ("You were competing with two internal people, and one of them got it."),
        "Raúl Campos",
        ("other_candidate",),
    ),
    R(
        ("The feedback mentioned you 'seemed very religious', based on your volunteering at church."),
        "Grace Adeyemi",
        ("protected_characteristic",),
    ),
]


# A thirteenth batch of realistic relays, run once before any change: leaky 13/13 caught, clean 0/9.
# (Tattoos and an "alternative look" are appearance, not a protected characteristic: labelled clean.)
THIRTEENTH_BATCH: list[Relay] = [
    R(
        (
            "They said you were clearly experienced and a calm presence. The gap was a lack of recent hands-on "
            "work with React; most of your examples were from 2019."
        ),
        "Sandra Kowalski",
        (),
    ),
    R(
        (
            "The panel agreed you'd be a great addition somewhere with a more established data platform. Theirs "
            "is very early-stage."
        ),
        "Tobi Adeyinka",
        (),
    ),
    R(
        (
            "Feedback on the presentation: good structure, too many slides. They suggested a maximum of ten "
            "slides for a 20-minute slot."
        ),
        "Julien Moreau",
        (),
    ),
    R(
        ("They asked me to pass on their thanks for your flexibility with the rescheduled interview."),
        "Haruto Kobayashi",
        (),
    ),
    R(
        ("The interviewers noted you spoke very fast when nervous. Practising with mock interviews should help."),
        "Aoife Brennan",
        (),
    ),
    R(
        (
            "Their view is that you're a strong analyst but not yet a strategist. Look for projects where you set"
            " direction, not just execute."
        ),
        "Samir Haddad",
        (),
    ),
    R(
        (
            "The hiring manager appreciated your honesty about leaving your last job. She thought your reasons "
            "were sensible."
        ),
        "Petra Horvat",
        (),
    ),
    R(
        (
            "They loved the dashboard you built for the food bank. They'd like to see you working with larger, "
            "messier data sets."
        ),
        "Kofi Owusu",
        (),
    ),
    R(
        ("Nils said your architecture answer was the strongest part."),
        "Ava Brown",
        ("person_name",),
    ),
    R(
        ("I forwarded your thank-you note to Mrs. Adebayo-Smith as you asked."),
        "Femi Lawal",
        ("person_name",),
    ),
    R(
        ("The manager, Roisin, wants to keep in touch for future openings."),
        "Dan Price",
        ("person_name",),
    ),
    R(
        ("Rumour is they gave the job to the CEO's nephew."),
        "Paula King",
        ("other_candidate",),
    ),
    R(
        ("They decided the other applicant's portfolio was more relevant to fintech."),
        "Asha Rao",
        ("other_candidate",),
    ),
    R(
        ("You came second to someone who'd worked there before as a contractor."),
        "Leo Martin",
        ("other_candidate",),
    ),
    R(
        ("The pay band for this grade is £38,000 to £42,000."),
        "Jim Reid",
        ("salary",),
    ),
    R(
        ("They'd have started you on 28 an hour with overtime."),
        "Rosa Lima",
        ("salary",),
    ),
    R(
        ("The hiring manager asked whether you intended to have a family soon."),
        "Kate Long",
        ("protected_characteristic",),
    ),
    R(
        ("They made a remark about your age being 'a risk' for a five-year project."),
        "Bernard Clay",
        ("protected_characteristic",),
    ),
    R(
        ("They noticed you were fasting and thought you looked low on energy."),
        "Amina Yusuf",
        ("protected_characteristic",),
    ),
    R(
        ("They weren't comfortable with your visible tattoos and 'alternative look'."),
        "Sky Evans",
        (),
    ),
    R(
        ("They said the client base is conservative and 'might not take to a gay man'."),
        "Ross Hunter",
        ("protected_characteristic",),
    ),
    R(
        ("They mentioned you appear to have a limp and asked if you need a parking space."),
        "Owen Rees",
        ("protected_characteristic",),
    ),
]


# A fourteenth batch, run once before any change: leaky 13/17 caught, clean 0/5 false alarms (missed "Ms.
# Van der Merwe", "benchmarked you against the other three", "several others in the process", and "with
# your background you'd struggle with the English-speaking clients", still missed: too indirect).
FOURTEENTH_BATCH: list[Relay] = [
    R(
        (
            "They liked your clarity and your examples from the logistics project. To progress, show more "
            "strategic thinking: why a project mattered, not just what you did."
        ),
        "Hassan Ali",
        (),
    ),
    R(
        (
            "The feedback is positive overall. They suggested you spend less time on background and more on your "
            "own decisions when telling stories."
        ),
        "Chiara Russo",
        (),
    ),
    R(
        (
            "They appreciated that you came prepared with questions about the product's accessibility. The "
            "technical bar for mobile was higher than your experience."
        ),
        "Dylan Park",
        (),
    ),
    R(
        (
            "They said they'd happily interview you again for the data engineer role once you've got more Spark "
            "experience."
        ),
        "Ama Darko",
        (),
    ),
    R(
        (
            "Your reference from your previous manager was glowing, they said. The decision was about domain "
            "knowledge in insurance."
        ),
        "Ivo Petrov",
        (),
    ),
    R(
        ("Her colleague Anand wasn't convinced about your API design."),
        "Mira Shah",
        ("person_name",),
    ),
    R(
        ("Drop a note to Ms. Van der Merwe if you'd like to stay on their radar."),
        "Lisa Cole",
        ("person_name",),
    ),
    R(
        ("I've cc'd Tatiana, who coordinated the panel."),
        "Oscar Wu",
        ("person_name",),
    ),
    R(
        ("Reach the team at careers (at) brightwave (dot) io."),
        "Ella Fox",
        ("email",),
    ),
    R(
        ("Their switchboard is 1800 123 456 if you need them."),
        "Sam Hill",
        ("phone",),
    ),
    R(
        ("Call her mobile, 083 123 4567, before Friday."),
        "Niamh Kelly",
        ("phone",),
    ),
    R(
        ("The budget for the position is 55 to 60 thousand dollars."),
        "Cody Ray",
        ("salary",),
    ),
    R(
        ("They're offering seventy-five grand plus shares."),
        "Amy Ward",
        ("salary",),
    ),
    R(
        ("It pays about 3,000 euros net a month."),
        "Luca Conti",
        ("salary",),
    ),
    R(
        ("The candidate who got the offer knew their ERP system inside out."),
        "Zoe Grant",
        ("other_candidate",),
    ),
    R(
        ("They benchmarked you against the other three in the final round."),
        "Tim Ross",
        ("other_candidate",),
    ),
    R(
        ("Several others in the process had deeper Python skills."),
        "Fay Lin",
        ("other_candidate",),
    ),
    R(
        ("They asked if you'd be observing Ramadan during onboarding."),
        "Yasmin Aziz",
        ("protected_characteristic",),
    ),
    R(
        ("The interviewer said you 'don't look like a typical engineer', which I read as about your gender."),
        "Beth Moore",
        ("protected_characteristic",),
    ),
    R(
        ("They assumed with your background you'd struggle with the English-speaking clients."),
        "Wei Liu",
        ("protected_characteristic",),
    ),
    R(
        ("He said a candidate in a wheelchair would find the office difficult."),
        "Mark Young",
        ("protected_characteristic",),
    ),
    R(
        ("They questioned whether a woman could handle the site managers."),
        "Jane Doyle",
        ("protected_characteristic",),
    ),
]


# A fifteenth batch of realistic relays, run once before any change: leaky 8/9 caught, clean 0/5 (missed
# "seemed 'very foreign'"). Fixed since.
FIFTEENTH_BATCH: list[Relay] = [
    R(
        (
            "Thanks again for interviewing with Halcyon. The hiring manager said you handled the technical "
            "questions confidently and your experience with event-driven systems stood out. The reason they "
            "didn't proceed is that they need deeper experience with Go. If you pick up Go over the next few "
            "months, they'd be happy to talk again."
        ),
        "Marta Nowak",
        (),
    ),
    R(
        (
            "I caught up with the panel. They felt your leadership examples were genuine and specific. The main "
            "gap was commercial: they want their engineering managers to own budgets. I'd suggest asking for "
            "budget responsibility in your current role."
        ),
        "Ifeanyi Obi",
        (),
    ),
    R(
        (
            "Feedback from the second round: your research plan was thorough, but you didn't leave time for "
            "synthesis in the exercise. Next time, timebox the research part and keep 15 minutes for conclusions."
        ),
        "Hanna Virtanen",
        (),
    ),
    R(
        (
            "They really enjoyed meeting you. They felt your product intuition is strong, but they need someone "
            "who has launched a B2B product from scratch. Keep them on your list for next year."
        ),
        "Pablo Moreno",
        (),
    ),
    R(
        (
            "The feedback is mostly about preparation: you hadn't looked at their pricing page or their latest "
            "release notes. A bit more company research would have made a big difference."
        ),
        "Kyle Anderson",
        (),
    ),
    R(
        (
            "Hi Dimitra, I spoke to Hendrik from their finance team. He said your modelling was excellent but "
            "your presentation ran long. He'd be happy to answer questions if you email him at "
            "hendrik.vos@tulipcapital.nl."
        ),
        "Dimitra Papas",
        ("person_name", "email"),
    ),
    R(
        (
            "They've offered the role to someone who was already freelancing for them. Your interview went well, "
            "and they said you'd be first in line if it doesn't work out."
        ),
        "Chris Nolan",
        ("other_candidate",),
    ),
    R(
        (
            "Between us, the hiring manager thought you were 'a bit old for a junior role' and that the team 'is "
            "mostly graduates'. That's age discrimination and I've raised it."
        ),
        "Diane Foster",
        ("protected_characteristic",),
    ),
    R(
        (
            "The range they shared with me was €65,000 to €72,000, and they felt your ask of €80,000 was too "
            "high. On the interviews themselves, they were positive."
        ),
        "Lars Becker",
        ("salary",),
    ),
    R(
        (
            "They said the panel were split and that Mr. Okonkwo, the COO, made the final call for the other "
            "finalist, who had run a larger team."
        ),
        "Ruth Cohen",
        ("person_name", "other_candidate"),
    ),
    R(
        (
            "They asked whether your partner would be moving with you and whether you had any plans to start a "
            "family. I've told them those questions aren't acceptable."
        ),
        "Emily Shaw",
        ("protected_characteristic",),
    ),
    R(
        ("Give Lindiwe a ring on 011 555 0123 if you want to talk it through."),
        "Thabo Nkosi",
        ("person_name", "phone"),
    ),
    R(
        (
            "They went with an internal promotion in the end. Your case study scored the highest of the external "
            "candidates."
        ),
        "Alan Price",
        ("other_candidate",),
    ),
    R(
        (
            "The hiring manager commented that you seemed 'very foreign' and that the clients are 'traditional'. "
            "That's not something I'll accept, and I've escalated it."
        ),
        "Nikolai Orlov",
        ("protected_characteristic",),
    ),
]

CORPUS = (
    HELD_OUT
    + DEVELOPMENT
    + SECOND_BATCH
    + THIRD_BATCH_CLEAN
    + FOURTH_BATCH
    + FIFTH_BATCH
    + SIXTH_BATCH
    + SEVENTH_BATCH
    + EIGHTH_BATCH_CLEAN
    + NINTH_BATCH
    + TENTH_BATCH
    + ELEVENTH_BATCH
    + TWELFTH_BATCH
    + THIRTEENTH_BATCH
    + FOURTEENTH_BATCH
    + FIFTEENTH_BATCH
)
