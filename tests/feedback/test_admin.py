"""Staff can look at the feedback loop in the admin, and never see a reply token."""

import pytest
from django.urls import reverse

from apps.feedback import services
from apps.feedback.models import ReplyLink

pytestmark = pytest.mark.django_db

MODELS = (
    "feedbackthread",
    "feedbackrequest",
    "replylink",
    "feedbackreply",
    "thankyou",
    "actionitem",
    "messagetemplate",
)


@pytest.fixture
def loop(draft):
    services.request_send(request=draft, channel="debrief")
    services.reply_submit(token=ReplyLink.objects.get(request=draft).token, answers={"interview": "Good."})
    services.action_item_create(owner=draft.owner, title="Practise")
    return draft


@pytest.mark.parametrize("model", MODELS)
def test_staff_can_open_every_feedback_list(staff_client, loop, model):
    assert staff_client.get(reverse(f"admin:feedback_{model}_changelist")).status_code == 200


def test_the_reply_link_page_shows_no_token(staff_client, loop):
    link = ReplyLink.objects.get()
    html = staff_client.get(reverse("admin:feedback_replylink_change", args=[link.pk])).content.decode()
    assert link.token not in html
    assert link.token_hash not in html
