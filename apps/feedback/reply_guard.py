"""Protections around the public reply link: a rate limit per address and per token (through the
cache, failing open like the API's throttles), and a logging filter that keeps tokens out of logs.

The token is in the URL path (``/reply/<token>/``, ``/api/v1/replies/by-token/<token>/``), and
Django logs the path of every 4xx/5xx response ("Gone: /reply/…/") and of every request under
``runserver``. ``TokenScrubber`` rewrites those records to ``/reply/[token]/`` before any handler
sees them; ``FeedbackConfig.ready()`` installs it on Django's request loggers, gunicorn's access and
error loggers, and the root handlers.
"""

import hashlib
import logging
import re

from django.core.cache import cache

logger = logging.getLogger(__name__)

# (requests, seconds): generous for a person answering, tight for a script guessing tokens.
PER_ADDRESS = (30, 600)
PER_TOKEN = (20, 600)

# Every secret that travels in a URL path: reply links, agency invitations, unsubscribe links,
# calendar feeds and password-reset links — also URL-encoded, as in a log-in page's ``?next=``.
_PATHS_WITH_TOKENS = "|".join(
    (
        "reply",
        "replies/by-token",
        "portal/join",
        "notifications/unsubscribe",
        "dashboard/calendar",
        r"password/reset/[^/\s?#]+",
    )
)
_TOKEN_IN_PATH = re.compile(rf"(/(?:{_PATHS_WITH_TOKENS})/)[^/\s?#\"'&]+")
_TOKEN_IN_ENCODED_PATH = re.compile(
    r"(%2F(?:reply|portal%2Fjoin|notifications%2Funsubscribe|dashboard%2Fcalendar)%2F)[^%&\s\"']+", re.IGNORECASE
)


def scrub(text: str) -> str:
    return _TOKEN_IN_ENCODED_PATH.sub(r"\1[token]", _TOKEN_IN_PATH.sub(r"\1[token]", text))


class TokenScrubber(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, ()
        return True


def install_token_scrubber() -> None:
    scrubber = TokenScrubber()
    # gunicorn's access log (the compose file turns it on) writes every request line with its path.
    names = (
        "django.request",
        "django.server",
        "django.security.csrf",
        "django.security.DisallowedHost",
        "gunicorn.access",
        "gunicorn.error",
    )
    for name in names:
        log = logging.getLogger(name)
        if not any(isinstance(f, TokenScrubber) for f in log.filters):
            log.addFilter(scrubber)
    # Records from any other logger reach the root handlers: scrub there too.
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, TokenScrubber) for f in handler.filters):
            handler.addFilter(scrubber)


def _hit(key: str, limit: tuple[int, int]) -> bool:
    allowed, window = limit
    try:
        if cache.add(key, 1, timeout=window):
            return True
        return cache.incr(key) <= allowed
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window)
        return True
    except Exception as error:  # the cache is away: limiting pauses, answering doesn't
        logger.warning("Reply-link rate limit skipped, the cache is unreachable: %s", error)
        return True


def reply_rate_ok(*, address: str, token: str) -> bool:
    """False once this address or this token made too many requests in the window."""
    token_key = hashlib.sha256(token.encode()).hexdigest()[:32]
    by_address = _hit(f"reply-rate:ip:{address}", PER_ADDRESS)
    by_token = _hit(f"reply-rate:token:{token_key}", PER_TOKEN)
    return by_address and by_token
