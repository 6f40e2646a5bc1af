"""The feedback loop's API and the public reply link. Cara owns everything ``build`` makes; Cole
(another candidate) gets 404 for every object of hers and 400 when he names one of her ids in a
body; recruiters and staff see empty lists, get 404 for her objects and 403 for candidate-only
writes; anonymous callers get 401 — except on the reply link, which needs no account at all."""

from tests.authz.base import API_ANON, Route, signed_in

LISTS = {"candidate": 200, "other_candidate": 200, "recruiter": 200, "other_recruiter": 200, "staff": 200}
CANDIDATE_ONLY = {"recruiter": 403, "other_recruiter": 403, "staff": 403}


def build(world):
    from apps.feedback import services
    from apps.feedback.models import ReplyLink
    from tests.feedback.factories import RequestFactory

    cara = world.candidate
    draft = RequestFactory(owner=cara)
    waiting = RequestFactory(owner=cara, thread=draft.thread)
    services.request_send(request=waiting, channel="debrief")
    answered = RequestFactory(owner=cara, thread=draft.thread)
    services.request_send(request=answered, channel="debrief")
    reply = services.reply_submit(
        token=ReplyLink.objects.get(request=answered).token,
        answers={"interview": "More concrete examples would help."},
        free_text="Your CV was clear.",
    )
    items = list(reply.items.order_by("position"))
    world.objects.update(
        feedback_thread=draft.thread,
        feedback_draft=draft,
        feedback_waiting=waiting,
        feedback_reply=reply,
        feedback_item=items[0],
        feedback_items=items,
        thank_you=reply.thank_you,
        action_item=services.action_item_create(owner=cara, title="Practise STAR stories"),
        reply_token=ReplyLink.objects.get(request=waiting).token,
    )


def _pk(name):
    return lambda world: {"pk": getattr(world, name).pk}


def _api(name, expect, **kwargs):
    return Route(f"feedback-api:{name}", signed_in(404, anon=API_ANON, **expect), **kwargs)


ROUTES = [
    _api("thread-list", LISTS),
    _api("thread-detail", {"candidate": 200}, kwargs=_pk("feedback_thread")),
    _api("request-list", LISTS),
    # The application id in the body is resolved in the caller's scope: Cole cannot name Cara's.
    _api(
        "request-list",
        dict(candidate=201, other_candidate=400, **CANDIDATE_ONLY),
        method="post",
        data=lambda w: {"application_id": w.feedback_thread.application_id, "recipient_name": "Dana Reyes"},
    ),
    _api("request-detail", {"candidate": 200}, kwargs=_pk("feedback_draft")),
    _api("request-detail", {"candidate": 200}, method="patch", kwargs=_pk("feedback_draft"), data={"subject": "Hi"}),
    _api("request-detail", {"candidate": 204}, method="delete", kwargs=_pk("feedback_draft")),
    _api("request-send", {"candidate": 200}, method="post", kwargs=_pk("feedback_draft"), data={"channel": "own_mail"}),
    _api(
        "request-follow-up",
        {"candidate": 200},
        method="post",
        kwargs=_pk("feedback_waiting"),
        data={"body": "Following up once — thank you!"},
    ),
    _api("request-revoke-link", {"candidate": 200}, method="post", kwargs=_pk("feedback_waiting")),
    _api("reply-list", LISTS),
    _api(
        "reply-list",
        dict(candidate=201, other_candidate=400, **CANDIDATE_ONLY),
        method="post",
        data=lambda w: {"request_id": w.feedback_waiting.pk, "text": "Your interview was strong."},
    ),
    _api("reply-detail", {"candidate": 200}, kwargs=_pk("feedback_reply")),
    _api("item-list", LISTS),
    _api("item-detail", {"candidate": 200}, kwargs=_pk("feedback_item")),
    _api("item-detail", {"candidate": 200}, method="patch", kwargs=_pk("feedback_item"), data={"topic": "skills"}),
    _api("item-split", {"candidate": 200}, method="post", kwargs=_pk("feedback_item"), data={"at": 5}),
    _api(
        "item-merge",
        dict(candidate=200, other_candidate=400, **CANDIDATE_ONLY),
        method="post",
        data=lambda w: {"item_ids": [item.pk for item in w.feedback_items]},
    ),
    _api("thank-you-list", LISTS),
    _api("thank-you-detail", {"candidate": 200}, kwargs=_pk("thank_you")),
    _api("thank-you-send", {"candidate": 200}, method="post", kwargs=_pk("thank_you"), data={"channel": "own_mail"}),
    _api("thank-you-skip", {"candidate": 200}, method="post", kwargs=_pk("thank_you")),
    _api("action-item-list", LISTS),
    _api(
        "action-item-list",
        dict(candidate=201, other_candidate=201, **CANDIDATE_ONLY),
        method="post",
        data={"title": "Rewrite my CV summary"},
    ),
    _api("action-item-detail", {"candidate": 200}, kwargs=_pk("action_item")),
    _api("action-item-detail", {"candidate": 200}, method="patch", kwargs=_pk("action_item"), data={"notes": "Did 1"}),
    _api("action-item-detail", {"candidate": 204}, method="delete", kwargs=_pk("action_item")),
    _api("action-item-complete", {"candidate": 200}, method="post", kwargs=_pk("action_item")),
    _api("insights", LISTS),
    # Templates belong to whoever is signed in (defaults until edited); editing is for candidates.
    _api("template-list", LISTS),
    _api("template-detail", LISTS, kwargs=lambda w: {"kind": "request"}),
    _api(
        "template-detail",
        dict(candidate=200, other_candidate=200, **CANDIDATE_ONLY),
        method="put",
        kwargs=lambda w: {"kind": "thank_you"},
        data={"body": "Thank you, {contact_first_name}."},
    ),
    _api(
        "template-detail",
        dict(candidate=200, other_candidate=200, **CANDIDATE_ONLY),
        method="delete",
        kwargs=lambda w: {"kind": "thank_you"},
    ),
    _api(
        "draft-create",
        dict(candidate=200, other_candidate=400, **CANDIDATE_ONLY),
        method="post",
        data=lambda w: {"application_id": w.feedback_thread.application_id, "topics": ["interview"]},
    ),
    _api("tone-check", LISTS, method="post", data={"text": "Thank you for your time.", "kind": "thank_you"}),
    _api(
        "redaction-check",
        {"candidate": 403, "other_candidate": 403, "recruiter": 200, "other_recruiter": 200, "staff": 200},
        method="post",
        data={"text": "The manager liked the case study.", "candidate_name": "Cara Jensen"},
    ),
    # The reply link needs no account: the token is the key, for anyone who holds it.
    Route(
        "feedback-api:reply-by-token",
        signed_in(200, anon=200),
        kwargs=lambda w: {"token": w.reply_token},
    ),
    Route(
        "feedback-api:reply-by-token",
        signed_in(201, anon=201),
        method="post",
        kwargs=lambda w: {"token": w.reply_token},
        data={"answers": {"interview": "More examples."}},
    ),
    # The reply page: no log-in; the token in the address is the key.
    Route("reply:page", signed_in(200, anon=200), kwargs=lambda w: {"token": w.reply_token}),
    Route("reply:done", signed_in(200, anon=200)),
]
