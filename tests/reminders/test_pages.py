"""Notification pages: the list, the bell, mark read, e-mail choices, one-click unsubscribe."""

import pytest
from django.test import Client
from django.urls import reverse

from apps.reminders.kinds import kinds_for_audience
from apps.reminders.models import EmailSuppression, Notification
from apps.reminders.unsubscribe import unsubscribe_token
from tests.reminders.conftest import TEST_KIND, TEST_MAIL_KIND
from tests.reminders.factories import NotificationFactory

pytestmark = pytest.mark.django_db

LIST = reverse("reminders:notification-list")


@pytest.mark.parametrize("rows", [1, 50])
def test_the_list_page_runs_the_same_queries_for_1_and_50_notifications(
    candidate, candidate_client, django_assert_num_queries, rows
):
    NotificationFactory.create_batch(rows, recipient=candidate)
    NotificationFactory(text="Someone else's")  # never shown
    # 1 session, 2 user, 3 preferences (time zone), 4 page count, 5 the page of notifications, 6 unread count.
    with django_assert_num_queries(6):
        response = candidate_client.get(LIST)
    assert response.status_code == 200
    assert response.content.count(b'class="notice notice--unread"') == min(rows, 30)
    assert b"Someone else" not in response.content
    assert f"{rows} unread".encode() in response.content


def test_an_empty_list_explains_what_will_appear_here(candidate_client):
    response = candidate_client.get(LIST)
    assert b"Nothing here yet" in response.content


def test_the_bell_shows_the_unread_count(candidate, candidate_client):
    NotificationFactory.create_batch(3, recipient=candidate)
    NotificationFactory(recipient=candidate, read_at="2026-01-01T00:00Z")
    response = candidate_client.get(reverse("reminders:notification-bell"))
    assert b">3<" in response.content and b"unread" in response.content


def test_every_page_carries_the_bell_link_and_loads_the_count_without_an_extra_query(candidate_client):
    response = candidate_client.get(reverse("accounts:settings"))
    assert reverse("reminders:notification-list").encode() in response.content
    assert reverse("reminders:notification-bell").encode() in response.content


def test_mark_read_marks_only_my_notification(candidate, candidate_client, other_candidate_client):
    notification = NotificationFactory(recipient=candidate)
    url = reverse("reminders:notification-read", args=[notification.public_id])
    assert other_candidate_client.post(url).status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None
    response = candidate_client.post(url)
    assert response.status_code == 302 and response.url == LIST
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_open_marks_read_and_follows_the_link(candidate, candidate_client):
    notification = NotificationFactory(recipient=candidate, link="/dashboard/")
    response = candidate_client.post(reverse("reminders:notification-read", args=[notification.public_id]), {"open": 1})
    assert response.status_code == 302 and response.url == "/dashboard/"


def test_open_never_follows_a_link_off_the_site(candidate, candidate_client):
    notification = NotificationFactory(recipient=candidate, link="https://evil.example/")
    response = candidate_client.post(reverse("reminders:notification-read", args=[notification.public_id]), {"open": 1})
    assert response.url == LIST


def test_mark_read_over_htmx_returns_the_item(candidate, candidate_client):
    notification = NotificationFactory(recipient=candidate)
    response = candidate_client.post(
        reverse("reminders:notification-read", args=[notification.public_id]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert f'id="n-{notification.public_id}"'.encode() in response.content
    assert b"notice--unread" not in response.content
    assert b'id="bell-count"' in response.content and b'hx-swap-oob="outerHTML"' in response.content


def test_mark_all_read_leaves_other_people_alone(candidate, other_candidate, candidate_client):
    NotificationFactory.create_batch(3, recipient=candidate)
    theirs = NotificationFactory(recipient=other_candidate)
    response = candidate_client.post(reverse("reminders:notification-read-all"), follow=True)
    assert b"Marked 3 notifications as read." in response.content
    assert not Notification.objects.filter(recipient=candidate, read_at__isnull=True).exists()
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_the_preferences_page_turns_e_mail_off_per_kind(candidate, candidate_client):
    response = candidate_client.get(reverse("accounts:settings-notifications"))
    assert b"Test nudge" in response.content and b"Weekly progress digest" in response.content
    assert b"Test outgoing mail" not in response.content  # not a kind a person receives

    every_kind = [kind.name for kind in kinds_for_audience("candidate")]
    others = [name for name in every_kind if name != TEST_KIND]
    response = candidate_client.post(reverse("reminders:preferences"), {"email_on": others})
    assert response.status_code == 302
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.email_off_kinds == [TEST_KIND]

    candidate_client.post(reverse("reminders:preferences"), {"email_on": every_kind})
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.email_off_kinds == []


def test_the_preferences_page_refuses_an_unknown_kind_and_keeps_the_saved_choice(candidate, candidate_client):
    response = candidate_client.post(reverse("reminders:preferences"), {"email_on": ["made_up"]})
    assert response.status_code == 200 and b"not one of the available choices" in response.content
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.email_off_kinds == []


def _unsubscribe_url(recipient_key, kind=TEST_KIND):
    return reverse("reminders:unsubscribe", args=[unsubscribe_token(recipient_key=recipient_key, kind=kind)])


def test_unsubscribe_get_only_asks_for_confirmation(candidate):
    response = Client().get(_unsubscribe_url(f"user:{candidate.pk}"))
    assert response.status_code == 200 and b"Stop \xe2\x80\x9cTest nudge\xe2\x80\x9d e-mails?" in response.content
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.email_off_kinds == []


def test_rfc_8058_one_click_post_works_without_login_or_csrf_token(candidate):
    client = Client(enforce_csrf_checks=True)
    url = _unsubscribe_url(f"user:{candidate.pk}")
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and b"unsubscribed" in response.content
    client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")  # twice: fine
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.email_off_kinds == [TEST_KIND]


def test_an_address_without_an_account_can_unsubscribe_from_one_kind():
    Client().post(_unsubscribe_url("email:dana@example.com", kind=TEST_MAIL_KIND))
    assert EmailSuppression.objects.filter(email="dana@example.com", kind=TEST_MAIL_KIND).exists()


def test_a_forged_or_damaged_unsubscribe_link_changes_nothing(candidate):
    url = _unsubscribe_url(f"user:{candidate.pk}")
    forged = url.replace(url.split("/")[-2][-4:], "abcd")
    for response in (Client().get(forged), Client().post(forged)):
        assert response.status_code == 404 and b"doesn" in response.content
    candidate.preferences.refresh_from_db()
    assert candidate.preferences.email_off_kinds == []
