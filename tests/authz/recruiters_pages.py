"""The recruiter portal's pages and the candidate's recruiter pages. ``build`` makes Rhea represent
Cara (one rejected application shared, a draft relay on its thread), a colleague in Rhea's agency,
a pending agency invitation, and an invitation to Cara from a third recruiter. Otto (another
agency) gets 404 for every object of Rhea's; Cole gets 404 for Cara's representations; candidates
and staff are sent to their own area from the portal (302) and recruiters from the candidate's
pages; anonymous visitors log in (302). Page POSTs carry no form fields: a form answers 400 with its
messages, an action redirects (302)."""

from tests.authz.base import Route, signed_in

PORTAL = {"recruiter": 200, "other_recruiter": 200}  # a page every recruiter has for their own work
RHEAS = {"recruiter": 200, "other_recruiter": 404}  # a page about something only Rhea sees
PORTAL_FORM_POST = {"recruiter": 400, "other_recruiter": 400}
CANDIDATE_PAGE = {"candidate": 200, "other_candidate": 200}
CARAS = {"candidate": 200, "other_candidate": 404}
CARAS_ACTION = {"candidate": 302, "other_candidate": 404}


def build(world):
    from apps.recruiters import services
    from apps.recruiters.models import Representation
    from tests.factories import RecruiterFactory
    from tests.recruiters.factories import represent, shared_thread

    rhea, cara = world.recruiter, world.candidate
    representation = Representation.objects.active().filter(recruiter=rhea, candidate=cara).first()
    representation = representation or represent(rhea, cara)
    thread, _ = shared_thread(rhea, cara, representation)
    relay = services.relay_create(recruiter=rhea, thread_id=thread.pk, candidate_text="Your SQL was strong.")
    colleague = RecruiterFactory(full_name="Cody Colleague")
    agency = rhea.recruiter_profile.agency
    _, token = services.agency_invitation_create(agency=agency, invited_by=rhea, email=colleague.email)
    services.agency_invitation_accept(token=token, user=colleague)
    invitation, token = services.agency_invitation_create(agency=agency, invited_by=rhea, email="new@agency.example")
    invited, _ = services.representation_invite(recruiter=RecruiterFactory(full_name="Ivy Invites"), email=cara.email)
    world.objects.update(
        rp_representation=representation,
        rp_thread=thread,
        rp_relay=relay,
        rp_member=colleague.recruiter_profile,
        rp_invitation=invitation,
        rp_token=token,
        rp_invited=invited,
    )


def _pk(name):
    return lambda world: {"pk": getattr(world, name).pk}


def _portal(name, expect, **kwargs):
    return Route(f"recruiters:{name}", signed_in(302, **expect), **kwargs)


def _candidate(name, expect, **kwargs):
    return Route(f"representations:{name}", signed_in(302, **expect), **kwargs)


ROUTES = [
    _portal("home", PORTAL),
    _portal("agency-create", PORTAL_FORM_POST, method="post"),
    _portal("candidate-list", PORTAL),
    _portal("candidate-invite", PORTAL),
    _portal("candidate-detail", RHEAS, kwargs=lambda w: {"pk": w.candidate.pk}),
    _portal("relay-create", RHEAS, kwargs=_pk("rp_thread")),
    _portal("relay-check", RHEAS, method="post", kwargs=_pk("rp_thread")),
    _portal("relay-edit", RHEAS, kwargs=_pk("rp_relay")),
    _portal("relay-publish", RHEAS, kwargs=_pk("rp_relay")),
    _portal("team", PORTAL),  # both are admins of their own agency
    _portal("team-invite", PORTAL_FORM_POST, method="post"),
    _portal("member-remove", RHEAS, kwargs=_pk("rp_member")),
    _portal(
        "invitation-revoke", {"recruiter": 302, "other_recruiter": 404}, method="post", kwargs=_pk("rp_invitation")
    ),
    # An invitation link works for whoever opens it signed in (the page says who may join).
    Route("recruiters:agency-join", signed_in(200), kwargs=lambda w: {"token": w.rp_token}),
    _candidate("list", CANDIDATE_PAGE),
    _candidate("code-redeem", {"candidate": 400, "other_candidate": 400}, method="post"),
    _candidate("accept", CARAS_ACTION, method="post", kwargs=_pk("rp_invited")),
    _candidate("decline", CARAS_ACTION, method="post", kwargs=_pk("rp_invited")),
    _candidate("shares", CARAS_ACTION, method="post", kwargs=_pk("rp_representation")),
    _candidate("end", CARAS, kwargs=_pk("rp_representation")),
]
