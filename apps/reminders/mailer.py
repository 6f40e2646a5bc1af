"""Handing reminder e-mails to the mail server, knowing how far each one got.

smtplib's ``sendmail()`` runs MAIL FROM, RCPT TO and DATA as one call, so a dropped
connection looks the same whether the server has the message or not. Over SMTP this module
runs the phases one by one:

* the caller's ``before_content`` (the sweep's committed handoff marker) runs after the
  server answered 354 to DATA and before the first byte of the message: a worker that dies
  earlier leaves no marker, so its row is simply sent again later;
* before each send on a connection that already carried a message, a NOOP checks that the
  server still listens (servers drop idle connections, some take one message per
  connection); a dead connection is replaced before anything is handed over;
* a failure before the message content starts to flow (connect, MAIL, RCPT, the DATA
  command itself) raises ``NotHandedOver``: the server has nothing, sending again is safe.
  The mailer retries it once at once on a fresh connection;
* a failure after the content started to flow and before the server's final reply raises
  ``OutcomeUnknown``: the message may have arrived, so it must never be sent again by itself;
* a reply code (4xx, 5xx) means the server answered and did not take the message.

Other mail backends (console, in-memory, test mailboxes) are used as they are; there a
failure during the send cannot be placed, so it counts as "outcome unknown".
"""

import contextlib
import email.policy
import re
import smtplib

from django.core import mail
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend


class TransientMailError(Exception):
    """Raised by a mail backend that knows the message was NOT delivered (retry is safe)."""


class MailServerUnavailable(Exception):
    """Could not open a connection to the mail server; nothing was handed over."""


class NotHandedOver(TransientMailError):
    """The connection failed before the message content began to flow."""


class OutcomeUnknown(Exception):
    """The connection failed while the message content was flowing or before the final reply."""


def error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


_LEADING_DOT = re.compile(rb"(?m)^\.")


class Mailer:
    """One connection per batch, opened lazily, checked before each reuse."""

    def __init__(self, connection=None):
        self.connection = connection or mail.mailers.default
        self.is_open = False
        self.used = False  # the open connection has carried a message
        self.data_started = False  # the current message's content began to flow
        # Rows the server accepted whose "sent" is not yet committed: recorded in the next
        # handoff transaction (one commit per row instead of two), or at the end of the batch.
        self.accepted: list[int] = []

    @property
    def knows_phases(self) -> bool:
        return isinstance(self.connection, SMTPBackend)

    def ensure_open(self) -> None:
        if self.is_open:
            return
        try:
            self.connection.open()
        except Exception as exc:  # nothing has been handed over yet
            raise MailServerUnavailable(error_text(exc)) from exc
        self.is_open = True
        self.used = False

    def send(self, message, *, before_content) -> None:
        """Send ``message``; ``before_content()`` runs at the last moment the server cannot
        have it yet (over SMTP: after the server said 354 to DATA). If it raises, the
        connection is dropped mid-DATA, which makes the server discard the message."""
        self.data_started = False
        if not self.knows_phases:
            self.ensure_open()
            before_content()
            self.data_started = True
            self.connection.send_messages([message])
            self.used = True
            return
        if self.is_open and self.used and not self._alive():
            self.close()
        self.ensure_open()
        try:
            self._smtp_send(message, before_content)
        except NotHandedOver:
            # Dropped before DATA (idle timeout, one message per connection): once more, fresh.
            self.close()
            self.ensure_open()
            self._smtp_send(message, before_content)
        self.used = True

    def _alive(self) -> bool:
        smtp = self.connection.connection
        if smtp is None:
            return False
        try:
            code, _ = smtp.noop()
        except (smtplib.SMTPException, OSError):
            return False
        return code == 250

    def _smtp_send(self, message, before_content) -> None:
        backend = self.connection
        smtp = backend.connection
        if smtp is None:
            raise NotHandedOver("The mail server connection is closed.")
        sender = backend.prep_address(message.from_email)
        recipients = [backend.prep_address(address) for address in message.recipients()]
        content = message.message(policy=email.policy.SMTP).as_bytes()
        try:
            smtp.ehlo_or_helo_if_needed()
            options = [f"size={len(content)}"] if smtp.does_esmtp and smtp.has_extn("size") else []
            code, reply = smtp.mail(sender, options)
            if code != 250:
                self._rset(smtp)
                raise smtplib.SMTPSenderRefused(code, reply, sender)
            refused = {}
            for recipient in recipients:
                code, reply = smtp.rcpt(recipient)
                if code not in (250, 251):
                    refused[recipient] = (code, reply)
            if len(refused) == len(recipients):
                self._rset(smtp)
                raise smtplib.SMTPRecipientsRefused(refused)
            smtp.putcmd("data")
            code, reply = smtp.getreply()
            if code != 354:
                self._rset(smtp)
                raise smtplib.SMTPDataError(code, reply)
        except (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused):
            raise  # the server answered: it did not take the message
        except (smtplib.SMTPException, OSError) as exc:
            raise NotHandedOver(error_text(exc)) from exc
        try:
            before_content()
        except BaseException:
            self._abort()
            raise
        # From here on the server may end up with the message whatever happens to us.
        self.data_started = True
        payload = _LEADING_DOT.sub(b"..", content)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        try:
            smtp.send(payload + b".\r\n")
            code, reply = smtp.getreply()
        except (smtplib.SMTPException, OSError) as exc:
            raise OutcomeUnknown(error_text(exc)) from exc
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)

    def _abort(self) -> None:
        """Drop the connection without QUIT: in the middle of DATA the server discards the message."""
        with contextlib.suppress(Exception):
            self.connection.connection.close()
        self.connection.connection = None
        self.is_open = False
        self.used = False

    @staticmethod
    def _rset(smtp) -> None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.rset()

    def close(self) -> None:
        if self.is_open:
            # Closing a broken connection can only fail quietly.
            with contextlib.suppress(Exception):
                self.connection.close()
        self.is_open = False
        self.used = False
