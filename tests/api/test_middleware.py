"""The core middleware: the signed-in person's time zone for every page (UTC for the API), and a
tidy /api/ (a missing trailing slash added inside the request; unknown paths in the error shape)."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from apps.core.middleware import CoreRequestMiddleware

pytestmark = pytest.mark.django_db


def _zone_seen_by_the_view(user, path="/notifications/") -> str:
    seen = {}

    def view(request):
        seen["zone"] = timezone.get_current_timezone_name()
        return HttpResponse()

    def get_response(request):
        middleware.process_view(request, view, (), {})  # as Django does, after authentication
        return view(request)

    middleware = CoreRequestMiddleware(get_response)
    request = RequestFactory().get(path)
    request.user = user
    middleware(request)
    return seen["zone"]


def test_a_signed_in_page_is_rendered_in_the_persons_time_zone(candidate):
    candidate.preferences.timezone = "America/New_York"
    candidate.preferences.save()
    assert _zone_seen_by_the_view(candidate) == "America/New_York"


def test_a_recruiters_page_is_in_their_time_zone_too(recruiter):
    assert _zone_seen_by_the_view(recruiter) == recruiter.preferences.timezone


def test_an_anonymous_visitor_gets_the_site_time_zone():
    from django.contrib.auth.models import AnonymousUser

    assert _zone_seen_by_the_view(AnonymousUser()) == "UTC"


def test_the_api_answers_in_utc_whoever_asks(candidate):
    assert _zone_seen_by_the_view(candidate, path="/api/v1/applications/") == "UTC"


def test_the_zone_is_dropped_after_the_response(candidate):
    _zone_seen_by_the_view(candidate)
    assert timezone.get_current_timezone_name() == "UTC"


def test_the_notifications_page_shows_times_in_the_persons_zone(candidate, candidate_client):
    from datetime import UTC, datetime

    from tests.reminders.factories import NotificationFactory

    candidate.preferences.timezone = "Asia/Tokyo"
    candidate.preferences.save()
    notification = NotificationFactory(recipient=candidate)
    type(notification).objects.filter(pk=notification.pk).update(created_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    response = candidate_client.get("/notifications/")
    assert 'title="1 Mar 2026, 21:00"' in response.content.decode()  # 12:00 UTC is 21:00 in Tokyo


def test_a_get_without_the_trailing_slash_answers_directly(candidate_api):
    assert candidate_api.get("/api/v1/applications").status_code == 200


def test_an_unknown_path_outside_the_api_keeps_the_html_404(candidate_client):
    response = candidate_client.get("/no-such-page/")
    assert response["Content-Type"].startswith("text/html")
