"""Notifications over the API."""

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.reminders.models import Notification
from tests.reminders.factories import NotificationFactory

pytestmark = pytest.mark.django_db

LIST = reverse("reminders-api:notification-list")


@pytest.mark.parametrize("rows", [1, 50])
def test_the_list_runs_the_same_queries_for_1_and_50_rows(candidate, candidate_api, django_assert_num_queries, rows):
    NotificationFactory.create_batch(rows, recipient=candidate)
    NotificationFactory()  # someone else's
    # 1 the page of notifications (cursor pagination runs no count; the persona client is
    # force-authenticated, so there is no token lookup).
    with django_assert_num_queries(1):
        response = candidate_api.get(LIST)
    assert response.status_code == 200
    assert len(response.json()["results"]) == min(rows, 25)


def test_the_list_filters_unread_and_shows_only_mine(candidate, candidate_api):
    read = NotificationFactory(recipient=candidate, read_at=timezone.now())
    unread = NotificationFactory(recipient=candidate)
    NotificationFactory()
    ids = [item["id"] for item in candidate_api.get(LIST, {"unread": "true"}).json()["results"]]
    assert ids == [str(unread.public_id)]
    ids = [item["id"] for item in candidate_api.get(LIST, {"unread": "false"}).json()["results"]]
    assert ids == [str(read.public_id)]
    body = candidate_api.get(LIST).json()["results"][0]
    assert set(body) == {"id", "kind", "text", "link", "is_read", "read_at", "created_at"}


def test_a_bad_filter_gets_the_error_shape(candidate_api):
    response = candidate_api.get(LIST, {"unread": "perhaps"})
    assert response.status_code == 400 and "unread" in response.json()["error"]["fields"]


def test_unread_count_read_and_read_all(candidate, candidate_api):
    first, _ = NotificationFactory.create_batch(2, recipient=candidate)
    assert candidate_api.get(reverse("reminders-api:notification-unread-count")).json() == {"unread": 2}
    response = candidate_api.post(reverse("reminders-api:notification-read", args=[first.public_id]))
    assert response.status_code == 200 and response.json()["is_read"] is True
    assert candidate_api.post(reverse("reminders-api:notification-read-all")).json() == {"marked_read": 1}
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_someone_elses_notification_is_a_404_not_a_403(candidate, other_candidate_api):
    notification = NotificationFactory(recipient=candidate)
    response = other_candidate_api.post(reverse("reminders-api:notification-read", args=[notification.public_id]))
    assert response.status_code == 404 and response.json()["error"]["code"]
    notification.refresh_from_db()
    assert notification.read_at is None
