"""Hypothesis grants, ends and re-grants representations and shares, and after every step checks
that each actor sees exactly what the rules allow — no more, no less:

- Rhea, Erin and Uma (recruiters of one agency, Ada its admin) may each represent Cara; each sees
  exactly the applications (and their interviews and threads) shared with their ACTIVE
  representation, and Cara among their candidates only while it is active;
- Ada, the agency admin, sees her agency's representations but none of Cara's data;
- Otto, of another agency, sees nothing of Cara's, ever;
- every recruiter, representing or not, is refused a change to Cara's application (403 when
  visible, 404 otherwise).
"""

import pytest
from django.db import transaction
from django.http import Http404
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from apps.candidates.permissions import application_get_for_user, applications_visible_to, interviews_visible_to
from apps.feedback.permissions import threads_visible_to
from apps.recruiters import services
from apps.recruiters.models import Representation, RepresentationStatus
from apps.recruiters.permissions import (
    applications_shared_with,
    candidates_visible_to,
    relays_visible_to,
    representations_visible_to,
)
from apps.recruiters.selectors import _threads_of_shared
from tests.candidates.factories import InterviewFactory
from tests.factories import CandidateFactory, RecruiterFactory
from tests.feedback.factories import RejectedApplicationFactory, ThreadFactory

REPRESENTING = ("rhea", "erin", "uma")
APPLICATIONS = 3


class Visibility(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.cara = CandidateFactory()
        self.people = {name: RecruiterFactory() for name in ("ada", *REPRESENTING, "otto")}
        agency = self.people["ada"].recruiter_profile.agency
        for name in REPRESENTING:
            _, token = services.agency_invitation_create(
                agency=agency, invited_by=self.people["ada"], email=self.people[name].email
            )
            services.agency_invitation_accept(token=token, user=self.people[name])
        self.applications = []
        for _ in range(APPLICATIONS):
            application = RejectedApplicationFactory(owner=self.cara)
            ThreadFactory(owner=self.cara, application=application)
            InterviewFactory(application=application)
            self.applications.append(application)
        # The model: each recruiter's active representation (or None) and what it shares.
        self.active: dict[str, Representation | None] = dict.fromkeys(REPRESENTING)
        self.shared: dict[str, set[int]] = {name: set() for name in REPRESENTING}
        self.relays: dict[str, set[int]] = {name: set() for name in REPRESENTING}

    def teardown(self):
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    # --- Steps -----------------------------------------------------------------------------------

    @rule(name=st.sampled_from(REPRESENTING), by_code=st.booleans())
    def grant(self, name, by_code):
        if self.active[name] is not None:
            return
        recruiter = self.people[name]
        if by_code:
            _, code = services.representation_invite(recruiter=recruiter)
            representation = services.representation_redeem_code(candidate=self.cara, code=code)
        else:
            representation, _ = services.representation_invite(recruiter=recruiter, email=self.cara.email)
            representation = services.representation_accept(representation=representation, candidate=self.cara)
        self.active[name] = representation
        self.shared[name] = set()
        self.relays[name] = set()

    @rule(name=st.sampled_from(REPRESENTING), by_candidate=st.booleans())
    def end(self, name, by_candidate):
        representation = self.active[name]
        if representation is None:
            return
        services.representation_end(representation=representation, by=self.cara if by_candidate else self.people[name])
        self.active[name] = None
        self.shared[name] = set()
        self.relays[name] = set()

    @rule(name=st.sampled_from(REPRESENTING), index=st.integers(0, APPLICATIONS - 1))
    def share(self, name, index):
        if self.active[name] is None:
            return
        application = self.applications[index]
        services.representation_share_add(
            representation=self.active[name], candidate=self.cara, application_id=application.pk
        )
        self.shared[name].add(application.pk)

    @rule(name=st.sampled_from(REPRESENTING), index=st.integers(0, APPLICATIONS - 1))
    def unshare(self, name, index):
        if self.active[name] is None:
            return
        application = self.applications[index]
        services.representation_share_remove(
            representation=self.active[name], candidate=self.cara, application_id=application.pk
        )
        self.shared[name].discard(application.pk)

    @precondition(lambda self: any(self.shared.values()))
    @rule(data=st.data())
    def draft_relay(self, data):
        name = data.draw(st.sampled_from([name for name in REPRESENTING if self.shared[name]]))
        application_id = data.draw(st.sampled_from(sorted(self.shared[name])))
        relay = services.relay_create(
            recruiter=self.people[name],
            thread_id=self.applications_by_id[application_id].feedback_thread.pk,
            raw_notes="private",
            candidate_text="Practise trade-offs.",
        )
        self.relays[name].add((relay.pk, application_id))

    @property
    def applications_by_id(self):
        return {application.pk: application for application in self.applications}

    # --- What each actor sees -----------------------------------------------------------------------

    def _expected(self, name: str) -> set[int]:
        return set(self.shared.get(name, set())) if self.active.get(name) is not None else set()

    @invariant()
    def each_actor_sees_exactly_the_shared_applications(self):
        for name, person in self.people.items():
            shared = set(applications_shared_with(person).values_list("pk", flat=True))
            assert shared == self._expected(name), name

    @invariant()
    def shared_threads_follow_their_application(self):
        for name, person in self.people.items():
            shared = set(_threads_of_shared(person).values_list("application_id", flat=True))
            assert shared == self._expected(name), name

    @invariant()
    def no_recruiter_ever_reads_through_the_candidates_own_scopes(self):
        # Those carry private notes and journals and are not audited.
        for name, person in self.people.items():
            assert not applications_visible_to(person).exists(), name
            assert not interviews_visible_to(person).exists(), name
            assert not threads_visible_to(person).exists(), name

    @invariant()
    def the_candidate_is_listed_only_while_represented(self):
        for name, person in self.people.items():
            expected = {self.cara.pk} if self.active.get(name) is not None else set()
            assert set(candidates_visible_to(person).values_list("pk", flat=True)) == expected, name

    @invariant()
    def relays_are_seen_by_their_recruiter_only_while_their_thread_is_shared(self):
        for name, person in self.people.items():
            expected = {pk for pk, app in self.relays.get(name, set()) if app in self._expected(name)}
            assert set(relays_visible_to(person).values_list("pk", flat=True)) == expected, name

    @invariant()
    def the_admin_sees_the_agencys_representations_and_otto_sees_none(self):
        ada_sees = set(representations_visible_to(self.people["ada"]).values_list("recruiter_id", flat=True))
        assert ada_sees <= {self.people[name].pk for name in REPRESENTING}
        assert not representations_visible_to(self.people["otto"]).exists()

    @invariant()
    def no_recruiter_may_change_the_candidates_application(self):
        application = self.applications[0]
        # Through the candidate's own getter a recruiter is an outsider, shared or not.
        for _name, person in self.people.items():
            with pytest.raises(Http404):
                application_get_for_user(person, application.pk, for_change=True)

    @invariant()
    def the_model_and_the_rows_agree_on_who_is_active(self):
        active = set(
            Representation.objects.filter(candidate=self.cara, status=RepresentationStatus.ACTIVE).values_list(
                "recruiter_id", flat=True
            )
        )
        assert active == {self.people[name].pk for name in REPRESENTING if self.active[name] is not None}


@pytest.mark.django_db
def test_each_actor_sees_exactly_what_the_rules_allow_after_every_step():
    run_state_machine_as_test(
        Visibility,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
