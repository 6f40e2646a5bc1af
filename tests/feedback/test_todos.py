"""The dashboard's feedback to-dos: ask (to the composer), follow up, thank, steps due — each a
fixed number of queries, whatever the data."""

from datetime import timedelta

import pytest
from django.utils import timezone

from apps.candidates.todos import providers
from apps.feedback import services
from apps.feedback.models import ReplyLink
from tests.feedback.factories import RejectedApplicationFactory, RequestFactory

pytestmark = pytest.mark.django_db


def todos(user, name):
    return providers()[name](user)


def test_ask_links_to_the_composer_for_that_application(candidate):
    application = RejectedApplicationFactory(owner=candidate)
    (todo,) = todos(candidate, "ask")
    assert todo.url.endswith(f"?application={application.pk}")


def test_ask_drops_once_a_request_is_sent(draft):
    services.request_mark_sent(request=draft)
    assert todos(draft.owner, "ask") == []


def test_follow_up_appears_a_week_after_sending(draft):
    services.request_mark_sent(request=draft, now=timezone.now() - timedelta(days=8))
    assert [todo.kind for todo in todos(draft.owner, "follow_up")] == ["follow_up"]


def test_follow_up_is_not_offered_before_a_week(draft):
    services.request_mark_sent(request=draft, now=timezone.now() - timedelta(days=6))
    assert todos(draft.owner, "follow_up") == []


def test_thanks_owed_are_listed_until_sent(draft):
    services.request_send(request=draft, channel="debrief")
    reply = services.reply_submit(token=ReplyLink.objects.get(request=draft).token, declined=True)
    assert [todo.kind for todo in todos(draft.owner, "thank")] == ["thank"]
    services.thank_you_send(thank_you=reply.thank_you, channel="own_mail")
    assert todos(draft.owner, "thank") == []


def test_steps_due_within_a_week_are_listed(candidate):
    services.action_item_create(owner=candidate, title="Soon", due_on=timezone.localdate() + timedelta(days=2))
    services.action_item_create(owner=candidate, title="Later", due_on=timezone.localdate() + timedelta(days=30))
    assert [todo.title for todo in todos(candidate, "action")] == ["Soon"]


def _many(candidate, rows):
    for number in range(rows):
        RejectedApplicationFactory(owner=candidate)
        waiting = RequestFactory(owner=candidate, contact=None)
        services.request_mark_sent(request=waiting, now=timezone.now() - timedelta(days=8))
        answered = RequestFactory(owner=candidate, contact=None)
        services.request_mark_sent(request=answered)
        services.reply_record_declined(request=answered)
        services.action_item_create(owner=candidate, title=f"Step {number}", due_on=timezone.localdate())


@pytest.mark.parametrize("rows", [1, 50])
@pytest.mark.parametrize("name", ["ask", "follow_up", "thank", "action"])
def test_each_provider_runs_one_query_for_1_and_50_rows(candidate, name, rows, django_assert_num_queries):
    _many(candidate, rows)
    # ask: rejections with a human stage and nothing sent; follow_up: requests with thread,
    # application and company; thank: thank-yous with reply, thread, application, company;
    # action: steps due. One query each.
    with django_assert_num_queries(1):
        items = todos(candidate, name)
    assert items
