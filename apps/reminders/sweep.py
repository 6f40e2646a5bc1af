"""The sweep: claim due rows, deliver them outside any lock, mark them sent.

State machine of a row::

    pending --claim--> sending --handoff marker--> (e-mail to the mail server) --> sent
       ^                  |  \\--> cancelled (no longer wanted) / pending (quiet hours)
       |                  |
       +-- retry/backoff -+--> failed (permanent error, attempts used up, or outcome unknown)
       +-- released ------+    (deadline, time limit, database error: nothing handed over)

Guarantee (precisely):

* **Claim.** A batch is claimed in one short transaction: the ids of due pending rows are
  selected ``FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serialises writers instead) and
  set to ``sending`` with a fresh ``lease_token`` by a conditional ``UPDATE … WHERE
  status='pending'``. Two sweepers never hold the same row. Claiming is not an attempt.
* **Deadline.** A sweep stops starting sends when its time budget (45 s, well inside
  Celery's 120 s soft limit) is spent, checked before every row; the rows it did not reach
  go back to ``pending`` unchanged (no attempt counted, same due time).
* **Handoff marker.** At the last moment the mail server cannot have the message yet —
  over SMTP after it answered 354 to DATA, before the first byte of the content — one
  committed ``UPDATE … WHERE lease_token=<mine>`` records ``handoff_at``, the row's
  Message-ID and one more attempt; the in-app notification is written in that same
  transaction (at most one per row, by a unique key). If the update matches nothing the
  lease was lost: the connection is dropped mid-DATA (the server discards the message)
  and the worker moves on. So "marker set" means "the DATA phase began".
* **Sent.** After the mail server accepts the message, ``UPDATE … SET status='sent'`` —
  committed together with the next row's handoff marker, or at the end of the batch, so
  each row costs one commit. The list of accepted rows is cleared only once that commit
  succeeded; bookkeeping that fails on a database error is retried on a fresh connection.
* **Lease recovery.** A row in ``sending`` whose claim is older than the lease (5 min; a
  row claimed within ``lease_slack()`` (10 s) of that is due too, so the minute beat recovers it at
  exactly 5 min, not 6): without a marker, nothing was handed over, so it goes back to
  ``pending`` and is delivered later; with a marker, the worker died between handing the
  message over and recording the result, so nobody can know whether it arrived: it becomes
  ``failed`` ("outcome unknown"), is never re-sent automatically, and staff can see and
  requeue it.

So every row produces **at most one e-mail, ever**, and **exactly one** unless the send
was cut off after the message content began to flow to the server (SMTP DATA) and before
the server's reply was recorded: a worker killed at that moment, or a connection dropped
during DATA. Such a row is reported ("outcome unknown"), never silently retried. The
in-app notification is exactly once in every case.

Errors while sending (see apps/reminders/mailer.py): an SMTP reply 4xx, a failure to
connect, or a connection lost before DATA began means the server did not take the
message: the row goes back to ``pending`` with backoff until the attempts run out, then
``failed``. A 5xx reply is permanent: ``failed``. A connection lost during DATA is
"outcome unknown": ``failed``, not retried. A time limit or a database error while
rendering never fails a row: it is released for the next sweep.
"""

import logging
import smtplib
import socket
import time
import uuid
from collections import defaultdict

from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from apps.reminders.claims import (
    SweepResult,
    batch_claim,
    batch_size,
    db_retry,
    handoff_record,
    leases_recover,
    record_sent_now,
    release,
    release_untouched,
    retry_or_fail,
    settle,
    sweep_time_budget,
)
from apps.reminders.emails import message_id_for, reminder_message
from apps.reminders.kinds import ReminderKind, kind_get
from apps.reminders.mailer import (
    Mailer,
    MailServerUnavailable,
    NotHandedOver,
    OutcomeUnknown,
    TransientMailError,
    error_text,
)
from apps.reminders.models import EmailSuppression, Notification, Reminder
from apps.reminders.quiet_hours import quiet_hours_end_after

logger = logging.getLogger("apps.reminders.sweep")

Status = Reminder.Status

__all__ = [
    "MailServerUnavailable",
    "NotHandedOver",
    "OutcomeUnknown",
    "SweepResult",
    "TransientMailError",
    "batch_claim",
    "batch_deliver",
    "classify_send_error",
    "leases_recover",
    "reminders_sweep",
]


class _LeaseLost(Exception):
    """The handoff found the row no longer ours: another sweeper recovered it."""


class _StopBatch(Exception):
    """Stop delivering this batch; every row not handed over goes back to pending."""


# --- Classifying send errors ------------------------------------------------------------

RETRY, FAIL, UNKNOWN = "retry", "fail", "unknown"


def classify_send_error(exc: BaseException) -> str:
    if isinstance(exc, TransientMailError | MailServerUnavailable):
        return RETRY
    if isinstance(exc, OutcomeUnknown):
        return UNKNOWN
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return FAIL if codes and all(code >= 500 for code in codes) else RETRY
    if isinstance(exc, smtplib.SMTPResponseException):
        # The server answered with a code: it did not take the message.
        return RETRY if 400 <= exc.smtp_code < 500 else FAIL
    if isinstance(exc, smtplib.SMTPConnectError | ConnectionRefusedError | socket.gaierror):
        return RETRY
    return UNKNOWN


# --- Delivering --------------------------------------------------------------------


def _email_wanted(row: Reminder, kind: ReminderKind, suppressed: set[tuple[str, str]]) -> bool:
    if row.recipient_id:
        if not row.recipient.is_active:
            return False
        preferences = getattr(row.recipient, "preferences", None)
        return not (kind.optional and preferences is not None and kind.name in (preferences.email_off_kinds or []))
    return (row.recipient_email.lower(), kind.name) not in suppressed


def _quiet_until(row: Reminder, kind: ReminderKind, now):
    if not kind.respects_quiet_hours or not row.recipient_id:
        return None
    preferences = getattr(row.recipient, "preferences", None)
    if preferences is None:
        return None
    return quiet_hours_end_after(
        moment=now, zone=preferences.zone, start=preferences.quiet_hours_start, end=preferences.quiet_hours_end
    )


def _notification(row, kind, rendered) -> Notification | None:
    """The in-app notification for this row, if its kind has one (not saved)."""
    if kind.in_app and row.recipient_id:
        return Notification(
            recipient_id=row.recipient_id, reminder=row, kind=kind.name, text=rendered.text, link=rendered.link
        )
    return None


def _notify(row, kind, rendered) -> None:
    """The in-app notification: at most one per row (a unique key), whatever the mail does."""
    notification = _notification(row, kind, rendered)
    if notification is not None:
        Notification.objects.bulk_create([notification], ignore_conflicts=True)


def _handoff(row, token, kind, mailer, *, rendered, email_on: bool, now, message_id: str) -> bool:
    """The previous row's "sent", this row's marker, attempt and notification: one commit
    (one round trip on PostgreSQL). False if the lease was lost."""
    changes = {
        "handoff_at": now,
        "message_id": message_id,
        "attempts": row.attempts + 1,  # a value, not F(): a retried commit counts once
        "updated_at": now,
    }
    if not email_on:
        changes.update(status=Status.SENT, sent_at=now, email_skipped=True, last_error="")

    def step() -> bool:
        return handoff_record(
            row=row,
            token=token,
            accepted=mailer.accepted,
            changes=changes,
            notification=_notification(row, kind, rendered),
        )

    handed = db_retry(step, what=f"writing the handoff marker of reminder {row.pk}")
    mailer.accepted.clear()  # committed
    if handed:
        row.attempts += 1
    return handed


def _send_failed(row, token, exc, mailer: Mailer, result: SweepResult, *, tried: bool, kind, rendered) -> None:
    mailer.close()
    if not tried:
        # The mail never got as far as DATA; the in-app side does not wait for the mail server.
        db_retry(lambda: _notify(row, kind, rendered), what=f"notifying for reminder {row.pk}")
    outcome = classify_send_error(exc)
    if isinstance(exc, SoftTimeLimitExceeded):
        outcome = UNKNOWN if mailer.data_started else RETRY
    if outcome == UNKNOWN and not tried:
        outcome = FAIL  # never handed over (e.g. an address the server cannot take): nothing to be unsure of
    error = error_text(exc)
    logger.warning("reminders: sending reminder %s failed (%s): %s", row.pk, outcome, error)
    if outcome == RETRY:
        retry_or_fail(row, token, error=error, result=result, tried=tried)
    elif outcome == FAIL:
        settle(row, token, status=Status.FAILED, error=error)
        result.failed += 1
    else:
        settle(
            row, token, status=Status.FAILED, error=f"Outcome unknown (not re-sent, so it cannot arrive twice): {error}"
        )
        result.failed += 1


def _deliver_one(row, token, kind, mailer, suppressed, result) -> None:
    now = timezone.now()
    if kind is None:
        settle(row, token, status=Status.FAILED, error=f"Unknown reminder kind {row.kind!r}: nothing renders it.")
        result.failed += 1
        return
    try:
        wanted = kind.is_wanted(row)
    except (SoftTimeLimitExceeded, OperationalError, InterfaceError):
        raise _StopBatch("stopped while checking whether a reminder is still wanted") from None
    except Exception as exc:
        logger.exception("reminders: is_wanted failed for reminder %s", row.pk)
        retry_or_fail(row, token, error=error_text(exc), result=result, tried=False)
        return
    if not wanted:
        settle(row, token, status=Status.CANCELLED, error="No longer needed when it fell due (the action was done).")
        result.cancelled += 1
        return
    quiet_end = _quiet_until(row, kind, now)
    if quiet_end is not None:
        release(row, token, due_at=quiet_end)
        result.deferred += 1
        return
    try:
        rendered = kind.render(row)
        email_on = _email_wanted(row, kind, suppressed)
        message = reminder_message(reminder=row, kind=kind, rendered=rendered) if email_on else None
        # The Message-ID the message carries, computed once, is the one the marker records.
        message_id = message.extra_headers["Message-ID"] if message is not None else message_id_for(row)
    except (SoftTimeLimitExceeded, OperationalError, InterfaceError):
        # Nothing wrong with the row: the sweep ran out of time or the database hiccuped.
        raise _StopBatch("stopped while rendering") from None
    except Exception as exc:
        logger.exception("reminders: rendering reminder %s failed", row.pk)
        settle(row, token, status=Status.FAILED, error=f"Could not render: {error_text(exc)}")
        result.failed += 1
        return
    if message is None:
        if not _handoff(row, token, kind, mailer, rendered=rendered, email_on=False, now=now, message_id=message_id):
            result.lost_lease += 1
            return
        result.email_skipped += 1
        return
    mailer.ensure_open()  # MailServerUnavailable: the batch waits, nothing was handed over
    handed_over = []

    def before_content() -> None:
        # The marker is committed after the server said 354 and before the first byte of the
        # message, so "marker set" means exactly "the SMTP DATA phase began".
        if not _handoff(row, token, kind, mailer, rendered=rendered, email_on=True, now=now, message_id=message_id):
            raise _LeaseLost()
        handed_over.append(True)

    try:
        mailer.send(message, before_content=before_content)
    except _LeaseLost:
        result.lost_lease += 1
        return
    except Exception as exc:
        if not handed_over and isinstance(exc, SoftTimeLimitExceeded | OperationalError | InterfaceError):
            raise _StopBatch("stopped before handing a message over") from None
        _send_failed(row, token, exc, mailer, result, tried=bool(handed_over), kind=kind, rendered=rendered)
        if isinstance(exc, SoftTimeLimitExceeded):
            raise _StopBatch("the task's soft time limit") from None
        return
    mailer.accepted.append(row.pk)
    result.sent += 1


def batch_deliver(
    *, token: uuid.UUID, rows: list[Reminder], result: SweepResult, connection=None, deadline: float | None = None
) -> None:
    """Deliver a claimed batch. ``deadline`` (time.monotonic()) is checked before each row."""
    by_kind: dict[str, list[Reminder]] = defaultdict(list)
    for row in rows:
        by_kind[row.kind].append(row)
    for name, group in by_kind.items():
        kind = kind_get(name)
        if kind is not None and kind.prefetch is not None:
            kind.prefetch(group)
    external = {row.recipient_email.lower() for row in rows if not row.recipient_id}
    suppressed = (
        set(EmailSuppression.objects.filter(email__in=external).values_list("email", "kind")) if external else set()
    )
    mailer = Mailer(connection)
    try:
        for index, row in enumerate(rows):
            if deadline is not None and time.monotonic() >= deadline:
                result.released += release_untouched(rows[index:], token, reason="the sweep's time budget is spent")
                return
            try:
                _deliver_one(row, token, kind_get(row.kind), mailer, suppressed, result)
            except MailServerUnavailable as exc:
                # The server is down: every row not yet handed over waits for the next sweep.
                for waiting in rows[index:]:
                    retry_or_fail(waiting, token, error=str(exc), result=result, tried=False)
                logger.warning("reminders: mail server unavailable, %d rows wait: %s", len(rows) - index, exc)
                return
            except (_StopBatch, SoftTimeLimitExceeded) as exc:
                result.released += release_untouched(rows[index:], token, reason=str(exc) or "time limit")
                return
            except Exception:
                # A database error that outlived its retries, or a bug: stop here without losing
                # what the server accepted, and let the rows not handed over go to the next sweep.
                logger.exception("reminders: delivering reminder %s failed; releasing the rest of the batch", row.pk)
                result.released += release_untouched(rows[index:], token, reason="an error")
                return
    finally:
        record_sent_now(mailer.accepted, token)
        mailer.close()


def reminders_sweep(*, size: int | None = None, time_budget: float | None = None, connection=None) -> SweepResult:
    """Recover stale leases, then claim and deliver batches until nothing is due or the
    time budget (default 45 s, well inside the task's 120 s soft limit) is spent."""
    size = size or batch_size()
    budget = time_budget if time_budget is not None else sweep_time_budget()
    result = SweepResult()
    deadline = time.monotonic() + budget
    result.recovered, result.failed_unknown = leases_recover()
    while time.monotonic() < deadline:
        started = time.perf_counter()
        token, rows = batch_claim(size=size)
        if not rows:
            break
        result.claimed += len(rows)
        batch_deliver(token=token, rows=rows, result=result, connection=connection, deadline=deadline)
        result.batches += 1
        logger.info("reminders sweep: batch of %d rows in %.3f s", len(rows), time.perf_counter() - started)
        if len(rows) < size or result.released:
            break
    return result
