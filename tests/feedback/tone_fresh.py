"""Fresh batches for the tone check, written to test whether the rules *generalise*.

Each batch was written in one go, in styles the older corpus lacked, and labelled by the
conventions of ``tests/feedback/tone_corpus.py`` *before* the check was run on it. Its first-look
figures (the check as it stood when the batch was written) are recorded here and never updated;
after that the batch is an ordinary development example, like the corpus's probes.

Batches 1-3 were written before the general word-class rules (``GENERAL`` in
``apps.feedback.tone_rules``) existed; those rules were then built from their misses.
  batch 1 (72 texts; terse, rambling, formal, non-native, passive-aggressive): recall 34/43
  (argumentative 8/14, sway 9/11, demanding 11/12, too long 2/2, vague 4/4); good flagged 0/30.
  batch 2 (63 texts; sarcasm, understatement, LinkedIn-speak, bullets): recall 22/38
  (argumentative 5/12, sway 6/10, demanding 5/10, other codes 6/6); good flagged 2/25
  ("revisit my case study" not seen as a topic; "I need to get better at pairing" read as a demand).
  batch 3 (60 texts; follow-ups and thank-yous that argue, risky words in good asks): recall
  24/36 (argumentative 4/11, sway 5/10, demanding 10/10, other codes 5/5); good flagged 1/24
  ("I've reconsidered how I approach take-home tests"). One label widened afterwards to the
  corpus convention that "I'd be a good fit" argues: "…so you can see I'd be a good fit after all"
  is argumentative as well as sway.
Batch 4 was written after those rules and run once before any change for it; the honest news is
that rules built from three batches still missed most of a fourth written in new words, so the
word classes were widened again (fault-finding with the judges, the writer's record set against
the verdict, asking back in, pressure without the usual words).
  batch 4 (69 texts): recall 17/41 (argumentative 2/13, sway 8/12, demanding 3/11, other codes
  4/5: "in my shoes" read as a topic); good flagged 0/28.
Batch 5, after those changes: argumentative stayed the weak spot (new words every time), so the
argumentative rules moved from phrases towards sentence-level cues — insisting one was right,
frustration next to talk of the verdict, insinuation, the judges' behaviour — each silenced when
the same sentence asks to learn or owns the weakness (``unless_sentence``).
  batch 5 (67 texts): recall 18/39 (argumentative 2/12, sway 4/11, demanding 7/11, other codes
  5/5); good flagged 2/28 ("a second opinion from you on my coding style"; "thanks for the chance
  to do the coding test. … what slowed me down most?" still counts as vague).
Batch 6, written after sentence-level nets for arguing (a statement about how one was judged, in
evaluative words, neither accepting nor asking to learn) and for reopening (a sentence about this
role that asks to go again or stay in):
  batch 6 (66 texts): recall 17/38 (argumentative 3/12, sway 3/10, demanding 6/11, other codes
  5/5); good flagged 1/28. One label corrected afterwards by the corpus convention: "What should
  I develop before I apply again?" names no topic, so it is vague, not good (that was the flag).
Batch 7 is the fairest estimate for ordinary mail: plain e-mails as people write them, not
written to be hard.
  batch 7 (46 texts): recall 20/23 (argumentative 4/6, sway 6/6, demanding 5/6, other codes 5/5);
  good flagged 0/23.
  batch 8 (43 texts; a realistic mix of plain and indirect): recall 15/23 (argumentative 3/7,
  sway 4/6, demanding 5/7, other codes 3/3); good flagged 0/20.
  batch 9 (41 texts; 25 good ones full of risky words, whole-text problems): recall 12/16
  (argumentative 1/3, sway 2/3, demanding 2/3, whole-text codes 7/7); good flagged 2/25 ("I'm
  sure the decision wasn't taken lightly" to the stance net; "I don't disagree with the outcome",
  an old phrase rule that counted the negation as a filler word).
  batch 10 (40 texts; the last unseen batch, a realistic mix): recall 13/20 (argumentative 2/6,
  sway 4/6, demanding 5/6, vague 2/2); good flagged 1/20 (a relaxed "Send over any notes…
  whenever suits" read as an order and as vague).
  batch 11 (40 texts; written after every change above): recall 19/21 (argumentative 6/6, sway
  5/6, demanding 5/6, other codes 3/3); good flagged 0/20. One label corrected afterwards: a
  follow-up with no word of thanks is also ``no_thanks`` (the check found it; the label had not).
  batch 12 (29 texts; a second look after every change): recall 10/14 (argumentative 2/4, sway
  4/4, demanding 2/4, vague 2/2); good flagged 2/15 ("it was long overdue for me to hear this";
  "second chances aren't what I'm after").
  batch 13 (20 texts): recall 6/10 (argumentative 1/3, sway 1/3, demanding 3/3, vague 1/1); good
  flagged 1/10 ("please send any interview notes you're able to share - no rush").

The same unseen batches through the rules as they were before any of this work (final labels):
argumentative, sway, demanding caught 72 of 168 in batches 4-10 (43 %) against 81 of 168 at first
look here (48 %), 13 of 18 in batch 11 against 16 of 18 (89 %), 7 of 12 in batch 12 against
8 of 12 (67 %), and 3 of 9 in batch 13 against 5 of 9. Most of what a cycle adds
fixes its own batch; each new batch still brings phrasings no word class foresaw, most of all
for argumentative. Plain everyday mail (batch 7) does much better than the batches written to
be hard.
"""

from tests.feedback.tone_corpus import GOOD, Example, ex

A = "argumentative"
S = "sway"
D = "demanding"
Q = "too_many_questions"
L = "too_long"
T = "no_thanks"
V = "vague"

# ---------------------------------------------------------------------------------------------
# Fresh batch 1: terse, rambling, very formal, non-native English, passive-aggressive politeness.
# ---------------------------------------------------------------------------------------------
FRESH_1: list[Example] = [
    # argumentative
    ex(
        "Thanks for the note. Frankly, I'm baffled that someone with eight years in logistics didn't make the cut. "
        "What did you make of my supply-chain case study?",
        "request",
        A,
    ),
    ex(
        "Hi Lee, thank you. With respect, a forty-minute chat is hardly enough to judge what I can do. Could you "
        "share notes on my system design answer?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Park, thank you for your email. I find it difficult to believe my portfolio was properly "
        "reviewed. Any comments on the layout work would help.",
        "request",
        A,
    ),
    ex(
        "thx. pretty sure the interviewer had already decided before I walked in. anything on my coding test?",
        "request",
        A,
    ),
    ex(
        "Dear Sir, I thank you for your reply. I am not agree with the result because my answers were all "
        "correct. Please what was the problem in my technical test?",
        "request",
        A,
    ),
    ex(
        "Thanks so much for letting me know!! Must be nice to hire people based on vibes rather than skills :) "
        "Anyway, any thoughts on my SQL task?",
        "request",
        A,
    ),
    ex(
        "Hi Tom, thanks. I'm sure you had your reasons, though I can't quite see what they could have been given "
        "my track record. Feedback on my presentation would be welcome.",
        "request",
        A,
    ),
    ex(
        "Thank you for the update. I'd gently point out that the job description never mentioned Kubernetes, so "
        "marking me down for it seems odd. Could you tell me how my other answers were rated?",
        "request",
        A,
    ),
    ex(
        "Many thanks. Not sure the panel really understood my answer on the migration project, to be honest. "
        "Could you share how the case study was scored?",
        "request",
        A,
    ),
    ex(
        "Dear Hiring Manager, thank you. It is regrettable that my twelve years of experience appear to have "
        "counted for nothing. I would value comments on my interview.",
        "request",
        A,
    ),
    ex(
        "Hi, thanks - the recruiter told me I was your top pick, so this is confusing. Could you say what "
        "changed after my final interview?",
        "request",
        A,
    ),
    ex(
        "Thanks Ana. I'll be honest: the second interviewer seemed distracted and barely engaged with my "
        "answers. What did you think of my portfolio walkthrough?",
        "request",
        A,
    ),
    ex(
        "Thank you for your message. I was far more qualified than the job required, so I'd appreciate knowing "
        "which part of my CV let me down.",
        "request",
        A,
    ),
    # sway
    ex(
        "Thanks for letting me know. If the person you hired doesn't accept, I'd still love the job. Meanwhile, "
        "any notes on my case study?",
        "request",
        S,
    ),
    ex(
        "Dear Mr Brandt, thank you. Would there be any possibility of a second conversation for this position, "
        "perhaps with another team member? I'd also welcome feedback on my presentation.",
        "request",
        S,
    ),
    ex(
        "Hi Jo, thank you! I'm happy to retake the coding test if that would help. Either way, what could I "
        "improve in my algorithms answers?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Olsen, thank you for your decision. Should anything change with the selected candidate, please "
        "do think of me. I would also appreciate a few words on my cover letter.",
        "request",
        S,
    ),
    ex(
        "Thanks. Is there any flexibility in the decision if I can take a lower salary? Also, how did my "
        "negotiation exercise come across?",
        "request",
        S,
    ),
    ex(
        "Hello Kai, thanks for your time. Could we perhaps revisit my application after I finish the AWS "
        "certification next month? Feedback on my cloud skills would help.",
        "request",
        S,
    ),
    ex(
        "Hi Mel, thanks. I'd be really grateful if you could put in a good word with the hiring manager to give "
        "me another look. What did you think of my interview?",
        "request",
        S,
    ),
    ex(
        "Dear team, thank you. I still believe I could be a great fit for this role and would welcome the chance "
        "to prove it. Could you share feedback on my technical interview?",
        "request",
        A,
        S,
    ),
    ex(
        "Thank you Priya. Is the position filled for good, or is there still room for one more candidate in the "
        "final round? I'd also love notes on my take-home.",
        "request",
        S,
    ),
    ex(
        "Hi Dan, thanks. I've since updated my portfolio with the project we discussed - would you be open to "
        "taking another look with that in mind? Any feedback on the case study too.",
        "request",
        S,
    ),
    ex(
        "Dear Ms Ito, I am thankful for your reply. May I kindly ask if you could forward my profile again to the "
        "director for this position? Also I would like feedback on my interview.",
        "request",
        S,
    ),
    # demanding
    ex(
        "Hi Raj, thanks for the update. Please send the feedback on my technical interview by end of day tomorrow.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Grant, thank you. I would require a written explanation of how my case study was scored within "
        "five working days.",
        "request",
        D,
    ),
    ex(
        "Thanks. Need your comments on my portfolio before Thursday as I have another interview.",
        "request",
        D,
    ),
    ex(
        "Dear Mr Adams, thank you for the interview. I trust you will provide detailed feedback on my "
        "presentation promptly.",
        "request",
        D,
    ),
    ex(
        "Hi Sofia, thank you. You owe me at least a proper explanation of what went wrong in the coding test.",
        "request",
        D,
    ),
    ex(
        "Thanks for your time. If I don't hear back about my interview by Monday, I'll be leaving a review on "
        "Glassdoor.",
        "request",
        D,
    ),
    ex(
        "Dear HR, thank you. This is the fourth time I am writing. I need feedback on my assessment centre "
        "performance now.",
        "follow_up",
        D,
    ),
    ex("Hi Lena, thanks. Kindly revert with your feedback on my CV at the earliest.", "request", D),
    ex(
        "Dear Mr Cole, thank you. I must insist on receiving the interview notes for my second-round interview.",
        "request",
        D,
    ),
    ex(
        "Hello, thank you. Please make sure to reply by tomorrow noon regarding my design task.",
        "request",
        D,
    ),
    ex(
        "Hi Nina, just checking in again on my request about the pitch presentation - I'd appreciate an answer "
        "today. Thanks.",
        "follow_up",
        D,
    ),
    ex(
        "Thanks. I want you to tell me exactly which of my interview answers were wrong.",
        "request",
        D,
    ),
    # vague
    ex("Hi Carl, thank you for letting me know. I'd really welcome any thoughts you have. Best wishes", "request", V),
    ex(
        "Dear Ms Reyes, many thanks for your kind email. Is there anything you think I should work on going "
        "forward? Regards, Tom",
        "request",
        V,
    ),
    ex("Thanks for the update Sam, much appreciated. How could I have done better?", "request", V),
    ex(
        "Dear Hiring Team, thank you for your time and consideration. I would be grateful to learn more about why "
        "I was not successful on this occasion.",
        "request",
        V,
    ),
    # too long
    ex(
        "Hi Grace, thank you so much for your email, and for letting me know personally, which I really "
        "appreciate because a lot of companies never even reply these days. I have to say I really enjoyed "
        "meeting everyone, and the office was lovely, and the coffee was great too. I have been thinking a lot "
        "about the interview since then, and especially about the part where we discussed the product roadmap, "
        "because I think I went into too much detail about my previous company and maybe not enough about what I "
        "would do in your team. I also wonder whether my answer about prioritisation was too theoretical, because "
        "I used a framework I read about rather than a real example from my job, and I know that real examples "
        "are usually better. Anyway, I would be very grateful if you could tell me a little bit about how my "
        "answers on the roadmap and the prioritisation came across, and whether there was anything else in the "
        "interview that I should work on before my next applications. Best wishes, Olu",
        "request",
        L,
    ),
    ex(
        "Hello again Ms Reyes, I hope you had a good weekend. I am writing one more time about my message from "
        "two weeks ago, in which I asked about my answers to the scenario questions in the panel interview. I "
        "know that you must receive a great many emails and that giving feedback is not part of your job, so I "
        "completely understand if this has slipped through the cracks. I just wanted to mention that even one "
        "or two sentences about the scenario answers would really help me, because I have another panel "
        "interview coming up and I would like to prepare well. Thank you again for your time and for "
        "considering me.",
        "follow_up",
        L,
    ),
    # good
    ex(
        "Hi Lee, thank you for letting me know. I understand the decision, and I'd like to improve. Could you "
        "share one thing about my system design answer I should work on?",
        "request",
        *GOOD,
    ),
    ex("Thanks for the fair process and the quick decision. What would have made my case study stronger?"),
    ex(
        "Dear Ms Park, thank you. I'll reconsider how I present my portfolio in future, so any comments on the "
        "layout would be welcome."
    ),
    ex("Hi Ana, thanks! I'm not asking for a second chance - just curious what you thought of my SQL task."),
    ex(
        "Dear Mr Brandt, thank you for your time. I need to improve my interview technique, and your view on my "
        "answers to the behavioural questions would help a lot."
    ),
    ex("Thanks so much, Jo. I'll work on my algorithms as soon as I can - which topic would you start with?"),
    ex(
        "Dear Hiring Manager, thank you for letting me know. I'd love to understand why my presentation didn't "
        "land, so I can do better next time."
    ),
    ex(
        "Hi Kai, thanks for your message. It was a close decision, I'm sure. Any pointers on my cloud "
        "architecture answers would be much appreciated."
    ),
    ex("Thank you Priya. I'd be glad to know which part of my take-home you'd change first."),
    ex(
        "Cheers Dan, appreciate you letting me know. Would you have a minute to tell me what you thought of my "
        "case study? No pressure at all."
    ),
    ex(
        "Dear Ms Ito, thank you very much for your reply. I would be grateful for your comments on my interview, "
        "if it is possible for you."
    ),
    ex(
        "Hello Raj, thank you for the chance to interview. I'd welcome a line or two on my technical interview "
        "whenever it suits you."
    ),
    ex(
        "Dear Ms Grant, thank you for your honest message. I'd appreciate any feedback on how my case study was "
        "structured."
    ),
    ex(
        "Hi Sofia, thank you so much. I understand you can't share everything - anything on my coding test would "
        "already help."
    ),
    ex(
        "Hi Sofia, just a gentle follow-up on my note about the coding test. Thanks again, and no worries if "
        "you're too busy.",
        "follow_up",
    ),
    ex(
        "Dear Mr Adams, thank you for the detailed feedback on my presentation. I'll work on the pacing you mentioned.",
        "thank_you",
    ),
    ex("Thanks Lena! Your notes on my CV were spot on - I've already rewritten the summary.", "thank_you"),
    ex(
        "Dear Mr Cole, thank you for getting back to me. I'm keen to get better at second-round interviews; is "
        "there anything in my answers you'd flag?"
    ),
    ex(
        "Hi Nina, thanks for your time last week. I'd appreciate your view on my pitch presentation, especially "
        "the pricing slide."
    ),
    ex(
        "Dear HR team, thank you for your email. I respect the decision. Could you share which competencies in "
        "the assessment centre I should develop?"
    ),
    ex(
        "Hi Carl, thanks a lot. Feedback on my portfolio would help me prepare for the next opportunity - and I'd "
        "love to be considered for future roles."
    ),
    ex(
        "Dear Ms Reyes, thank you for considering me. I'd like to understand how my leadership examples came "
        "across in the interview."
    ),
    ex(
        "Thank you, Sam. I don't think I explained my testing approach well; how would you have liked me to "
        "structure it?"
    ),
    ex(
        "Hello Mel, thank you for your time. I'm not disputing anything - I'd just value your thoughts on my "
        "cover letter."
    ),
    ex(
        "Hi Tom, thank you for taking the time to explain the decision. It makes sense, and I'll focus on my "
        "stakeholder examples.",
        "thank_you",
    ),
    ex(
        "Dear Ms Olsen, I'm following up on my request about my cover letter. I appreciate your time and "
        "understand if you can't reply.",
        "follow_up",
    ),
    ex(
        "Hi Priya, many thanks. Once I've had a chance to digest everything, I'd love a few words on my "
        "take-home project."
    ),
    ex("Dear Mr Lindahl, thank you. If you could spare a minute, what one change to my CV would you recommend?"),
    ex("thanks for the heads up! any tips on my portfolio? cheers"),
    ex(
        "Dear Dr. Weiss, thank you for the opportunity. I must admit I was nervous in the research talk - any "
        "comments on it would be welcome."
    ),
]

# ---------------------------------------------------------------------------------------------
# Fresh batch 2: sarcasm, British understatement, LinkedIn-speak, bullet points, and good asks
# with one bad sentence in the middle.
# ---------------------------------------------------------------------------------------------
FRESH_2: list[Example] = [
    # argumentative
    ex(
        "Thanks for the update. Great to know that a decade of shipping products loses out to a nicely worded "
        "answer about culture. Any notes on my product sense interview?",
        "request",
        A,
    ),
    ex(
        "Hi Fiona, thank you. I must confess I'm slightly puzzled by the outcome, as I rather thought the "
        "technical round went well. Might you share a word on my whiteboard answer?",
        "request",
        A,
    ),
    ex(
        "Dear James, thanks ever so much. I don't quite follow the reasoning, if I'm honest - I ticked every box "
        "on the spec. What did you think of my stakeholder examples?",
        "request",
        A,
    ),
    ex(
        "Grateful for the opportunity! Honestly, I bring 10+ years of proven impact and I'm confident no one "
        "else in the pipeline comes close. Would love your take on my leadership story.",
        "request",
        A,
    ),
    ex(
        "Hi Zoe, thanks.\n- I answered all five SQL questions correctly\n- I finished the task early\n- the "
        "feedback in the room was positive\nSo I'm struggling to see where it went wrong. Thoughts on my "
        "data modelling?",
        "request",
        A,
    ),
    ex(
        "Thank you for letting me know. I appreciate your time. The interviewer kept interrupting me, which made "
        "it impossible to finish my answers. Could you share feedback on my case study?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Kaur, thank you. I respectfully challenge the conclusion that I lack commercial awareness. "
        "Could you tell me which of my interview answers suggested that?",
        "request",
        A,
    ),
    ex(
        "Hello Paul, thanks. Bit of a shame the panel didn't bother to read my portfolio before the call. "
        "Anything on my case study would be useful.",
        "request",
        A,
    ),
    ex(
        "Thanks, Rachel. Surely the fact that I built the exact tool you use should have counted for something? "
        "Keen to hear about my technical interview.",
        "request",
        A,
    ),
    ex(
        "Hi Omar, thank you for the call. I can't help feeling I was judged on my accent rather than my answers. "
        "Could you share notes on the presentation?",
        "request",
        A,
    ),
    ex(
        "Dear hiring team, thank you. In my opinion your assessment of my coding exercise was mistaken. What "
        "specifically did you find lacking in it?",
        "request",
        A,
    ),
    ex(
        "Thanks so much! Not gonna lie, the rejection makes zero sense to me. Would love notes on my portfolio though.",
        "request",
        A,
    ),
    # sway
    ex(
        "Hi Fiona, thank you. Just putting it out there: if a door opens again on this role, I'd jump at it. "
        "Any notes on my whiteboard answer?",
        "request",
        S,
    ),
    ex(
        "Thanks James! Excited to keep the conversation going - open to a follow-up chat about this position "
        "whenever you are. Thoughts on my case study welcome.",
        "request",
        S,
    ),
    ex(
        "Dear Ms Kaur, thank you. Would you be willing to pass my CV to the hiring manager for a second look "
        "for this vacancy? I'd also value feedback on my interview.",
        "request",
        S,
    ),
    ex(
        "Hi Paul, thanks. Could I perhaps do the take-home again with more time? Your view on what was missing "
        "in my first attempt would help.",
        "request",
        S,
    ),
    ex(
        "Thank you, Rachel. If the successful candidate doesn't end up starting, I'd be ready to go at short "
        "notice. Meanwhile, feedback on my technical interview would be great.",
        "request",
        S,
    ),
    ex(
        "Hi Omar, thanks. Is the decision set in stone, or might there be room to talk again? I'd also like "
        "notes on my presentation.",
        "request",
        S,
    ),
    ex(
        "Dear hiring team, thank you. I'd love another shot at the final interview for this role. What could I "
        "improve in my coding exercise?",
        "request",
        S,
    ),
    ex(
        "Thanks Zoe. Could I meet the wider team for this role before you close the process? Thoughts on my data "
        "modelling would also help.",
        "request",
        S,
    ),
    ex(
        "Hello Ben, thank you. I wonder whether I could still be part of the process if I sent additional code "
        "samples. What did you think of my pairing session?",
        "request",
        S,
    ),
    ex(
        "Thanks Lucy! Still very much up for this role if anything shifts on your side. Could you share notes on "
        "my design critique?",
        "request",
        S,
    ),
    # demanding
    ex(
        "Hi Fiona, thanks. Please action this today: feedback on my whiteboard answer.",
        "request",
        D,
    ),
    ex(
        "Thank you. I'll need your thoughts on my case study by close of play tomorrow at the latest.",
        "request",
        D,
    ),
    ex(
        "Dear James, thank you. I'd be obliged if you could respond within 24 hours with notes on my "
        "stakeholder examples.",
        "request",
        D,
    ),
    ex(
        "Hi Zoe, thanks. Requirements for your reply:\n- scores for each SQL question\n- the interviewer's notes\n"
        "- by Friday",
        "request",
        D,
    ),
    ex(
        "Thanks Paul. You have a responsibility to give candidates proper feedback on their case study, so I'll "
        "expect it shortly.",
        "request",
        D,
    ),
    ex(
        "Hello Rachel, thank you. Following up for the third time. Please respond about my technical interview.",
        "follow_up",
        D,
    ),
    ex(
        "Hi Omar, thanks. Get back to me on my presentation this week, please - I can't wait forever.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Kaur, thank you. Should I not receive feedback on my interview within seven days, I will raise "
        "a formal complaint.",
        "request",
        D,
    ),
    ex(
        "Thanks Ben. Please prioritise sending me feedback on my pairing session - it's urgent for me.",
        "request",
        D,
    ),
    ex(
        "Hi Lucy, thank you. It is essential that you send me a breakdown of my design critique scores.",
        "request",
        D,
    ),
    # vague
    ex("Thanks James, really appreciate it. Any learnings you could share would be amazing!", "request", V),
    ex(
        "Hi Lucy, thank you. Keen to grow from this - what would you say are my development areas?",
        "request",
        V,
    ),
    ex("Dear Ms Kaur, many thanks for your note. Where did I fall short?", "request", V),
    ex("Thank you Omar! Open to any and all feedback, big or small.", "request", V),
    # too many questions
    ex(
        "Hi Zoe, thanks.\n- How was my SQL?\n- Was my data model clear?\n- Did my communication work?\n- Anything "
        "else?",
        "request",
        Q,
    ),
    # no thanks
    ex("Hi Paul, could you share what would have improved my case study? Best, Ali", "request", T),
    # good
    ex(
        "Hi Fiona, thank you for letting me know - a bit disappointing, naturally, but I quite understand. "
        "Might you share a word on my whiteboard answer?"
    ),
    ex(
        "Dear James, thanks ever so much for your time. I'd be very grateful for a line on my stakeholder "
        "examples, if you have a spare moment."
    ),
    ex(
        "Grateful for the opportunity to interview! I'm always looking to grow - I'd love your take on my "
        "leadership story."
    ),
    ex(
        "Hi Zoe, thanks.\n- What would have made my data model stronger?\n- Which SQL habit should I work on?\n"
        "Cheers, Lin"
    ),
    ex(
        "Thank you for letting me know. I appreciate your time. Could you share feedback on my case study, "
        "especially the financial part?"
    ),
    ex(
        "Dear Ms Kaur, thank you. I understand you felt my commercial awareness needs work - could you point "
        "me to an answer that showed it?"
    ),
    ex("Hello Paul, thanks for reading my portfolio so carefully. Anything on my case study would be useful."),
    ex("Thanks, Rachel. Keen to hear about my technical interview when you have a moment."),
    ex("Hi Omar, thank you for the call. I'd welcome notes on the presentation, especially on how clearly I spoke."),
    ex("Dear hiring team, thank you. What specifically would have made my coding exercise stronger?"),
    ex("Thanks so much! Would love notes on my portfolio whenever works for you."),
    ex(
        "Hi Lucy, thank you. I'd be keen to apply again for similar roles later this year, so notes on my design "
        "critique would be really helpful."
    ),
    ex(
        "Hi Ben, thanks a lot. I'm not looking to change the outcome; I'd just like to know what you thought of "
        "my pairing session."
    ),
    ex(
        "Dear James, thank you. Why my examples didn't land is something I'd like to learn from - could you "
        "share a thought on my stakeholder answers?"
    ),
    ex(
        "Thanks Paul, I'll revisit my case study approach before the next round of applications. What would you "
        "change first?"
    ),
    ex(
        "Dear Ms Kaur, thank you for getting back to me so quickly. I'd appreciate any feedback on my interview "
        "answers about budgeting.",
    ),
    ex(
        "Hi Rachel, a quick nudge on my question about the technical interview. Thanks again - totally fine if "
        "there's nothing to add.",
        "follow_up",
    ),
    ex(
        "Hi Omar, thanks a million for the notes on my presentation. Really useful - I'm already practising the "
        "opening.",
        "thank_you",
    ),
    ex(
        "Dear James, thank you for such a considered reply. The point about my stakeholder examples is fair, and "
        "I'll work on it.",
        "thank_you",
    ),
    ex(
        "Hello Zoe, thank you! Your comments on my data model were exactly what I needed. Best of luck with the "
        "new hire.",
        "thank_you",
    ),
    ex(
        "Hi Fiona, following up on my note about the whiteboard round - thanks again, and no need to reply if "
        "it's a busy week.",
        "follow_up",
    ),
    ex(
        "Thanks Lucy! If another design role opens up next year, I'd love to hear about it. In the meantime, any "
        "thoughts on my critique?"
    ),
    ex("Hi Ben, thank you. I need to get better at pairing under time pressure - what would you practise first?"),
    ex("Dear Paul, thank you. I accept the decision and would value one pointer on my case study."),
    ex(
        "Hi Rachel, thanks - I know it's a tough call with strong candidates. Could you tell me which part of my "
        "technical interview to work on?"
    ),
]

# ---------------------------------------------------------------------------------------------
# Fresh batch 3: follow-ups and thank-yous that argue, sway or press; good asks full of risky
# words ("fair", "decision", "chance", "why", "understand", "reconsider", "as soon as I can").
# ---------------------------------------------------------------------------------------------
FRESH_3: list[Example] = [
    # argumentative
    ex(
        "Thank you for the feedback on my presentation. To be clear though, the timing issue was caused by your "
        "projector, not by me.",
        "thank_you",
        A,
    ),
    ex(
        "Thanks for taking the time. I still think the scoring of my case study missed the point of my "
        "approach, but I appreciate the notes.",
        "thank_you",
        A,
    ),
    ex(
        "Hi Maria, following up on my request. I was honestly expecting better from a company that talks so "
        "much about candidate experience. Thanks.",
        "follow_up",
        A,
    ),
    ex(
        "Hello, thank you. How can you say I lack leadership when I managed a team of twelve? I'd like "
        "feedback on my interview answers.",
        "request",
        A,
    ),
    ex(
        "Dear Mr Novak, thank you. Your interviewer clearly had no idea what a data pipeline is. What did you "
        "think of my technical test?",
        "request",
        A,
    ),
    ex(
        "Hi Jen, thanks. It feels like the role was never really open and the decision was made before my "
        "interview. Feedback on my presentation would still help.",
        "request",
        A,
    ),
    ex(
        "Dear Ms Yilmaz, thank you for your message. I cannot accept that my cover letter was the reason, as it "
        "was reviewed by two professionals. What else did you notice in my interview?",
        "request",
        A,
    ),
    ex(
        "Thank you for the notes on my CV, though I'd argue the gap in 2021 was explained clearly.",
        "thank_you",
        A,
    ),
    ex(
        "Hi Tomas, thanks. Whoever you picked can't have had my AWS experience. What would have made my system "
        "design answer better?",
        "request",
        A,
    ),
    ex(
        "Dear Dr Singh, thank you. I was obviously overqualified for the role, so I'd like to know what in my "
        "research talk counted against me.",
        "request",
        A,
    ),
    ex(
        "Hi Maria, thank you. I'm disappointed that the team couldn't see past one nervous answer. Could you "
        "share notes on my case study?",
        "request",
        A,
    ),
    # sway
    ex(
        "Thank you for the feedback on my case study! I've already fixed the model - happy to send it over so "
        "you can see I'd be a good fit after all.",
        "thank_you",
        A,
        S,
    ),
    ex(
        "Hi Jen, just following up. In case the role becomes available again, I'd like to be the first person you "
        "call. Thanks!",
        "follow_up",
        S,
    ),
    ex(
        "Dear Mr Novak, thank you. Would you be open to me presenting a revised solution to the panel? Feedback "
        "on my technical test would also be welcome.",
        "request",
        S,
    ),
    ex(
        "Thanks so much for the tips on my interview. Any chance you could reconsider now that I've worked on them?",
        "thank_you",
        S,
    ),
    ex(
        "Hi Tomas, thank you. I'd like to ask that my application be kept open for this role until the new hire "
        "has started. Any notes on my system design answer?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Yilmaz, thank you. If it would help, I'd gladly come in for a trial day on the team. What did "
        "you think of my interview?",
        "request",
        S,
    ),
    ex(
        "Hello Dr Singh, thank you. Could my name remain on the shortlist for this post in case anything "
        "changes? I'd welcome comments on my research talk.",
        "request",
        S,
    ),
    ex(
        "Hi Maria, thanks for your kind note. I'd really appreciate it if you could overturn the decision after "
        "hearing my side. Notes on my case study welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Jen, thank you. I think another interview with the CTO would show my skills better - could you set "
        "one up? Also feedback on my presentation please.",
        "request",
        S,
    ),
    ex(
        "Thanks Tomas. Maybe we could give it another go in the final round? Feedback on the system design part "
        "would be nice too.",
        "request",
        S,
    ),
    # demanding
    ex(
        "Hi Maria, I wrote last week and have not had the courtesy of a reply. Please respond about my case study "
        "by Wednesday. Thanks.",
        "follow_up",
        D,
    ),
    ex(
        "Thank you for the feedback. I'll also need the full interview notes and scoring sheet from you by Friday.",
        "thank_you",
        D,
    ),
    ex(
        "Dear Mr Novak, thanks. Under data protection law you are required to send me the notes from my "
        "technical interview.",
        "request",
        D,
    ),
    ex(
        "Hi Jen, thank you. I'd expect a reasonable employer to get back to candidates within two days, so "
        "please send notes on my presentation.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Yilmaz, thanks. I am still awaiting your feedback on my interview and need it urgently.",
        "follow_up",
        D,
    ),
    ex(
        "Hi Tomas, thanks. Reply with your comments on my system design answer first thing tomorrow morning.",
        "request",
        D,
    ),
    ex(
        "Dear Dr Singh, thank you. Failing a reply about my research talk this week, I shall contact the dean.",
        "request",
        D,
    ),
    ex(
        "Thanks Maria. You need to send feedback on my case study before the end of the week.",
        "request",
        D,
    ),
    ex(
        "Hi Jen, thank you. Please do not ignore this email - I want a response on my presentation.",
        "request",
        D,
    ),
    ex(
        "Hi Tomas, thanks. Just chasing again, 3rd time now. Notes on my system design answer please, asap.",
        "follow_up",
        D,
    ),
    # vague
    ex(
        "Hello Dr Singh, thank you for your message. Any comments you're able to share would be appreciated.",
        "request",
        V,
    ),
    ex("Hi Jen, thanks for everything. What held me back?", "request", V),
    ex(
        "Dear Mr Novak, I appreciate you letting me know. Could you tell me what the main reasons for the "
        "decision were?",
        "request",
        V,
    ),
    # no thanks / too many questions
    ex("Maria - any update on my request about the case study?", "follow_up", T),
    ex(
        "Hi Tomas, thanks. Was my system design too shallow? Did I talk too much? Should I have asked more questions?",
        "request",
        Q,
    ),
    # good
    ex(
        "Hi Maria, thank you for letting me know. I understand the decision and I'm grateful for the chance to "
        "interview. Could you share a thought on my case study?"
    ),
    ex(
        "Dear Mr Novak, thank you. I'd like to understand why my technical test scored lower than I hoped, so "
        "I can prepare better."
    ),
    ex(
        "Hi Jen, thanks. It was a fair process and a good experience. What would have made my presentation more "
        "convincing?"
    ),
    ex("Dear Ms Yilmaz, thank you. I'll update my cover letter as soon as I can - which part would you change first?"),
    ex("Hi Tomas, thanks. I'm not hoping you'll reconsider - I'd just love a pointer on my system design answer."),
    ex(
        "Dear Dr Singh, thank you for the opportunity. The decision makes sense to me; any comments on my "
        "research talk would help me grow."
    ),
    ex(
        "Thank you for the feedback on my presentation. I'll practise the timing before my next interview.",
        "thank_you",
    ),
    ex(
        "Thanks for taking the time to explain the scoring of my case study. It was fair and really useful.",
        "thank_you",
    ),
    ex(
        "Hi Maria, just following up on my earlier note about my case study. Thank you, and I understand if "
        "you can't reply.",
        "follow_up",
    ),
    ex(
        "Dear Mr Novak, thank you for the notes on my technical test. I need to improve my testing habits, and "
        "your comments gave me a clear place to start.",
        "thank_you",
    ),
    ex(
        "Hi Jen, thanks again for the chance to present. I'm working on the structure you mentioned and hope to "
        "apply for another role with you one day.",
        "thank_you",
    ),
    ex(
        "Thank you, Tomas. I'd be grateful to hear why the system design part didn't convince you - it's the "
        "area I most want to improve."
    ),
    ex(
        "Dear Ms Yilmaz, thank you for the quick decision, it's much better than waiting. Any advice on my "
        "interview answers about teamwork?"
    ),
    ex("Hi Maria, thanks a lot. I'd appreciate your view on my case study when you have time - I'm in no hurry."),
    ex("Dear Dr Singh, I appreciate your reply. Whatever you can share about my research talk, I'll take on board."),
    ex(
        "Hi Jen, a short follow-up about my presentation feedback - thank you, and please ignore this if you're "
        "snowed under.",
        "follow_up",
    ),
    ex(
        "Thanks Tomas! Looking back, I understand why you went with someone more senior. Could you tell me "
        "which part of my system design was weakest?"
    ),
    ex(
        "Dear Mr Novak, many thanks. I've reconsidered how I approach take-home tests - would you have one tip "
        "on my technical test?"
    ),
    ex("Hi Maria, thank you. I don't want to change your decision; I'm simply curious about my case study."),
    ex(
        "Dear Ms Yilmaz, thank you for your candid feedback on my cover letter. You're right that it was too generic.",
        "thank_you",
    ),
    ex(
        "Hi Tomas, thanks for the update. Another chance to apply in the future would be lovely; for now, any "
        "notes on my system design answer?"
    ),
    ex(
        "Dear Dr Singh, thank you. I must say the panel was very welcoming. Could you share feedback on my "
        "teaching demonstration?"
    ),
    ex("Hi Jen, thanks. I need to work on presenting to executives - how did my presentation come across?"),
    ex("Thanks Maria, I'm grateful. Why did my case study fall short on the numbers? I'd like to fix that."),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 4: written after the general rules, run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_4: list[Example] = [
    # argumentative
    ex(
        "Hi Keith, thanks for the call. I've been doing this job for fifteen years, so being told I lack "
        "technical depth is a bit rich. Could you point me to the answer in the technical interview that "
        "gave that impression?",
        "request",
        A,
    ),
    ex(
        "Thank you Dana. I think the panel confused me with another candidate - half the questions were "
        "about a project I never worked on. Any notes on my case study?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Romero, thank you. Frankly the take-home was three times longer than you said it would be, "
        "and I don't think it was a reasonable way to judge anyone. What did you think of my solution?",
        "request",
        A,
    ),
    ex(
        "Thanks for getting back to me. With my background in fintech I was, on paper, exactly who you were "
        "looking for. What tipped it against me in the interview?",
        "request",
        A,
    ),
    ex(
        "hi sam thx for letting me know. honestly the interview felt like a setup, every question was a trick. "
        "what did u think of my coding?",
        "request",
        A,
    ),
    ex(
        "Dear Professor Hale, thank you for your letter. I would respectfully note that the committee appears "
        "not to have read my research statement in full. I would welcome comments on my teaching demo.",
        "request",
        A,
    ),
    ex(
        "Hi Priya, thank you. Nobody on the panel had ever worked in healthcare, which probably explains why my "
        "answers didn't land. Could you share notes on my presentation?",
        "request",
        A,
    ),
    ex(
        "Thank you for the feedback on my portfolio. For the record, the project you called outdated won an "
        "award last year.",
        "thank_you",
        A,
    ),
    ex(
        "Hello Mr Tan, many thanks. I am very sorry but I think your HR made an error in my test score, because "
        "I checked all my answers. Can you explain how my technical test was marked?",
        "request",
        A,
    ),
    ex(
        "Hi Jo, thanks for the update. Ten minutes into the interview it was clear the hiring manager had "
        "already decided. Still, what could I improve in my case study?",
        "request",
        A,
    ),
    ex(
        "Thanks Lars. I'm not convinced a single whiteboard question tells you much about a senior engineer, "
        "but I'd like your notes on my system design answer.",
        "request",
        A,
    ),
    ex(
        "Dear Ms Varga, thank you. I have to question how seriously my application was considered, given it "
        "was rejected within an hour of the interview. Any comments on my interview answers?",
        "request",
        A,
    ),
    ex(
        "Hi Chen, thanks so much. Pretty wild that my SQL was called weak when I literally teach it. Keen to "
        "hear about the rest of my technical test.",
        "request",
        A,
    ),
    # sway
    ex(
        "Hi Keith, thank you. If there is any way to put my application back in front of the hiring manager, "
        "I'd be very grateful. Feedback on my technical interview would help too.",
        "request",
        S,
    ),
    ex(
        "Thank you Dana. I'd love the chance to show the panel the finished version of my case study - would "
        "that change anything?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Romero, thank you. Should the new hire not work out during probation, I'd be delighted to "
        "step in. Any thoughts on my take-home solution?",
        "request",
        S,
    ),
    ex(
        "Hi Sam, thanks. Is it at all possible to add me to the final round after all? I'd also love notes on my "
        "coding test.",
        "request",
        S,
    ),
    ex(
        "Dear Professor Hale, thank you. Would the committee consider a short follow-up interview for this post, "
        "so I can address the gaps you mentioned? Comments on my teaching demo welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Priya, thanks for letting me know. Could we jump on a quick call to talk through the decision? I'd "
        "also value notes on my presentation.",
        "request",
        S,
    ),
    ex(
        "Thanks Mr Tan. Please let me know if the role opens again, because I would accept immediately. Could you "
        "explain how my technical test was marked?",
        "request",
        S,
    ),
    ex(
        "Hi Jo, thanks. I'd happily do a paid trial week so you can see me in action. What could I improve in my "
        "case study?",
        "request",
        S,
    ),
    ex(
        "Thanks Lars! Since your team is still hiring for this role, maybe I could have another crack at the "
        "whiteboard? Notes on my system design answer welcome.",
        "request",
        S,
    ),
    ex(
        "Dear Ms Varga, thank you. I hope you might put me forward to the director anyway. Any comments on my "
        "interview answers?",
        "request",
        S,
    ),
    ex(
        "Hi Chen, thank you for the feedback on my SQL. I've now finished the advanced course - could you share "
        "my profile with the hiring manager again?",
        "thank_you",
        S,
    ),
    ex(
        "Hi Keith, following up on my earlier note. Also, if you're still deciding between finalists, I'd love to "
        "be one of them. Thanks!",
        "follow_up",
        S,
    ),
    # demanding
    ex(
        "Hi Keith, thanks. I'll be checking my inbox tonight for your notes on my technical interview.",
        "request",
        D,
    ),
    ex(
        "Thank you Dana. I need a clear answer on my case study, not a generic email.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Romero, thank you. Your company's policy promises feedback to all candidates, so I'm requesting "
        "mine on the take-home solution within the week.",
        "request",
        D,
    ),
    ex(
        "Hi Sam, thanks. reply pls, it's been 2 weeks and nothing about my coding test.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Professor Hale, thank you. I await your detailed written comments on my teaching demonstration "
        "by return.",
        "request",
        D,
    ),
    ex(
        "Hi Priya, thank you. I'd like you to send me the panel's scoring for my presentation, please.",
        "request",
        D,
    ),
    ex(
        "Thanks Mr Tan. Kindly note that I will be forwarding this thread to my lawyer if my test results are "
        "not explained.",
        "request",
        D,
    ),
    ex(
        "Hi Jo, thanks. I want my case study feedback before my next interview on Thursday, so please don't delay.",
        "request",
        D,
    ),
    ex(
        "Thanks Lars. Three emails, no reply. Please just answer about my system design interview.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Ms Varga, thank you. It would be appreciated if you responded within 48h regarding my interview.",
        "request",
        D,
    ),
    ex(
        "Hi Chen, thanks. I've set aside Friday morning to go through your notes on my SQL test, so I'll need "
        "them by then.",
        "request",
        D,
    ),
    # vague / whole-text
    ex("Hi Lars, thanks a lot for the update. Anything I should know for next time?", "request", V),
    ex("Dear Ms Varga, thank you for letting me know. I'd be grateful for your honest view.", "request", V),
    ex("Thanks Chen! What would you have done in my shoes?", "request", V),
    ex("Hi Sam, can you tell me about my coding test? Sam", "request", T),
    ex(
        "Hi Jo, thanks.\n1. Was my case study too long?\n2. Were my numbers right?\n3. Did I present clearly?",
        "request",
        Q,
    ),
    # good
    ex(
        "Hi Keith, thanks for the call. I was surprised to hear my technical depth was the issue, so I'd really "
        "like to learn which answer gave that impression."
    ),
    ex(
        "Thank you Dana. I'm not sure my case study was as clear as I hoped - could you tell me which part "
        "confused the panel?"
    ),
    ex(
        "Dear Ms Romero, thank you for the decision and for the take-home brief. What would a stronger solution "
        "have included?"
    ),
    ex(
        "Thanks for getting back to me. I know my fintech background isn't everything; which gaps in my "
        "interview stood out to you?"
    ),
    ex("hi sam thx for letting me know! what did u think of my coding? no stress if ur swamped"),
    ex(
        "Dear Professor Hale, thank you for your letter. I would welcome comments on my teaching demo and my "
        "research statement."
    ),
    ex(
        "Hi Priya, thank you. I didn't have healthcare examples ready - would you suggest which experience I "
        "should have talked about in my presentation?"
    ),
    ex(
        "Thank you for the feedback on my portfolio. You're right that the older projects need refreshing.",
        "thank_you",
    ),
    ex(
        "Hello Mr Tan, many thanks. I'd like to understand which parts of my technical test lost the most marks, "
        "so I can study them."
    ),
    ex("Hi Jo, thanks for the update. I'm sure it was a tough choice. What could I improve in my case study?"),
    ex("Thanks Lars. I'd appreciate your notes on my system design answer, especially the scaling part."),
    ex(
        "Dear Ms Varga, thank you for such a quick answer after the interview. Any comments on my interview "
        "answers would be very welcome."
    ),
    ex("Hi Chen, thanks so much. I thought my SQL was a strength, so I'd love to hear where it fell short."),
    ex(
        "Hi Keith, following up on my note about the technical interview - thank you, and no pressure at all.",
        "follow_up",
    ),
    ex(
        "Dear Ms Romero, just a short follow-up on my question about the take-home. Thanks again for your time.",
        "follow_up",
    ),
    ex(
        "Thank you, Professor Hale, for the comments on my teaching demo. I'll rework my opening before the next "
        "application.",
        "thank_you",
    ),
    ex(
        "Hi Priya, thanks a lot for the notes on my presentation. They were fair and clear.",
        "thank_you",
    ),
    ex(
        "Hi Sam, thank you for the quick reply about my coding test. Really kind of you.",
        "thank_you",
    ),
    ex(
        "Dear Mr Tan, thank you. I don't expect you to change the outcome; I'd simply like to understand my "
        "technical test results."
    ),
    ex("Hi Jo, thanks. I'll work on my case study structure this week - which part would you fix first?"),
    ex("Thanks Lars, I understand the decision. Should I prioritise algorithms or system design in my practice?"),
    ex(
        "Dear Ms Varga, thank you. I'd be happy to hear about other openings later in the year. Meanwhile, any "
        "thoughts on my interview?"
    ),
    ex("Hi Chen, thank you for the chance to interview. What would you look for in a stronger SQL test?"),
    ex(
        "Dear Dana, thank you. I need to improve how I explain numbers - how did my case study presentation "
        "come across?"
    ),
    ex("Hi Keith, thanks. If you have five minutes at some point, I'd love a word on my technical interview."),
    ex(
        "Dear Professor Hale, thank you. I accept the committee's decision with good grace. Could you share a "
        "thought on my research talk?"
    ),
    ex(
        "Hi Sam, thanks for the honest reply. Why the coding test mattered so much is clear now; could you tell me "
        "which test case I missed?"
    ),
    ex(
        "Hi Priya, many thanks. I'd welcome any advice on my presentation so I'm better prepared when I apply "
        "again in the future."
    ),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 5: written after the batch-4 changes, run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_5: list[Example] = [
    # argumentative
    ex(
        "Hi Mona, thank you for letting me know. I'll admit I'm finding it hard to square this with the "
        "glowing comments I got at the end of the interview. Could you tell me more about my case study?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Osei, thank you. The brief asked for a one-page summary and I delivered exactly that, so "
        "being marked down for brevity feels backwards. What did you think of my analysis?",
        "request",
        A,
    ),
    ex(
        "Thanks, Greta. To my mind the role called for precisely the stakeholder experience I have, and I'm not "
        "sure that came through in your decision. Any notes on my interview?",
        "request",
        A,
    ),
    ex(
        "Hello Ruth, thanks for the news. Your colleague spent most of my interview on his phone. I'd still "
        "appreciate comments on my portfolio review.",
        "request",
        A,
    ),
    ex(
        "Hi Felix, thanks. Honestly I think I dodged a bullet, given how disorganised the whole thing was. "
        "Anyway, what did you make of my coding test?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Abara, thank you for your reply. I note that you have hired internally, which raises the "
        "question of why the post was advertised at all. Could you share feedback on my presentation?",
        "request",
        A,
    ),
    ex(
        "Thanks Ivan. I'm quite sure my solution was correct - I've run it since and every test passes. What "
        "did the reviewers not like about my take-home?",
        "request",
        A,
    ),
    ex(
        "Hi Bea, thank you. Respectfully, asking about my five-year plan for a six-month contract was an odd "
        "choice. Would you share thoughts on my technical answers?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Laine, thank you. I find it telling that the feedback mentions 'culture' and nothing concrete. "
        "What specifically about my interview could be improved?",
        "request",
        A,
    ),
    ex(
        "Hi Noor, thanks. It's frustrating to be turned down for lacking experience I listed right at the top "
        "of my CV. Any other comments on my interview?",
        "request",
        A,
    ),
    ex(
        "Thank you for the feedback on my interview. I do wonder whether the panel was paying attention when I "
        "explained the migration, though.",
        "thank_you",
        A,
    ),
    ex(
        "Hi Mona, just following up. I'm still a little puzzled how a candidate with my results ends up with a "
        "form rejection. Thanks.",
        "follow_up",
        A,
    ),
    # sway
    ex(
        "Hi Felix, thanks. If it's not too much trouble, could you ask the team whether they'd see me once "
        "more? I'd also value notes on my coding test.",
        "request",
        S,
    ),
    ex(
        "Dear Ms Abara, thank you. I'd be glad to drop my notice period to two weeks if that helps the decision. "
        "Any comments on my presentation?",
        "request",
        S,
    ),
    ex(
        "Thanks Ivan. Would the panel be willing to look at my take-home once I've tidied the tests? Your notes "
        "on it would help.",
        "request",
        S,
    ),
    ex(
        "Hi Bea, thank you. Is there a chance the hiring manager could meet me briefly before the offer goes "
        "out? Thoughts on my technical answers welcome.",
        "request",
        S,
    ),
    ex(
        "Dear Mr Laine, thank you. I believe a conversation with the team lead could clear up the concerns "
        "about my Java - would you arrange it? Notes on my interview welcome too.",
        "request",
        S,
    ),
    ex(
        "Hi Noor, thanks. Please don't close my application yet - I can send references this week. Feedback on "
        "my interview would be great.",
        "request",
        S,
    ),
    ex(
        "Thank you Ruth. If your first choice turns the offer down, please ring me. Comments on my portfolio "
        "review welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Greta, thanks. Happy to work as a contractor on the same project while you decide. What did you "
        "think of my interview?",
        "request",
        S,
    ),
    ex(
        "Dear Mr Osei, thank you. I'd appreciate it if my analysis could be re-marked by a second assessor. "
        "Any comments on it?",
        "request",
        S,
    ),
    ex(
        "Thank you so much for the notes on my coding test, Felix! I've fixed both bugs - fancy another look "
        "before you make the final call?",
        "thank_you",
        S,
    ),
    ex(
        "Hi Mona, following up on my note. I'm still hoping there's a place for me on the team this time round. "
        "Thanks!",
        "follow_up",
        S,
    ),
    # demanding
    ex(
        "Hi Ivan, thanks. Feedback on my take-home by Wednesday would be ideal, as I'm deciding on another offer then.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Abara, thank you. I expect the courtesy of a detailed reply about my presentation.",
        "request",
        D,
    ),
    ex(
        "Hi Bea, thanks. Reply to this email with your notes on my technical answers once you've read it.",
        "request",
        D,
    ),
    ex(
        "Thanks Noor. Just so you know, I've flagged the lack of feedback on my interview to your CEO.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Mr Laine, thank you. As per my rights as an applicant, send the interview scores for my interview "
        "to this address.",
        "request",
        D,
    ),
    ex(
        "Hi Felix, thank you. It's now Thursday and I still have nothing on my coding test.",
        "follow_up",
        D,
    ),
    ex(
        "Hi Greta, thanks. Can I have feedback on my interview today please? I'm in a bit of a rush.",
        "request",
        D,
    ),
    ex(
        "Dear Mr Osei, thank you. I shall assume, if I hear nothing about my analysis by Monday, that your "
        "company does not value candidates.",
        "request",
        D,
    ),
    ex(
        "Hi Ruth, thanks. Waiting patiently is getting old - please send your comments on my portfolio review.",
        "follow_up",
        D,
    ),
    ex(
        "Hello Mona, thank you. I must receive notes on my case study before the end of the month.",
        "request",
        D,
    ),
    ex(
        "Thank you Ivan. A response on my take-home within one working day would be expected.",
        "request",
        D,
    ),
    # vague / whole text
    ex("Hi Bea, thanks so much for the news. Is there anything at all you could pass on?", "request", V),
    ex("Dear Mr Laine, thank you for your time. Where could I have been stronger?", "request", V),
    ex("Hi Noor, thanks for the update. How did I do overall?", "request", V),
    ex("Ruth - could you tell me how my portfolio review went?", "request", T),
    ex(
        "Thanks Greta. Was my interview too long? Did I ramble? Were my examples relevant? What about my "
        "closing questions?",
        "request",
        Q,
    ),
    # good
    ex(
        "Hi Mona, thank you for letting me know. The comments at the end of the interview were encouraging, so "
        "I'd love to learn what held my case study back."
    ),
    ex(
        "Dear Mr Osei, thank you. I kept my summary to one page - was that too brief for what you needed from "
        "my analysis?"
    ),
    ex(
        "Thanks, Greta. I thought my stakeholder experience fitted the role well, so I'd value knowing what was "
        "missing in how I presented it at interview."
    ),
    ex(
        "Hello Ruth, thanks for the news. I'd appreciate a couple of comments on my portfolio review when you "
        "have a moment."
    ),
    ex("Hi Felix, thanks. I know the process had a lot of moving parts. What did you make of my coding test?"),
    ex(
        "Dear Ms Abara, thank you for your reply. I understand you hired internally, which makes sense. Could "
        "you share feedback on my presentation?"
    ),
    ex("Thanks Ivan. I've rerun my take-home since and found a bug myself - was that what the reviewers spotted?"),
    ex(
        "Hi Bea, thank you. The question about my five-year plan caught me off guard; how would you have "
        "answered it in my technical interview?"
    ),
    ex("Dear Mr Laine, thank you. Could you say a little more about what 'culture' meant in my interview feedback?"),
    ex(
        "Hi Noor, thanks. I listed my experience at the top of my CV, but perhaps I didn't explain it well in "
        "the interview - what would you suggest?"
    ),
    ex(
        "Thank you for the feedback on my interview. I'll practise explaining the migration more simply.",
        "thank_you",
    ),
    ex(
        "Hi Mona, just following up on my note about the case study. Thank you, and no worries if it's busy.",
        "follow_up",
    ),
    ex("Hi Felix, thanks. I'd welcome a second opinion from you on my coding style, if you have a spare minute."),
    ex(
        "Dear Ms Abara, thank you. I'm not asking for the decision to change - only for a thought or two on "
        "my presentation."
    ),
    ex("Thanks Ivan, really appreciate it. When you have a chance, I'd love to hear about my take-home."),
    ex(
        "Hi Bea, thank you. I'd like to reconsider how I prepare for technical interviews, so any tips on my "
        "answers would help."
    ),
    ex(
        "Dear Mr Laine, thank you. I realise the team needed stronger Java. Which Java topics from my "
        "interview should I study first?"
    ),
    ex(
        "Hi Noor, thanks so much. I'm keen to apply to your company again next year, so notes on my interview "
        "would be valuable."
    ),
    ex(
        "Thank you Ruth for the kind words about my portfolio. I'm going to act on them right away.",
        "thank_you",
    ),
    ex(
        "Hi Greta, thank you for the thoughtful feedback on my interview. It was fair, and it stung a bit, "
        "which probably means it was right.",
        "thank_you",
    ),
    ex("Dear Mr Osei, thank you. No need to reply quickly - whenever you can, I'd value your view on my analysis."),
    ex(
        "Hi Ivan, a short follow-up about my take-home. Thanks again for your time; I know it's a busy week.",
        "follow_up",
    ),
    ex("Hi Felix, thanks for the chance to do the coding test. I need to get faster - what slowed me down most?"),
    ex(
        "Dear Ms Abara, thank you. Whatever the reasons, I'm grateful for the interview. Is there one thing in "
        "my presentation I should change?"
    ),
    ex(
        "Hi Bea, thank you. I'll be working on my technical answers over the next month, so any pointers would "
        "be great."
    ),
    ex("Hi Mona, thanks. I understand the decision is made. I'd still love a line on my case study."),
    ex(
        "Dear Mr Laine, I'm grateful for your time. Would you be open to sharing which interview question I "
        "handled least well?"
    ),
    ex(
        "Thanks Noor! It was great to meet the team. Why did my interview answers on data privacy fall flat? "
        "I'd like to understand."
    ),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 6: written after the sentence-level nets, run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_6: list[Example] = [
    # argumentative
    ex(
        "Dear Sister Grey, thank you for letting me know. I have run a ward of thirty beds for six years, so "
        "I struggle with the idea that I wasn't ready for a band 7 post. Could you tell me about my interview?",
        "request",
        A,
    ),
    ex(
        "Hi Tom, thanks. The scenario you gave me had no right answer, and I think anyone would have stumbled on "
        "it. What did you think of my other answers in the interview?",
        "request",
        A,
    ),
    ex(
        "Dear Mrs Patel, thank you. I taught the lesson exactly as the brief described, and the children were "
        "engaged throughout, so the outcome is a surprise to say the least. Any thoughts on my lesson plan?",
        "request",
        A,
    ),
    ex(
        "Thanks Rob. Between us, the store manager didn't seem to know what the role actually involved. I'd "
        "love feedback on my interview though.",
        "request",
        A,
    ),
    ex(
        "Dear Ms Lund, thank you for your email. It seems a shame that one typo in my cover letter outweighed "
        "ten years of litigation experience. What else in my application could be better?",
        "request",
        A,
    ),
    ex(
        "Hi Aiko, thank you. My portfolio speaks for itself, frankly. Could you share what the team thought of "
        "my design exercise?",
        "request",
        A,
    ),
    ex(
        "Thank you, Professor Kim. I am confident my research record compares favourably with anyone you "
        "interviewed. I would appreciate comments on my job talk.",
        "request",
        A,
    ),
    ex(
        "Hi Tom, thanks for the feedback on my interview. I'd just say the panel's notes don't match my memory "
        "of the conversation at all.",
        "thank_you",
        A,
    ),
    ex(
        "Dear Mr Ahmed, thank you. Had the interview been scheduled at a reasonable hour, I'm sure I would have "
        "performed better. Any comments on my case study?",
        "request",
        A,
    ),
    ex(
        "Hi Rob, following up. I'm finding the silence a bit disrespectful after two rounds of interviews, to be "
        "honest. Thanks.",
        "follow_up",
        A,
    ),
    ex(
        "Dear Ms Lund, thanks. You asked about tort law for a contracts role, which hardly seems relevant. Any "
        "notes on my written test?",
        "request",
        A,
    ),
    ex(
        "Hi Aiko, thanks. I can't have been that far off if I made the final two. What would have made my design "
        "exercise stronger?",
        "request",
        A,
    ),
    # sway
    ex(
        "Dear Sister Grey, thank you. Might there be any room to revisit this if a band 7 post comes up on the "
        "same ward next month? Feedback on my interview would help.",
        "request",
        S,
    ),
    ex(
        "Hi Tom, thanks. Would a reference from my current director make any difference at this stage? Also, any "
        "notes on my interview?",
        "request",
        S,
    ),
    ex(
        "Dear Mrs Patel, thank you. I would be so grateful for the opportunity to teach a second lesson for you. "
        "Any thoughts on my lesson plan?",
        "request",
        S,
    ),
    ex(
        "Thanks Rob. I'm happy to start on a lower grade and work my way up if that opens the door. What did you "
        "think of my interview?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Lund, thank you. Could I send a corrected cover letter for you to consider alongside the other "
        "finalists? Comments on my written test welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Aiko, thanks. Is the decision already with HR, or is there still time to put my case to the team? "
        "Notes on my design exercise would help.",
        "request",
        S,
    ),
    ex(
        "Thank you, Professor Kim. If the department's first choice goes elsewhere, I hope you will think of me. "
        "Comments on my job talk welcome.",
        "request",
        S,
    ),
    ex(
        "Dear Mr Ahmed, thank you. I'd gladly sit the assessment a second time under normal conditions. Any "
        "comments on my case study?",
        "request",
        S,
    ),
    ex(
        "Hi Rob, thanks for the notes on my interview! Given how close it was, is there any chance of a job-share "
        "arrangement for the role?",
        "thank_you",
        S,
    ),
    ex(
        "Hi Tom, following up. Has the position been offered yet? I'd still very much like to be in the running. "
        "Thanks!",
        "follow_up",
        S,
    ),
    # demanding
    ex(
        "Dear Sister Grey, thank you. I require your feedback on my interview in writing for my development portfolio.",
        "request",
        D,
    ),
    ex(
        "Hi Tom, thanks. Please can you answer about my interview today, as I'm meeting my careers adviser tomorrow.",
        "request",
        D,
    ),
    ex(
        "Dear Mrs Patel, thank you. I would like a full copy of the observation notes from my lesson, please.",
        "request",
        D,
    ),
    ex(
        "Thanks Rob. I'm not going anywhere until I get an answer about my interview.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Ms Lund, thanks. Under the firm's own candidate charter, feedback on my written test is due within "
        "five days.",
        "request",
        D,
    ),
    ex(
        "Hi Aiko, thanks. Quick turnaround on feedback for my design exercise please - I'm interviewing elsewhere "
        "on Monday.",
        "request",
        D,
    ),
    ex(
        "Thank you, Professor Kim. I'd be obliged if you could reply to me about my job talk no later than Friday.",
        "request",
        D,
    ),
    ex(
        "Dear Mr Ahmed, thank you. Another week has gone by with no reply about my case study. I expect better.",
        "follow_up",
        D,
    ),
    ex(
        "Hi Rob, thanks. I'll keep emailing until someone tells me what happened in my interview.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Ms Lund, thank you. Kindly send me the marking scheme for the written test by return email.",
        "request",
        D,
    ),
    ex(
        "Hi Aiko, thanks. Feedback on my design exercise should have reached me by now, so please chase it internally.",
        "follow_up",
        D,
    ),
    # vague / whole text
    ex("Dear Professor Kim, thank you for your letter. I'd welcome anything you're able to tell me.", "request", V),
    ex("Hi Rob, thanks. Where do you think I went wrong?", "request", V),
    ex("Thanks Aiko, much appreciated. Any advice for me?", "request", V),
    ex("Dear Ms Lund, I'd like feedback on my written test. Regards, Ben", "request", T),
    ex(
        "Dear Mrs Patel,\n\nThank you so much for your email and for giving me the chance to teach at your "
        "school last Thursday. I really enjoyed meeting the children, and I thought the Year 4 class was "
        "delightful, especially the little boy who asked so many questions about volcanoes. I have been "
        "teaching for three years now, mostly in Key Stage 1, and this would have been my first Year 4 class, "
        "so I was a bit nervous about pitching the lesson at the right level. I tried to include a practical "
        "activity and some group work, as I know your school values collaborative learning, but I wonder "
        "whether the timing of the activities was right, as we ran a little over at the end. I would be very "
        "grateful if you could share any thoughts on my lesson, particularly the pacing and the differentiation, "
        "so I can improve before my next observation.\n\nWith best wishes,\nHannah",
        "request",
        L,
    ),
    # good
    ex(
        "Dear Sister Grey, thank you for letting me know. I've run a ward for six years, so I'd really like to "
        "understand what a band 7 post needs that I didn't show in the interview."
    ),
    ex(
        "Hi Tom, thanks. I found the scenario question hard - how would you have liked me to approach it in the "
        "interview?"
    ),
    ex(
        "Dear Mrs Patel, thank you. The children seemed engaged, so I'm curious what would have made my lesson "
        "plan stronger."
    ),
    ex("Thanks Rob. I'd love feedback on my interview, especially on how I described the role."),
    ex(
        "Dear Ms Lund, thank you for your email. I'm kicking myself about the typo in my cover letter. Was there "
        "anything else in my application I should fix?"
    ),
    ex(
        "Hi Aiko, thank you. Could you share what the team thought of my design exercise? I'd like to know what "
        "to work on."
    ),
    ex("Thank you, Professor Kim. I would appreciate comments on my job talk, in particular on the Q&A."),
    ex(
        "Hi Tom, thanks for the feedback on my interview. I remember the conversation a little differently, but "
        "your notes give me plenty to think about.",
        "thank_you",
    ),
    ex("Dear Mr Ahmed, thank you. The early start didn't help me, but that's on me. Any comments on my case study?"),
    ex(
        "Hi Rob, a gentle follow-up on my request about the interview. Thanks again - I understand things are busy.",
        "follow_up",
    ),
    ex(
        "Dear Ms Lund, thank you. The tort question surprised me; how would you have expected me to answer it in "
        "the written test?"
    ),
    ex("Hi Aiko, thanks. Making the final two was encouraging - what would have made my design exercise stronger?"),
    ex(
        "Dear Sister Grey, thank you. I'd be glad to hear about band 7 posts in future. For now, any feedback on "
        "my interview?"
    ),
    ex(
        "Hi Tom, thanks. A reference from my director might have helped my application, I now realise - was "
        "leadership evidence the gap in my interview?"
    ),
    ex(
        "Dear Mrs Patel, thank you for the chance to teach. Could you share one thing about my lesson plan I "
        "should change?"
    ),
    ex("Thanks Rob. I'm not expecting the decision to change; I'd just value your notes on my interview."),
    ex(
        "Dear Ms Lund, thank you. I've corrected my cover letter already - would you mind telling me if the "
        "written test raised any concerns?"
    ),
    ex(
        "Hi Aiko, thank you for the quick decision. I'm interviewing elsewhere soon, so any tips on my design "
        "exercise would be lovely - no rush."
    ),
    ex(
        "Thank you, Professor Kim, for your time and the thoughtful questions after my job talk.",
        "thank_you",
    ),
    ex(
        "Dear Mr Ahmed, thank you for the helpful notes on my case study. I'll practise under time pressure.",
        "thank_you",
    ),
    ex(
        "Hi Rob, thanks for the honest feedback on my interview. Fair points, all of them.",
        "thank_you",
    ),
    ex(
        "Hi Tom, just following up on my note about the interview. Many thanks, and no worries if you're short "
        "on time.",
        "follow_up",
    ),
    ex("Dear Ms Lund, thank you. I need to sharpen my contract drafting - did my written test show that?"),
    ex("Hi Aiko, many thanks. Why did the design exercise matter more than the portfolio? I'd like to prepare better."),
    ex(
        "Dear Sister Grey, thank you for your honesty. I understand the decision. What should I develop before "
        "I apply for a band 7 role again?",
        "request",
        V,
    ),
    ex(
        "Hi Tom, thanks. I'll reconsider how I answer scenario questions. Which of my interview answers would you "
        "rework first?"
    ),
    ex(
        "Dear Mrs Patel, thank you. I'd like to improve as soon as I can - which part of my lesson should I start with?"
    ),
    ex("Thanks Rob, I appreciate it. The decision makes sense. Was my interview answer on stock control too vague?"),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 7: ordinary e-mails as people actually write them after a rejection (plain words,
# greetings and sign-offs, one or two problems at most), run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_7: list[Example] = [
    ex(
        "Hi Sarah,\n\nThanks for letting me know. I have to be honest, I'm really disappointed because I felt I "
        "was a great fit for the team. Could you tell me what I could have done better in the interview?\n\n"
        "Thanks,\nMike",
        "request",
        A,
    ),
    ex(
        "Dear Mr Jones,\n\nThank you for your email. I was surprised by the decision as I have all the skills "
        "listed in the job advert. I would appreciate some feedback on my interview.\n\nKind regards,\nPriya",
        "request",
        A,
    ),
    ex(
        "Hello Karen, thanks for the update. I don't understand the decision at all - the interview went really "
        "well. Can you give me feedback on my answers?",
        "request",
        A,
    ),
    ex(
        "Hi James, thank you. I think I was treated unfairly in the second interview, as I wasn't given time to "
        "finish my answers. What did you think of my presentation?",
        "request",
        A,
    ),
    ex(
        "Dear Hiring Team, thank you for considering me. I believe I was the most experienced candidate you "
        "interviewed. Please let me know what I could improve in my interview.",
        "request",
        A,
    ),
    ex(
        "Hi Lisa, thanks for getting back to me. Can I ask why you went with someone else when I had more "
        "experience? Feedback on my CV would be good too.",
        "request",
        A,
    ),
    ex(
        "Hi Dave, thanks for letting me know. Is there any chance you would reconsider? I'm still really keen "
        "on the job. Any feedback on my interview would also be great.",
        "request",
        S,
    ),
    ex(
        "Dear Ms Brown, thank you for the update. If the successful candidate doesn't accept, I would love to be "
        "considered. Could you share some feedback on my application form and interview?",
        "request",
        S,
    ),
    ex(
        "Hi Tom, thanks. Would it be possible to have another interview? I don't think I showed my best side. "
        "Feedback on my interview answers would help.",
        "request",
        S,
    ),
    ex(
        "Hello Anna, thank you for the feedback opportunity. I'd really like another chance at the role - I know "
        "I can do the job. What did you think of my presentation?",
        "request",
        S,
    ),
    ex(
        "Hi Paul, thanks for the email. Please keep me in mind for this position if anything changes. Could you "
        "give me some feedback on my interview?",
        "request",
        S,
    ),
    ex(
        "Dear Sir/Madam, thank you. Please could you reconsider my application for the Administrator role? I "
        "would also like feedback on my interview.",
        "request",
        S,
    ),
    ex(
        "Hi Jenny, thanks for letting me know. Can you send me feedback on my interview by the end of the week please?",
        "request",
        D,
    ),
    ex(
        "Dear Mr Smith, thank you for your email. I would like feedback on my interview as soon as possible.",
        "request",
        D,
    ),
    ex(
        "Hi Rachel, I emailed last week and haven't heard anything back. I really need feedback on my interview. "
        "Thanks",
        "follow_up",
        D,
    ),
    ex(
        "Hello, thanks for letting me know. I need to know what went wrong in my interview so please reply ASAP.",
        "request",
        D,
    ),
    ex(
        "Hi Steve, thanks. Please send me your interview notes and my scores.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Taylor, thank you. I'd appreciate a reply about my interview by Monday as I have other "
        "interviews coming up.",
        "request",
        D,
    ),
    ex("Hi Chris, thanks for letting me know. Any feedback would be appreciated. Thanks, Amy", "request", V),
    ex(
        "Dear Ms Green, thank you for your email. Could you let me know why I wasn't successful this time? "
        "Kind regards, Ola",
        "request",
        V,
    ),
    ex("Hi Ben, thanks for the update. What can I do better next time? Cheers, Sam", "request", V),
    ex(
        "Hi Laura, could you give me some feedback on my interview? I'd like to improve. Regards, Dan",
        "request",
        T,
    ),
    ex(
        "Hello Mark, thank you for the interview. Was I too nervous? Did I answer the technical questions well? "
        "Was my experience relevant? Thanks",
        "request",
        Q,
    ),
    # good
    ex(
        "Hi Sarah,\n\nThanks for letting me know - I really enjoyed meeting the team. Would you be able to share "
        "any feedback on my interview, especially my answers on customer service?\n\nThanks again,\nMike"
    ),
    ex(
        "Dear Mr Jones,\n\nThank you for your email and for the opportunity to interview. I'd be grateful for any "
        "feedback on my interview so I can improve for future applications.\n\nKind regards,\nPriya"
    ),
    ex(
        "Hello Karen, thanks for the update. I'm disappointed, but I understand. Could you give me some feedback "
        "on my answers in the interview?"
    ),
    ex(
        "Hi James, thank you for letting me know. I know I rushed my presentation a bit - is there anything else "
        "I should work on?"
    ),
    ex("Dear Hiring Team, thank you for considering me. I'd welcome any feedback on my interview and my CV."),
    ex("Hi Lisa, thanks for getting back to me. I'd love some feedback on my CV and cover letter if you have time."),
    ex(
        "Hi Dave, thanks for letting me know. I'm still keen on working for the company in the future, so any "
        "feedback on my interview would be great."
    ),
    ex(
        "Dear Ms Brown, thank you for the update. Could you share some feedback on my application form and "
        "interview? It would really help me."
    ),
    ex("Hi Tom, thanks. I don't think I showed my best side in the interview - what would you suggest I work on?"),
    ex("Hello Anna, thank you. What did you think of my presentation? Any tips would be appreciated."),
    ex(
        "Hi Paul, thanks for the email. Please keep me in mind for future roles. Could you give me some feedback "
        "on my interview?"
    ),
    ex(
        "Dear Sir/Madam, thank you for letting me know about the Administrator role. I would like feedback on my "
        "interview if possible."
    ),
    ex("Hi Jenny, thanks for letting me know. Could you send me some feedback on my interview when you get a chance?"),
    ex("Dear Mr Smith, thank you for your email. I would appreciate some feedback on my interview."),
    ex(
        "Hi Rachel, just checking in on my email from last week about feedback on my interview. No worries if "
        "you're busy. Thanks",
        "follow_up",
    ),
    ex("Hello, thanks for letting me know. I'd like to understand what went wrong in my interview so I can improve."),
    ex("Hi Steve, thanks. Would you be able to share any notes from my interview?"),
    ex(
        "Dear Ms Taylor, thank you. I'd appreciate any feedback about my interview - I have other interviews "
        "coming up and it would really help."
    ),
    ex("Hi Chris, thank you so much for the feedback on my interview, it's really helpful!", "thank_you"),
    ex(
        "Dear Ms Green, thank you for taking the time to give me feedback on my CV. I'll update it this week.",
        "thank_you",
    ),
    ex("Hi Ben, thanks for the tips on my interview. Much appreciated.", "thank_you"),
    ex(
        "Hi Laura, just a quick follow-up on my request for feedback on my interview. Thanks in advance.",
        "follow_up",
    ),
    ex("Hello Mark, thank you for the interview. Could you let me know how I did on the technical questions?"),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 8: a realistic mix (some plain, some indirect), run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_8: list[Example] = [
    ex(
        "Hi Olivia, thank you for letting me know. I was under the impression the interview went very well, "
        "and everyone seemed happy with my answers, so I'm a bit lost. Could you share feedback on my case study?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Byrne, thank you. I'd like to point out that I was never told the role needed French. Any "
        "comments on my interview would be appreciated.",
        "request",
        A,
    ),
    ex(
        "Hi Sunita, thanks. I think it's a mistake to judge someone on a 20-minute phone screen. What did you "
        "think of my answers on the call?",
        "request",
        A,
    ),
    ex(
        "Hi Olivia, thanks so much for the feedback on my case study. I'd still argue my numbers were right, but "
        "I take the point about presentation.",
        "thank_you",
        A,
    ),
    ex(
        "Dear Dr Flores, thank you. It's disappointing that my publications weren't even discussed in the "
        "interview. I'd welcome comments on my research talk.",
        "request",
        A,
    ),
    ex(
        "Hey Marcus, thanks. Not being funny, but I've done this exact job for five years. What was wrong with "
        "my interview?",
        "request",
        A,
    ),
    ex(
        "Hi Sunita, following up on my feedback request. I'm still not clear how I failed a test I'd prepared "
        "for so thoroughly. Thanks.",
        "follow_up",
        A,
    ),
    ex(
        "Dear Mr Byrne, thank you. Is there any possibility the decision could be looked at again? I'd also "
        "welcome comments on my interview.",
        "request",
        S,
    ),
    ex(
        "Hi Olivia, thanks. I'm confident I could get up to speed quickly if you gave me the opportunity. Could "
        "you share feedback on my case study?",
        "request",
        S,
    ),
    ex(
        "Dear Dr Flores, thank you. I'd be happy to give my research talk again to the wider department if that "
        "would help. Comments on it welcome.",
        "request",
        S,
    ),
    ex(
        "Hey Marcus, thanks. Any way you could squeeze me into the last round? Notes on my interview would be ace too.",
        "request",
        S,
    ),
    ex(
        "Hi Sunita, thank you for the feedback on my test! I've been practising since - could I have a go at it again?",
        "thank_you",
        S,
    ),
    ex(
        "Dear Mr Byrne, following up. I understand the post may already be filled, but if not, I'm still "
        "available. Thanks.",
        "follow_up",
        S,
    ),
    ex(
        "Dear Ms Quinn, thank you. Please could you let me have feedback on my interview by Wednesday at the latest?",
        "request",
        D,
    ),
    ex(
        "Hi Olivia, thanks. I've been waiting a fortnight for feedback on my case study now.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Dr Flores, thank you. I would ask that you send me written feedback on my research talk without delay.",
        "request",
        D,
    ),
    ex(
        "Hey Marcus, thanks. Need feedback on my interview pronto mate.",
        "request",
        D,
    ),
    ex(
        "Hi Sunita, thanks. I've now asked three times for feedback on my test. Please respond.",
        "follow_up",
        D,
    ),
    ex(
        "Dear Mr Byrne, thank you. You are legally obliged to provide the interview notes, so please forward them.",
        "request",
        D,
    ),
    ex(
        "Hi Olivia, thanks. Let me know about my case study feedback by tonight if possible, I've got a decision "
        "to make.",
        "request",
        D,
    ),
    ex("Dear Ms Quinn, thank you for your message. Is there anything you could tell me?", "request", V),
    ex("Hey Marcus, cheers for letting me know. How could I improve?", "request", V),
    ex("Dr Flores - feedback on my research talk, please.", "request", T),
    # good
    ex(
        "Hi Olivia, thank you for letting me know. I thought the interview went well, so I'd be really curious to "
        "hear what held my case study back."
    ),
    ex(
        "Dear Mr Byrne, thank you. I hadn't realised French was so important for the role - was that the main "
        "gap in my interview?"
    ),
    ex("Hi Sunita, thanks. A phone screen is short, I know. What could I have done better in my answers on the call?"),
    ex(
        "Hi Olivia, thanks so much for the feedback on my case study. I double-checked my numbers and you were "
        "right - lesson learned.",
        "thank_you",
    ),
    ex(
        "Dear Dr Flores, thank you. I'd welcome comments on my research talk, and on whether my publications "
        "came across well."
    ),
    ex("Hey Marcus, thanks. I've done similar work for five years, so I'm curious what was missing in my interview."),
    ex(
        "Hi Sunita, following up on my feedback request about the test. Thanks, and no problem if you can't.",
        "follow_up",
    ),
    ex("Dear Mr Byrne, thank you. I understand the decision is final. Could you comment on my interview?"),
    ex(
        "Hi Olivia, thanks. I'm confident I can get up to speed on finance systems with more practice - which "
        "part of my case study showed the gap?"
    ),
    ex("Dear Dr Flores, thank you. I'd be happy to hear any comments on my research talk."),
    ex("Hey Marcus, thanks. Any notes on my interview would be ace."),
    ex(
        "Hi Sunita, thank you for the feedback on my test! I've been practising since and it's paying off.",
        "thank_you",
    ),
    ex(
        "Dear Mr Byrne, following up once more about my interview feedback. Thanks again, and all the best.",
        "follow_up",
    ),
    ex("Dear Ms Quinn, thank you. Could you let me have feedback on my interview when convenient?"),
    ex(
        "Hi Olivia, thanks. It's been a fortnight, so I thought I'd check in about my case study feedback - no "
        "pressure.",
        "follow_up",
    ),
    ex("Dear Dr Flores, thank you. Written feedback on my research talk would be wonderful, whenever you can."),
    ex("Hey Marcus, thanks mate. Any feedback on my interview would be great."),
    ex(
        "Dear Mr Byrne, thank you. I realise interview notes can't always be shared, but any comment on my "
        "interview would help."
    ),
    ex(
        "Hi Olivia, thanks. I've got a decision to make on another offer, but there's no rush on your feedback "
        "about my case study."
    ),
    ex("Dear Ms Quinn, thank you for your message. Is there anything in my interview answers you'd flag?"),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 9: mostly good notes full of risky words, plus whole-text problems (rambling,
# vague, many questions) and a few sentences that argue, sway or press; run once before changes.
# ---------------------------------------------------------------------------------------------
FRESH_9: list[Example] = [
    # good, risky words
    ex(
        "Hi Nadia, thank you for letting me know. I'm sure the decision wasn't taken lightly. Could you tell me "
        "which of my interview answers was least convincing?"
    ),
    ex(
        "Dear Mr Collins, thank you. The process was fair and well run. I'd value a word on my presentation - "
        "what would have made it stronger?"
    ),
    ex(
        "Hi Yusuf, thanks for the honest answer. I was surprised, but not upset. What would you change in my "
        "portfolio first?"
    ),
    ex(
        "Dear Ms Hart, thank you. I don't disagree with the outcome at all; I'd just like to know how my "
        "negotiation role-play came across."
    ),
    ex("Hi Leo, thanks. I need feedback to grow, so anything on my coding interview would be gold."),
    ex(
        "Dear Dr Rossi, thank you for your note. I'm not trying to change your mind - I'd simply like comments "
        "on my teaching demonstration."
    ),
    ex("Hi Nadia, thanks! I'll work on my SQL as soon as I can. Which topics tripped me up in the test?"),
    ex(
        "Dear Mr Collins, thank you. I understand why you chose a candidate with agency experience. What would "
        "have made my presentation more relevant?"
    ),
    ex("Hi Yusuf, thanks a lot. I'd be keen to hear about future design roles. Meanwhile, any notes on my portfolio?"),
    ex("Dear Ms Hart, thank you. Why did my role-play feel flat? I'd really like to understand and improve."),
    ex("Hi Leo, thanks. I was expecting the live coding to be hard, and it was! What would you practise?"),
    ex("Dear Dr Rossi, thank you. It was a privilege to be shortlisted. Could you share a thought on my lesson plan?"),
    ex(
        "Hi Nadia, thank you so much for the feedback on my interview. I'll reconsider how I prepare examples.",
        "thank_you",
    ),
    ex(
        "Dear Mr Collins, thank you for taking the time to explain the decision. It was fair and clear.",
        "thank_you",
    ),
    ex(
        "Hi Yusuf, thanks for the notes on my portfolio. I need to cut it down, you're right.",
        "thank_you",
    ),
    ex(
        "Dear Ms Hart, a gentle follow-up on my note about the role-play. Thanks, and no need to reply if "
        "you're swamped.",
        "follow_up",
    ),
    ex(
        "Hi Leo, following up on my question about the coding interview. I know you're busy - thanks again.",
        "follow_up",
    ),
    ex(
        "Dear Dr Rossi, thank you. Your decision makes sense. Could I ask what the panel looked for in the "
        "teaching demonstration?"
    ),
    ex("Hi Nadia, thanks. It didn't go my way this time, and that's okay. What would you tell me about my case study?"),
    ex("Dear Mr Collins, thank you. I'd appreciate any feedback on my presentation, when you have a chance."),
    ex("Hi Yusuf, thank you. I was disappointed, naturally. I'd love one pointer on my portfolio."),
    ex("Dear Ms Hart, thank you. The role-play was tough but fair. Which part of my negotiation would you change?"),
    ex("Hi Leo, thanks. I made some mistakes in the coding interview, I know. Which one mattered most?"),
    ex(
        "Dear Dr Rossi, thank you. Whatever the reason, I'm grateful for the chance. Comments on my lesson plan "
        "would be welcome."
    ),
    ex("Hi Nadia, thanks for letting me know. I respect the team's choice. Could you share feedback on my CV?"),
    # whole-text problems
    ex("Hi Leo, thanks for the news. Anything you can share would be helpful.", "request", V),
    ex("Dear Dr Rossi, thank you for your time. What could I do to be a stronger candidate?", "request", V),
    ex("Hi Yusuf, thanks. Was there something specific?", "request", V),
    ex(
        "Dear Ms Hart, thank you. Could you tell me how my role-play went? Was my opening strong? Did I concede "
        "too early? And how was my closing?",
        "request",
        Q,
    ),
    ex(
        "Hi Nadia, I hope you're well. I just wanted to reach out about the interview last week for the analyst "
        "position, which I really enjoyed, particularly the conversation with your colleague about the new "
        "reporting tools and the move to the cloud, which is something I have a lot of interest in because at my "
        "current job we are planning a similar migration and I have been reading about it. I know you must be "
        "very busy with the hiring process and everything else going on, so I completely understand if it takes "
        "a while to reply, but I was wondering whether you might be able to share any feedback on how I did in "
        "the interview, especially in the technical part where we talked about SQL and data modelling, because I "
        "felt a bit unsure there and I want to get better at explaining my thinking. Thank you very much for "
        "your time and for considering me.",
        "request",
        L,
    ),
    ex(
        "Dear Mr Collins, I'm following up on my email of the 3rd about my presentation. I appreciate that you "
        "have a lot on your plate at the moment, and I really don't want to be a nuisance, but I thought I would "
        "send a quick reminder in case my message got lost among everything else. Even a line or two about the "
        "presentation would be very useful to me, as I am preparing for a similar interview next month and I "
        "would like to address whatever held me back. Thank you again for your time, and I hope the rest of the "
        "process goes smoothly for you and the team.",
        "follow_up",
        L,
    ),
    ex("Hi Leo, what did you think of my coding interview?", "request", T),
    # argue / sway / press
    ex(
        "Dear Dr Rossi, thank you. Frankly, three minutes is not enough time to show anyone's teaching. Could you "
        "share comments on my lesson plan?",
        "request",
        A,
    ),
    ex(
        "Hi Yusuf, thanks. I poured weeks into that portfolio and it feels like nobody looked at it properly. "
        "Any notes on it?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Hart, thank you. I negotiated exactly the way your own training materials recommend, so I'm at a "
        "loss. What did you make of my role-play?",
        "request",
        A,
    ),
    ex(
        "Hi Leo, thanks. Happy to do a paid take-home for the same role if it helps you decide differently. What "
        "did you think of my coding interview?",
        "request",
        S,
    ),
    ex(
        "Dear Mr Collins, thank you. I'd welcome the chance to present to you again before the role is signed "
        "off. Feedback on my presentation would also help.",
        "request",
        S,
    ),
    ex(
        "Hi Nadia, thanks for your note. Any hope of a rethink? I'd also love feedback on my interview.",
        "request",
        S,
    ),
    ex(
        "Dear Dr Rossi, thank you. I'll need your comments on my lesson plan before my next interview on Tuesday.",
        "request",
        D,
    ),
    ex(
        "Hi Yusuf, thanks. Please get me your notes on my portfolio ASAP, I'm on a deadline.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Hart, I've written twice now about my role-play and would appreciate the basic courtesy of an "
        "answer. Thanks.",
        "follow_up",
        D,
    ),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 10: the last unseen batch, a realistic mix; run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_10: list[Example] = [
    ex(
        "Hi Claire, thanks for letting me know. I feel like I wasn't given a fair shot, to be honest. Could you "
        "share feedback on my interview?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Evans, thank you. I'm confused, because the job spec matched my CV almost word for word. What "
        "did you think of my interview answers?",
        "request",
        A,
    ),
    ex(
        "Hi Raj, thanks. The task was marked on things that weren't in the instructions, which doesn't seem "
        "right. Any notes on my code?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Novak, thank you for the news. I'd have thought my track record with enterprise clients would "
        "carry more weight. Any comments on my presentation?",
        "request",
        A,
    ),
    ex(
        "Hi Ellie, thanks for the feedback on my portfolio. Honestly though, I think the reviewer just didn't "
        "like my style.",
        "thank_you",
        A,
    ),
    ex(
        "Hi Claire, thanks. I'm sure your pick is great, but you won't find anyone more committed than me. Any "
        "thoughts on my interview?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Evans, thank you. If the role comes back up, could you contact me before advertising it? I'd "
        "also like feedback on my interview answers.",
        "request",
        S,
    ),
    ex(
        "Hi Raj, thanks. I've rewritten the code since - would you be willing to have another look and see if "
        "it changes things?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Novak, thank you. Please let the panel know I'm flexible on salary and start date. Any comments "
        "on my presentation?",
        "request",
        S,
    ),
    ex(
        "Hi Ellie, thank you. Is there room for two designers on the team after all? I'd love notes on my portfolio.",
        "request",
        S,
    ),
    ex(
        "Hi Claire, following up. I'd still jump at the chance to join if your plans change. Thanks again.",
        "follow_up",
        S,
    ),
    ex(
        "Dear Mr Evans, thank you. Would you consider me for the role on a six-month trial instead? Feedback on "
        "my interview answers welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Raj, thanks. Send over your notes on my code when you can, but no later than Thursday please.",
        "request",
        D,
    ),
    ex(
        "Dear Ms Novak, thank you. I must insist on a proper explanation of the presentation scores.",
        "request",
        D,
    ),
    ex(
        "Hi Ellie, I've not heard back in ten days. I'd appreciate an answer about my portfolio today. Thanks.",
        "follow_up",
        D,
    ),
    ex(
        "Hi Claire, thanks. Get me the interview feedback this week and we're good.",
        "request",
        D,
    ),
    ex(
        "Dear Mr Evans, thank you. Given I took a day off work for the interview, I think I'm owed detailed "
        "feedback on my answers.",
        "request",
        D,
    ),
    ex(
        "Hi Raj, thanks. If I don't get notes on my code soon, I'll assume the company doesn't care about "
        "candidates and say so online.",
        "request",
        D,
    ),
    ex("Dear Ms Novak, thank you for your email. Any feedback at all would be welcome.", "request", V),
    ex("Hi Ellie, thanks for the update! What should I work on?", "request", V),
    # good
    ex(
        "Hi Claire, thanks for letting me know. I'd really value feedback on my interview - especially on how I "
        "handled the scenario question."
    ),
    ex(
        "Dear Mr Evans, thank you. The job spec looked like a great match for my CV, so I'd love to know what I "
        "could have shown better in the interview."
    ),
    ex("Hi Raj, thanks. I may have misread the task instructions - could you tell me what you expected from my code?"),
    ex(
        "Dear Ms Novak, thank you for the news. I'd like to understand how my enterprise experience came across "
        "in the presentation."
    ),
    ex(
        "Hi Ellie, thanks for the feedback on my portfolio. The point about my visual style is fair, and I'll "
        "work on it.",
        "thank_you",
    ),
    ex("Hi Claire, thanks. I'm sure your pick is great. Any thoughts on my interview would help me next time."),
    ex(
        "Dear Mr Evans, thank you. If future roles come up, I'd be glad to hear about them. Could you share "
        "feedback on my interview answers?"
    ),
    ex(
        "Hi Raj, thanks. I've rewritten the code since as an exercise - would you be willing to tell me if I "
        "fixed the right things?"
    ),
    ex("Dear Ms Novak, thank you. I'd appreciate any comments on my presentation, particularly the pricing section."),
    ex("Hi Ellie, thank you. I'd love notes on my portfolio - what would make it stand out more?"),
    ex(
        "Hi Claire, following up on my note about the interview. Thanks again, and no pressure at all.",
        "follow_up",
    ),
    ex(
        "Dear Mr Evans, thank you. I understand the decision. Which of my interview answers would you have "
        "liked to hear more about?"
    ),
    ex("Hi Raj, thanks. Send over any notes on my code whenever suits - I really appreciate it."),
    ex(
        "Dear Ms Novak, thank you. I'd be grateful for a short explanation of how the presentation was scored, "
        "if that's something you can share."
    ),
    ex(
        "Hi Ellie, a short follow-up on my portfolio question. Thanks, and I hope the new designer settles in well.",
        "follow_up",
    ),
    ex(
        "Hi Claire, thank you for your kind words about my interview. I'll work on my examples.",
        "thank_you",
    ),
    ex(
        "Dear Mr Evans, thank you. I took a day off for the interview and it was worth it - any feedback on my "
        "answers would be a bonus."
    ),
    ex("Hi Raj, thanks. I'd like to get better at code reviews; what did you think of my code?"),
    ex("Dear Ms Novak, thank you for your honesty. Why did the pricing section fall short? I want to fix it."),
    ex("Hi Ellie, thanks. It was a fair decision - could you point me to the weakest piece in my portfolio?"),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 11: written after all the changes above, run once; the final first look.
# ---------------------------------------------------------------------------------------------
FRESH_11: list[Example] = [
    ex(
        "Hi Gemma, thank you for the update. I'm genuinely shocked - I was told by your recruiter that I was "
        "the frontrunner. Could you share feedback on my final interview?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Park, thank you. I'm not sure the panel appreciated how much of the migration I led personally. "
        "Any comments on my interview?",
        "request",
        A,
    ),
    ex(
        "Hello Ines, thanks. It's a pity the decision seems to have been made on paper rather than on what I "
        "showed in the room. What did you think of my case study?",
        "request",
        A,
    ),
    ex(
        "Hi Victor, thanks. With respect, I don't think a multiple-choice test can tell you whether someone can "
        "manage people. I'd welcome notes on my interview.",
        "request",
        A,
    ),
    ex(
        "Dear Ms Cole, thank you. I think there may have been a misunderstanding about my visa status, which is "
        "not an issue at all. Any feedback on my interview?",
        "request",
        A,
    ),
    ex(
        "Hi Gemma, thanks for the notes on my interview. I'm afraid I can't agree that I lacked energy - I was "
        "the one driving the conversation.",
        "thank_you",
        A,
    ),
    ex(
        "Dear Mr Park, thank you. I'd happily meet the CTO if that would help change the outcome. Any comments on "
        "my interview?",
        "request",
        S,
    ),
    ex(
        "Hello Ines, thanks. Could you keep my case study on file in case the new hire doesn't pass probation? "
        "I'd love your thoughts on it.",
        "request",
        S,
    ),
    ex(
        "Hi Victor, thanks. I've just passed the management certificate you mentioned - does that put me back in "
        "contention?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Cole, thank you. Now that my visa question is cleared up, could the team revisit my "
        "application? Feedback on my interview would also help.",
        "request",
        S,
    ),
    ex(
        "Hi Gemma, following up on my note. If the team has a change of plan, I'm ready to start next week. Thanks.",
        "follow_up",
        S,
    ),
    ex(
        "Hello Ines, thank you. Is it worth me sending a stronger case study, or has the ship sailed? Notes on my "
        "first one welcome.",
        "request",
        S,
    ),
    ex(
        "Dear Mr Park, thank you. I would like your written feedback on my interview by 5pm tomorrow.",
        "request",
        D,
    ),
    ex(
        "Hi Victor, I'm chasing again as I still haven't had any feedback on my interview. Please reply.",
        "follow_up",
        D,
        T,
    ),
    ex(
        "Dear Ms Cole, thank you. I'm afraid I have to insist that you explain the decision about my interview "
        "in writing.",
        "request",
        D,
    ),
    ex(
        "Hi Gemma, thanks. Please treat this as urgent: I need notes on my final interview for another application.",
        "request",
        D,
    ),
    ex(
        "Hello Ines, thanks. I'll be calling your office tomorrow if I haven't heard about my case study.",
        "request",
        D,
    ),
    ex(
        "Hi Victor, thank you. Your company's website promises feedback within five days, and it has been "
        "nine. I'd like my interview feedback now.",
        "follow_up",
        D,
    ),
    ex("Hi Gemma, thanks for letting me know. I'd appreciate your thoughts.", "request", V),
    ex("Dear Mr Park, thank you. Is there anything you'd suggest for next time?", "request", V),
    # good
    ex(
        "Hi Gemma, thank you for the update. I'd hoped it would go my way, but I understand. Could you share "
        "feedback on my final interview?"
    ),
    ex(
        "Dear Mr Park, thank you. I led much of the migration myself - did that come across in my interview, or "
        "should I have explained it differently?"
    ),
    ex("Hello Ines, thanks. I'd like to know how my case study compared with what you hoped to see."),
    ex("Hi Victor, thanks. The multiple-choice test was new to me. Which areas of my answers were weakest?"),
    ex(
        "Dear Ms Cole, thank you. In case it's useful, my visa allows me to work without sponsorship. Could you "
        "share any feedback on my interview?"
    ),
    ex(
        "Hi Gemma, thanks for the notes on my interview. The point about energy is a useful one - I'll work on it.",
        "thank_you",
    ),
    ex(
        "Dear Mr Park, thank you. I'd be glad to meet the team again if a future role comes up. Meanwhile, any "
        "comments on my interview?"
    ),
    ex("Hello Ines, thank you. I'd love your thoughts on my case study - I want to strengthen it for next time."),
    ex(
        "Hi Victor, thanks. I've just passed a management certificate, so I'd welcome your view on what else to "
        "develop from my interview."
    ),
    ex(
        "Dear Ms Cole, thank you. I understand the decision. Could you say how my interview answers on "
        "compliance came across?"
    ),
    ex(
        "Hi Gemma, following up on my note about the final interview. Thanks again, and no pressure at all.",
        "follow_up",
    ),
    ex(
        "Hello Ines, thank you. Could I send you a stronger case study some time, just for your advice? No need "
        "if you're busy."
    ),
    ex("Dear Mr Park, thank you. I would appreciate written feedback on my interview whenever you're able."),
    ex(
        "Hi Victor, checking in once more about feedback on my interview. Thank you, and I understand if there's "
        "no time.",
        "follow_up",
    ),
    ex("Dear Ms Cole, thank you. I'd be grateful for a few lines on my interview, if that's possible."),
    ex(
        "Hi Gemma, thanks. I need notes on my final interview for my own development - anything you can share "
        "would help."
    ),
    ex(
        "Hello Ines, thanks so much for the feedback on my case study. It's fair, and I'll rework the numbers.",
        "thank_you",
    ),
    ex(
        "Hi Victor, thank you. Your website mentions feedback for all candidates, which I think is great. Could "
        "you share some on my interview?"
    ),
    ex(
        "Dear Mr Park, thank you. I'm disappointed, of course, but the decision makes sense. What would have "
        "made my interview stronger?"
    ),
    ex("Hi Gemma, thank you. Why did my final interview not land as well as the first? I'd like to learn from it."),
]


# ---------------------------------------------------------------------------------------------
# Fresh batch 12: a second look after every change, run once before any change for it.
# ---------------------------------------------------------------------------------------------
FRESH_12: list[Example] = [
    ex(
        "Hi Wendy, thanks for letting me know. I gave you three strong references and a portfolio, so I'm not "
        "sure what more anyone could ask for. Any feedback on my interview?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Lowe, thank you. I suspect the role went to an internal candidate all along. Could you share "
        "comments on my presentation?",
        "request",
        A,
    ),
    ex(
        "Hi Fatima, thanks. The panel spent half the time talking about themselves, so I barely got to show my "
        "work. What did you think of my case study?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Reid, thank you. My answers were textbook; if they weren't what you wanted, the questions "
        "should have been clearer. Any notes on my interview?",
        "request",
        A,
    ),
    ex(
        "Hi Wendy, thank you. Could you pass my details back to the hiring manager in case they'd like a second "
        "chat? I'd love feedback on my interview too.",
        "request",
        S,
    ),
    ex(
        "Dear Mr Lowe, thank you. I'd be willing to relocate after all, if that's what tipped it. Comments on my "
        "presentation welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Fatima, thanks. I'd love to be your plan B if the offer isn't accepted. What did you think of my case "
        "study?",
        "request",
        S,
    ),
    ex(
        "Dear Ms Reid, following up. I'm still hoping to be considered for the team lead post. Thank you.",
        "follow_up",
        S,
    ),
    ex(
        "Hi Wendy, thanks. I'd like feedback on my interview in the next day or two, please.",
        "request",
        D,
    ),
    ex(
        "Dear Mr Lowe, thank you. A reply about my presentation is long overdue.",
        "follow_up",
        D,
    ),
    ex(
        "Hi Fatima, thanks. You said you'd send feedback on my case study last week - where is it?",
        "follow_up",
        D,
    ),
    ex(
        "Dear Ms Reid, thank you. I trust I will have your comments on my interview on my desk by Monday.",
        "request",
        D,
    ),
    ex("Hi Wendy, thanks a lot for the news. Could you tell me more?", "request", V),
    ex("Dear Mr Lowe, thank you for your time. Where can I improve?", "request", V),
    # good
    ex(
        "Hi Wendy, thanks for letting me know. I thought my references and portfolio were strong - what else "
        "would have helped in my interview?"
    ),
    ex(
        "Dear Mr Lowe, thank you. I understand an internal candidate may have had the edge. Could you share "
        "comments on my presentation?"
    ),
    ex(
        "Hi Fatima, thanks. I felt I didn't get to show much of my work - how could I have used the time better "
        "in my case study?"
    ),
    ex(
        "Dear Ms Reid, thank you. I found some of the questions hard to read; how would you have liked my "
        "interview answers to be structured?"
    ),
    ex("Hi Wendy, thank you. I'd love feedback on my interview, and I'd be happy to hear about future roles."),
    ex("Dear Mr Lowe, thank you. Was relocation a factor? I'd like to understand my interview better for next time."),
    ex("Hi Fatima, thanks for the update. Any thoughts on my case study would be much appreciated."),
    ex(
        "Dear Ms Reid, following up on my note about the interview. Thank you, and no need to reply if you're busy.",
        "follow_up",
    ),
    ex(
        "Hi Wendy, thanks. If you could share feedback on my interview in the next week or two, that would be "
        "lovely - only if you have time."
    ),
    ex(
        "Dear Mr Lowe, thank you for the feedback on my presentation. It was long overdue for me to hear this, "
        "and it helps.",
        "thank_you",
    ),
    ex(
        "Hi Fatima, thank you. You mentioned you might send feedback on my case study - no rush at all.",
        "follow_up",
    ),
    ex(
        "Dear Ms Reid, thank you so much for your comments on my interview. I'll use them on Monday.",
        "thank_you",
    ),
    ex(
        "Hi Wendy, thank you. I made it to the final round, which I'm proud of. What would you suggest I improve "
        "in my interview?"
    ),
    ex("Dear Mr Lowe, thank you. I'm keen to keep learning - which part of my presentation was weakest?"),
    ex("Hi Fatima, thanks. Second chances aren't what I'm after; I'd just like notes on my case study."),
]

FRESH = (
    FRESH_1
    + FRESH_2
    + FRESH_3
    + FRESH_4
    + FRESH_5
    + FRESH_6
    + FRESH_7
    + FRESH_8
    + FRESH_9
    + FRESH_10
    + FRESH_11
    + FRESH_12
)

# ---------------------------------------------------------------------------------------------
# Fresh batch 13: one more first look, written after batch 12's changes.
# ---------------------------------------------------------------------------------------------
FRESH_13: list[Example] = [
    ex(
        "Hi Oscar, thanks. It feels like the goalposts moved between the first and second interview. Could you "
        "share feedback on my second interview?",
        "request",
        A,
    ),
    ex(
        "Dear Ms Khan, thank you. I'm sorry, but 'not enough leadership' doesn't describe the person who ran "
        "your pilot project for a year. Any other notes on my interview?",
        "request",
        A,
    ),
    ex(
        "Hi Bella, thanks for the update. Clearly someone on the panel had their mind made up. What did you "
        "think of my portfolio?",
        "request",
        A,
    ),
    ex(
        "Dear Mr Ito, thank you. I would respectfully ask the panel to look at my application once more. Any "
        "comments on my interview?",
        "request",
        S,
    ),
    ex(
        "Hi Oscar, thanks. If there's any wiggle room on the decision, I'm all ears. Feedback on my second "
        "interview would help.",
        "request",
        S,
    ),
    ex(
        "Dear Ms Khan, thank you. Would a conversation with your director change the picture at all? Notes on "
        "my interview welcome.",
        "request",
        S,
    ),
    ex(
        "Hi Bella, thanks. I really need this feedback on my portfolio by tomorrow morning.",
        "request",
        D,
    ),
    ex(
        "Dear Mr Ito, thank you. Please ensure the interview notes are sent to me this week.",
        "request",
        D,
    ),
    ex(
        "Hi Oscar, this is my last attempt to get feedback on my second interview before I take it further. Thanks.",
        "follow_up",
        D,
    ),
    ex("Dear Ms Khan, thank you for the update. I would welcome any comments.", "request", V),
    # good
    ex(
        "Hi Oscar, thanks. The second interview felt quite different from the first - what were you looking for "
        "in my answers there?"
    ),
    ex(
        "Dear Ms Khan, thank you. I led your pilot project for a year, so I'd like to understand how I could show "
        "leadership more clearly in my interview."
    ),
    ex("Hi Bella, thanks for the update. I'm sure the panel weighed it carefully. What did you think of my portfolio?"),
    ex("Dear Mr Ito, thank you. I would respectfully ask for a few lines on my interview, if you have time."),
    ex("Hi Oscar, thanks. I'm all ears for any feedback on my second interview."),
    ex("Dear Ms Khan, thank you. Would you share how my interview compared with what the director hoped for?"),
    ex("Hi Bella, thanks. I'd really value feedback on my portfolio, whenever you can."),
    ex("Dear Mr Ito, thank you. Please send any interview notes you're able to share - no rush."),
    ex(
        "Hi Oscar, a last gentle nudge about feedback on my second interview. Thanks either way.",
        "follow_up",
    ),
    ex(
        "Dear Ms Khan, thank you so much for the notes on my interview. The point about leadership examples is "
        "spot on.",
        "thank_you",
    ),
]

FRESH = FRESH + FRESH_13
