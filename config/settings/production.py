"""Production: only hardening on top of base. Refuses to start without a real secret."""

from django.core.exceptions import ImproperlyConfigured

from config import env

from .base import *  # noqa: F403
from .base import STORAGES, smtp_mailer

if not env.SECRET_KEY or len(env.SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random string of 50+ characters.")

DEBUG = False
SECURE_SSL_REDIRECT = env.SECURE_SSL_REDIRECT
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.SECURE_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
# Production mail always goes to an SMTP server (EMAIL_HOST, default localhost:25).
MAILERS = {"default": smtp_mailer(env.EMAIL_HOST or "localhost")}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
