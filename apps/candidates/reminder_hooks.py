"""The candidates side of the reminder contract: the one place that arms and cancels reminders
about applications and interviews. Called from services, inside their transactions.

Kinds (defined by the reminders app in ``reminder_kinds.py``):
- ``interview_debrief``: subject the Interview, due DEBRIEF_DELAY after it ends, cancelled
  once the journal is written or the interview is deleted;
- ``ask_feedback``: subject the Application, due ASK_FEEDBACK_DELAY after a rejection that
  followed a human stage; cancelled when it leaves "rejected" or is deleted.
"""

from datetime import timedelta

from apps.reminders.services import reminder_cancel, reminder_schedule

INTERVIEW_DEBRIEF = "interview_debrief"
ASK_FEEDBACK = "ask_feedback"
DEBRIEF_DELAY = timedelta(hours=3)
ASK_FEEDBACK_DELAY = timedelta(hours=24)


def interview_debrief_schedule(*, interview) -> None:
    reminder_schedule(
        kind=INTERVIEW_DEBRIEF,
        subject=interview,
        recipient=interview.application.owner,
        due_at=interview.ends_at + DEBRIEF_DELAY,
    )


def interview_debrief_cancel(*, interview) -> None:
    reminder_cancel(kind=INTERVIEW_DEBRIEF, subject=interview)


def ask_feedback_schedule(*, application) -> None:
    reminder_schedule(
        kind=ASK_FEEDBACK,
        subject=application,
        recipient=application.owner,
        due_at=application.rejected_at + ASK_FEEDBACK_DELAY,
    )


def ask_feedback_cancel(*, application) -> None:
    reminder_cancel(kind=ASK_FEEDBACK, subject=application)
