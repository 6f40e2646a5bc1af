# One image for web, worker and beat (docker-compose.yml picks the command).
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATA_DIR=/app/data \
    DJANGO_SETTINGS_MODULE=config.settings.production

WORKDIR /app
COPY requirements/base.lock requirements/base.lock
RUN pip install --no-cache-dir -r requirements/base.lock

COPY . .
# collectstatic needs settings to import; this key exists only during the build.
RUN SECRET_KEY=collectstatic-only-build-key-not-used-at-runtime-0123456789abcdef \
    python manage.py collectstatic --noinput -v 0 \
 && useradd --create-home --uid 10001 debrief \
 && mkdir -p /app/data && chown -R debrief /app/data

USER debrief
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
