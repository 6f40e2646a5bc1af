"""The sweep: claim due rows, deliver them outside any lock, mark them sent.

State machine of a row::

    pending --claim--> sending --handoff marker--> (e-mail to the mail server) --> sent
       ^                  |  \\--> cancelled (no longer wanted) / pending (quiet hours)
       |                  |
       +-- retry/backoff -+--> failed (permanent error, attempts used up, or outcome unknown)

Guarantee (precisely):

* **Claim.** A batch is claimed in one short transaction: the ids of due pending rows are
  selected ``FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serialises writers instead) and
  set to ``sending`` with a fresh ``lease_token`` by a conditional ``UPDATE … WHERE
  status='pending'``. Two sweepers never hold the same row.
* **Handoff marker.** Immediately before a row's e-mail is given to the mail server, one
  committed ``UPDATE … WHERE lease_token=<mine>`` records ``handoff_at`` and the row's
  Message-ID; the in-app notification is written in that same transaction (at most one per
  row, by a unique key). If the update matches nothing the lease was lost and the worker
  moves on without sending.
* **Sent.** After the mail server accepts the message, ``UPDATE … SET status='sent'`` —
  committed together with the next row's handoff marker, or at the end of the batch, so
  each row costs one commit.
* **Lease recovery.** A row in ``sending`` whose ``claimed_at`` is older than the lease:
  without a marker, nothing was handed over, so it goes back to ``pending`` and is
  delivered later; with a marker, the worker died between handing the message over and
  recording the result, so nobody can know whether it arrived: it becomes ``failed``
  ("outcome unknown"), is never re-sent automatically, and staff can see and requeue it.

So every row produces **at most one e-mail, ever**, and **exactly one** unless its worker
dies between handing that message to the server and the next commit (a few milliseconds;
at most one row per worker process at any moment); that row is reported ("outcome
unknown"), never silently retried. The in-app notification is exactly once in every case.

Errors while sending: an SMTP reply 4xx (or a failure to connect) means the server did
not take the message: the row goes back to ``pending`` with backoff until the attempts run
out, then ``failed``. A 5xx reply is permanent: ``failed``. Any other error after handoff
began (connection dropped mid-transfer) is "outcome unknown": ``failed``, not retried.
"""

import contextlib
import logging
import smtplib
import socket
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import timedelta

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from apps.reminders.emails import message_id_for, reminder_message
from apps.reminders.kinds import ReminderKind, kind_get
from apps.reminders.models import EmailSuppression, Notification, Reminder
from apps.reminders.quiet_hours import quiet_hours_end_after

logger = logging.getLogger("apps.reminders.sweep")

Status = Reminder.Status


def batch_size() -> int:
    return getattr(settings, "REMINDER_BATCH_SIZE", 200)


def lease() -> timedelta:
    return timedelta(seconds=getattr(settings, "REMINDER_LEASE_SECONDS", 300))


def retry_delays() -> list[int]:
    # 1 min, 5 min, 30 min, 2 h, 6 h, 12 h: a mail server down for most of a day loses nothing.
    return getattr(settings, "REMINDER_RETRY_DELAYS", [60, 300, 1800, 7200, 21600, 43200])


def max_attempts() -> int:
    return len(retry_delays()) + 1


class TransientMailError(Exception):
    """Raised by a mail backend that knows the message was NOT delivered (retry is safe)."""


class MailServerUnavailable(Exception):
    """Could not open a connection to the mail server; nothing was handed over."""


@dataclass
class SweepResult:
    recovered: int = 0
    failed_unknown: int = 0
    claimed: int = 0
    sent: int = 0
    email_skipped: int = 0
    deferred: int = 0
    cancelled: int = 0
    retried: int = 0
    failed: int = 0
    lost_lease: int = 0
    batches: int = 0

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# --- Classifying send errors ------------------------------------------------------------

RETRY, FAIL, UNKNOWN = "retry", "fail", "unknown"


def classify_send_error(exc: BaseException) -> str:
    if isinstance(exc, TransientMailError | MailServerUnavailable):
        return RETRY
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return FAIL if codes and all(code >= 500 for code in codes) else RETRY
    if isinstance(exc, smtplib.SMTPResponseException):
        # The server answered with a code: it did not take the message.
        return RETRY if 400 <= exc.smtp_code < 500 else FAIL
    if isinstance(exc, smtplib.SMTPConnectError | ConnectionRefusedError | socket.gaierror):
        return RETRY
    return UNKNOWN


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


# --- Lease recovery ------------------------------------------------------------------


def leases_recover(*, now=None) -> tuple[int, int]:
    """Settle rows whose sweeper stopped. Returns (back to pending, failed as unknown)."""
    now = now or timezone.now()
    expired = Reminder.objects.filter(status=Status.SENDING, claimed_at__lt=now - lease())
    # No marker: nothing was handed to the mail server under that claim.
    requeued = expired.filter(handoff_at__isnull=True, attempts__lt=max_attempts()).update(
        status=Status.PENDING,
        claimed_at=None,
        lease_token=None,
        last_error="Recovered: the sweeper stopped before sending; it will go out on the next sweep.",
        updated_at=now,
    )
    exhausted = expired.filter(handoff_at__isnull=True).update(
        status=Status.FAILED,
        last_error="Failed: the sweeper stopped on this row every time it tried.",
        updated_at=now,
    )
    # Marker set: the message may have reached the server. Never send it again by itself.
    unknown = expired.filter(handoff_at__isnull=False).update(
        status=Status.FAILED,
        last_error=(
            "Outcome unknown: the sweeper stopped while handing this e-mail to the mail server. "
            "It is not re-sent automatically, so it can never arrive twice. If the recipient did "
            "not get it, requeue it (the copy carries the same Message-ID)."
        ),
        updated_at=now,
    )
    if requeued or exhausted or unknown:
        logger.warning(
            "reminders lease recovery: %d requeued, %d exhausted, %d outcome unknown", requeued, exhausted, unknown
        )
    return requeued, exhausted + unknown


# --- Claiming --------------------------------------------------------------------------


def batch_claim(*, size: int, now=None) -> tuple[uuid.UUID, list[Reminder]]:
    """Claim up to ``size`` due rows for this sweeper and return them (3 queries)."""
    now = now or timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        ids = list(
            Reminder.objects.filter(status=Status.PENDING, due_at__lte=now)
            .order_by("due_at", "id")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:size]
        )
        if not ids:
            return token, []
        Reminder.objects.filter(pk__in=ids, status=Status.PENDING).update(
            status=Status.SENDING,
            claimed_at=now,
            lease_token=token,
            handoff_at=None,
            attempts=F("attempts") + 1,
            updated_at=now,
        )
    rows = list(
        Reminder.objects.filter(pk__in=ids, lease_token=token)
        .select_related("recipient__preferences")
        .order_by("due_at", "id")
    )
    return token, rows


# --- Delivering --------------------------------------------------------------------


def _mine(row: Reminder, token: uuid.UUID):
    return Reminder.objects.filter(pk=row.pk, lease_token=token)


def _settle(row, token, *, status: str, error: str = "", now=None) -> None:
    _mine(row, token).filter(status=Status.SENDING).update(
        status=status, last_error=error, updated_at=now or timezone.now()
    )


def _release(row, token, *, due_at, error: str = "", count_attempt: bool = True) -> None:
    """Back to pending (a retry or a quiet-hours deferral). Deferrals do not use an attempt."""
    changes = {
        "status": Status.PENDING,
        "due_at": due_at,
        "claimed_at": None,
        "lease_token": None,
        "handoff_at": None,
        "updated_at": timezone.now(),
    }
    if error:
        changes["last_error"] = error
    if not count_attempt:
        changes["attempts"] = F("attempts") - 1
    _mine(row, token).filter(status=Status.SENDING).update(**changes)


def _retry_or_fail(row, token, *, error: str, result: SweepResult) -> None:
    attempts = row.attempts  # already counted by the claim
    delays = retry_delays()
    if attempts > len(delays):
        _settle(row, token, status=Status.FAILED, error=f"Gave up after {attempts} attempts. Last error: {error}")
        result.failed += 1
        return
    _release(row, token, due_at=timezone.now() + timedelta(seconds=delays[attempts - 1]), error=error)
    result.retried += 1


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


class _Mailer:
    """One connection per batch, opened lazily before the first handoff."""

    def __init__(self, connection=None):
        self.connection = connection or mail.mailers.default
        self.is_open = False
        # Rows the server accepted whose "sent" is not yet committed: recorded in the next
        # handoff transaction (one commit per row instead of two), or at the end of the batch.
        self.accepted: list[int] = []

    def ensure_open(self) -> None:
        if self.is_open:
            return
        try:
            self.connection.open()
        except Exception as exc:  # nothing has been handed over yet
            raise MailServerUnavailable(_error_text(exc)) from exc
        self.is_open = True

    def send(self, message) -> None:
        self.connection.send_messages([message])

    def reset(self) -> None:
        self.close()

    def close(self) -> None:
        if self.is_open:
            # Closing a broken connection can only fail quietly.
            with contextlib.suppress(Exception):
                self.connection.close()
        self.is_open = False


def _record_sent(mailer: _Mailer, token: uuid.UUID) -> None:
    if not mailer.accepted:
        return
    now = timezone.now()
    # status__in: lease recovery may have marked a row "outcome unknown" meanwhile; we know better.
    Reminder.objects.filter(
        pk__in=mailer.accepted, lease_token=token, status__in=[Status.SENDING, Status.FAILED]
    ).update(status=Status.SENT, sent_at=now, last_error="", updated_at=now)
    mailer.accepted.clear()


def _deliver_one(row, token, kind, mailer, suppressed, result) -> None:
    now = timezone.now()
    if kind is None:
        _settle(row, token, status=Status.FAILED, error=f"Unknown reminder kind {row.kind!r}: nothing renders it.")
        result.failed += 1
        return
    try:
        wanted = kind.is_wanted(row)
    except Exception as exc:
        logger.exception("reminders: is_wanted failed for reminder %s", row.pk)
        _retry_or_fail(row, token, error=_error_text(exc), result=result)
        return
    if not wanted:
        _settle(row, token, status=Status.CANCELLED, error="No longer needed when it fell due (the action was done).")
        result.cancelled += 1
        return
    quiet_end = _quiet_until(row, kind, now)
    if quiet_end is not None:
        _release(row, token, due_at=quiet_end, count_attempt=False)
        result.deferred += 1
        return
    try:
        rendered = kind.render(row)
        email_on = _email_wanted(row, kind, suppressed)
        message = reminder_message(reminder=row, kind=kind, rendered=rendered) if email_on else None
    except Exception as exc:
        logger.exception("reminders: rendering reminder %s failed", row.pk)
        _settle(row, token, status=Status.FAILED, error=f"Could not render: {_error_text(exc)}")
        result.failed += 1
        return
    if message is not None:
        mailer.ensure_open()  # MailServerUnavailable: the batch waits, nothing was handed over
    # The previous row's "sent", this row's handoff marker and its in-app notification, in
    # one short transaction.
    with transaction.atomic():
        _record_sent(mailer, token)
        changes = {"handoff_at": now, "message_id": message_id_for(row), "updated_at": now}
        if message is None:
            changes.update(status=Status.SENT, sent_at=now, email_skipped=True, last_error="")
        if not _mine(row, token).filter(status=Status.SENDING).update(**changes):
            result.lost_lease += 1
            return
        if kind.in_app and row.recipient_id:
            Notification.objects.bulk_create(
                [
                    Notification(
                        recipient_id=row.recipient_id,
                        reminder=row,
                        kind=kind.name,
                        text=rendered.text,
                        link=rendered.link,
                    )
                ],
                ignore_conflicts=True,
            )
    if message is None:
        result.email_skipped += 1
        return
    try:
        mailer.send(message)
    except Exception as exc:
        mailer.reset()
        outcome = classify_send_error(exc)
        error = _error_text(exc)
        logger.warning("reminders: sending reminder %s failed (%s): %s", row.pk, outcome, error)
        if outcome == RETRY:
            _retry_or_fail(row, token, error=error, result=result)
        elif outcome == FAIL:
            _mine(row, token).update(status=Status.FAILED, last_error=error, updated_at=timezone.now())
            result.failed += 1
        else:
            _mine(row, token).update(
                status=Status.FAILED,
                last_error=f"Outcome unknown (not re-sent, so it cannot arrive twice): {error}",
                updated_at=timezone.now(),
            )
            result.failed += 1
        return
    mailer.accepted.append(row.pk)
    result.sent += 1


def batch_deliver(*, token: uuid.UUID, rows: list[Reminder], result: SweepResult, connection=None) -> None:
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
    mailer = _Mailer(connection)
    try:
        for index, row in enumerate(rows):
            try:
                _deliver_one(row, token, kind_get(row.kind), mailer, suppressed, result)
            except MailServerUnavailable as exc:
                # The server is down: every row not yet handed over waits for the next sweep.
                for waiting in rows[index:]:
                    _retry_or_fail(waiting, token, error=str(exc), result=result)
                logger.warning("reminders: mail server unavailable, %d rows wait: %s", len(rows) - index, exc)
                return
    finally:
        _record_sent(mailer, token)
        mailer.close()


def reminders_sweep(*, size: int | None = None, time_budget: float | None = None, connection=None) -> SweepResult:
    """Recover stale leases, then claim and deliver batches until nothing is due or the
    time budget (default 45 s, under beat's one-minute period) is spent."""
    size = size or batch_size()
    budget = time_budget if time_budget is not None else getattr(settings, "REMINDER_SWEEP_TIME_BUDGET", 45)
    result = SweepResult()
    result.recovered, result.failed_unknown = leases_recover()
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        started = time.perf_counter()
        token, rows = batch_claim(size=size)
        if not rows:
            break
        result.claimed += len(rows)
        batch_deliver(token=token, rows=rows, result=result, connection=connection)
        result.batches += 1
        logger.info("reminders sweep: batch of %d rows in %.3f s", len(rows), time.perf_counter() - started)
        if len(rows) < size:
            break
    return result
