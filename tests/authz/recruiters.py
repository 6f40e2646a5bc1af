"""The recruiter API. ``build`` makes Rhea (an agency admin) represent Cara with one rejected
application shared and a draft relay on its thread, a colleague in Rhea's agency, an open agency
invitation, and an invitation to Cara from a third recruiter. Otto (another agency) gets 404 for
every object of Rhea's and Cara's; Cole gets 404 for Cara's representations; candidates and staff
get 403 on recruiter-only endpoints; anonymous callers get 401. Pages are in ``recruiters_pages``."""

from tests.authz.base import API_ANON, Route, signed_in

RECRUITERS = {"recruiter": 200, "other_recruiter": 200}
RHEAS = {"recruiter": 200, "other_recruiter": 404}
CARA_AND_RHEA = {"candidate": 200, "recruiter": 200}
CARAS_CHANGE = {"candidate": 200, "recruiter": 403}
NOT_A_RECRUITER = {"candidate": 403, "other_candidate": 403, "staff": 403}
TEXT = "Your portfolio stood out. Practise explaining trade-offs out loud."


def build(world):
    from apps.recruiters import services
    from tests.factories import RecruiterFactory
    from tests.recruiters.factories import shared_thread

    rhea, cara = world.recruiter, world.candidate
    thread, representation = shared_thread(rhea, cara)
    relay = services.relay_create(recruiter=rhea, thread_id=thread.pk, raw_notes="private", candidate_text=TEXT)
    colleague = RecruiterFactory(full_name="Cleo Colleague")
    agency = rhea.recruiter_profile.agency
    _, token = services.agency_invitation_create(agency=agency, invited_by=rhea, email=colleague.email)
    services.agency_invitation_accept(token=token, user=colleague)
    invitation, token = services.agency_invitation_create(
        agency=agency, invited_by=rhea, email=world.other_recruiter.email
    )
    invited, _ = services.representation_invite(recruiter=RecruiterFactory(full_name="Ike Invites"), email=cara.email)
    world.objects.update(
        r_representation=representation,
        r_thread=thread,
        r_relay=relay,
        r_member=colleague.recruiter_profile,
        r_invitation=invitation,
        r_token=token,
        r_invited=invited,
    )


def _pk(name):
    return lambda world: {"pk": getattr(world, name).pk}


def _api(name, expect, **kwargs):
    return Route(f"recruiters-api:{name}", signed_in(404, anon=API_ANON, **expect), **kwargs)


def _recruiters_only(name, expect, **kwargs):
    return _api(name, {**NOT_A_RECRUITER, **expect}, **kwargs)


ROUTES = [
    # The agency: every recruiter has their own; admins (both are, of their own) change it.
    _recruiters_only("agency", RECRUITERS),
    _recruiters_only("agency", RECRUITERS, method="patch", data={"name": "Renamed"}),
    _recruiters_only("member-list", RECRUITERS),
    _recruiters_only("member-detail", {"recruiter": 204}, method="delete", kwargs=_pk("r_member")),
    _recruiters_only("invitation-list", RECRUITERS),
    _recruiters_only(
        "invitation-list", {"recruiter": 201, "other_recruiter": 201}, method="post", data={"email": "x@a.example"}
    ),
    _recruiters_only("invitation-detail", RHEAS, method="delete", kwargs=_pk("r_invitation")),
    # Only the invited address (Otto's) joins with the e-mailed token; anyone else holding it is refused.
    _recruiters_only(
        "invitation-accept",
        {"recruiter": 403, "other_recruiter": 200},
        method="post",
        data=lambda w: {"token": w.r_token},
    ),
    # Representations: both sides see theirs; recruiters invite; the candidate answers and shares.
    _api("representation-list", {**RECRUITERS, "candidate": 200, "other_candidate": 200, "staff": 200}),
    _api(
        "representation-list",
        {"recruiter": 201, "other_recruiter": 201, **NOT_A_RECRUITER},
        method="post",
        data={},
    ),
    _api(
        "representation-redeem",
        {"candidate": 404, "other_candidate": 404, "recruiter": 403, "other_recruiter": 403, "staff": 403},
        method="post",
        data={"code": "ZZZZ-ZZZZ"},
    ),
    _api("representation-detail", CARA_AND_RHEA, kwargs=_pk("r_representation")),
    _api("representation-accept", {"candidate": 200}, method="post", kwargs=_pk("r_invited")),
    _api("representation-decline", {"candidate": 200}, method="post", kwargs=_pk("r_invited")),
    _api("representation-end", CARA_AND_RHEA, method="post", kwargs=_pk("r_representation")),
    _api("representation-shares", CARA_AND_RHEA, kwargs=_pk("r_representation")),
    _api(
        "representation-shares",
        CARAS_CHANGE,
        method="put",
        kwargs=_pk("r_representation"),
        data={"application_ids": []},
    ),
    _api(
        "representation-shares",
        CARAS_CHANGE,
        method="post",
        kwargs=_pk("r_representation"),
        data=lambda w: {"application_id": w.r_thread.application_id},
    ),
    _api(
        "representation-share",
        CARAS_CHANGE,
        method="delete",
        kwargs=lambda w: {"pk": w.r_representation.pk, "application_id": w.r_thread.application_id},
    ),
    _api(
        "representation-asks",
        {"candidate": 201, "recruiter": 403},
        method="post",
        kwargs=_pk("r_representation"),
        data=lambda w: {"application_id": w.r_thread.application_id, "topics": ["interview"]},
    ),
    # Candidate data as the representing recruiter reads it (audited); everyone else 404 or 403.
    _recruiters_only("candidate-list", RECRUITERS),
    _recruiters_only("candidate-detail", RHEAS, kwargs=lambda w: {"pk": w.candidate.pk}),
    _recruiters_only("application-detail", RHEAS, kwargs=lambda w: {"pk": w.r_thread.application_id}),
    _recruiters_only("thread-detail", RHEAS, kwargs=_pk("r_thread")),
    # Relays: only their own recruiter.
    _recruiters_only("relay-list", RECRUITERS),
    _recruiters_only(
        "relay-list",
        {"recruiter": 201, "other_recruiter": 400},
        method="post",
        data=lambda w: {"thread_id": w.r_thread.pk, "candidate_text": TEXT},
    ),
    _recruiters_only("relay-detail", RHEAS, kwargs=_pk("r_relay")),
    _recruiters_only("relay-detail", RHEAS, method="patch", kwargs=_pk("r_relay"), data={"raw_notes": "more"}),
    _recruiters_only("relay-detail", {"recruiter": 204}, method="delete", kwargs=_pk("r_relay")),
    _recruiters_only("relay-check", RHEAS, method="post", kwargs=_pk("r_relay")),
    _recruiters_only("relay-preview", RHEAS, kwargs=_pk("r_relay")),
    _recruiters_only("relay-publish", RHEAS, method="post", kwargs=_pk("r_relay")),
    _recruiters_only("work-queue", RECRUITERS),
    # Anyone signed in reads who looked at their data.
    _api("me-activity", {**RECRUITERS, "candidate": 200, "other_candidate": 200, "staff": 200}),
]
