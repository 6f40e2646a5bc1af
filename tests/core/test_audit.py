"""The audit log: who did what to whose data. Rows are only ever added."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from apps.accounts.services import api_token_create
from apps.core.models import AuditEvent
from apps.core.selectors import audit_events_about
from apps.core.services import audit_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(candidate, recruiter):
    return audit_record(
        actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED, detail={"page": "applications"}
    )


def test_it_records_the_actor_with_a_label_that_outlives_a_change_of_email(event, candidate, recruiter):
    recruiter.email = "rhea.patel@example.com"
    recruiter.save()

    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.actor == recruiter
    assert stored.actor_label == "rhea@example.com"
    assert stored.subject == candidate
    assert stored.action == "data_viewed"
    assert stored.detail == {"page": "applications"}
    assert stored.created_at is not None


def test_it_names_the_target_by_type_and_id(candidate):
    token, _ = api_token_create(user=candidate, name="Script")

    event = audit_record(actor=candidate, subject=candidate, action=AuditEvent.Action.TOKEN_CREATED, target=token)

    assert (event.target_type, event.target_id) == ("accounts.apitoken", str(token.pk))


def test_it_labels_an_action_without_a_person_as_system(candidate):
    event = audit_record(actor=None, subject=candidate, action=AuditEvent.Action.DATA_EXPORTED)

    assert event.actor is None
    assert event.actor_label == "system"


def test_it_refuses_an_unknown_action(candidate):
    with pytest.raises(ValidationError):
        audit_record(actor=candidate, subject=candidate, action="made_up")

    assert not AuditEvent.objects.exists()


def test_it_refuses_to_save_an_existing_row_again(event):
    event.action = AuditEvent.Action.DATA_EXPORTED

    with pytest.raises(TypeError, match="append-only"):
        event.save()

    assert AuditEvent.objects.get(pk=event.pk).action == "data_viewed"


def test_it_refuses_to_delete_a_row(event):
    with pytest.raises(TypeError, match="append-only"):
        event.delete()

    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_it_refuses_a_queryset_update(event):
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.filter(pk=event.pk).update(action=AuditEvent.Action.DATA_EXPORTED)
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.update(actor_label="someone else")

    assert AuditEvent.objects.get(pk=event.pk).action == "data_viewed"


def test_it_refuses_a_queryset_delete(event):
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.all().delete()
    with pytest.raises(TypeError, match="append-only"):
        audit_events_about(user=event.subject).delete()

    assert AuditEvent.objects.count() == 1


def test_it_keeps_the_row_when_the_actor_account_goes(event, recruiter):
    recruiter.delete()

    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.actor is None
    assert stored.actor_label == "rhea@example.com"


def test_it_erases_the_trail_with_the_subject_account(event, candidate):
    candidate.delete()

    assert not AuditEvent.objects.exists()


def test_it_selects_only_events_about_the_person_newest_first(candidate, other_candidate, recruiter):
    older = audit_record(actor=recruiter, subject=candidate, action=AuditEvent.Action.DATA_VIEWED)
    audit_record(actor=recruiter, subject=other_candidate, action=AuditEvent.Action.DATA_VIEWED)
    newer = audit_record(actor=candidate, subject=candidate, action=AuditEvent.Action.DATA_EXPORTED)

    assert list(audit_events_about(user=candidate)) == [newer, older]


def test_it_offers_staff_no_way_to_add_change_or_delete_rows_in_the_admin(staff_client, event):
    assert staff_client.get(reverse("admin:core_auditevent_changelist")).status_code == 200
    assert staff_client.get(reverse("admin:core_auditevent_add")).status_code == 403
    assert (
        staff_client.post(reverse("admin:core_auditevent_delete", args=[event.pk]), {"post": "yes"}).status_code == 403
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()
