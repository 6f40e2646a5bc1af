"""Factories and helpers for the recruiter side. States that matter (accepted, ended, published)
are reached through the services, so the tests exercise the real state machine."""

from apps.recruiters import services
from apps.recruiters.models import Representation
from tests.feedback.factories import RejectedApplicationFactory, ThreadFactory


def represent(recruiter, candidate, *, share=()) -> Representation:
    """An accepted representation of ``candidate`` by ``recruiter``, sharing ``share`` (applications)."""
    representation, _ = services.representation_invite(recruiter=recruiter, email=candidate.email)
    services.representation_accept(representation=representation, candidate=candidate)
    for application in share:
        services.representation_share_add(
            representation=representation, candidate=candidate, application_id=application.pk
        )
    representation.refresh_from_db()
    return representation


def shared_thread(recruiter, candidate, representation=None):
    """A rejected application of ``candidate`` with its thread, shared with ``recruiter``."""
    thread = ThreadFactory(owner=candidate, application=RejectedApplicationFactory(owner=candidate))
    if representation is None:
        representation = represent(recruiter, candidate)
    services.representation_share_add(
        representation=representation, candidate=candidate, application_id=thread.application_id
    )
    return thread, representation
