"""The shared building blocks every app uses: the fetch-and-authorise getter, the typed update
helper and the registry shape."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from apps.accounts.models import User
from apps.core.permissions import get_for_user
from apps.core.registry import Registry
from apps.core.services import model_update

pytestmark = pytest.mark.django_db


class TestGetForUser:
    def test_a_row_outside_the_queryset_is_a_404(self, candidate, recruiter):
        with pytest.raises(Http404):
            get_for_user(User.objects.filter(pk=candidate.pk), recruiter.pk, user=candidate)

    @pytest.mark.parametrize("bad_id", ["abc", None, "", -1, 0, 2**63, "9" * 40])
    def test_a_malformed_or_out_of_range_id_is_a_404_not_a_500(self, candidate, bad_id):
        with pytest.raises(Http404):
            get_for_user(User.objects.all(), bad_id, user=candidate)

    def test_a_visible_row_the_rule_refuses_is_a_403(self, candidate):
        with pytest.raises(PermissionDenied):
            get_for_user(User.objects.all(), candidate.pk, user=candidate, can_change=lambda user, obj: False)

    def test_a_visible_row_the_rule_allows_comes_back(self, candidate):
        found = get_for_user(User.objects.all(), candidate.pk, user=candidate, can_change=lambda user, obj: True)
        assert found == candidate


class TestModelUpdate:
    def test_it_saves_only_the_fields_that_changed(self, candidate, django_assert_num_queries):
        # full_clean's unique check on e-mail, then one UPDATE of full_name and updated_at, then
        # (a person was saved) the digests of their API tokens, to drop them from the token cache.
        with django_assert_num_queries(3):
            _, changed = model_update(instance=candidate, fields=["full_name"], data={"full_name": "Someone Else"})
        assert changed is True
        candidate.refresh_from_db()
        assert candidate.full_name == "Someone Else"

    def test_nothing_changed_costs_no_query(self, candidate, django_assert_num_queries):
        with django_assert_num_queries(0):
            _, changed = model_update(instance=candidate, fields=["full_name"], data={"full_name": candidate.full_name})
        assert changed is False

    def test_an_unknown_field_is_refused_before_anything_is_written(self, candidate):
        with pytest.raises(TypeError):
            model_update(instance=candidate, fields=["full_name"], data={"is_staff": True})
        candidate.refresh_from_db()
        assert candidate.is_staff is False

    def test_an_invalid_value_is_a_validation_error_and_nothing_is_saved(self, candidate):
        before = candidate.full_name
        with pytest.raises(ValidationError):
            model_update(instance=candidate, fields=["full_name"], data={"full_name": "x" * 1000})
        candidate.refresh_from_db()
        assert candidate.full_name == before


class TestRegistry:
    def test_registering_a_name_again_replaces_it_in_place(self):
        registry = Registry("thing")
        registry.register("a", 1)
        registry.register("b", 2)
        registry.register("a", 3)
        assert list(registry) == [3, 2]

    def test_an_unknown_name_says_what_is_missing(self):
        with pytest.raises(LookupError, match="No thing named 'x'"):
            Registry("thing").get("x")
