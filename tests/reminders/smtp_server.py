"""A tiny SMTP server for tests that can be told to misbehave like real ones do.

It runs in a thread of the test process (no extra package), counts the messages it accepted
by Message-ID, and on request: answers slowly, takes one message per connection and hangs
up, drops the connection at a given phase (MAIL, or during DATA before its reply), answers a
4xx, or stops listening altogether (connection refused).
"""

import socket
import socketserver
import threading
import time
from collections import Counter
from email.parser import BytesHeaderParser


class _Handler(socketserver.StreamRequestHandler):
    timeout = 30

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        box: FakeSMTPServer = self.server.box
        box.note_connection()
        self.reply("220 fake.test ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.split(b" ", 1)[0].strip().upper().decode(errors="replace")
            if verb == "EHLO":
                self.wfile.write(b"250-fake.test\r\n250 SIZE 10000000\r\n")
                self.wfile.flush()
            elif verb in ("HELO", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "MAIL":
                if box.take_fault("mail"):
                    return  # hang up before anything was handed over
                self.reply("250 OK")
            elif verb == "RCPT":
                code = box.rcpt_code
                self.reply(f"{code} {'OK' if code == 250 else 'try again later'}")
            elif verb == "DATA":
                self.reply("354 go ahead")
                content, complete = self._read_content()
                if not complete:
                    box.note_incomplete()
                    return  # the client hung up mid-DATA: the message is discarded
                if box.take_fault("data"):
                    box.note_cut_off(content)
                    return  # content received, no reply: the client cannot know
                if box.delay:
                    time.sleep(box.delay)
                box.note_message(content)
                self.reply("250 queued")
                if box.one_per_connection:
                    return
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")

    def _read_content(self) -> tuple[bytes, bool]:
        lines = []
        while True:
            line = self.rfile.readline()
            if not line:
                return b"".join(lines), False
            if line == b".\r\n":
                return b"".join(lines), True
            lines.append(line[1:] if line.startswith(b"..") else line)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class FakeSMTPServer:
    def __init__(self, port: int = 0):
        self.port = port
        self.delay = 0.0  # seconds before the reply to DATA
        self.one_per_connection = False
        self.rcpt_code = 250
        self._faults: Counter = Counter()  # phase → how many times to misbehave there
        self._lock = threading.Lock()
        self.messages: list[bytes] = []
        self.cut_off: list[bytes] = []  # content received, connection dropped before the reply
        self.connections = 0
        self.incomplete = 0  # DATA began (354 sent) but the client hung up before the end
        self._server = None

    # --- control -------------------------------------------------------------------------

    def start(self) -> "FakeSMTPServer":
        self._server = _Server(("127.0.0.1", self.port), _Handler)
        self._server.box = self
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop listening: new connections are refused."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def fail(self, phase: str, times: int = 1) -> None:
        """Drop the connection at ``phase`` ("mail" or "data") the next ``times`` times."""
        with self._lock:
            self._faults[phase] += times

    # --- what happened -------------------------------------------------------------------

    def take_fault(self, phase: str) -> bool:
        with self._lock:
            if self._faults[phase] > 0:
                self._faults[phase] -= 1
                return True
            return False

    def note_connection(self) -> None:
        with self._lock:
            self.connections += 1

    def note_incomplete(self) -> None:
        with self._lock:
            self.incomplete += 1

    def note_message(self, content: bytes) -> None:
        with self._lock:
            self.messages.append(content)

    def note_cut_off(self, content: bytes) -> None:
        with self._lock:
            self.cut_off.append(content)

    @staticmethod
    def message_id(content: bytes) -> str:
        return BytesHeaderParser().parsebytes(content)["Message-ID"]

    def counts(self) -> Counter:
        """How many times each Message-ID was accepted."""
        with self._lock:
            return Counter(self.message_id(content) for content in self.messages)

    def cut_off_ids(self) -> set[str]:
        with self._lock:
            return {self.message_id(content) for content in self.cut_off}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
