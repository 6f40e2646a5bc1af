"""A mail backend the tests can count: one file per message, made visible by an atomic
rename (the moment the "server" has accepted it), after a small delay per message so a
batch takes long enough to be killed in the middle."""

import os
import time
import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class MailboxBackend(BaseEmailBackend):
    def __init__(self, *, directory: str, delay: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.directory = Path(directory)
        self.delay = delay

    def send_messages(self, email_messages):
        self.directory.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            time.sleep(self.delay)
            name = self.directory / f"{uuid.uuid4().hex}.eml"
            partial = name.with_suffix(".part")
            partial.write_bytes(message.message().as_bytes())
            os.replace(partial, name)
        return len(email_messages)
