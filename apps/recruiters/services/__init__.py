"""Writes of the recruiter side. Every service is keyword-only, owns its transaction, validates
(``ValidationError`` with field messages, or ``ApplicationError`` with a ``code`` and HTTP
``status``) and resolves ids from a request body in the caller's scope. Permission checks
(who may call what on which row) are the caller's, through ``apps/recruiters/permissions.py``
getters; nothing here sends mail (reminder rows via ``apps/recruiters/reminder_hooks.py``).

Agencies (``agencies.py``)
- ``profile_ensure(*, user, agency_name="") -> RecruiterProfile | None`` — every recruiter has a
  profile in an agency of their own (admin) from sign-up (a post_save listener; idempotent).
- ``agency_update(*, agency, name) -> (agency, changed)``.
- ``agency_invitation_create(*, agency, invited_by, email, now=None) -> (AgencyInvitation, token)``
  — e-mails a one-time link valid 7 days; refuses a candidate/staff address, a member, yourself.
- ``agency_invitation_lookup(*, token, now=None) -> AgencyInvitation`` — no write; unknown 404,
  revoked/used/expired 410 (codes ``invitation_<problem>``).
- ``agency_invitation_accept(*, token, user, now=None) -> RecruiterProfile`` — joins as a member;
  the recruiter's open representations move with them; an emptied agency is deleted.
- ``agency_invitation_revoke(*, invitation, now=None)``.
- ``agency_member_remove(*, member, by, now=None) -> RecruiterProfile`` — their open
  representations END (consent was to that recruiter); they keep an agency of their own.

Representations (``representations.py``)
- ``representation_invite(*, recruiter, email="", message="", now=None) -> (Representation, code)``
  — by e-mail (an existing candidate is notified in-app and by mail; an unknown address gets the
  code by mail) or code only; code ``ABCD-EFGH`` hashed, 7 days. Refuses yourself, a non-candidate
  (field ``email``), an open duplicate (409 ``already_representing``).
- ``representation_redeem_code(*, candidate, code, now=None)`` — entering the code is consent:
  active at once. Unknown 404 ``invitation_unknown``, expired 410, used 409.
- ``representation_accept(*, representation, candidate, now=None)`` /
  ``representation_decline(*, representation, candidate, now=None)``.
- ``representation_end(*, representation, by, now=None)`` — either side; access ends in the same
  transaction; pending reminders (invitation, relay nudges, draft nudges) cancelled.
- ``representation_shares_set(*, representation, candidate, application_ids) -> [ids]`` (replace),
  ``representation_share_add(*, representation, candidate, application_id)``,
  ``representation_share_remove(*, representation, candidate, application_id) -> int`` — active only (409).

Asks via the recruiter (``asks.py``)
- ``ask_create(*, owner, representation_id, application_id, topics=None, subject=None, body=None)
  -> FeedbackRequest`` — a draft to the representing recruiter (``representation_id`` may be None
  when she has exactly one); shares that application with them; send it with the feedback
  services' ``request_send`` (no reply link; the recruiter is notified, reminded at 3 and 7 days).

Relays (``relays.py``)
- ``relay_create(*, recruiter, thread_id=None, request_id=None, raw_notes="", candidate_text="",
  source_naming="hiring_manager", now=None) -> Relay`` — ids in the recruiter's scope (400 field).
- ``relay_update(*, relay, raw_notes=None, candidate_text=None, source_naming=None, now=None)
  -> (relay, changed)`` — drafts only (409 ``relay_published``).
- ``relay_delete(*, relay)`` — drafts only.
- ``relay_check(*, relay, now=None) -> RedactionReport`` — the redaction check on the candidate text.
- ``relay_preview(*, relay) -> RelayPreview`` — exactly what the candidate will see; no write.
- ``relay_publish(*, relay, accept_findings=False, now=None) -> Relay`` — refuses empty text (400),
  ended/unshared representation (409 ``representation_ended``), findings unless accepted (409
  ``redaction_findings`` with ``findings``); reply + items + thank-you, candidate notified, audited.

Audit (``audit.py``)
- ``audit_recruiter_read(*, recruiter, what, candidate_ids, target=None, via="") -> int`` — one
  "viewed" row per candidate, one INSERT; pages and API views call it for every read of candidate data.
"""

from apps.recruiters.services.agencies import (
    agency_invitation_accept,
    agency_invitation_create,
    agency_invitation_lookup,
    agency_invitation_revoke,
    agency_member_remove,
    agency_update,
    profile_ensure,
)
from apps.recruiters.services.asks import ask_create
from apps.recruiters.services.audit import audit_recruiter_read
from apps.recruiters.services.relays import (
    RelayPreview,
    relay_check,
    relay_create,
    relay_delete,
    relay_preview,
    relay_publish,
    relay_update,
)
from apps.recruiters.services.representations import (
    representation_accept,
    representation_decline,
    representation_end,
    representation_invite,
    representation_redeem_code,
    representation_share_add,
    representation_share_remove,
    representation_shares_set,
)

__all__ = [
    "RelayPreview",
    "agency_invitation_accept",
    "agency_invitation_create",
    "agency_invitation_lookup",
    "agency_invitation_revoke",
    "agency_member_remove",
    "agency_update",
    "ask_create",
    "audit_recruiter_read",
    "profile_ensure",
    "relay_check",
    "relay_create",
    "relay_delete",
    "relay_preview",
    "relay_publish",
    "relay_update",
    "representation_accept",
    "representation_decline",
    "representation_end",
    "representation_invite",
    "representation_redeem_code",
    "representation_share_add",
    "representation_share_remove",
    "representation_shares_set",
]
