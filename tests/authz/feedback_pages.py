"""The candidate's feedback pages: Cara owns everything ``build`` makes. Cole (another candidate)
gets 404 for every object of hers; recruiters and staff are sent to their own area (302);
anonymous visitors log in (302). Page POSTs here carry no form fields: a form answers 400 with its
messages, an action redirects (302)."""

from tests.authz.base import Route, signed_in

PAGE = {"candidate": 200, "other_candidate": 200}  # a page every candidate has for their own data
OWNED = {"candidate": 200, "other_candidate": 404}  # a page about one of Cara's objects
OWNED_FORM_POST = {"candidate": 400, "other_candidate": 404}  # empty form: 400 with messages
OWNED_ACTION = {"candidate": 302, "other_candidate": 404}  # an action: done, back to the thread


def build(world):
    from apps.feedback import services
    from tests.feedback.factories import ActionItemFactory, RequestFactory

    cara = world.candidate
    draft = RequestFactory(owner=cara)
    sent = RequestFactory(owner=cara)
    services.request_send(request=sent, channel="debrief")
    answered = RequestFactory(owner=cara)
    services.request_mark_sent(request=answered)
    reply = services.reply_record_pasted(
        request=answered, text="Your interview answers were clear.\n\nPractise the system design round."
    )
    world.objects.update(
        fp_draft=draft,
        fp_sent=sent,
        fp_thread=sent.thread,
        fp_reply=reply,
        fp_item=reply.items.first(),
        fp_thank_you=reply.thank_you,
        fp_action=ActionItemFactory(owner=cara),
    )


def _pk(name):
    return lambda world: {"pk": getattr(world, name).pk}


def _page(name, expect, **kwargs):
    return Route(f"feedback:{name}", signed_in(302, **expect), **kwargs)


ROUTES = [
    _page("thread-list", PAGE),
    _page("thread-detail", OWNED, kwargs=_pk("fp_thread")),
    _page("request-create", PAGE),
    _page("tone-check", PAGE, method="post"),
    _page("request-detail", OWNED, kwargs=_pk("fp_draft")),
    _page("request-mark-sent", OWNED_ACTION, method="post", kwargs=_pk("fp_draft")),
    _page("request-follow-up", OWNED, kwargs=_pk("fp_sent")),
    _page("request-revoke-link", OWNED, kwargs=_pk("fp_sent")),
    _page("request-reply", OWNED, kwargs=_pk("fp_sent")),
    _page("item-edit", OWNED, kwargs=_pk("fp_item")),
    _page("item-split", OWNED_FORM_POST, method="post", kwargs=_pk("fp_item")),
    _page("reply-merge", OWNED_ACTION, method="post", kwargs=_pk("fp_reply")),
    _page("thank-you-compose", OWNED, kwargs=_pk("fp_thank_you")),
    _page("thank-you-skip", OWNED_ACTION, method="post", kwargs=_pk("fp_thank_you")),
    _page("plan", PAGE),
    _page("action-create", PAGE),
    _page("action-edit", OWNED, kwargs=_pk("fp_action")),
    _page("action-complete", OWNED_ACTION, method="post", kwargs=_pk("fp_action")),
    _page("insights", PAGE),
    _page("templates", PAGE),
    _page(
        "template-reset",
        {"candidate": 302, "other_candidate": 302},
        method="post",
        kwargs=lambda w: {"kind": "request"},
    ),
]
