"""A labelled corpus for the tone check: (text, kind, expected codes).

Two parts. ``HELD_OUT`` was written first, before any rule existed, and the rules were not
tuned on it afterwards; every rule passed it from the first run. That is optimistic: the same
person wrote the held-out texts and the rules. ``DEV`` is what the rules were developed against,
including ``PROBES``: batches of fresh texts, each run once *before* the rules were changed
for it. Those first looks are the better estimate for unseen text. Summed over the first twenty
batches: code recall 184/306 (about 60 %: argumentative about 40 %, sway about 55 %, demanding
about 70 %, the whole-text codes about 95 %), and 7 of 246 good texts flagged (about 3 %). Later
batches were written to be hard (idioms, indirect blame), so plain texts do better (batch 8).

Labelling conventions (the same as the module docstring of ``apps.feedback.tone``):
- ``request``: every code applies; ``too_long`` over 150 words; ``vague`` when no specific topic
  (interview, CV, cover letter, skills, a task…) is asked about.
- ``follow_up``: no ``vague`` (the first request named the topics); ``too_long`` over 100 words.
- ``thank_you``: no ``vague``; ``too_long`` over 150 words.
An empty set means a good text: any finding on it is a false alarm.
"""

from typing import NamedTuple


class Example(NamedTuple):
    text: str
    kind: str
    codes: frozenset[str]


def ex(text: str, kind: str = "request", *codes: str) -> Example:
    return Example(text, kind, frozenset(codes))


GOOD = ()  # readability: ``ex(text, "request", *GOOD)``


# ---------------------------------------------------------------------------------------------
# HELD-OUT: written before the rules. Do not tune the rules on these.
# ---------------------------------------------------------------------------------------------
HELD_OUT: list[Example] = [
    # --- good requests -------------------------------------------------------------------------
    ex(
        "Hi Priya,\n\nThank you for letting me know about your decision, and for the time you and "
        "the team spent with me. If you have a moment, I'd be grateful for any thoughts on my "
        "technical interview — in particular the system design question.\n\nBest wishes,\nTom"
    ),
    ex(
        "Dear Mr Okafor, many thanks for considering me for the Finance Analyst position. I "
        "understand and respect the decision. Would you be willing to share what would have made "
        "my case study presentation stronger? Kind regards, Adaeze"
    ),
    ex(
        "Hello Sarah — thanks again for the interview on Tuesday. I'd love to understand why my "
        "take-home exercise fell short, so I can work on it before my next application. No rush "
        "at all. Best, Jonas"
    ),
    ex(
        "Dear Hiring Team,\nThank you for the opportunity to interview for the Junior Designer "
        "role. I'm not asking you to reconsider; I would simply value a few words on my portfolio "
        "and how I presented it.\nWith appreciation,\nLena"
    ),
    ex(
        "Hi Marco, I really appreciated the chance to meet the team. If you're able to, could you "
        "tell me which of my answers in the behavioural round were weakest? Whenever suits you. "
        "Cheers, Sam"
    ),
    ex(
        "Good morning Ms. Chen,\nThank you for your email. Of course I am disappointed, but I "
        "accept the decision. I would be very thankful if you could give me some feedback about "
        "my CV and my cover letter, because I want to improve them.\nBest regards,\nDmitri"
    ),
    ex(
        "Hey Alex! Thanks so much for getting back to me, and for being so kind on the call. "
        "Could you share one or two things about my SQL skills or the data task that I should "
        "focus on? Totally fine if not. Ana"
    ),
    ex(
        "Dear Dr. Haddad,\n\nI appreciate you taking the time to let me know personally. I "
        "understand the decision is final. To help me grow, I'd welcome any comments on my "
        "teaching demonstration and on the research statement.\n\nSincerely,\nRuth Ellis"
    ),
    ex(
        "Thank you for the update, Jamie. I know you spoke with many strong people. Was there "
        "anything about my experience with stakeholder management that gave you pause?"
    ),
    # --- good follow-ups ----------------------------------------------------------------------
    ex(
        "Hi Priya, I hope you're well. I just wanted to gently follow up on my note from last "
        "week. I know you're busy, so no pressure — I'd still be grateful for any thoughts if you "
        "find a moment. Thanks, Tom",
        "follow_up",
    ),
    ex(
        "Dear Mr Okafor, following up on my earlier email in case it got buried. Thank you again "
        "for considering me. Kind regards, Adaeze",
        "follow_up",
    ),
    ex(
        "Hello Sarah, a quick nudge on my question about the take-home exercise. Thanks a lot, "
        "and no worries if there's nothing to add. Jonas",
        "follow_up",
    ),
    # --- good thank-yous ----------------------------------------------------------------------
    ex(
        "Dear Marco, thank you so much for the detailed feedback. The point about structuring my "
        "answers with concrete examples is really useful and I'm already practising it. All the "
        "best, Sam",
        "thank_you",
    ),
    ex(
        "Hi Alex, thanks for being honest with me about my SQL. I've signed up for a course and "
        "I'm grateful you took the time. Ana",
        "thank_you",
    ),
    ex(
        "Dear Ms. Chen, I appreciate your reply very much, even if you couldn't share details. "
        "Best wishes to you and the team. Dmitri",
        "thank_you",
    ),
    # --- argumentative --------------------------------------------------------------------------
    ex(
        "Hi Priya, thanks for the email. Honestly I think the decision was unfair, I answered "
        "every question in the technical interview. What did I get wrong?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr Okafor, thank you for your message. I have to say I disagree with your assessment "
        "of my case study. Could you explain the scoring of the presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Sarah, thank you for letting me know. Why didn't you give me the chance to explain "
        "my take-home exercise in more detail? I'd like feedback on it.",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Hiring Team, thank you for your time. I'm a bit surprised given my ten years of "
        "experience in exactly this field. I'd appreciate feedback on my interview answers.",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Marco, thanks. I feel the process wasn't entirely fair, since the panel barely looked "
        "at my portfolio. What could I improve in my portfolio?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms Chen, thank you for the update. I frankly don't understand how you could pass on "
        "someone with my qualifications. Which skills were missing?",
        "request",
        "argumentative",
    ),
    ex(
        "Alex, thanks for the call. Clearly I was the strongest candidate on the technical side, "
        "so I'd like to know what in my communication held me back.",
        "request",
        "argumentative",
    ),
    # --- sway ---------------------------------------------------------------------------------
    ex(
        "Dear Dr. Haddad, thank you for letting me know. I was hoping you might reconsider, as I "
        "believe my teaching demonstration did not show everything I can do. Any comments on the "
        "demonstration would help.",
        "request",
        "sway",
    ),
    ex(
        "Hi Jamie, thanks for the update. Would it be possible to revisit the decision if I "
        "complete an extra coding task? Either way, I'd value feedback on my code review.",
        "request",
        "sway",
    ),
    ex(
        "Hello, thank you for the interview. Is there any way I could still be considered for the "
        "role? I would also welcome feedback on my cover letter.",
        "request",
        "sway",
    ),
    ex(
        "Dear Priya, thank you for your kind message. Please keep me in mind if the chosen "
        "candidate doesn't work out. Meanwhile, could you tell me how my system design answer "
        "came across?",
        "request",
        "sway",
    ),
    ex(
        "Hi Sam, many thanks for your time. I'd really appreciate another chance to show you my "
        "skills — maybe a second interview? Feedback on my first interview would also help.",
        "request",
        "sway",
    ),
    # --- demanding ----------------------------------------------------------------------------
    ex(
        "Dear Mr Okafor, thank you for your email. I need you to send me detailed feedback on my "
        "presentation by Friday.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Sarah, thanks for the update. I'd appreciate a response by Friday with your thoughts "
        "on my take-home exercise.",
        "request",
        "demanding",
    ),
    ex(
        "Hello Jonas, thank you for the interview. Please get back to me at your earliest "
        "convenience with feedback on my answers to the technical questions.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Marco — following up again. I still haven't received any reply and I expect a response this week. Thanks.",
        "follow_up",
        "demanding",
    ),
    # --- mixed -------------------------------------------------------------------------------
    ex(
        "Why was I rejected? I was obviously a perfect match for the job. You must reconsider and "
        "give me an answer as soon as possible.",
        "request",
        "argumentative",
        "sway",
        "demanding",
        "no_thanks",
        "vague",
    ),
    ex(
        "Hi, I got your rejection email. Can you please reconsider my application? I can start immediately.",
        "request",
        "sway",
        "no_thanks",
        "vague",
    ),
    # --- too many questions -------------------------------------------------------------------
    ex(
        "Hi Priya, thank you for the interview. What did you think of my system design answer? "
        "Was my coding fast enough? How did my communication come across? Did I ask good "
        "questions at the end?",
        "request",
        "too_many_questions",
    ),
    ex(
        "Dear Ms Chen,\nThank you for your time. I have a few questions about my application:\n"
        "1. Was my CV clear?\n2. Did my cover letter fit the role?\n3. Were my qualifications "
        "enough?\nKind regards",
        "request",
        "too_many_questions",
    ),
    # --- vague --------------------------------------------------------------------------------
    ex(
        "Hi Alex, thank you for letting me know. Any feedback would be great. Best, Ana",
        "request",
        "vague",
    ),
    ex(
        "Dear Sir or Madam, thank you for your consideration. I would be grateful if you could "
        "share any feedback you have on my application. Yours faithfully, M. Rossi",
        "request",
        "vague",
    ),
    ex(
        "Thanks for the update, Jamie. Is there anything I could do better next time?",
        "request",
        "vague",
    ),
    # --- no thanks ----------------------------------------------------------------------------
    ex(
        "Hi Sarah, I got your email about the Product Manager role. Could you let me know what I "
        "could improve in my case study presentation? Best, Jonas",
        "request",
        "no_thanks",
    ),
    ex(
        "Hello Marco, just following up on my request for feedback on my interview. Best, Sam",
        "follow_up",
        "no_thanks",
    ),
    ex(
        "Dear Dr. Haddad, I received your feedback about my teaching demo. Regards, Ruth",
        "thank_you",
        "no_thanks",
    ),
    # --- too long ----------------------------------------------------------------------------
    ex(
        "Dear Ms Chen,\n\nThank you very much for your email and for letting me know the outcome "
        "of my application for the Senior Data Analyst position. I have to admit that I was "
        "looking forward to this role for a long time, because I have followed your company "
        "since I was at university and I always admired the way your analytics team shares its "
        "work at conferences. I prepared for the interviews for several weeks, I read your annual "
        "reports, and I practised many SQL and Python exercises with a friend who works in a "
        "similar team. During the second interview I felt that the conversation went well, "
        "especially when we talked about dashboards and the migration to a new warehouse, "
        "although I was a bit nervous during the live coding part and I think I lost some time "
        "on the window functions. I know that there were many candidates and that the decision "
        "was not easy. I would be very grateful if you could tell me what I could improve in the "
        "live coding, so that I can prepare better for the next opportunities.\n\nBest regards,\n"
        "Dmitri",
        "request",
        "too_long",
    ),
    ex(
        "Hi Priya, I hope this finds you well. I wanted to follow up on my message from last week "
        "about feedback on my interview for the backend role. I completely understand that you "
        "must be very busy, especially at this time of the year with the end of the quarter and "
        "all the hiring that is going on, and I really do not want to be a bother. I just thought "
        "I would send a short note in case my first email ended up in your spam folder, which "
        "happens to me all the time with my own inbox. If you have a few minutes at some point, "
        "even a couple of sentences about the system design part would already help me a lot. "
        "Thank you again for your time and for the interview. Tom",
        "follow_up",
        "too_long",
    ),
    # --- negation and harmless trigger words (good) ---------------------------------------------
    ex(
        "Dear Jamie, thank you for the fair and friendly process. I don't want to change the "
        "decision — I'd just like to know how I could strengthen my answers about leadership.",
    ),
    ex(
        "Hi Sam, thanks for the chance to interview. I understand why you chose someone with more "
        "design-system experience. Could you point me to what to learn first in that area?",
    ),
    ex(
        "Hello Ms Chen, thank you for the opportunity and the quick decision. I'd be grateful for "
        "feedback on my technical test whenever you have a moment — there's no deadline.",
    ),
]


# ---------------------------------------------------------------------------------------------
# DEV: the rules were developed against these.
# ---------------------------------------------------------------------------------------------
DEV: list[Example] = [
    # --- good requests -------------------------------------------------------------------------
    ex(
        "Hi Dana,\n\nThank you for letting me know, and for the time you spent with me last week. "
        "I'd really value your view on one thing: what would have made my final interview "
        "stronger?\n\nBest,\nCara"
    ),
    ex(
        "Dear Mrs Whitfield,\nThank you for your letter. I respect the panel's decision. If it is "
        "not too much trouble, I would be grateful for a sentence or two on my answers to the "
        "competency questions.\nYours sincerely,\nOwen Price"
    ),
    ex(
        "Hello Kenji, many thanks for the update. I'm keen to keep improving, so any pointers on "
        "my cover letter and CV would be very welcome. Best regards, Lucía"
    ),
    ex(
        "Hi Tom - thanks for taking the time to interview me. Could you share what I might work on "
        "in my presentation skills? I appreciate any thoughts."
    ),
    ex(
        "Dear Hiring Manager,\n\nThank you for considering my application for the Nurse Educator "
        "role. I would appreciate any feedback on my qualifications or on my interview, so I can "
        "prepare better next time.\n\nKind regards,\nGrace"
    ),
    ex(
        "Hi Femi, I appreciate you letting me know so quickly. Was there anything in my technical "
        "assessment that stood out as a gap?"
    ),
    ex(
        "Dear Sir, thank you very much for the opportunity. Please could you tell me which part of "
        "my résumé was not matching the requirements? I want to learn from this. Best regards, "
        "Wei"
    ),
    ex(
        "Hey Jess, thanks for the honest email! I'd love a bit of feedback on the pair-programming "
        "session — was it my approach or my speed? 🙏 No worries if you can't."
    ),
    ex(
        "Good afternoon Mr. Silva, thank you for your time during the interview process. Although "
        "I am disappointed, I understand. Could you please share your impression of my "
        "communication during the panel interview? Regards, Ines"
    ),
    ex(
        "Hi Lara,\nThanks for the update on the UX Researcher role.\nIf you have time, I'd be "
        "grateful for feedback on:\n- my research portfolio\n- the usability-test exercise\n"
        "Thanks again,\nMo"
    ),
    ex(
        "Dear Professor Adeyemi, thank you for interviewing me for the postdoc. I accept the "
        "outcome. I'd be thankful for any advice on my research proposal, which I'll be "
        "resubmitting elsewhere."
    ),
    ex(
        "Hi Nadia, thank you for letting me know, I really enjoyed meeting the team. Out of "
        "curiosity, how did my culture-fit conversation with Paul go from your side?"
    ),
    ex(
        "Thank you for the quick decision, Mr Brandt. I'm not trying to reopen anything, but I'd "
        "welcome a few words on my experience with budgeting, which I think was the weak point."
    ),
    ex(
        "Hello Ahmed, thanks for your kind words on the phone. I'd appreciate knowing whether my "
        "salary expectations or my skills were the bigger factor, so I can adjust."
    ),
    ex(
        "Dear Ms. Novak, I appreciate the opportunity to have interviewed. Might you share how my "
        "answers on risk management compared with what you were looking for?"
    ),
    ex(
        "Hi Chris, thx for the heads-up. If you can spare a minute, what could I have done better "
        "in the coding challenge? Cheers, Raj"
    ),
    ex(
        "Dear Dr Obi, thank you for your kind message and the chance to present my work. I'd be "
        "grateful to hear which parts of my presentation were less convincing. With best wishes, "
        "Helen"
    ),
    ex(
        "Hola Marta, thank you for the interview and your time. I am learning English and I want "
        "to know if my communication in English was a problem in the interview. Thank you!"
    ),
    ex(
        "Dear Mr. Patel, thanks a lot for the opportunity. I understand that the position has "
        "been filled. Could you share any feedback on my technical skills, especially the "
        "networking part?"
    ),
    ex(
        "Hi Olu, thank you for the chance to go through the process — I learned a lot. What is "
        "one thing in my portfolio you'd change?"
    ),
    ex(
        "Dear Recruitment Team, thank you for your email of 3 March. I understand and respect "
        "your decision. I would be grateful for any feedback regarding my assessment centre "
        "group exercise. Yours faithfully, Emily Clarke"
    ),
    ex(
        "<p>Hi Dana,</p><p>Thank you for the update. Could you share what would have made my "
        "interview answers stronger?</p><p>Best, Cara</p>"
    ),
    ex(
        "Hi Ben, thanks for letting me know. Was my lack of experience with Kubernetes the main "
        "gap, or was it something in the interview?"
    ),
    # --- good follow-ups ----------------------------------------------------------------------
    ex(
        "Hi Dana, just a gentle follow-up on my note from last week. I'd still really value any "
        "thoughts you have. Thank you! Cara",
        "follow_up",
    ),
    ex(
        "Dear Mrs Whitfield, I hope you are well. I'm following up on my earlier request in case "
        "it got lost. Many thanks for your time, Owen",
        "follow_up",
    ),
    ex(
        "Hello Kenji, a short reminder about my question on my CV. I appreciate how busy you "
        "are — whenever suits you. Lucía",
        "follow_up",
    ),
    ex(
        "Hi Femi, I wanted to check in once more about the technical assessment feedback. Thanks so much, and no rush.",
        "follow_up",
    ),
    ex(
        "Dear Mr. Silva, I am writing again kindly about my previous email. Thank you in advance "
        "for any feedback. Best regards, Ines",
        "follow_up",
    ),
    # --- good thank-yous ----------------------------------------------------------------------
    ex("Dear Dana, thank you so much for the thoughtful feedback. It really helps. Cara", "thank_you"),
    ex(
        "Hi Kenji, many thanks for taking the time to reply — I know you didn't have to. I'll "
        "rework my CV with your points in mind. Best, Lucía",
        "thank_you",
    ),
    ex(
        "Dear Mrs Whitfield, I'm very grateful for your candid comments on my competency answers. Kind regards, Owen",
        "thank_you",
    ),
    ex(
        "Hi Tom, thanks for telling me you'd rather not share details. I completely understand, "
        "and I appreciate you replying at all.",
        "thank_you",
    ),
    ex(
        "Hello Femi, your feedback about the assessment was very useful, I appreciate it a lot. "
        "I hope our paths cross again. Wei",
        "thank_you",
    ),
    # --- argumentative --------------------------------------------------------------------------
    ex(
        "Hi Dana, thanks for your email. I think your decision is unfair, I had more experience "
        "than anyone. What was wrong with my interview?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr Brandt, thank you. I strongly disagree with the outcome, my budgeting skills are "
        "excellent. Please tell me what in my interview was not good enough.",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Jess, thanks. Why did you choose someone else when my pair-programming went so well? "
        "I want to understand my interview performance.",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms Novak, thank you for your message. With all due respect, I think you made a "
        "mistake about my risk-management experience. Could you tell me how the interview was "
        "scored?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Ahmed, thanks for letting me know. I can't understand how I was rejected after such "
        "a positive interview. What about my skills was lacking?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Ben, thank you. To be fair, the interviewer didn't even ask me about my Kubernetes "
        "experience, so I'm not sure the interview showed my skills. Any comments on my answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Dr Obi, thank you. I was shocked by the decision given my publication record. I "
        "would like feedback on my presentation.",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Nadia, thanks for the update. I feel my experience was completely overlooked in the "
        "interview. What did the panel think of my background?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr Patel, thank you. I believe I was clearly the best fit for this position. What "
        "was missing in my technical skills?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Chris, thanks. It doesn’t make sense to me that you’d reject someone who passed every "
        "test. Could you share feedback on the coding challenge?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Olu, thanks for your time. Why wasn't I invited to the final round? My portfolio was "
        "stronger than most, I'd like your view on it.",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mrs Whitfield, I appreciate the reply, but the assessment did not reflect my real "
        "abilities at all. Could you comment on my competency answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Femi, thanks again. Honestly the process felt biased towards internal candidates. "
        "Still, what could I improve in my technical assessment?",
        "request",
        "argumentative",
    ),
    # --- sway ---------------------------------------------------------------------------------
    ex(
        "Hi Dana, thank you for letting me know. Would you consider reconsidering my application? "
        "I'd also love feedback on my final interview.",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr Silva, thank you for your time. I'd be grateful for another opportunity to "
        "interview, as I was nervous. Could you also share feedback on my communication?",
        "request",
        "sway",
    ),
    ex(
        "Hi Jess, thanks! Is there any chance you might change your mind if I redo the "
        "pair-programming exercise? Either way, feedback on it would be great.",
        "request",
        "sway",
    ),
    ex(
        "Dear Kenji, thank you. I'm still very interested in the role, so if anything changes "
        "please let me know. In the meantime, any advice on my CV would help.",
        "request",
        "sway",
    ),
    ex(
        "Hello Mr. Patel, many thanks. Could you please take another look at my application? I "
        "have since finished my networking certification. Feedback on my technical skills would "
        "also be welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hi Lara, thank you for the update. If the offer falls through, I'd be ready to step in. "
        "I'd also appreciate feedback on my research portfolio.",
        "request",
        "sway",
    ),
    ex(
        "Dear Professor Adeyemi, thank you. Is it too late to be considered? I could revise my "
        "research proposal. Any comments on the proposal would help.",
        "request",
        "sway",
    ),
    ex(
        "Hi Ahmed, thanks for the call. I would be happy to lower my salary expectations if that "
        "would change the decision. Was it my skills or my salary expectations?",
        "request",
        "sway",
    ),
    ex(
        "Hi Ben, thanks. I'm sure I can prove myself if you give me a trial period. What gaps in "
        "my Kubernetes experience did you see?",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms Novak, thank you for letting me know. I'm hoping you would be open to "
        "re-evaluating my candidacy. Also, how did my risk management answers land?",
        "request",
        "sway",
    ),
    # --- demanding ----------------------------------------------------------------------------
    ex(
        "Hi Dana, thanks for your email. Please send me your feedback on my final interview as soon as possible.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mr Brandt, thank you. I expect a detailed explanation of how my budgeting experience was assessed.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Jess, thanks. I need feedback on the pair-programming session within 48 hours, as I "
        "have another interview.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Dr Obi, thank you. You must give me written feedback on my presentation; I am entitled to it.",
        "request",
        "demanding",
    ),
    ex(
        "Hello Chris, thanks for the news. Kindly provide me the interview notes and scores for "
        "my coding challenge by end of day tomorrow.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Olu, this is my third email. I have still not received any feedback on my portfolio. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Hi Femi, following up. I'd appreciate hearing back before Monday, thank you.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms Novak, thank you for your time. I would like you to reply urgently regarding my interview answers.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mrs Whitfield, thanks. I require your feedback on my competency answers by the 14th.",
        "request",
        "demanding",
    ),
    # --- too many questions -------------------------------------------------------------------
    ex(
        "Hi Dana, thanks for letting me know. How was my final interview? Were my examples "
        "strong? Did I talk too much? Should I have asked more questions?",
        "request",
        "too_many_questions",
    ),
    ex(
        "Dear Kenji, thank you. Was my CV too long? Was the cover letter too generic? And was my experience enough?",
        "request",
        "too_many_questions",
    ),
    ex(
        "Hi Lara, thank you for the update. A few questions:\n- Which part of my portfolio was "
        "weakest\n- What did you think of the usability test\n- How could I improve my "
        "presentation\nThanks, Mo",
        "request",
        "too_many_questions",
    ),
    ex(
        "Dear Mr Patel, thanks. Could you tell me about my technical skills? Also could you "
        "comment on my networking knowledge. And would you say my communication was clear?",
        "request",
        "too_many_questions",
    ),
    # --- vague --------------------------------------------------------------------------------
    ex("Hi Dana, thanks for letting me know. Any feedback would be appreciated. Cara", "request", "vague"),
    ex(
        "Dear Mr Silva, thank you for your email. Could you please give me some feedback? Kind regards, Ines",
        "request",
        "vague",
    ),
    ex(
        "Hi Jess, thanks a lot! Would love to hear your thoughts on how I could improve. :)",
        "request",
        "vague",
    ),
    ex(
        "Dear Hiring Manager, thank you for the interview. I would be grateful for any feedback you could share.",
        "request",
        "vague",
    ),
    ex(
        "Hello Femi, I appreciate you letting me know. What could I have done differently?",
        "request",
        "vague",
    ),
    # --- no thanks ----------------------------------------------------------------------------
    ex(
        "Hi Dana, I saw the decision. Could you share what would have made my final interview stronger? Cara",
        "request",
        "no_thanks",
    ),
    ex(
        "Dear Mr Brandt, please let me know how my budgeting experience came across in the interview. Regards, Lea",
        "request",
        "no_thanks",
    ),
    ex(
        "Hi Kenji, following up about my CV feedback. Best, Lucía",
        "follow_up",
        "no_thanks",
    ),
    ex(
        "Dear Dr Obi, I read your comments about my presentation. I will work on my slides. Helen",
        "thank_you",
        "no_thanks",
    ),
    ex("", "request", "no_thanks", "vague"),
    ex("   \n ", "thank_you", "no_thanks"),
    # --- too long ----------------------------------------------------------------------------
    ex(
        "Dear Mrs Whitfield,\n\nThank you for your letter regarding my application for the "
        "Programme Manager position. I wanted to take a moment to reflect on the process, which "
        "I found very well organised from the first telephone screen to the final panel. I "
        "particularly enjoyed the conversation with your head of operations about the regional "
        "roll-out, and I came away with a much better understanding of the challenges your "
        "organisation faces. I have spent the last eight years leading programmes of a similar "
        "scale, first in the public sector and then at a consultancy, and I have always tried to "
        "keep learning, most recently by completing a course in agile delivery. I realise that "
        "the panel had to choose among several strong applicants, and I respect that. I would be "
        "grateful if you could share any observations on my answers to the competency questions, "
        "particularly the one on stakeholder conflict, which I felt I could have answered more "
        "concisely. I would also welcome any thoughts on whether my presentation was pitched at "
        "the right level for the panel.\n\nYours sincerely,\nOwen Price",
        "request",
        "too_long",
    ),
    ex(
        "Hi Jess, thank you so much for the feedback on the pair-programming session! I wanted to "
        "write back properly because it meant a lot to me. You were right that I jumped into the "
        "code before talking through the approach, and honestly that is something my previous "
        "manager also told me, so it is clearly a habit. I've started practising with a friend "
        "where we force ourselves to spend the first five minutes only talking, and it already "
        "feels different. I also looked at the testing resources you mentioned and I've been "
        "going through the first chapters in the evenings. I really liked the team and the way "
        "you ran the session, it was the most relaxed technical interview I've had this year. "
        "If I apply again in the future I hope I'll be able to show you how much I've improved. "
        "Thanks again for taking the time to write such a detailed answer, most companies don't "
        "bother at all and it makes a real difference for people like me who are just starting "
        "out. All the best to you and the team!",
        "thank_you",
        "too_long",
    ),
    ex(
        "Hello Mr. Silva, I hope you are doing well. I am writing again because I sent you an "
        "email about two weeks ago asking for feedback about my interview for the Customer "
        "Success role, and I have not received an answer yet. I understand that you probably "
        "receive a lot of emails and that giving feedback takes time. For me it is very important "
        "because I am trying to find a job in this field after moving to a new country, and I do "
        "not always know what companies here expect. Any comment about my communication would "
        "help me. Thank you very much for your help. Ines",
        "follow_up",
        "too_long",
    ),
    # --- mixed --------------------------------------------------------------------------------
    ex(
        "I don't get why I was turned down. I deserved this job. Reconsider and let me know ASAP.",
        "request",
        "argumentative",
        "sway",
        "demanding",
        "no_thanks",
        "vague",
    ),
    ex(
        "Dear Ms Novak, thank you. This decision is a mistake and I want you to review it again. "
        "Please reply by Friday.",
        "request",
        "argumentative",
        "sway",
        "demanding",
        "vague",
    ),
    ex(
        "hi, why didnt u pick me?? i have all the skills u asked for",
        "request",
        "argumentative",
        "no_thanks",
    ),
    ex(
        "Hello, still waiting for your answer. Why are you ignoring my emails?",
        "follow_up",
        "argumentative",
        "demanding",
        "no_thanks",
    ),
    ex(
        "Thanks for the feedback, but I disagree with it. I think you should reconsider.",
        "thank_you",
        "argumentative",
        "sway",
    ),
    # --- harmless trigger words, negation, hedges (good) ----------------------------------------
    ex(
        "Hi Dana, thank you for the chance to interview. I'm not asking you to reconsider — I'd "
        "just love to understand why my case study fell short."
    ),
    ex(
        "Dear Mr Brandt, thank you. I understand the decision is final and I respect it. Could "
        "you tell me what would have strengthened my budgeting examples?"
    ),
    ex(
        "Hi Jess, thanks for such a fair process. I don't expect you to change your mind; I'd "
        "like to know which part of my code review was weakest."
    ),
    ex(
        "Hello Kenji, thank you for the opportunity. I'd appreciate your thoughts on my CV at "
        "your own pace — no rush whatsoever."
    ),
    ex(
        "Dear Dr Obi, thanks for your decision email. It was a pleasure to present. Why my "
        "methods section was less convincing would be most useful to hear, if you can share."
    ),
    ex(
        "Hi Femi, I appreciate you letting me know. I know the decision isn't going to change, "
        "and that's fine. What one skill should I focus on after the technical assessment?"
    ),
    ex(
        "Hi Chris, thanks a lot. I'm not disputing anything, I'm just curious what the team "
        "thought of my coding challenge solution."
    ),
    ex(
        "Dear Ms Novak, thank you — I know you don't owe me an explanation. If you're able to, "
        "any comment on my risk-management answers would be very kind."
    ),
    ex(
        "Thanks so much, Olu. I understand you went with someone more senior, which makes sense. "
        "Was my portfolio the main gap?"
    ),
    ex(
        "Hi Tom, thank you for your email. You don't need to reply quickly. I'd value feedback on "
        "my presentation when you have a moment."
    ),
    ex(
        "Hello Ahmed, thanks for your message. I would like to understand how I can improve my "
        "technical interview answers, because I want to keep applying to companies like yours."
    ),
]


# ---------------------------------------------------------------------------------------------
# PROBES: batches written after the first rules, each run once before any rule was changed
# for it, then added here as development examples. First-look figures, for the record:
#   batch 1 (41 texts): recall 14/27 (argumentative 0/7, sway 2/6, demanding 4/6); false alarms
#   on good texts 0/15.
#   batch 2 (40 texts): recall 11/18 (argumentative 1/5, sway 3/4, demanding 4/5); false alarms
#   on good texts 0/23.
#   batch 3 (39 texts): recall 14/22 (argumentative 3/6, sway 3/5, demanding 3/6); false alarms
#   on good texts 0/17.
#   batch 4 (41 texts, mostly good ones full of trigger-ish words): recall 11/18 (argumentative 2/5,
#   sway 2/4, demanding 3/4); false alarms on good texts 3/27 (two topics the topic list missed, one
#   "thank you for the chance to interview again").
#   batch 5 (39 texts): recall 19/26 (argumentative 5/9, sway 4/6, demanding 5/6); false alarms
#   on good texts 0/13.
#   batch 6 (31 texts): recall 10/15 (argumentative 2/3, sway 1/3, demanding 3/5); false alarms
#   on good texts 0/16.
#   batch 7 (27 texts): recall 6/14 (argumentative 1/5, sway 1/3, demanding 2/4); false alarms
#   on good texts 2/14 ('how are you?' counted as a question; 'my application letter' not a topic).
#   One label was corrected afterwards: 'explain why my presentation was not good enough' is
#   demanding, not argumentative, by the same convention as 'why my case study fell short'.
#   batch 8 (40 texts, one phrase each between a fixed thanks line and a fixed ask): recall 21/29
#   (argumentative 6/11, sway 7/9, demanding 8/9); false alarms on good texts 0/11.
#   batch 9 (25 texts, non-native English, thank-yous and follow-ups that argue): recall 11/15;
#   false alarms on good texts 1/11 ('your kindly reply').
#   batch 10 (30 texts, mostly good): recall 4/10 (argumentative 1/3, sway 1/3, demanding 2/4);
#   false alarms on good texts 1/22 ('the pricing question' not seen as a topic).
#   batch 11 (23 texts): recall 5/10 (argumentative 1/4, sway 1/3, demanding 3/3); false alarms on
#   good texts 0/13. Two labels were widened afterwards to the documented conventions ('I'd be an
#   asset' argues the decision; a question with no topic is vague).
#   batch 12 (25 good texts only): false alarms 0/25.
#   batch 13 (17 bad texts incl. thank-yous that argue): recall 10/18 (argumentative 3/6, sway 3/5,
#   demanding 3/6).
#   batch 14 (15 bad texts): recall 12/15 (argumentative 3/5, sway 3/4, demanding 4/4); one
#   false 'vague' on a text that asked about 'one question about Kubernetes'.
#   batch 15 (18 texts): recall 5/9 (argumentative 1/3, sway 2/3, demanding 2/3); false alarms on
#   good texts 0/9.
#   batch 16 (16 texts, idioms): recall 5/13 (argumentative 1/5, sway 1/4, demanding 3/4); false
#   alarms on good texts 0/4.
#   batch 17 (15 follow-ups and thank-yous): recall 7/10 (argumentative 1/3, sway 3/3, demanding
#   2/3); false alarms on good texts 0/5.
#   batch 18 (20 texts): recall 5/15 (argumentative 0/7, sway 2/4, demanding 3/4); false alarms on
#   good texts 0/7.
#   batch 19 (14 texts): recall 8/11 (argumentative 3/4, sway 1/2, demanding 3/3); false alarms on
#   good texts 0/6. One label narrowed afterwards: a topic named while arguing is not vague.
#   batch 20 (16 short, chatty or very formal texts): recall 6/11 (argumentative 1/3, sway 3/3,
#   demanding 0/3); false alarms on good texts 0/8.
#   batch 21 (15 texts; written just after 'condescending' and kin were added, so slightly kind to
#   the rules): recall 6/8; false alarms on good texts 0/7.
#   batch 22 (13 texts): recall 3/6 (argumentative 1/2, sway 1/2, demanding 1/2); false alarms on
#   good texts 0/7.
#   batch 23 (12 texts): recall 2/6 (argumentative 1/2, sway 0/2, demanding 1/2); false alarms on
#   good texts 0/6.
# ---------------------------------------------------------------------------------------------
PROBES: list[Example] = [
    # batch 1
    # good
    ex(
        "Hi Rosa, thank you for the update. I'd welcome any insight into how my answers about conflict resolution "
        "came across. Warm regards, Ivo"
    ),
    ex(
        "Dear Mr. Lindqvist,\nThank you for the considerate way you handled my application. Should you have a "
        "moment, I would value your perspective on my writing sample.\nSincerely,\nP. Acheampong"
    ),
    ex(
        "Hi Tariq - cheers for letting me know. Would you mind telling me whether my Excel test was the deciding "
        "factor? All good if not."
    ),
    ex(
        "Dear Selection Committee, I am grateful for the opportunity to have been shortlisted. I fully accept the "
        "outcome. Could you kindly indicate which criteria in my personal statement were least convincing?"
    ),
    ex("hey Mia, thx for the quick reply!! just wondering what I could improve in my portfolio? no stress if ur busy"),
    ex(
        "Dear Ms Fontaine, thank you for your time on Thursday. I realise the role went to someone with more "
        "sector experience, which is completely understandable. I'd be grateful for one pointer on my interview "
        "technique."
    ),
    ex(
        "Thank you, Kwame. I'm sure you made the right choice for the team. Is there one area of my technical "
        "skills you'd suggest I work on?"
    ),
    ex(
        "Hello Irina, thank you for the feedback call offer. I would be happy to have a quick call about my case "
        "study whenever it suits you."
    ),
    ex(
        "Dear Jo, many thanks for your message. I understand that the decision has been made. I'd like to improve "
        "my coding interview performance — what would you focus on first?"
    ),
    ex(
        "Hi Grace, I really appreciate you coming back to me. I don't want to take much of your time; a line on "
        "my presentation would be plenty."
    ),
    ex(
        "Hi Paolo, just following up on my note about the design exercise — thank you again, and I completely "
        "understand if there's no time.",
        "follow_up",
    ),
    ex(
        "Dear Ms Fontaine, I'm writing once more about my earlier question on my interview technique. I "
        "appreciate you may not be able to reply. Kind regards",
        "follow_up",
    ),
    ex(
        "Dear Kwame, thanks so much for the thoughtful notes on my technical skills. I'll take them on board and "
        "I hope our paths cross again.",
        "thank_you",
    ),
    ex("Hi Mia, a huge thank you for the portfolio tips! Really kind of you.", "thank_you"),
    ex(
        "Dear Mr. Lindqvist, thank you for explaining that you cannot share details. I appreciate your honesty "
        "and wish you well.",
        "thank_you",
    ),
    # argumentative
    ex(
        "Hi Rosa, thanks for the update. I must say the outcome is hard to accept, I really nailed the conflict "
        "resolution questions. What went wrong in my answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Lindqvist, thank you. It seems the panel did not take my writing sample seriously. Could you "
        "comment on it?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Tariq, thanks. I think it's unreasonable to reject someone over one Excel test. What else in my test "
        "was weak?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Committee, thank you. I'm puzzled how an applicant with my credentials did not progress. Which "
        "criteria in my personal statement fell short?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms Fontaine, thank you. Frankly, the interview felt like a box-ticking exercise and didn't give me "
        "the chance to show my experience. Any comments on my interview technique?",
        "request",
        "argumentative",
    ),
    ex(
        "Thanks Kwame. Can you explain what the other candidate had that I didn't? I'd also like feedback on my "
        "technical skills.",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Jo, thank you. Your recruiters told me I was the frontrunner, so this is hard to understand. What "
        "did my coding interview lack?",
        "request",
        "argumentative",
    ),
    # sway
    ex(
        "Hi Grace, thanks for letting me know. Would you be willing to let me present again? I think my "
        "presentation didn't go as planned.",
        "request",
        "sway",
    ),
    ex(
        "Dear Irina, thank you. Is the decision final, or is there still room to discuss? I'd also like feedback "
        "on my case study.",
        "request",
        "sway",
    ),
    ex(
        "Hi Paolo, thanks. If there's any flexibility I'd happily join on a contract basis instead. What did you "
        "think of my design exercise?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Lindqvist, thank you. In case your chosen candidate declines, I remain available and very "
        "interested. Could you share thoughts on my writing sample?",
        "request",
        "sway",
    ),
    ex(
        "Hi Tariq, thanks for letting me know. Could we maybe schedule another chat to see if I might fit a "
        "slightly different version of this role? And any tips on my Excel test?",
        "request",
        "sway",
    ),
    ex(
        "Dear Kwame, thank you. I'd love the opportunity to change your mind. What should I work on in my "
        "technical skills?",
        "request",
        "sway",
    ),
    # demanding
    ex(
        "Hi Rosa, thank you. Please respond within the next two days with feedback on my conflict resolution answers.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Committee, thank you. I request a full written breakdown of my scores on each criterion.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Mia, thanks. I'll need your feedback on my portfolio before Wednesday since I have another "
        "application due.",
        "request",
        "demanding",
    ),
    ex("Dear Jo, thank you. I would like an answer today regarding my coding interview.", "request", "demanding"),
    ex(
        "Hi Grace, I emailed you last week and have had no response. Please reply promptly. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms Fontaine, I trust you will respond to this follow-up without further ado. Thank you.",
        "follow_up",
        "demanding",
    ),
    # vague / questions / thanks / long
    ex("Hi Tariq, thanks so much for letting me know. Is there anything you can share? Best, Lee", "request", "vague"),
    ex("Dear Irina, I appreciate the update. Any tips for the future would be much appreciated.", "request", "vague"),
    ex("Hi Paolo, I would like to know what I need to improve. Regards, Sven", "request", "vague", "no_thanks"),
    ex(
        "Dear Kwame, what did you think of my answers? How did my code compare? Did my presentation help? Thanks!",
        "request",
        "too_many_questions",
    ),
    ex(
        "Hi Grace,\nThanks for your email. Some questions if I may:\n• What was weakest in my presentation?\n• "
        "Was my experience relevant?\n• Did my slides help?\nBest",
        "request",
        "too_many_questions",
    ),
    ex(
        "Hello, I'm following up on my request for feedback about the case study, please let me know.",
        "follow_up",
        "no_thanks",
    ),
    ex(
        "Dear Rosa, "
        + (
            "I really enjoyed our conversation about conflict resolution and the team's approach to mediation, "
            "and I have been thinking about it a lot since. "
        )
        * 6
        + "Thank you. Could you share feedback on my interview?",
        "request",
        "too_long",
    ),
    # batch 2
    # good, tricky words
    ex(
        "Hi Ewa, thank you for the kind rejection note - honestly it's fair to say my SQL was rusty. Which topics "
        "should I revise first for interviews like yours?"
    ),
    ex(
        "Dear Martin, thanks for the transparent process. I made a mistake in the final exercise and I'd love to "
        "know whether that was the deciding factor."
    ),
    ex(
        "Hello Sophie, thank you for your time. I know the decision was a hard one and I'm sure you chose well. "
        "Could you tell me what held my presentation back?"
    ),
    ex(
        "Hi Dev, thank you! It was a genuinely enjoyable interview. I'm still keen to hear your thoughts on my "
        "system design answer, whenever you have time."
    ),
    ex(
        "Dear Ms Ruiz, thank you for the update. I'll reconsider my approach to case interviews, and any pointer "
        "on my structuring would help a lot."
    ),
    ex(
        "Hi Noor, I really appreciate you letting me know. I have another interview next week, so any tip on my "
        "storytelling in the behavioural round would be gold."
    ),
    ex(
        "Dear Mr Yamamoto, thank you sincerely. I would like to request feedback on my technical presentation, if "
        "that is possible."
    ),
    ex(
        "Hi Ola, thanks for the quick reply! What's one thing about my portfolio that would have made it stand "
        "out more?"
    ),
    ex(
        "Hello Fatima, many thanks for the opportunity. I understand you found someone more qualified. Which "
        "qualification would you recommend I pursue?"
    ),
    ex(
        "Dear Dr. Keller, thank you for your honest note. I was surprised and a little sad, but mostly I want to "
        "learn. What could strengthen my research proposal?"
    ),
    ex(
        "Hi Ben, thank you for considering me. It didn't work out this time, but I'd value a quick word on my "
        "coding test."
    ),
    ex(
        "Hi Chloe, thanks a million for the interview experience. I'd be grateful for one or two observations on "
        "my communication style."
    ),
    ex(
        "Dear Ms Ahmed, thank you for letting me know. Naturally I'm disappointed, but I understand. I'm curious "
        "how my answer on budgeting landed with the panel."
    ),
    ex(
        "Hey Luca, thanks for the chat on Monday and for getting back so fast. If you have a sec, was my "
        "take-home missing anything obvious?"
    ),
    ex(
        "Dear Hiring Manager, thank you for the chance to present my work. Please feel free to reply whenever "
        "convenient; I'd appreciate comments on my slides."
    ),
    ex(
        "Hi Maya, thank you, I appreciate it. I'm not looking for a second chance — just curious what the team "
        "made of my case study."
    ),
    ex(
        "Good evening Mr. Osei, thank you for the decision letter. I would like to know what I can improve in my "
        "interview. Best regards.",
        "request",
    ),
    ex("Hi Ewa, just bumping this in case it slipped through the cracks. Thank you!", "follow_up"),
    ex(
        "Dear Martin, I hope your week is going well. Gently following up on my question from last Tuesday; "
        "thanks so much in advance.",
        "follow_up",
    ),
    ex("Hi Noor, sorry to nudge - I'd still love your take if you have a minute. Thanks either way!", "follow_up"),
    ex(
        "Dear Dr. Keller, thank you for taking the time to write such a careful reply. I'll rework the proposal "
        "as you suggested.",
        "thank_you",
    ),
    ex("Hi Dev, thanks a ton for the pointers on my system design! Really made my day.", "thank_you"),
    ex(
        "Dear Ms Ruiz, I'm grateful you shared your notes, even though you were not obliged to. Best wishes for "
        "the new hire.",
        "thank_you",
    ),
    # bad, new phrasings
    ex(
        "Hi Ewa, thanks. Respectfully, I think the panel got this one wrong — my SQL is stronger than the test "
        "suggests. What did you see in my test?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Martin, thank you. It feels like I was judged on one bad answer rather than my whole experience. "
        "Which answer was it?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Sophie, thanks. Can I ask what exactly the other applicant brought to the table that I couldn't? "
        "Also, feedback on my presentation would help.",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Dev, thank you. I have to question whether the system design round was the right way to assess me. "
        "Any notes on my answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms Ruiz, thank you. I'm frustrated, because I was told the case interview was only a formality. "
        "What happened in my case interview?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Noor, thank you for the news. I'd love for you to give my application another shot — I'm sure my "
        "storytelling can improve. Any tips on it?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr Yamamoto, thank you. Would you be open to me sending an improved version of my technical "
        "presentation for you to look at again?",
        "request",
        "sway",
    ),
    ex(
        "Hi Ola, thanks. If the role is re-advertised, could I skip straight to the final stage? What did you "
        "think of my portfolio?",
        "request",
        "sway",
    ),
    ex(
        "Hello Fatima, thank you. Could you pass my CV to the hiring manager once more? I feel I'm a strong "
        "match. Feedback on my qualifications welcome.",
        "request",
        "sway",
        "argumentative",
    ),
    ex(
        "Dear Dr. Keller, thank you. Kindly let me have your comments on my research proposal by the end of this week.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Ben, thanks. I will be expecting your feedback on my coding test in the next 24 hours.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Chloe, thanks. Given how much time I invested, I think I'm owed a proper explanation about my "
        "communication style.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Ms Ahmed, I've now followed up three times without any answer. Please respond. Thank you.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Hey Luca, thanks. Please get back to me on the take-home asap, I have other offers on the table.",
        "request",
        "demanding",
    ),
    ex("Hi Maya, thanks for everything. Could you let me know what I should improve?", "request", "vague"),
    ex(
        "Good evening Mr. Osei, I am writing about your decision. Could you explain why I was not selected for "
        "the role?",
        "request",
        "vague",
        "no_thanks",
    ),
    ex(
        "Hi Ewa, thanks. What was wrong with my SQL? Was my Python ok? Did I run out of time? What about my "
        "communication?",
        "request",
        "too_many_questions",
    ),
    # batch 3
    # good, longer, realistic
    ex(
        "Dear Ms. Hartley,\n\nThank you for taking the time to call me yesterday with the news. While I was "
        "hoping for a different outcome, I genuinely enjoyed meeting you and the analytics team, and I learned a "
        "lot from the process.\n\nIf you are comfortable sharing, I would be grateful for any feedback on the "
        "technical case study — in particular whether my modelling assumptions or the way I presented them held "
        "me back. I'm working on both and your perspective would help me focus.\n\nThank you again, and best of "
        "luck with the new hire.\n\nKind regards,\nJordan Blake"
    ),
    ex(
        "Hi Sven,\n\nThanks for letting me know — and for being so upfront about the timeline throughout. I know "
        "you're busy, so just one question: was there anything in my answers about incident management that "
        "didn't land? I'd like to tighten that part of my story before my next interviews.\n\nAll the best,\nKarin"
    ),
    ex(
        "Hello Mr. Duarte, I hope you are well. Thank you for informing me of the result. I respect the "
        "committee's choice. For my own development, could you please indicate whether my teaching demonstration "
        "or my research talk was the weaker part? Thank you very much for your time. Sincerely, A. Mensah"
    ),
    ex(
        "Dear Team,\nthank you for the interview opportunity for the Junior Accountant position. I am recently "
        "graduated and I want to get better. Could you please say me which part of my test on Excel I did not do "
        "well? Thank you and have a nice day.\nKhalid"
    ),
    ex(
        "Hi Gemma - thank you, really appreciate the heads up. Happy to take a five-minute call if that's easier "
        "than writing, but only if it suits you. I'm mostly curious about how my stakeholder examples came across."
    ),
    ex(
        "Dear Dr. Lange, thank you for your email and for the interview last week. I completely accept the "
        "decision and don't wish to take up too much of your time. Would you be able to tell me whether my "
        "publication record or my teaching experience was the main gap?"
    ),
    ex(
        "Dear Mr. Abara, many thanks for considering my application. I understand you had many candidates. If "
        "possible, I'd appreciate a brief note on how my cover letter could better show my motivation for the "
        "role."
    ),
    ex(
        "Hey Tom, cheers for the update. Gutted, but totally get it! If you've got a sec, was it my React "
        "knowledge or the system design bit that let me down?"
    ),
    ex(
        "Good morning Ms. Park, thank you for the courteous reply. As I prepare for similar roles, I would find "
        "it helpful to know which of my skills you felt were least developed."
    ),
    ex(
        "Dear Hiring Committee, thank you for the opportunity to interview for the Clinical Lead post. I accept "
        "your decision with good grace. I'd be grateful for any observations on my answers in the scenario-based "
        "questions."
    ),
    ex(
        "Hi Ana, thank you for the time you and Felix gave me. I'm not asking for the decision to change; I'd "
        "just value a line on what would have made my portfolio review stronger."
    ),
    ex(
        "Dear Ms. Hartley, just a quick and gentle follow-up on my note from last week about the case study. I "
        "completely understand if you can't share anything. Thank you for your time either way. Jordan",
        "follow_up",
    ),
    ex(
        "Hi Sven, hope things are calmer this week! Thanks again for the interview. Circling back on my question "
        "about my incident-management answers, only if you have a moment.",
        "follow_up",
    ),
    ex(
        "Dear Dr. Lange, thank you once more for your time. I am following up briefly on my earlier email; any "
        "short comment would mean a lot. Best regards",
        "follow_up",
    ),
    ex(
        "Dear Ms. Park, thank you so much for taking the time to answer my question about my skills. Your "
        "comments on my stakeholder management were spot on and I've already enrolled in a workshop. I really "
        "appreciate your candour.",
        "thank_you",
    ),
    ex(
        "Hi Tom, massive thanks for the detailed reply! The point about my React knowledge makes total sense. "
        "Hope to cross paths again.",
        "thank_you",
    ),
    ex(
        "Dear Mr. Duarte, I would like to thank you for your kind and honest remarks about my teaching "
        "demonstration. They were very helpful.",
        "thank_you",
    ),
    # bad
    ex(
        "Dear Ms. Hartley, thank you. I have to admit I find this result baffling, given that your own team "
        "praised my case study. What exactly went wrong with the case study?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Sven, thanks. I'd push back a little on the feedback that my incident-management examples were weak; "
        "they were real, complex incidents. Can you say more about my examples?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Mr. Duarte, thank you. I don't accept that my research talk was weaker than the others. Could you "
        "give details about the talk?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Gemma, thanks. Your decision seems very short-sighted, honestly. What did you think of my stakeholder "
        "examples?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Dr. Lange, thank you. I think I deserve to know why my publication record was not enough.",
        "request",
        "argumentative",
    ),
    ex(
        "Hey Tom, thanks for the update. Not gonna lie, kind of annoyed you didn't even look at my GitHub. Any "
        "thoughts on my React knowledge?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Park, thank you. Would you allow me to redo the skills assessment? I am sure I can score "
        "higher. Feedback on my skills would also help.",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Abara, thank you for your email. I'd like to ask you to look at my application again — I think "
        "my cover letter undersold me.",
        "request",
        "sway",
    ),
    ex(
        "Hi Ana, thank you. Is the position definitely filled, or might there still be an opening? I'd also like "
        "your thoughts on my portfolio.",
        "request",
        "sway",
    ),
    ex(
        "Dear Hiring Committee, thank you. I'd like to appeal the outcome of my interview. Could you also share "
        "notes on my answers?",
        "request",
        "sway",
    ),
    ex(
        "Hi Gemma, thanks. I'd love to be kept in the loop in case the role becomes available again. How did my "
        "stakeholder examples come across?",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Hartley, thank you. Please send me your feedback on the case study by close of business Thursday.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Sven, thanks. I'll need a reply in the next few days as I'm deciding on other offers — what about my "
        "incident-management answers?",
        "request",
        "demanding",
    ),
    ex(
        "Dear Dr. Lange, thank you. I require a written explanation of how my publication record was evaluated.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Tom, I haven't heard back for two weeks now. Please respond to my question about my React knowledge "
        "this time. Thanks",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms. Park, as per my previous emails, I am waiting for your response. Thank you.", "follow_up", "demanding"
    ),
    ex(
        "Dear Mr. Abara, thank you. You owe candidates at least an explanation, so please tell me what was wrong "
        "with my cover letter.",
        "request",
        "demanding",
    ),
    # vague/no thanks/questions/long
    ex(
        "Dear Ms. Hartley, thank you for the call. I'd appreciate any feedback at all. Kind regards, Jordan",
        "request",
        "vague",
    ),
    ex(
        "Hi Sven, thanks very much for letting me know. What would you advise me to do differently?", "request", "vague"
    ),
    ex(
        "Hello Mr. Duarte, please could you give me feedback on my teaching demonstration? Regards, A. Mensah",
        "request",
        "no_thanks",
    ),
    ex(
        "Hi Gemma, was it my stakeholder examples? Or my presentation? Or the salary question? Thanks for any hint.",
        "request",
        "too_many_questions",
    ),
    ex(
        "Dear Dr. Lange,\n\nThank you for your email informing me of the decision. I would like to share a few "
        "reflections. I have worked in this field for many years, first as a research assistant, then as a "
        "postdoctoral fellow in two different institutions, and I have always combined research and teaching. I "
        "was very motivated by the position because it matched my interests in computational biology and because "
        "I know several members of your department, whose work I admire. During the interview I tried to show "
        "both my research vision and my teaching approach, but perhaps I spoke too long about my current project "
        "and not enough about my future plans. I also wonder if my publication record, which is solid but not "
        "long, played a role. I would be very grateful for any feedback on these two points, as it would help me "
        "to prepare for future applications.\n\nWith best regards,\nMarta",
        "request",
        "too_long",
    ),
    # batch 4
    ex(
        "Dear Ms. Ito, thank you for letting me know. I realise I made some mistakes in the pricing exercise, and "
        "I'd like to learn from them. Which one mattered most?"
    ),
    ex(
        "Hi Raj, thanks so much. I'm still learning how to present data stories, so any thoughts on my "
        "presentation would be really useful."
    ),
    ex(
        "Hello Ms. Berg, thank you for the quick and kind decision email. I'd love to know which of my answers in "
        "the final interview could have been sharper."
    ),
    ex(
        "Dear Mr. Coleman, thank you for the opportunity. I expected the technical round to be tough and it was! "
        "Could you tell me where my solution lost points?"
    ),
    ex(
        "Hi Nina, thank you for getting back to me so quickly. I was surprised how much I enjoyed the case "
        "interview. What could I have done better in my structure?"
    ),
    ex(
        "Dear Ms. Ito, thank you. I need to improve my negotiation skills and I'd welcome your honest view of how "
        "I handled the role play."
    ),
    ex(
        "Hi Raj, thanks for the call today. I'm going to keep practising my SQL immediately, and I'd value a "
        "pointer on which topics to prioritise."
    ),
    ex(
        "Dear Mr. Coleman, thank you for your time. I must admit I was nervous. Was my nervousness noticeable in "
        "my answers, and did it affect the result?"
    ),
    ex(
        "Hello Ms. Berg, many thanks. I'd like to stay in touch for future roles in your team. In the meantime, "
        "what would strengthen my portfolio?"
    ),
    ex(
        "Hi Nina, thank you. I'm sure the decision wasn't easy. Could you share which part of my case study felt "
        "least convincing?"
    ),
    ex(
        "Dear Prof. Weber, thank you for considering me. I understand there were many excellent applicants. What "
        "would you recommend I focus on in my research statement?"
    ),
    ex(
        "Hi Leo, thanks a lot for your honesty on the phone. Before my next interview on Friday, I'd love one tip "
        "on my behavioural answers, if you have time."
    ),
    ex(
        "Dear Ms. Santos, I appreciate your message. I'm keen to grow, and any feedback on my presentation skills "
        "would be a great help. No need to reply quickly."
    ),
    ex(
        "Hello Dr. Ng, thank you for the opportunity to give a trial lecture. I'd be grateful to hear what would "
        "have made my lecture more engaging."
    ),
    ex(
        "Hi Sara, thank you! I know you can't change the outcome and I'm not asking you to. I'd love your view on "
        "my whiteboard exercise though."
    ),
    ex(
        "Dear Mr. Ali, thank you for your email. I accept that my experience with cloud platforms was limited. "
        "Which certification would you suggest?"
    ),
    ex(
        "Dear Hiring Team, thank you for the chance to interview again this year. I would be grateful for any "
        "feedback on my answers about team leadership."
    ),
    ex(
        "Hi Omar, thanks for the honest feedback call offer — I'd gladly take it. I'm most interested in how my "
        "technical answers compared to what you expected."
    ),
    ex(
        "Dear Ms. Klein, thank you very much. I fully respect the decision. Why my budget presentation missed the "
        "mark is what I'd most like to understand."
    ),
    ex("Hello Jun, thank you for your time and kind words. Out of curiosity, did my portfolio show enough range?"),
    ex(
        "Hi Leo, just a friendly follow-up on my question about my behavioural answers. Thanks so much for your time.",
        "follow_up",
    ),
    ex(
        "Dear Prof. Weber, I hope the semester is going well. I wanted to follow up once on my request from two "
        "weeks ago. Thank you again for your consideration.",
        "follow_up",
    ),
    ex(
        "Hi Sara, following up on the whiteboard question - totally understand if it's not possible. Thanks!",
        "follow_up",
    ),
    ex(
        "Dear Ms. Santos, thank you for getting back to me with such useful feedback on my presentation skills. "
        "I'll put it into practice straight away.",
        "thank_you",
    ),
    ex(
        "Hi Omar, thank you so much for the call today. It was really generous of you, and I'll work on my "
        "technical answers right away.",
        "thank_you",
    ),
    ex(
        "Dear Dr. Ng, thank you for your thoughtful comments on my trial lecture. I hope we can meet again at a "
        "conference.",
        "thank_you",
    ),
    ex(
        "Hi Jun, thanks a million for the portfolio feedback! I'll update it this week and might even send you "
        "the new version one day, no pressure.",
        "thank_you",
    ),
    # bad
    ex(
        "Dear Ms. Ito, thank you. I'm confused why someone with my pricing background wasn't even shortlisted for "
        "the final round. Which part of my pricing exercise was wrong?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Raj, thanks. I can only assume the decision was made before my interview even started. What did you "
        "think of my presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Coleman, thanks. The technical round asked about things that were not even in the job "
        "description, which I don't think is right. Where did my solution lose points?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Nina, thanks. I'd like you to reconsider, as I believe the case interview undervalued my consulting "
        "experience.",
        "request",
        "argumentative",
        "sway",
    ),
    ex(
        "Hello Ms. Berg, thank you. Is there a chance I could meet the team lead to make my case in person? "
        "Feedback on my interview answers would also help.",
        "request",
        "sway",
    ),
    ex(
        "Dear Prof. Weber, thank you. I'd be willing to accept a one-year contract instead if that helps. What "
        "about my research statement?",
        "request",
        "sway",
    ),
    ex(
        "Hi Leo, thanks for the news. Any chance the decision could still go the other way? Either way, tips on "
        "my behavioural answers are welcome.",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Santos, thanks. Let me know about my presentation skills before the end of the week, please.",
        "request",
        "demanding",
    ),
    ex("Dear Dr. Ng, thank you. I look forward to your prompt feedback on my trial lecture.", "request", "demanding"),
    ex(
        "Hi Sara, thanks. I'd need your comments on the whiteboard exercise by tomorrow morning at the latest.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Omar, I'm writing for the third time about my technical answers. I'd appreciate the courtesy of a "
        "reply. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms. Klein, thank you. What went wrong? What did the other candidates do better? What should I "
        "change? Who made the decision?",
        "request",
        "too_many_questions",
        "argumentative",
        "vague",
    ),
    ex("Hi Jun, any feedback on my portfolio? Jun, I really want to know.", "request", "no_thanks"),
    ex(
        "Dear Mr. Ali, thank you for your email. Would you be able to give me some general feedback on my "
        "application as a whole?",
        "request",
        "vague",
    ),
    # batch 5
    # bad: argumentative
    ex(
        "Dear Mr. Green, thank you for your email. I was disappointed to hear the news, as I felt my interview "
        "went very well and I met all of the requirements. I'd like to understand what went wrong in my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Kate, thanks. I believe my qualifications were a perfect match, so I am confused by this decision. "
        "Which qualifications were you looking for?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Oyelaran, thank you. Frankly, I think your team made the wrong call. What did you make of my "
        "portfolio?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Pieter, thanks for the message. To be honest I expected better from a company like yours. What was "
        "wrong with my technical test?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mrs. Dubois, thank you. I find it a little odd that I was rejected when I have exactly the "
        "experience listed in the advert. Could you comment on my experience?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Tom, thanks. I still feel I was the better candidate, but I'd appreciate hearing what you thought of "
        "my presentation.",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Lopez, thank you for your reply. It's a pity that you didn't see the value I could bring. Can "
        "you tell me about my interview answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Ahmed, thanks. I answered the technical questions correctly, so I don't see why I failed. Any "
        "feedback on my technical answers?",
        "request",
        "argumentative",
    ),
    # sway
    ex(
        "Dear Mr. Green, thank you. I'd like to ask whether you would consider me for the role again. Could you "
        "also tell me about my interview?",
        "request",
        "sway",
    ),
    ex(
        "Hi Kate, thanks. I'm confident that if you gave me another opportunity I would prove my value. What "
        "about my qualifications?",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Oyelaran, thank you. If the new hire doesn't pass probation, please think of me. How did my "
        "portfolio compare to what you wanted?",
        "request",
        "sway",
    ),
    ex(
        "Hello Pieter, thanks. I wondered if there might be any possibility of being reconsidered at a later "
        "stage of this hiring round. Feedback on my test would help too.",
        "request",
        "sway",
    ),
    ex(
        "Dear Mrs. Dubois, thank you. Perhaps we could arrange a short call so I can address any concerns you had "
        "about my experience?",
        "request",
        "sway",
    ),
    ex(
        "Hi Tom, thanks. I'd really love to still join the team in some capacity. Any notes on my presentation?",
        "request",
        "sway",
    ),
    # demanding
    ex(
        "Dear Ms. Lopez, thank you. Please send me feedback on my interview answers by the end of the week.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Ahmed, thank you. I would appreciate a response within 3 business days regarding my technical answers.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mr. Green, thanks. I'm sure you understand that I need this feedback on my interview quickly.",
        "request",
        "demanding",
    ),
    ex(
        "Hello Kate, thanks. I'd be grateful if you could get back to me today about my qualifications, as I'm in "
        "a hurry.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Ms. Oyelaran, I've written twice already with no answer. I do need your comments on my portfolio. "
        "Thank you.",
        "follow_up",
        "demanding",
    ),
    ex("Hi Pieter, thanks. I insist on knowing what went wrong in my technical test.", "request", "demanding"),
    # vague / questions / thanks / long
    ex("Dear Mrs. Dubois, thank you for your email. Could you provide some feedback?", "request", "vague"),
    ex(
        "Hi Tom, thank you for letting me know. I'd be grateful for any insight into why I wasn't successful.",
        "request",
        "vague",
    ),
    ex("Dear Ms. Lopez, I'd like feedback on my interview answers. Regards, Ana", "request", "no_thanks"),
    ex(
        "Hi Ahmed, thanks. I have some questions. What did I do well? What did I do badly? How did I compare? "
        "What would you change? Was my CV ok?",
        "request",
        "too_many_questions",
        "argumentative",
    ),
    ex(
        "Dear Mr. Green,\n\nThank you so much for getting in touch to let me know about the outcome of the "
        "recruitment process for the Operations Manager role. I really enjoyed the whole experience, from the "
        "first call with your recruiter to the final interview with you and the regional director. It was really "
        "interesting to hear about the challenges of the new warehouse and the plans for next year, and I came "
        "away with lots of ideas. I have been working in operations for about eight years now, mostly in retail "
        "logistics, and I felt that the role was a natural next step for me. I was also excited about the chance "
        "to relocate closer to my family. Of course I understand that you had to make a choice, and I am sure "
        "that the person you selected is excellent. I would be very grateful if you could share any feedback "
        "about my interview, in particular my answers about managing a team through change, because this is an "
        "area I want to develop.\n\nBest regards,\nLaura",
        "request",
        "too_long",
    ),
    # good
    ex(
        "Dear Mr. Green, thank you for letting me know and for your time throughout the process. I'd be grateful "
        "for any feedback on my answers about change management."
    ),
    ex(
        "Hi Kate, thanks for the update! I'd love to know whether my qualifications or my interview answers were "
        "the bigger gap."
    ),
    ex(
        "Dear Ms. Oyelaran, thank you. I appreciate the care you took with the process. Which part of my "
        "portfolio would you strengthen first?"
    ),
    ex(
        "Hello Pieter, thanks for the clear decision. For my own learning, could you tell me what the technical "
        "test revealed about my Java skills?"
    ),
    ex(
        "Dear Mrs. Dubois, thank you very much for your time. I understand the decision. I would appreciate any "
        "comment on how I described my experience."
    ),
    ex(
        "Hi Tom, thanks a lot. I was the one who asked about remote work — I hope that didn't count against me! "
        "Could you share thoughts on my presentation?"
    ),
    ex(
        "Dear Ms. Lopez, I am very grateful for the interview. If you have a moment in the coming weeks, I'd "
        "value any observations on my interview answers."
    ),
    ex(
        "Hi Ahmed, thank you for the kind call. I'll keep developing my technical skills. Could you suggest one "
        "area of my technical answers to work on first?"
    ),
    ex(
        "Dear Mr. Green, I'm following up on my note of last week. Thanks so much for considering it, and I "
        "understand if you're too busy.",
        "follow_up",
    ),
    ex(
        "Hi Kate, checking in one last time about the feedback on my qualifications. Thanks again, and all the best.",
        "follow_up",
    ),
    ex(
        "Dear Ms. Oyelaran, thank you for your generous feedback on my portfolio; it was exactly what I needed to "
        "hear.",
        "thank_you",
    ),
    ex(
        "Hi Pieter, many thanks for your reply. I've already started a Java course based on your comments.", "thank_you"
    ),
    ex(
        "Dear Mrs. Dubois, thank you for your understanding and for your time. I wish the team all the best.",
        "thank_you",
    ),
    # batch 6
    # good
    ex(
        "Dear Mrs. Adebayo,\n\nThank you for your kind email and for the time you and Mr. Fry spent with me on "
        "Wednesday. I was sorry to hear the news but I appreciate you telling me promptly.\n\nI am keen to keep "
        "improving, so if you are able to share any thoughts on my responses to the safeguarding scenario, I "
        "would be very grateful. I felt that was the part where I was least confident, and I'd like to know "
        "whether that came across.\n\nWith many thanks and best wishes,\nSiobhan"
    ),
    ex(
        "Hi Carlos, I hope you're well, and thanks for the update. I haven't interviewed for a product role "
        "before, so I'd really value hearing which of my answers on prioritisation felt weakest. Thank you!"
    ),
    ex(
        "Dear Sir, thank you for the interview and for your clear answer. I am from Brazil and this was my first "
        "interview in English. Please, could you tell me if my English was good enough for the role? Thank you "
        "very much."
    ),
    ex(
        "Hello Ms Yilmaz, thanks for letting me know. I'm genuinely glad for whoever got the role — the team "
        "seemed great. If you have a spare minute, what could I improve in my financial modelling test?"
    ),
    ex(
        "Dear Dr. Rossi, thank you for your email. I respect the panel's judgement. I would be grateful for your "
        "view on my clinical case presentation, whenever it suits you."
    ),
    ex(
        "Hi Lin, thank you for the chance to work through the design challenge with your team. I'd love to hear "
        "what you thought of my user research approach."
    ),
    ex(
        "Dear Mr. Nkemelu, thank you. I must confess the panel's question about budgets caught me off guard. "
        "Could you tell me what a strong answer would have looked like?"
    ),
    ex(
        "Hi Fran, thanks so much for your time on the phone. Is there anything in my CV that made it harder to "
        "see my fit for the role?"
    ),
    ex(
        "Dear Ms. Vega, I appreciate you letting me know. I understand the position has been filled. Could I ask "
        "which skills the team valued most, so I can develop them?"
    ),
    ex(
        "Hello Jakob, thanks for the honest update. I'd love a quick pointer on my coding style if you have time; "
        "I know you're swamped."
    ),
    ex(
        "Dear Mrs. Adebayo, I hope this finds you well. I'm following up on my email of the 12th in case it was "
        "missed. I'd still be grateful for any thoughts on my scenario answers. Thank you.",
        "follow_up",
    ),
    ex("Hi Carlos, a gentle nudge on my earlier question — thank you, and completely fine if you can't.", "follow_up"),
    ex(
        "Hi Lin, I haven't heard back yet, which is completely fine — I know things are busy. If you find a "
        "moment, I'd value your thoughts. Thanks!",
        "follow_up",
    ),
    ex(
        "Dear Dr. Rossi, thank you for such thorough feedback on my presentation. I have already started working "
        "on the structure you suggested, and I hope to put it into practice soon.",
        "thank_you",
    ),
    ex(
        "Hi Fran, thank you so much! Your note about my CV was super helpful, I've rewritten the summary already.",
        "thank_you",
    ),
    ex(
        "Dear Ms. Vega, thank you for your reply and your kind words. I'll keep an eye on future openings at your "
        "company.",
        "thank_you",
    ),
    # bad
    ex(
        "Dear Mrs. Adebayo, thank you. With my twelve years of safeguarding experience, I was taken aback that I "
        "did not progress. What was lacking in my scenario answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Carlos, thanks. I have to say the prioritisation exercise was poorly designed and didn't reflect the "
        "actual job. Any comments on my answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Ms Yilmaz, thanks. It seems to me that the modelling test was biased towards candidates from "
        "banking. What did you think of my test?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Dr. Rossi, thank you. Would the panel be willing to hear me out once more about my clinical case? I "
        "think I can explain it better.",
        "request",
        "sway",
    ),
    ex(
        "Hi Lin, thanks. I know the decision is made, but maybe there's another team where my design research "
        "skills would be useful right now? Feedback on my approach welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hi Fran, thanks for the call. If you could put in a good word for me with the hiring manager, that would "
        "mean a lot. Also, any tips on my CV?",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Vega, thanks. Please provide your feedback on my skills no later than Monday.", "request", "demanding"
    ),
    ex(
        "Hello Jakob, thanks. I'm on a tight timeline, so please prioritise my request and send your notes on my "
        "coding style today.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mr. Nkemelu, thank you. I expect you to explain how the budget question was scored.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Carlos, it has been ten days and I still don't have an answer. Please reply to me this week. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Mrs. Adebayo, sorry to bother you again, but I really must insist on some feedback on my scenario "
        "answers. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex("Hi Lin, thanks a lot. Could you help me understand how I could improve?", "request", "vague"),
    ex("Dear Dr. Rossi, thank you for your message about the position. Any advice?", "request", "vague"),
    ex("Hi Fran, I'm writing to ask for feedback on my CV and interview. Best, Dana", "request", "no_thanks"),
    ex(
        "Dear Ms. Vega, thanks. 1) Were my skills enough? 2) Was my CV formatted well? 3) Should I have worn a "
        "suit? 4) Did I talk too fast?",
        "request",
        "too_many_questions",
    ),
    # batch 7
    # good
    ex(
        "Hi Dana, how are you? Thanks for letting me know about the decision. Could you share what would have "
        "made my final interview stronger? And was my portfolio part of it?"
    ),
    ex(
        "Dear Mr. Hughes,\n\nThank you for your time last week.\n\nIf possible, I'd appreciate a few words on:\n• "
        "my presentation\n• my answers about forecasting\n\nMany thanks,\nPriya"
    ),
    ex(
        "Hello Ms. Kowalski 👋 thank you for the update! I'd be super grateful for any tips on my take-home "
        "project — especially the testing part. 🙏"
    ),
    ex(
        "Dear Professor Lee, thank you for your kind letter. I am grateful to have reached the final round. May I "
        "ask which aspects of my teaching demo could be improved?"
    ),
    ex(
        "Hi Eli, thank you. P.S. No need for a long answer — even one sentence about my system design round would "
        "help me a lot."
    ),
    ex(
        "Dear Ms. Moreau, thank you for your email and for the opportunity. I accept your decision with thanks. "
        "What is the one thing you would change in my application letter?"
    ),
    ex("Hi Ravi, thanks for your time and the friendly chat. How did my answers on data governance come across?"),
    ex(
        "Dear Mrs. O'Neill, I'm grateful for the chance to have met the team. I'm not looking to change anything "
        "about the outcome; I'd simply love to learn what my interview was missing."
    ),
    ex(
        "Hi Zoe, thank you! I know hiring is tough right now. If you're able, could you tell me whether my lack "
        "of agency experience was the main factor?"
    ),
    ex(
        "Hey Matt, thanks for getting back to me. Was it the technical depth or my communication during the "
        "pairing session? Either answer helps."
    ),
    ex(
        "Dear Mr. Hughes, just a short follow-up on my email from last Monday about my presentation and "
        "forecasting answers. Thank you for your consideration.",
        "follow_up",
    ),
    ex("Hi Ravi, how are you? Just following up in case my note got buried. Thanks a lot!", "follow_up"),
    ex(
        "Dear Professor Lee, thank you for your thoughtful note about my teaching demo. I'm grateful and will "
        "build on it.",
        "thank_you",
    ),
    ex("Hi Eli, thank you for the super useful tip about my system design round! Have a great weekend.", "thank_you"),
    # bad
    ex(
        "Hi Dana, thanks. I'm honestly gobsmacked. Everyone I spoke to seemed to love my final interview. What "
        "happened?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Hughes, thank you. My forecasting answers were, in my opinion, among the best you will have "
        "heard. Could you comment on my presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Ms. Kowalski, thanks. It feels unjust that a take-home project I spent a whole weekend on was "
        "dismissed so quickly. Any tips on it?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Professor Lee, thank you. I fail to see what more I could have offered in my teaching demo. What "
        "was missing in it?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Ravi, thanks. Would you put my name forward again for the data governance role? Also, how did my "
        "answers come across?",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Moreau, thank you. I was wondering whether the decision might be revisited once you have seen "
        "my updated application letter.",
        "request",
        "sway",
    ),
    ex(
        "Hi Zoe, thanks. Any chance I could still be in the running if I got some agency experience quickly? "
        "Thoughts on my experience welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hey Matt, thanks. Please let me know about my pairing session ASAP as I'm weighing up other options.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mrs. O'Neill, thank you. I will need to receive your feedback on my interview within the week.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Eli, I have now waited over two weeks for a reply about my system design round. Thank you.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Mr. Hughes, thanks. I'd like you to explain in writing why my presentation was not good enough, by "
        "Wednesday.",
        "request",
        "demanding",
    ),
    ex("Hi Dana, thanks! What else could I improve?", "request", "vague"),
    ex("Dear Professor Lee, feedback on my teaching demo please.", "request", "no_thanks"),
    # batch 8
    ex(
        "Thank you for letting me know. I think there must have been a misunderstanding about my experience. I'd "
        "also value feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I'm not sure you gave my application proper consideration. I'd also value "
        "feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. It seems you didn't read my CV properly. I'd also value feedback on my "
        "interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. Your selection process is flawed. I'd also value feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I am extremely disappointed and frankly confused by this. I'd also value "
        "feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. How could you choose someone with less experience? I'd also value "
        "feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I find your decision hard to believe. I'd also value feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I performed better than the feedback suggests. I'd also value feedback on "
        "my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I can't help but feel I was treated unfairly. I'd also value feedback on "
        "my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. It's frustrating that my skills were not recognised. I'd also value "
        "feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I believe I was misjudged. I'd also value feedback on my interview.",
        "request",
        "argumentative",
    ),
    ex(
        "Thank you for letting me know. I'd like you to reconsider my application. I'd also value feedback on my "
        "interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. Is there any possibility of a second interview? I'd also value feedback "
        "on my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. I'm still very interested in the position, should anything change. I'd "
        "also value feedback on my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. Could I be considered if the other candidate declines? I'd also value "
        "feedback on my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. Please give me another chance to prove myself. I'd also value feedback on "
        "my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. I'm willing to do a trial period. I'd also value feedback on my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. Can we discuss this decision further? I'd also value feedback on my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. I hope you will change your decision. I'd also value feedback on my interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. I'd like to appeal against this decision. I'd also value feedback on my "
        "interview.",
        "request",
        "sway",
    ),
    ex(
        "Thank you for letting me know. I need this feedback by tomorrow. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. Please respond within 24 hours. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. I expect a detailed response. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. You should at least tell me why. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. I require an explanation. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. Get back to me as soon as you can. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. I look forward to your immediate response. I'd also value feedback on my "
        "interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. Please treat this as urgent. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. I'd like an answer by end of day. I'd also value feedback on my interview.",
        "request",
        "demanding",
    ),
    ex(
        "Thank you for letting me know. I understand there may have been stronger candidates. I'd also value "
        "feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. I gave it my best and I'm proud of the preparation I did. I'd also value "
        "feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. I'm still very interested in learning from this. I'd also value feedback "
        "on my interview."
    ),
    ex(
        "Thank you for letting me know. I know the decision is yours to make, and I respect it. I'd also value "
        "feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. I'd love to prove to myself that I can improve. I'd also value feedback "
        "on my interview."
    ),
    ex(
        "Thank you for letting me know. If it's easier, a two-line reply whenever you like is perfect. I'd also "
        "value feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. I'm happy to wait as long as you need. I'd also value feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. I'd like to understand how I could have prepared better. I'd also value "
        "feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. Should anything in my CV be clearer, I'd love to know. I'd also value "
        "feedback on my interview."
    ),
    ex(
        "Thank you for letting me know. Even a short answer would be more than enough. I'd also value feedback on "
        "my interview."
    ),
    ex("Thank you for letting me know. I can imagine it was a close call. I'd also value feedback on my interview."),
    # batch 9
    # good, non-native and long-ish
    ex(
        "Dear Mr. Schmidt, thank you very much for your answer. I am sad but I understand. I would be very happy "
        "if you can tell me what I must improve in my German language skills for the next interview. Thank you "
        "for your time and patience. Best regards, Olena"
    ),
    ex(
        "Respected Sir, thank you for giving me opportunity to attend the interview. Kindly let me know the areas "
        "in my technical round where I should improve. Thanking you, Rahul"
    ),
    ex(
        "Hello Mrs Tanaka, thank you so much for your kindly reply. For me it is important to learn. Can you say "
        "me please if my presentation was too long?"
    ),
    ex(
        "Dear Ms. Fischer,\n\nThank you for your email and for considering me for the Marketing Coordinator role. "
        "I really enjoyed our conversation about the brand relaunch and learning how your small team works across "
        "regions.\n\nI'm early in my career and keen to keep growing, so I'd be grateful for any feedback you can "
        "share about my interview. In particular, I'd love to know whether my campaign examples were relevant "
        "enough, and whether there was anything in how I presented my social media experience that could have "
        "been stronger.\n\nThank you again for your time, and I hope our paths cross in the future.\n\nBest "
        "wishes,\nAmelia"
    ),
    ex(
        "Hi Jonas, many thanks for the call yesterday. I appreciated your honesty. One question if I may: what "
        "did the strongest answers to the estimation question include that mine didn't?"
    ),
    ex(
        "Dear Dr. Mbeki, thank you for your time and for the thoughtful questions. I completely understand the "
        "committee's decision. I would welcome any feedback on my grant proposal, as I plan to refine it."
    ),
    ex(
        "Hi Sophie, thanks for getting back to me! Quick question, totally optional: did my portfolio case "
        "studies feel too long?"
    ),
    ex(
        "Dear Ms. Fischer, I wanted to follow up on my email from two weeks ago, in case it slipped through. I'd "
        "still be grateful for any thoughts on my campaign examples. Thank you, Amelia",
        "follow_up",
    ),
    ex(
        "Respected Sir, this is a humble follow-up to my previous mail regarding feedback on my technical round. "
        "Thanking you in advance, Rahul",
        "follow_up",
    ),
    ex(
        "Dear Mr. Schmidt, thank you so much for your detailed answer about my German. I will take a course and "
        "try again next year somewhere.",
        "thank_you",
    ),
    ex("Hi Jonas, thank you — the point about structuring estimates top-down was exactly what I needed.", "thank_you"),
    # bad
    ex(
        "Dear Mr. Schmidt, thank you. My German is at C1 level and certified, so I do not understand how it could "
        "be the problem. Please explain about my German skills.",
        "request",
        "argumentative",
    ),
    ex(
        "Respected Sir, thank you. I request you to kindly reconsider my candidature as I am very much deserving "
        "for this post. Please tell me about my technical round.",
        "request",
        "sway",
        "argumentative",
    ),
    ex(
        "Hello Mrs Tanaka, thank you. Is it possible to make the presentation again next week? I was not feeling "
        "well on the day. Feedback on my presentation also welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hi Jonas, thanks. I'd appreciate it if you could reply by tomorrow lunchtime about my estimation answer.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Dr. Mbeki, thank you. I would be obliged if you send me the committee's evaluation of my grant "
        "proposal immediately.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Sophie, hello again! I'm chasing you for the second time about my portfolio. Please do answer. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms. Fischer, thanks for your feedback, but frankly I don't think it is accurate about my campaign "
        "examples.",
        "thank_you",
        "argumentative",
    ),
    ex(
        "Hi Jonas, thank you for the feedback. Does this mean there's still a chance for me in the next hiring "
        "round for this role?",
        "thank_you",
        "sway",
    ),
    ex(
        "Dear Mr. Schmidt, thank you for the feedback. Could you reply by Friday with more details?",
        "thank_you",
        "demanding",
    ),
    ex("Hi Sophie, thanks. Any feedback at all? Any thoughts? Anything?", "request", "vague", "too_many_questions"),
    ex(
        "Dear Dr. Mbeki, I am writing regarding the decision on my application and would appreciate any feedback "
        "you may have.",
        "request",
        "vague",
    ),
    ex("Hello Mrs Tanaka, I want to know about my presentation. Rahul", "request", "no_thanks"),
    ex(
        "Dear Ms. Fischer,\n\nThank you for your email. I must say I have been thinking about this a lot. I have "
        "applied to many marketing roles this year and I always get to the final round and then I am rejected, "
        "and I really do not know why. My friends say that maybe I am too quiet in interviews, or that my CV is "
        "too long, or that I should have more experience with paid social, but nobody ever tells me directly. I "
        "know that you are not responsible for all of this, but your feedback would really help me understand "
        "what is going on. I would be very grateful if you could tell me about my interview, my CV, and my "
        "experience, and also if you think I should apply for more junior roles. I am sorry for the long message, "
        "I just want to get better. Thank you so much.\n\nAmelia",
        "request",
        "too_long",
    ),
    # batch 0
    ex(
        "Dear Ms. Quinn, thank you for letting me know. I remain a big fan of what your team is building. If you "
        "have a moment, I'd value your view on my product sense exercise."
    ),
    ex(
        "Hi Victor, thank you for the update and for a very well-run process. Was there a specific moment in my "
        "interview where you felt I lost the thread?"
    ),
    ex(
        "Dear Mr. Osei, thank you kindly. I'm sure you had a difficult choice. I'd be grateful to hear how my "
        "leadership examples landed with the panel."
    ),
    ex(
        "Hello Hana, thank you. I'll admit I was disappointed at first, but I'm now focused on learning. Could "
        "you tell me what the best answer to the pricing question looked like?"
    ),
    ex(
        "Dear Dr. Varga, thank you for the decision and for the opportunity to present. My main question: was my "
        "statistical analysis section convincing enough?"
    ),
    ex("Hi Ben, thanks a lot. I know I can be a bit long-winded in interviews — was that an issue in my answers?"),
    ex(
        "Dear Ms. Quinn, many thanks. If the timing ever works out for a future role, I'd love to apply again; in "
        "the meantime, any pointers on my product sense exercise would be great."
    ),
    ex(
        "Hi Grace, thank you for the honest email. I understand you needed someone who could start sooner. Beyond "
        "timing, was there anything in my skills you'd flag?"
    ),
    ex(
        "Dear Mr. Park, thank you. I accept that my experience with regulation was thinner than you needed. Are "
        "there particular courses you would recommend?"
    ),
    ex(
        "Hello Carla, thank you! I really enjoyed the case study even though it was tough. Which part of my "
        "approach would you have changed?"
    ),
    ex(
        "Dear Prof. Singh, thank you for your letter. Of course I would have loved the position, but I "
        "understand. May I ask what made the successful proposal stand out, so I can learn from it?"
    ),
    ex(
        "Hi Ola, thanks so much for your time and for the detailed process. I'd appreciate a quick note on my "
        "coding exercise, whenever is convenient — and no worries at all if not."
    ),
    ex(
        "Dear Mr. Grant, thank you. I understand the decision was close. Could you share one strength and one "
        "area for development from my interview?"
    ),
    ex(
        "Hi Tess, thank you for telling me in person. I'm keen to improve my presentation delivery; anything you "
        "noticed would help."
    ),
    ex(
        "Dear Ms. Ramos, thank you for the kind rejection and for the tour of the lab. I'd be very grateful for "
        "any thoughts on my research talk."
    ),
    ex("Hi Victor, just resurfacing this in case it got lost — thanks so much for considering it.", "follow_up"),
    ex(
        "Dear Dr. Varga, I hope all is well. A brief follow-up on my question about the analysis section; I "
        "understand if time doesn't allow. Many thanks.",
        "follow_up",
    ),
    ex("Hello Hana, hope you had a good weekend! Gently checking in about my pricing question. Thanks!", "follow_up"),
    ex(
        "Dear Mr. Osei, thank you again for your comments on my leadership examples. They were fair and useful.",
        "thank_you",
    ),
    ex(
        "Hi Ben, thanks for being straight with me about my long answers — really appreciated, and I'm already "
        "practising shorter ones.",
        "thank_you",
    ),
    ex(
        "Dear Prof. Singh, thank you for explaining what made the successful proposal stand out. It gives me a "
        "clear direction.",
        "thank_you",
    ),
    ex("Hi Tess, thank you! I'll work on my delivery and hopefully we'll meet again one day.", "thank_you"),
    # bad
    ex(
        "Dear Ms. Quinn, thanks. To be blunt, I think you're making a big error letting me go. What about my "
        "product sense exercise?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Victor, thanks. I can't shake the feeling the process favoured someone internal. Where did I lose the "
        "thread in my interview?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Carla, thanks. I would really like the opportunity to walk you through my case study approach "
        "again, as I think it was misunderstood.",
        "request",
        "sway",
        "argumentative",
    ),
    ex(
        "Dear Mr. Grant, thanks. I would like to formally request that my application be re-evaluated by another "
        "panel.",
        "request",
        "sway",
        "demanding",
    ),
    ex(
        "Hi Grace, thanks. I can actually start sooner than I said, so maybe the decision can change? Anything "
        "about my skills?",
        "request",
        "sway",
    ),
    ex(
        "Dear Dr. Varga, thank you. Kindly revert with your feedback on my analysis section at the earliest.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Tess, thank you. I'll be expecting your notes on my presentation delivery by end of play Friday.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Ms. Ramos, this is my last attempt to get feedback on my research talk. Thank you.",
        "follow_up",
        "demanding",
    ),
    # batch 1
    # good
    ex(
        "Dear Ms. Laurent, thank you for your message and for the chance to meet the team. I was a little sad, "
        "naturally, but I know these decisions are hard. If you have a moment, I'd value a word on how my project "
        "management examples came across."
    ),
    ex(
        "Hi Andre, thank you for the transparent update. Would you mind sharing which of my answers in the coding "
        "interview left the weakest impression?"
    ),
    ex(
        "Dear Mr. Baptiste, thank you. Looking back, I think I rushed my case presentation. Was that your "
        "impression too, or was it something else?"
    ),
    ex(
        "Hello Ingrid, thank you so much for getting back to me, even with a no. What would you recommend I "
        "practise before my next product interview?"
    ),
    ex(
        "Dear Dr. Aziz, thank you for interviewing me. I'd be grateful for any comments on my teaching philosophy "
        "statement and my sample class."
    ),
    ex(
        "Hi Kofi, thanks for letting me know, and congratulations on filling the role so quickly. Anything in my "
        "data modelling answers you would flag?"
    ),
    ex(
        "Dear Mrs. Novak, I appreciate your time and honesty. I'm working on my confidence in panel interviews — "
        "did nerves show much in mine?"
    ),
    ex(
        "Hi Lucia, thank you for the feedback offer! Written is perfect. I'm mainly curious whether my portfolio "
        "showed enough research."
    ),
    ex(
        "Dear Mr. Haas, thank you for the decision. I'd like to improve for similar roles, so any view on my "
        "technical test would be appreciated."
    ),
    ex(
        "Hi Andre, I'm just following up on my note about the coding interview — no rush at all, and thank you "
        "either way.",
        "follow_up",
    ),
    ex(
        "Dear Dr. Aziz, I hope the term has started well. I'm following up once on my earlier request; thank you "
        "for considering it.",
        "follow_up",
    ),
    ex(
        "Dear Ms. Laurent, thank you for your frank and generous feedback on my project management examples. I "
        "have already reworked two of them.",
        "thank_you",
    ),
    ex("Hi Kofi, thanks so much for the data modelling tips — really kind of you to take the time.", "thank_you"),
    # bad
    ex(
        "Dear Ms. Laurent, thank you. In all honesty I cannot fathom this decision, given how positive the "
        "conversation was. What were your thoughts on my project examples?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Andre, thanks. I'm fairly certain the coding interview was marked incorrectly — my solution passed "
        "all the tests. Could you look into my solution?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Baptiste, thank you. You didn't give enough weight to my international experience. What did you "
        "think of my case presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Ingrid, thanks. I really think I'd be an asset to the product team, so is there any way to revisit "
        "this? What should I practise?",
        "request",
        "sway",
        "vague",
        "argumentative",
    ),
    ex(
        "Dear Dr. Aziz, thank you. Would you be willing to observe another sample class from me before "
        "finalising? Comments on my teaching statement are welcome too.",
        "request",
        "sway",
    ),
    ex(
        "Hi Kofi, thanks. If the new person isn't a good fit, I'm just a phone call away. Any feedback on my data "
        "modelling?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mrs. Novak, thank you. I need to hear back by Thursday because I have to make decisions about other "
        "applications. Did nerves show in my interview?",
        "request",
        "demanding",
    ),
    ex("Hi Lucia, thanks. Send me your written feedback on my portfolio at once, please.", "request", "demanding"),
    ex(
        "Dear Mr. Haas, I emailed you on the 3rd and the 10th and have received nothing. I would appreciate the "
        "basic courtesy of a response. Thank you.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Hi Andre, thanks. I hope you won't mind me saying your team should have asked me more about my backend "
        "work. Any notes on my coding interview?",
        "request",
        "argumentative",
    ),
    # batch 2
    ex(
        "Hi Pablo, thank you for letting me know — I really appreciated how organised the whole process was. If "
        "you're open to it, I'd love one or two pointers on my SQL case."
    ),
    ex(
        "Dear Ms. Whitaker, thank you for considering my application and for the time spent interviewing me. I'd "
        "be grateful to know whether my answers about safeguarding met the standard you expected."
    ),
    ex(
        "Hello Noah, thanks for the news. I understand and I'm grateful for the experience. Was my approach to "
        "the design critique what you were hoping to see?"
    ),
    ex(
        "Dear Dr. Chowdhury, thank you for your email. I accept the committee's decision. If time permits, I'd "
        "appreciate knowing how my research presentation could be sharper."
    ),
    ex(
        "Hi Greta, thank you! I'd love to know if there was anything in my written exercise that stood out, good "
        "or bad."
    ),
    ex(
        "Dear Mr. Ivanov, thank you for your time and consideration. May I ask what you'd suggest I change about "
        "my CV before my next application?"
    ),
    ex(
        "Hey Zara, thanks for the call. Totally understand. If you remember, how did my answer about scaling the "
        "team come across?"
    ),
    ex(
        "Dear Ms. Abiodun, thank you for your kind reply. I don't want to take up much of your time, but any "
        "comment on my interview preparation would help me a lot."
    ),
    ex("Hi Theo, thanks for being upfront. What do you think was the biggest gap between my experience and the role?"),
    ex(
        "Dear Hiring Panel, thank you for the opportunity to interview. I would welcome your perspective on my "
        "competency answers, particularly on teamwork."
    ),
    ex(
        "Hi Mei, thank you very much for the interview and for explaining the decision. Would you have any advice "
        "on my portfolio for future applications?"
    ),
    ex(
        "Dear Mr. Ortega, thank you. I realise I didn't show my leadership experience clearly enough. Do you have "
        "any suggestions on how I could present it better?"
    ),
    ex(
        "Hello Rosa, thank you so much for your time. I enjoyed the technical discussion a lot. Any thoughts on "
        "my solution to the caching problem would be welcome."
    ),
    ex(
        "Dear Ms. Grey, thank you for the update and for your patience with my questions during the process. I'd "
        "value any feedback on my presentation skills."
    ),
    ex("Hi Sam, thanks! I was wondering if you could share what the panel thought of my product demo."),
    ex(
        "Dear Mr. Lee, many thanks for letting me know. I'm keen to learn, so I'd be grateful for a sentence on "
        "my analytical skills."
    ),
    ex("Hi Ivy, thank you for your honesty. Are there any resources you'd recommend to strengthen my UX writing?"),
    ex(
        "Dear Dr. Park, thank you for the opportunity to give a guest lecture as part of the process. I would be "
        "happy to receive any feedback on my lecture."
    ),
    ex(
        "Hi Pablo, hope your week's going well! Following up on my earlier note about my SQL case, whenever you "
        "get a chance. Thanks!",
        "follow_up",
    ),
    ex(
        "Dear Mr. Ivanov, I'm writing to follow up gently on my previous message. Thank you for your time.", "follow_up"
    ),
    ex("Hi Theo, just checking in on my earlier question; totally understand if you're too busy. Thanks!", "follow_up"),
    ex(
        "Dear Ms. Whitaker, thank you for your considered feedback on my safeguarding answers; I found it very "
        "helpful.",
        "thank_you",
    ),
    ex(
        "Hi Greta, thank you so much for the notes on my written exercise. I'm grateful and will use them.", "thank_you"
    ),
    ex(
        "Dear Mr. Ortega, thank you for the suggestions on presenting my leadership experience. I look forward to "
        "trying them.",
        "thank_you",
    ),
    ex("Hi Ivy, thanks a lot for the UX writing resources — exactly what I was after!", "thank_you"),
    # batch 3
    ex(
        "Hi Pablo, thanks. I honestly believe the SQL case was unclear and that's why I struggled. Could you tell "
        "me how my SQL case was marked?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Whitaker, thank you. Other candidates surely didn't have my safeguarding background. Why was "
        "that not taken into account?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Noah, thanks. I'm a little hurt that my design critique was dismissed in a few minutes. What did "
        "you think of it?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Dr. Chowdhury, thank you. Not to be difficult, but the committee's reasoning escapes me entirely. "
        "What did you think of my research presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Greta, thanks. You asked questions that had nothing to do with the role. What about my written exercise?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Ivanov, thank you. Please let me know if there is anything I can do to change the outcome. "
        "Also, any tips on my CV?",
        "request",
        "sway",
    ),
    ex(
        "Hey Zara, thanks. Could you ask the team to give me a second look? My answer on scaling could be better "
        "explained.",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Abiodun, thank you. I'm hoping that, with my references, you might see your way to offering me "
        "the post after all. Any comment on my interview preparation?",
        "request",
        "sway",
    ),
    ex(
        "Hi Theo, thanks. I'd accept a lower title if it means I can join now. What was the biggest gap in my "
        "experience?",
        "request",
        "sway",
    ),
    ex(
        "Dear Hiring Panel, thank you. I would appreciate your answer on my competency answers by the close of "
        "this week.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Mei, thanks. Please make sure I get your feedback on my portfolio before you go on leave next week.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mr. Ortega, thank you. I have a right to know how my leadership experience was scored.",
        "request",
        "demanding",
    ),
    ex(
        "Hello Rosa, I wrote to you three weeks ago and have heard nothing at all. A reply regarding my caching "
        "solution is overdue. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms. Grey, thank you. I trust I will receive feedback on my presentation skills shortly.",
        "request",
        "demanding",
    ),
    ex(
        "Hi Sam, thanks for the feedback. Honestly, I don't agree with the point about my demo.",
        "thank_you",
        "argumentative",
    ),
    ex(
        "Dear Mr. Lee, thank you for the feedback — may I now ask you to reconsider in light of it?",
        "thank_you",
        "sway",
    ),
    ex(
        "Hi Ivy, your answer was helpful. I expect the other feedback you promised by Monday.",
        "thank_you",
        "demanding",
        "no_thanks",
    ),
    # batch 4
    ex(
        "Hi Elena, thanks for the update. Quite honestly, I think the panel misread my answers about budgeting. "
        "Could you go through my budgeting answers with me?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Foster, thank you. I don't think anyone in that room was qualified to judge my design work. "
        "What did you think of my portfolio?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Amira, thank you. The outcome feels deeply unjust to me after four rounds. What could I have done "
        "better in the final presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Kato, thanks. I can't believe I lost out because of one question about Kubernetes. Was that the "
        "deciding factor?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Rui, thank you. If the successful candidate's start date slips, I'd be glad to fill in. Could you "
        "share feedback on my interview?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Foster, thank you. Would there be any appetite to reconsider if I submitted two more case "
        "studies? Feedback on my portfolio welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hello Amira, thanks for your email. I still believe we could make this work — could we talk about the "
        "role once more? How was my final presentation?",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Kato, thank you. Is there some other way I could join the project team this year? Any feedback "
        "on my Kubernetes answer?",
        "request",
        "sway",
    ),
    ex(
        "Hi Elena, thank you. I'd need your feedback on my budgeting answers within 2 working days.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mr. Foster, thank you. You are obligated to provide candidates with feedback, so please send it on "
        "my portfolio.",
        "request",
        "demanding",
    ),
    ex("Hello Amira, thanks. Reply as quickly as you can about my final presentation, please.", "request", "demanding"),
    ex(
        "Dear Ms. Kato, I'm disappointed to have to chase this again. Please answer my question about the "
        "Kubernetes answer. Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Hi Rui, thank you for replying. Still, I'd argue my interview went better than you describe.",
        "thank_you",
        "argumentative",
    ),
    ex("Hi Elena, thanks a lot for your time today! Could you share anything?", "request", "vague"),
    ex(
        "Dear Mr. Foster, thank you. 1. How was my portfolio? 2. How was my interview? 3. How was my design task?",
        "request",
        "too_many_questions",
    ),
    # batch 5
    # good
    ex(
        "Hi Marcus, thanks for letting me know. I'd really appreciate it if you could point out one thing in my "
        "technical interview that I should work on."
    ),
    ex(
        "Dear Ms. Dunn, thank you for your time. I'm aware you must receive many requests, so a brief comment on "
        "my cover letter would be more than enough."
    ),
    ex(
        "Hello Yusuf, thank you for the opportunity and your clear communication. Could you share whether my "
        "salary expectations were out of line?"
    ),
    ex(
        "Dear Dr. Flores, thank you for the decision. I was really happy to get to the final stage. Which part of "
        "my research plan would you question most?"
    ),
    ex("Hi Bea, thanks so much. Just one question: was my Figma prototype polished enough for the level you hired at?"),
    ex(
        "Dear Mr. Clarke, I appreciate the opportunity. I fully understand the decision and would only ask: did "
        "my answers show enough commercial awareness?"
    ),
    ex(
        "Hi Lars, thank you for the time you spent on my application. I would be thankful for any remarks on my "
        "code sample."
    ),
    ex(
        "Dear Ms. Dunn, I hope you're keeping well. A quick follow-up on my request for feedback on my cover "
        "letter — thank you for your patience.",
        "follow_up",
    ),
    ex("Hi Bea, thank you again for the thoughtful answer about my prototype. It made my week!", "thank_you"),
    # bad
    ex(
        "Hi Marcus, thanks. I'm struggling to see how someone with less experience got the job over me. What "
        "about my technical interview?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Dunn, thank you. My cover letter was tailored precisely to your ad, so I don't see what more "
        "you could want. Any feedback on it?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Yusuf, thanks. I'm confident your team will regret this choice. What about my salary expectations?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Dr. Flores, thank you. Please could you pass my research plan to the other committee members for a "
        "second opinion?",
        "request",
        "sway",
    ),
    ex(
        "Hi Bea, thanks. Would it help if I redesigned the prototype over the weekend and sent it in? Any "
        "thoughts on my Figma work?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Clarke, thank you. If there's any room to revisit your decision, I'm all ears. Did my answers "
        "show commercial awareness?",
        "request",
        "sway",
    ),
    ex("Hi Lars, thank you. Please provide the feedback on my code sample without delay.", "request", "demanding"),
    ex(
        "Dear Ms. Dunn, I've been more than patient. Please send the feedback on my cover letter now. Thank you.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Hello Yusuf, thanks. I'm expecting to hear from you by noon tomorrow about my salary expectations.",
        "request",
        "demanding",
    ),
    # batch 6
    ex(
        "Hi Naomi, thanks for the update. I gave that interview everything and still came up short, which "
        "honestly doesn't add up. What did my answers lack?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Wu, thank you. It is hard not to feel that the decision was based on my age rather than my "
        "ability. What about my experience?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Fiona, thanks. I think the interviewer simply didn't like me. Could you share feedback on my "
        "presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Ortiz, thank you. I know my skills are a perfect fit, so I'm at a loss. Which skills were missing?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Naomi, thanks. I'd love another crack at the case study if you're open to it. What did my answers lack?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Wu, thank you. Could the team consider me as a second choice in case things change? How did my "
        "experience compare to the requirements?",
        "request",
        "sway",
    ),
    ex(
        "Hello Fiona, thanks. I'm happy to come in again and present to a wider group. Feedback on my "
        "presentation would also help.",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Ortiz, thanks. Can you put me back into the pool for this vacancy? Which skills were missing?",
        "request",
        "sway",
    ),
    ex("Hi Naomi, thanks. I'll look out for your reply on my answers no later than Tuesday.", "request", "demanding"),
    ex(
        "Dear Mr. Wu, thank you. It's important that you get back to me quickly about my experience.",
        "request",
        "demanding",
    ),
    ex(
        "Hello Fiona, I've sent several emails with no response. I really need an answer about my presentation. "
        "Thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms. Ortiz, thanks. Feedback on my skills is the least you can do after four interviews.",
        "request",
        "demanding",
        "argumentative",
    ),
    # good
    ex(
        "Hi Naomi, thank you for letting me know, and for how kind you were on the phone. What did my case study "
        "answers lack, if anything stood out?"
    ),
    ex(
        "Dear Mr. Wu, thank you very much. At this stage in my career I'm keen to learn; I'd be grateful for a "
        "word on my experience with data governance."
    ),
    ex(
        "Hello Fiona, thanks for getting back to me. I suspect my presentation ran long — was that the main "
        "issue, or was it something else?"
    ),
    ex(
        "Dear Ms. Ortiz, thank you for your time over four interviews; I really appreciate the effort your team "
        "put in. Which skills would you encourage me to build?"
    ),
    # batch 7
    ex(
        "Hi Omar, circling back on my feedback request. I'd really need it before the weekend, thanks.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Dear Ms. Blake, following up again, as my previous two messages went unanswered. I'd appreciate a reply. "
        "Thank you.",
        "follow_up",
        "demanding",
    ),
    ex(
        "Hi Jin, thanks again for the interview. While I wait for your thoughts, I wanted to add that I'm still "
        "hoping the team might reconsider.",
        "follow_up",
        "sway",
    ),
    ex(
        "Dear Mr. Petrov, thank you for your patience. I'm following up to ask whether the role is still "
        "available, and for any feedback on my case study.",
        "follow_up",
        "sway",
    ),
    ex(
        "Hi Ava, hope you're well and thanks again. Still no word on my feedback — I have to say it's a little "
        "disappointing to be left hanging.",
        "follow_up",
        "argumentative",
    ),
    ex(
        "Dear Dr. Silva, I am following up on my request. I'd appreciate an explanation of why my application was "
        "rejected so quickly. Thank you.",
        "follow_up",
        "argumentative",
    ),
    ex(
        "Hi Omar, thank you for the feedback. I do think the panel underrated my leadership, but I'll take it on "
        "board.",
        "thank_you",
        "argumentative",
    ),
    ex(
        "Dear Ms. Blake, thank you for your notes. In light of them, is there any chance of another interview?",
        "thank_you",
        "sway",
    ),
    ex(
        "Hi Jin, thanks for the feedback! Please send the rest of the panel's comments by Friday.",
        "thank_you",
        "demanding",
    ),
    ex("Dear Mr. Petrov, I received your feedback. I will work on my presentation skills.", "thank_you", "no_thanks"),
    # good
    ex(
        "Hi Omar, hope you're doing well. Just following up on my earlier note — thanks, and no pressure at all.",
        "follow_up",
    ),
    ex(
        "Dear Ms. Blake, I'm following up once more in case my earlier message was missed. Thank you for your "
        "time, and I understand if you're unable to reply.",
        "follow_up",
    ),
    ex("Hi Jin, thanks for the thoughtful feedback — it's given me a clear plan for my next interviews.", "thank_you"),
    ex(
        "Dear Mr. Petrov, thank you so much for taking the time; your comments on my case study were generous and "
        "fair.",
        "thank_you",
    ),
    ex(
        "Hi Ava, thank you for the honest feedback and for the kind words about my portfolio. Best of luck with "
        "the launch!",
        "thank_you",
    ),
    # batch 8
    ex(
        "Hi Kai, thanks for letting me know. I'm not going to lie, I think the feedback I got from the recruiter "
        "contradicts the outcome. What did you think of my system design?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Russo, thank you. I've been in this industry for twenty years — I think I know a thing or two "
        "about project delivery. Could you comment on my interview?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Jaya, thanks. The panel kept interrupting me, so I never got to finish my answers. Any feedback on "
        "my answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Adams, thanks. Your job advert was misleading about the level of the role. How did my CV compare?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Leila, thank you. I thought the whole point of the interview was to assess potential, not years of "
        "experience. What about my portfolio?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Kai, thanks. Is there a way to be fast-tracked if a similar opening comes up in this team next month? "
        "Thoughts on my system design welcome.",
        "request",
        "sway",
    ),
    ex(
        "Dear Ms. Russo, thank you. I'd like to make a counter-proposal: a three-month contract to prove my "
        "worth. Could you share thoughts on my interview?",
        "request",
        "sway",
    ),
    ex(
        "Hello Jaya, thanks. Might the panel be persuaded if I provided more examples of my work? Any feedback on "
        "my answers?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Adams, thanks. I'm still the right person for this job and I'd like a chance to show it. How "
        "did my CV compare?",
        "request",
        "sway",
        "argumentative",
    ),
    ex("Hi Leila, thank you. I'll need feedback on my portfolio by 9am Monday at the latest.", "request", "demanding"),
    ex(
        "Hi Kai, thanks. Answer me this: why wasn't my system design good enough?",
        "request",
        "demanding",
        "argumentative",
    ),
    ex("Dear Ms. Russo, thank you. Kindly respond immediately regarding my interview.", "request", "demanding"),
    ex(
        "Hello Jaya, thanks. I have every right to a proper answer about my answers, so please do not ignore this.",
        "request",
        "demanding",
    ),
    # good
    ex("Hi Kai, thank you for letting me know so promptly. What would have made my system design answer stronger?"),
    ex(
        "Dear Ms. Russo, thank you. With twenty years in project delivery, I'm always learning — I'd value your "
        "perspective on my interview."
    ),
    ex(
        "Hello Jaya, thank you for your time. I felt rushed towards the end of my answers; was that noticeable, "
        "and how could I pace myself better?"
    ),
    ex(
        "Dear Mr. Adams, thank you. I realise I may have misread the level of the role. Could you tell me how my "
        "CV compared to what you needed?"
    ),
    ex(
        "Hi Leila, thank you very much for the chance. I know I have fewer years of experience than some — what "
        "would help my portfolio show my potential?"
    ),
    ex("Hi Kai, just a quick note to follow up on my system design question. Thank you!", "follow_up"),
    ex(
        "Dear Ms. Russo, thank you for the thoughtful feedback on my interview. It was fair, and I'm grateful for "
        "your time.",
        "thank_you",
    ),
    # batch 9
    ex(
        "Hi Nora, thanks for letting me know. I gave it my best but wasn't successful this time. What would have "
        "made my presentation stronger?"
    ),
    ex(
        "Dear Mr. Sato, thank you. I was hoping for a different result, of course. Could you tell me how my "
        "technical answers compared to your expectations?"
    ),
    ex(
        "Hello Beth, thank you for the interview opportunity. I'm a little disappointed, but mostly curious: what "
        "did my portfolio lack?"
    ),
    ex(
        "Dear Ms. Ahn, thank you for your kind message. Whenever you have time, I'd appreciate a few words on my "
        "leadership examples."
    ),
    ex(
        "Hi Oscar, thanks a lot! I'll be applying for similar roles, so any pointers on my case study would be "
        "very welcome."
    ),
    ex(
        "Dear Dr. Obi, thank you for the update. I am grateful for the chance to present my research. Might you "
        "share which part of my talk was least clear?"
    ),
    ex(
        "Hi Nora, thanks. I'm sorry, but I really can't accept that my presentation was the problem. What else "
        "could it have been?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Sato, thank you. Your interviewer seemed distracted throughout, which I found disrespectful. "
        "Any feedback on my technical answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Beth, thanks. I genuinely think my portfolio is stronger than most I've seen from other "
        "applicants. What did it lack?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Ahn, thank you. Perhaps a quick coffee would let me change your mind about my leadership experience?",
        "request",
        "sway",
    ),
    ex(
        "Hi Oscar, thanks. Please keep my case study on file and call me if your pick falls short. Any pointers on it?",
        "request",
        "sway",
    ),
    ex("Dear Dr. Obi, thank you. I await your detailed comments on my talk by return.", "request", "demanding"),
    ex("Hi Nora, I'm following up for the fourth time now. Please reply today. Thanks.", "follow_up", "demanding"),
    ex(
        "Dear Mr. Sato, thanks. I would like a written justification of the decision within five working days.",
        "request",
        "demanding",
        "argumentative",
        "vague",
    ),
    # batch 0
    ex("thanks for the update! any quick tips on my coding test?"),
    ex("Thanks Priya - could you tell me what let my interview down?"),
    ex("Cheers for letting me know Jim, was it my SQL or my communication?"),
    ex("Thank you. One thing I'd love to know: did my CV undersell my experience?"),
    ex("Much appreciated, Sara. Anything on my presentation I should rethink?"),
    ex("Appreciate the heads up Tom. What tripped me up in the technical round?"),
    ex(
        "Dear Sir/Madam, I am writing to thank you for the interview and to request feedback on my performance in "
        "the assessment centre. Yours faithfully, J. Doe"
    ),
    ex(
        "To whom it may concern: thank you for considering my application. I would be obliged if you could "
        "provide brief feedback regarding my written test."
    ),
    ex("ok thanks. why not me tho", "request", "argumentative", "vague"),
    ex("Thanks Jim. Gutted. Any way you'd reconsider? Was it the SQL?", "request", "sway"),
    ex("thx. need ur feedback on my coding test by tmrw pls", "request", "demanding"),
    ex(
        "Thank you. Honestly that was the most unfair interview I have ever had. What about my presentation?",
        "request",
        "argumentative",
    ),
    ex(
        "Cheers Tom. You lot missed a trick not hiring me, lol. What tripped me up in the technical round?",
        "request",
        "argumentative",
    ),
    ex("Thanks Sara, any chance I could have a do-over on the presentation?", "request", "sway"),
    ex(
        "Dear Sir/Madam, I write to formally appeal the decision regarding my application and to request the "
        "scores from my assessment centre. Yours faithfully, J. Doe",
        "request",
        "sway",
        "demanding",
        "no_thanks",
    ),
    ex("Thank you, Priya. Reply soonest please re my interview.", "request", "demanding"),
    # batch 1
    ex(
        "Hi Dr. Mensah, thank you for letting me know. I realise now that my answer on ethics was thin. What "
        "would a stronger answer have included?"
    ),
    ex(
        "Dear Ms. Petit, thank you so much for the opportunity. Could you point me to the one skill that would "
        "make the biggest difference for roles like this?"
    ),
    ex(
        "Hi George, thanks for the update and for the fair process. Would you share your impression of my "
        "stakeholder stories?"
    ),
    ex(
        "Dear Mr. Tan, thank you. I appreciate that you chose someone with deeper experience in payments. Are "
        "there gaps in my CV I could address?"
    ),
    ex(
        "Hello Alicia, thank you for your time today. I know I can come across as reserved; did that affect how "
        "my interview went?"
    ),
    ex(
        "Dear Ms. Petit, I'm following up on my message from the 4th, just in case. Thanks so much for any thoughts.",
        "follow_up",
    ),
    ex("Hi George, thank you! Your notes on my stakeholder stories were really helpful and encouraging.", "thank_you"),
    ex(
        "Hi Dr. Mensah, thanks. The ethics question was frankly a trick question and not a fair test of anyone. "
        "What about my other answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Petit, thank you. I found the interviewer condescending, which made it hard to perform. Could "
        "you give feedback on my skills?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi George, thanks. With respect, your team has this wrong — my stakeholder work speaks for itself. How "
        "did my stories land?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Mr. Tan, thank you. I'd happily do a paid trial week so you can see what I can do. Any gaps in my CV?",
        "request",
        "sway",
    ),
    ex(
        "Hello Alicia, thanks. Would you mind passing my details on to the hiring manager again? I think a second "
        "conversation would help. Feedback on my interview welcome.",
        "request",
        "sway",
    ),
    ex("Hi Dr. Mensah, thanks. Let me know your thoughts on my ethics answer within 48 hrs.", "request", "demanding"),
    ex(
        "Dear Ms. Petit, I must have your feedback on my skills before Thursday, as I am interviewing elsewhere. "
        "Thank you.",
        "request",
        "demanding",
    ),
    ex(
        "Hi George, I notice my last two emails have gone unanswered. I would like a response please. Thanks.",
        "follow_up",
        "demanding",
    ),
    # batch 2
    ex(
        "Hi Rafa, thank you for the quick decision. I'm curious what separated the final two candidates, in terms "
        "of skills I could build?"
    ),
    ex(
        "Dear Ms. Keane, thank you for your time. I'd be grateful to learn which of my examples felt least "
        "convincing in the competency interview."
    ),
    ex(
        "Hello Dev, thank you for the update. Since I'm new to consulting, any advice on structuring my case "
        "interview answers would be gold."
    ),
    ex(
        "Dear Mr. Hall, thank you for getting back to me. I'd appreciate a short comment on my written assessment "
        "when you have a spare moment."
    ),
    ex(
        "Hi Zoe, thanks for being so kind during the process. Could you share whether my portfolio matched the "
        "level you needed?"
    ),
    ex(
        "Dear Ms. Keane, just following up on my earlier message — thank you again for your time and consideration.",
        "follow_up",
    ),
    ex(
        "Hello Dev, thank you for the great advice on case structure! I'll practise with the frameworks you mentioned.",
        "thank_you",
    ),
    ex(
        "Hi Rafa, thanks. I find it odd that I got this far only to be turned down. What skills were missing?",
        "request",
        "argumentative",
    ),
    ex(
        "Dear Ms. Keane, thank you. It seems the panel made up its mind in the first five minutes. Which examples "
        "felt least convincing?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Dev, thanks. Any possibility I could sit in on a project as a trial? Advice on my case answers welcome.",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Hall, thank you. If I complete the certification you mentioned, would that change your "
        "decision? Comments on my written assessment welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hi Zoe, thanks. Kindly prioritise getting me your notes on my portfolio this afternoon.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Ms. Keane, I'm following up again as I still have no reply. Please respond at your earliest "
        "opportunity. Thank you.",
        "follow_up",
        "demanding",
    ),
    # batch 3
    ex(
        "Dear Ms. Horvat, thank you for letting me know and for your encouragement. I'd be grateful for a few "
        "words on how I handled the negotiation role-play."
    ),
    ex(
        "Hi Sunil, thanks very much. I'm trying to understand my blind spots — was there anything in my answers "
        "about testing strategy that concerned you?"
    ),
    ex(
        "Hello Erin, thank you for the call. I'm sure it was a tough call to make. Is there one thing in my "
        "design challenge you'd have done differently?"
    ),
    ex(
        "Dear Mr. Gold, thank you for the opportunity and your time. I'd value your thoughts on my financial "
        "model whenever convenient."
    ),
    ex("Hi Sunil, a gentle nudge on my feedback request — thank you, and I know these things take time.", "follow_up"),
    ex(
        "Dear Ms. Horvat, thank you for the thoughtful feedback on my role-play. It was exactly what I needed.",
        "thank_you",
    ),
    ex(
        "Dear Ms. Horvat, thanks. I'm baffled that my negotiation role-play was judged weak; the actor even "
        "complimented me. What did you see?",
        "request",
        "argumentative",
    ),
    ex(
        "Hi Sunil, thank you. Do you honestly think the other person knows testing better than me? What about my "
        "answers?",
        "request",
        "argumentative",
    ),
    ex(
        "Hello Erin, thanks. If I rework my design challenge, would you be willing to look at it with fresh eyes "
        "for this role?",
        "request",
        "sway",
    ),
    ex(
        "Dear Mr. Gold, thank you. Is the offer already accepted, or could I still be in with a chance? Thoughts "
        "on my financial model welcome.",
        "request",
        "sway",
    ),
    ex(
        "Hi Sunil, thanks. I'd need your thoughts on my testing strategy answers right away, please.",
        "request",
        "demanding",
    ),
    ex(
        "Dear Mr. Gold, thank you. Please acknowledge this email and reply with feedback on my financial model "
        "within three days.",
        "request",
        "demanding",
    ),
]

DEV = DEV + PROBES
ALL: list[Example] = HELD_OUT + DEV
