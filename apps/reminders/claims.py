"""The sweep's database side: claiming rows, recovering leases, and moving claimed rows on.

Every write here is conditional on the claim's ``lease_token`` (``mine``), so a sweeper
that lost its lease changes nothing, and is idempotent, so ``db_retry`` may run it again
after a lost database connection. See apps/reminders/sweep.py for the state machine.
"""

import logging
import time
import uuid
from dataclasses import dataclass, fields
from datetime import timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection, transaction
from django.utils import timezone

from apps.reminders.models import Reminder

logger = logging.getLogger("apps.reminders.sweep")

Status = Reminder.Status

# The minute beat fires a few hundred milliseconds after the minute; a claim made by the
# sweep five beats earlier would be missed by milliseconds and recovered a minute late.
# At most 10 s, and a thirtieth of a short lease (tests), so a live claim is never taken.
MAX_LEASE_SLACK = timedelta(seconds=10)
# Waits before retrying bookkeeping after a database connection error (then give up).
DB_RETRY_DELAYS = (0.2, 1.0, 3.0)


def batch_size() -> int:
    return getattr(settings, "REMINDER_BATCH_SIZE", 200)


def lease() -> timedelta:
    return timedelta(seconds=getattr(settings, "REMINDER_LEASE_SECONDS", 300))


def lease_slack() -> timedelta:
    return min(MAX_LEASE_SLACK, lease() / 30)


def sweep_time_budget() -> float:
    return getattr(settings, "REMINDER_SWEEP_TIME_BUDGET", 45)


def retry_delays() -> list[int]:
    # 1 min, 5 min, 30 min, 2 h, 6 h, 12 h: a mail server down for most of a day loses nothing.
    return getattr(settings, "REMINDER_RETRY_DELAYS", [60, 300, 1800, 7200, 21600, 43200])


def max_attempts() -> int:
    return len(retry_delays()) + 1


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
    released: int = 0
    lost_lease: int = 0
    batches: int = 0

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# --- Database bookkeeping that survives a dropped connection ----------------------------


def db_retry(step, *, what: str):
    """Run ``step`` (idempotent), retrying on a lost database connection with a fresh one."""
    for delay in (*DB_RETRY_DELAYS, None):
        try:
            return step()
        except (OperationalError, InterfaceError) as exc:
            if delay is None:
                raise
            logger.warning("reminders: database error while %s (%r); retrying in %.1f s", what, exc, delay)
            if not connection.in_atomic_block:
                connection.close()  # the next query opens a fresh connection
            time.sleep(delay)
    raise AssertionError("unreachable")


# --- Lease recovery ------------------------------------------------------------------


def leases_recover(*, now=None) -> tuple[int, int]:
    """Settle rows whose sweeper stopped. Returns (back to pending, failed as unknown). 2 queries."""
    now = now or timezone.now()
    expired = Reminder.objects.filter(status=Status.SENDING, claimed_at__lte=now - lease() + lease_slack())
    # No marker: nothing was handed to the mail server under that claim.
    requeued = expired.filter(handoff_at__isnull=True).update(
        status=Status.PENDING,
        claimed_at=None,
        lease_token=None,
        last_error="Recovered: the sweeper stopped before sending; it will go out on the next sweep.",
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
    if requeued or unknown:
        logger.warning("reminders lease recovery: %d requeued, %d outcome unknown", requeued, unknown)
    return requeued, unknown


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
            updated_at=now,
        )
    rows = list(
        Reminder.objects.filter(pk__in=ids, lease_token=token)
        .select_related("recipient__preferences")
        .order_by("due_at", "id")
    )
    return token, rows


# --- Moving claimed rows on ---------------------------------------------------------


def mine(row: Reminder, token: uuid.UUID):
    return Reminder.objects.filter(pk=row.pk, lease_token=token)


def settle(row, token, *, status: str, error: str = "") -> None:
    db_retry(
        lambda: (
            mine(row, token)
            .filter(status=Status.SENDING)
            .update(status=status, last_error=error, updated_at=timezone.now())
        ),
        what=f"settling reminder {row.pk}",
    )


def release(row, token, *, due_at, error: str = "", attempts: int | None = None) -> None:
    """Back to pending (a retry or a quiet-hours deferral)."""
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
    if attempts is not None:
        changes["attempts"] = attempts  # a value, not F(): a retried commit counts once
    db_retry(
        lambda: mine(row, token).filter(status=Status.SENDING).update(**changes), what=f"releasing reminder {row.pk}"
    )


def release_untouched(rows: list[Reminder], token, *, reason: str) -> int:
    """Rows of this claim not handed over go back to pending as they were (1 query).

    Best effort: if the database is gone, lease recovery does the same later.
    """
    if not rows:
        return 0
    try:
        released = db_retry(
            lambda: Reminder.objects.filter(
                pk__in=[row.pk for row in rows], lease_token=token, status=Status.SENDING, handoff_at__isnull=True
            ).update(status=Status.PENDING, claimed_at=None, lease_token=None, updated_at=timezone.now()),
            what="releasing the rest of the batch",
        )
    except (OperationalError, InterfaceError):
        logger.exception("reminders: could not release %d rows (%s); lease recovery will", len(rows), reason)
        return 0
    logger.info("reminders: released %d rows for the next sweep (%s)", released, reason)
    return released


def retry_or_fail(row, token, *, error: str, result: SweepResult, tried: bool) -> None:
    """A transient failure: back to pending with backoff, or failed once attempts run out.

    ``tried``: the handoff already counted this attempt; otherwise it is counted here.
    """
    attempts = row.attempts if tried else row.attempts + 1
    delays = retry_delays()
    if attempts > len(delays):
        db_retry(
            lambda: (
                mine(row, token)
                .filter(status=Status.SENDING)
                .update(
                    status=Status.FAILED,
                    attempts=attempts,
                    last_error=f"Gave up after {attempts} attempts. Last error: {error}",
                    updated_at=timezone.now(),
                )
            ),
            what=f"failing reminder {row.pk}",
        )
        result.failed += 1
        return
    release(
        row,
        token,
        due_at=timezone.now() + timedelta(seconds=delays[attempts - 1]),
        error=error,
        attempts=None if tried else attempts,
    )
    result.retried += 1


def record_sent(accepted: list[int], token: uuid.UUID) -> None:
    """Mark the rows the server accepted as sent (1 query). The caller clears ``accepted``
    once this is committed, so a rolled-back transaction never loses them."""
    if not accepted:
        return
    now = timezone.now()
    # status__in: lease recovery may have marked a row "outcome unknown" meanwhile; we know better.
    Reminder.objects.filter(pk__in=accepted, lease_token=token, status__in=[Status.SENDING, Status.FAILED]).update(
        status=Status.SENT, sent_at=now, last_error="", updated_at=now
    )


def record_sent_now(accepted: list[int], token: uuid.UUID) -> None:
    """``record_sent`` in its own transaction, retried; then ``accepted`` is emptied."""
    if not accepted:
        return
    try:
        db_retry(lambda: record_sent(accepted, token), what="recording sent reminders")
    except (OperationalError, InterfaceError):
        # Lease recovery will call these "outcome unknown": never a duplicate, but say which arrived.
        logger.exception("reminders: the mail server accepted %s but the database did not record it", accepted)
        return
    accepted.clear()


def handoff_record(*, row: Reminder, token: uuid.UUID, accepted: list[int], changes: dict, notification=None) -> bool:
    """The previous rows' "sent", this row's handoff marker and its in-app notification, as
    one atomic write. False if the row is no longer ours (lease lost): then nothing changes.

    On PostgreSQL it is one statement (data-modifying CTEs), so outside a transaction it is
    one round trip that commits itself — the marker is durable before the caller goes on to
    send DATA. Elsewhere it is the same three writes in one transaction.
    """
    if connection.vendor != "postgresql":
        with transaction.atomic():
            record_sent(accepted, token)
            if not mine(row, token).filter(status=Status.SENDING).update(**changes):
                return False
            if notification is not None:
                type(notification).objects.bulk_create([notification], ignore_conflicts=True)
        return True
    qn = connection.ops.quote_name
    table = qn(Reminder._meta.db_table)
    now = changes["updated_at"]
    sets, params = [], []
    for name, value in changes.items():
        field = Reminder._meta.get_field(name)
        sets.append(f"{qn(field.column)} = %s")
        params.append(field.get_db_prep_save(value, connection))
    status_col, token_col = qn("status"), qn(Reminder._meta.get_field("lease_token").column)
    sql = [
        "WITH marked AS (",
        f"  UPDATE {table} SET {', '.join(sets)} WHERE id = %s AND {token_col} = %s AND {status_col} = %s RETURNING id",  # noqa: S608
        ")",
    ]
    params += [row.pk, token, Status.SENDING]
    if accepted:
        # status IN: lease recovery may have marked a row "outcome unknown" meanwhile; we know better.
        sql += [
            ", sent AS (",
            f"  UPDATE {table} SET {status_col} = %s, {qn('sent_at')} = %s, {qn('last_error')} = '',"  # noqa: S608
            f" {qn('updated_at')} = %s WHERE id = ANY(%s) AND {token_col} = %s AND {status_col} IN (%s, %s)",
            ")",
        ]
        params += [Status.SENT, now, now, list(accepted), token, Status.SENDING, Status.FAILED]
    if notification is not None:
        # The unique reminder key makes it at most one per row, whatever happens to the mail.
        model = type(notification)
        columns, values = [], []
        for field in model._meta.concrete_fields:
            if field.primary_key:
                continue
            value = field.pre_save(notification, add=True)
            columns.append(qn(field.column))
            values.append(field.get_db_prep_save(value, connection))
        sql += [
            ", noted AS (",
            f"  INSERT INTO {qn(model._meta.db_table)} ({', '.join(columns)})",
            f"  SELECT {', '.join(['%s'] * len(values))} FROM marked ON CONFLICT DO NOTHING",  # noqa: S608
            ")",
        ]
        params += values
    sql.append("SELECT count(*) FROM marked")
    # Every name above comes from the models' metadata, quoted; every value is a parameter.
    with connection.cursor() as cursor:
        cursor.execute("\n".join(sql), params)
        (matched,) = cursor.fetchone()
    return bool(matched)
