"""Domain errors. Services raise these (or Django's ValidationError); the API and the views
turn them into a clear message."""


class ApplicationError(Exception):
    """A request the domain refuses, with a message fit to show the user.

    ``code`` is a stable machine-readable slug for API clients; ``status`` is the HTTP
    status the API answers with.
    """

    code = "application_error"
    status = 400

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None, extra: dict | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        if status:
            self.status = status
        self.extra = extra or {}
