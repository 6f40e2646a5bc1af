"""The development mail backend (`make run` without EMAIL_HOST): each e-mail printed as a
person would read it — decoded headers and the plain-text body with its links whole — instead
of Django's raw MIME, where quoted-printable breaks every long link across lines."""

from django.core.mail.backends.console import EmailBackend

SHOWN_HEADERS = ("Message-ID", "Reply-To", "List-Unsubscribe")


class ReadableConsoleBackend(EmailBackend):
    def write_message(self, message):
        lines = [
            f"From: {message.from_email}",
            f"To: {', '.join(message.to)}",
            f"Subject: {message.subject}",
        ]
        headers = message.extra_headers or {}
        lines += [f"{name}: {headers[name]}" for name in SHOWN_HEADERS if headers.get(name)]
        if message.reply_to and "Reply-To" not in headers:
            lines.append(f"Reply-To: {', '.join(message.reply_to)}")
        alternatives = [alternative.mimetype for alternative in getattr(message, "alternatives", [])]
        lines += ["", message.body.rstrip()]
        if alternatives:
            lines += ["", f"[also sent as {', '.join(alternatives)}]"]
        self.stream.write("\n".join(lines) + "\n" + "-" * 79 + "\n")
