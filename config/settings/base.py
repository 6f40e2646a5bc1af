"""Settings shared by every environment. Values that vary come from config.env."""

from datetime import timedelta

import dj_database_url
from celery.schedules import crontab
from django.utils.csp import CSP

from config import env
from config.celery_transport import broker_settings
from config.paths import DataPaths

BASE_DIR = env.BASE_DIR
# The embedded default keeps everything (SQLite file, cache, broker queue, beat schedule) under
# DATA_DIR; config/paths.py names each place once. Nothing is created here: the commands that
# need the folders create them when they start (config.paths.ensure_data_dirs).
DATA_DIR = env.DATA_DIR
PATHS = DataPaths(DATA_DIR)
SITE_URL = env.SITE_URL

SECRET_KEY = env.SECRET_KEY

DEBUG = env.DEBUG
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "axes",
    "apps.core",
    "apps.accounts",
    "apps.candidates",
    "apps.recruiters",
    "apps.feedback",
    "apps.reminders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # API hygiene (trailing slash, unknown paths, body limit) and the signed-in person's time zone.
    "apps.core.middleware.CoreRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so it sees the authentication result of every view it wraps.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "apps.core.context_processors.navigation",
            ],
        },
    },
]

FORM_RENDERER = "apps.core.forms.DebriefFormRenderer"

# --- Database -----------------------------------------------------------------------
# SQLite under DATA_DIR is the embedded default; DATABASE_URL switches to PostgreSQL
# (psycopg 3) with persistent connections. No health check: it is a `SELECT 1` round trip on
# every request; a connection that died (a database restart) fails one request, and Django
# then drops it (errors_occurred) so the next request connects afresh.
if env.DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            env.DATABASE_URL,
            conn_max_age=env.DATABASE_CONN_MAX_AGE,
            conn_health_checks=False,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": PATHS.sqlite,
            "OPTIONS": {
                # WAL lets web, worker and beat read while one of them writes.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (throttling, lockout counters) ------------------------------------------
if env.REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.REDIS_URL,
            "KEY_PREFIX": "debrief",
            # Fail fast when Redis is away: a request must never hang on the cache.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(PATHS.cache),
        }
    }

# --- Accounts -----------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses locked-out credentials before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:landing"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

AXES_FAILURE_LIMIT = env.LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=env.LOGIN_LOCKOUT_MINUTES)
# Lock the pair (account, address): a stranger elsewhere cannot lock a person out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "apps.accounts.lockout.lockout_username"  # case-blind, like log-in
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "apps.accounts.lockout.lockout_response"
AXES_VERBOSE = False
# How many proxies in front of the app append to X-Forwarded-For. Throttles (NUM_PROXIES below)
# and the lockout count against the address the nearest trusted proxy saw, never one a client wrote.
TRUSTED_PROXY_COUNT = env.TRUSTED_PROXY_COUNT
AXES_CLIENT_IP_CALLABLE = "apps.accounts.client_ip.client_ip"

# --- Internationalisation ----------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files -------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"  # created by collectstatic, or by ensure_data_dirs for whitenoise
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = PATHS.media

# --- Request limits -----------------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024  # 1 MiB for any body that is not a file upload
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# --- Security headers ---------------------------------------------------------------
# No inline scripts anywhere; a nonce only for the few third-party templates we wrap.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Sessions read from the cache, written through to the database: a signed-in request costs no
# query for its session, and the server still holds every session, so signing out (or a
# password change signing out the other sessions) takes effect at once — signed cookies could
# not be taken back.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Lax, not Strict: a reminder e-mail's link must open the dashboard already signed in.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# --- E-mail -------------------------------------------------------------------------
# Django 6.1 mailers. Without EMAIL_HOST, mail is printed to the console (make run).


def smtp_mailer(host: str) -> dict:
    return {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": host,
            "port": env.EMAIL_PORT,
            "username": env.EMAIL_HOST_USER,
            "password": env.EMAIL_HOST_PASSWORD,
            "use_tls": env.EMAIL_USE_TLS,
            "timeout": 10,
        },
    }


if env.EMAIL_HOST:
    MAILERS = {"default": smtp_mailer(env.EMAIL_HOST)}
else:
    MAILERS = {"default": {"BACKEND": "apps.core.console_mail.ReadableConsoleBackend"}}
DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
SERVER_EMAIL = env.DEFAULT_FROM_EMAIL

# --- REST API -----------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apps.accounts.tokens.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "apps.core.api.pagination.CursorPagination",
    "PAGE_SIZE": 25,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["apps.core.api.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "apps.core.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "apps.core.api.errors.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "apps.core.api.throttling.AnonRateThrottle",
        "apps.core.api.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.API_THROTTLE_ANON,
        "user": env.API_THROTTLE_USER,
        "auth": env.API_THROTTLE_AUTH,
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Debrief API",
    "DESCRIPTION": (
        "Ask for feedback after a rejection, relay it, say thanks, and improve. "
        "Authenticate with `Authorization: Token <key>` (POST /api/v1/auth/token/) "
        "or a browser session. Every error has the shape "
        '`{"error": {"code", "message", "fields"}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None, "persistAuthorization": True},
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "apps.core.api.schema.add_error_responses",
    ],
    # One name for the stage choices, whichever field (stage, furthest_stage, to_stage) uses them.
    "ENUM_NAME_OVERRIDES": {
        "StageEnum": "apps.candidates.models.Stage",
        "RejectionStageEnum": "apps.candidates.api.serializers.REJECTION_STAGE_CHOICES",
        "RejectionViaEnum": "apps.candidates.models.RejectionVia",
        "InterviewKindEnum": "apps.candidates.models.InterviewKind",
        # The feedback loop's choice sets: one name each, whichever field uses them.
        **{
            f"{name}Enum": f"apps.feedback.models.{name}"
            for name in ("Topic", "Polarity", "RecipientRole", "RequestStatus", "Channel", "ReplySource")
            + ("ThankYouStatus", "ActionStatus", "TemplateKind", "ThreadState")
        },
        "DeliveryStatusEnum": "apps.feedback.api.serializers.DELIVERY_CHOICES",
        **{
            f"{name}Enum": f"apps.recruiters.models.{name}"
            for name in ("RepresentationStatus", "RelayStatus", "SourceNaming")
        },
    },
}

# --- Celery -------------------------------------------------------------------------
_celery = broker_settings(redis_url=env.REDIS_URL, data_dir=DATA_DIR)
CELERY_BROKER_URL = _celery["broker_url"]
CELERY_RESULT_BACKEND = _celery["result_backend"]
CELERY_BROKER_TRANSPORT_OPTIONS = _celery["broker_transport_options"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_TIMEZONE = "UTC"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 150
CELERY_TASK_ALWAYS_EAGER = env.CELERY_TASK_ALWAYS_EAGER
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BEAT_SCHEDULE_FILENAME = str(PATHS.beat_schedule)
# The whole schedule is static: no database scheduler (see README, "Reminders").
CELERY_BEAT_SCHEDULE = {
    "core-heartbeat": {
        "task": "apps.core.tasks.heartbeat",
        "schedule": crontab(minute="*"),
        "options": {"expires": 50},
    },
    # CSV imports whose enqueue was lost (broker down) or whose worker died are started again.
    "candidates-import-resume": {
        "task": "apps.candidates.tasks.import_jobs_resume",
        "schedule": crontab(minute="*"),
        "options": {"expires": 50},
    },
    # The reminder outbox: claim due rows, deliver, mark sent (apps/reminders/sweep.py).
    # Safe to fire twice or run on several workers; "expires" drops a backlog after an outage.
    "reminders-sweep": {
        "task": "apps.reminders.tasks.sweep",
        "schedule": crontab(minute="*"),
        "options": {"expires": 50},
    },
    # Feedback requests that waited long enough close gently as "no response" (idempotent).
    "feedback-close-unanswered": {
        "task": "apps.feedback.tasks.close_unanswered",
        "schedule": crontab(minute=17),
        "options": {"expires": 3000},
    },
    # One weekly-digest row per person per week, due Monday 09:00 in their time zone.
    "reminders-plan-digests": {
        "task": "apps.reminders.tasks.plan_digests",
        "schedule": crontab(minute=7),
        "options": {"expires": 3000},
    },
}

# --- Reminders ----------------------------------------------------------------------
# Tuning for the outbox sweep (apps/reminders; README "Reminders: the outbox contract"). Django
# settings, not environment variables: a settings module may change them (the worker tests do).
REMINDER_BATCH_SIZE = 200  # due rows one sweep claims at a time
REMINDER_LEASE_SECONDS = 300  # a claim this old without a handoff marker is requeued
REMINDER_RETRY_DELAYS = [60, 300, 1800, 7200, 21600, 43200]  # seconds between tries after a 4xx; then failed
REMINDER_SWEEP_TIME_BUDGET = 45  # seconds one sweep run may spend; beat starts one every minute

# --- Logging ------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "INFO"}, "axes": {"level": "WARNING"}},
}
