"""Developer machine: the embedded default (SQLite, filesystem broker) unless told otherwise."""

from config import env

from .base import *  # noqa: F403

DEBUG = env.env_bool("DEBUG", True)
# A fixed key is fine on a laptop; production.py refuses to start without a real one.
SECRET_KEY = env.SECRET_KEY or "local-only-insecure-key-do-not-use-in-production-0123456789"
