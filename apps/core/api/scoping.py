"""Structural scoping for every app's API (PostHog-style): every view names the
``*_visible_to(user)`` function it starts from, and the only way to reach rows is through it.

A view cannot forget to scope: setting ``queryset`` on a subclass is refused at import time,
and ``get_queryset``/``get_object`` always begin with ``scope(request.user)``. An object outside
that queryset is a 404 in the API's error shape; a visible one the user may not change is a 403.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics
from rest_framework.permissions import SAFE_METHODS
from rest_framework.views import APIView

from apps.core.api.filters import OrderingFilter
from apps.core.permissions import get_for_user


class ScopedMixin:
    scope: Callable[[object], QuerySet] | None = None
    can_change: Callable[[object, object], bool] | None = None
    # Added to ``permission_classes`` for the methods that write (a collection's POST is for
    # candidates only, while its GET answers everyone with what they may see).
    write_permission_classes: tuple = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("queryset") is not None:
            raise ImproperlyConfigured(f"{cls.__name__}: set `scope` (a *_visible_to function), never `queryset`.")

    def refine(self, queryset: QuerySet) -> QuerySet:
        """Subclasses add select_related/prefetch_related here; they receive an already scoped queryset."""
        return queryset

    def get_queryset(self) -> QuerySet:
        # Read from the class: a plain function stored on a class is not bound to the instance.
        scope = type(self).scope
        if scope is None:
            raise ImproperlyConfigured(f"{type(self).__name__} has no `scope`.")
        return self.refine(scope(self.request.user))

    def get_permissions(self):
        permissions = super().get_permissions()
        if self.request.method not in SAFE_METHODS:
            permissions += [permission() for permission in self.write_permission_classes]
        return permissions

    def get_object_by_pk(self, pk, *, refine: Callable[[QuerySet], QuerySet] | None = None):
        """A row by id through the scope — e.g. the one a POST just created, to answer with it."""
        queryset = self.get_queryset() if refine is None else refine(type(self).scope(self.request.user))
        return get_for_user(queryset, pk, user=self.request.user)

    def get_object(self, *, for_change: bool = False):
        rule = type(self).can_change if for_change else None
        if for_change and rule is None:
            raise ImproperlyConfigured(f"{type(self).__name__} changes objects but names no `can_change` rule.")
        return get_for_user(self.get_queryset(), self.kwargs["pk"], user=self.request.user, can_change=rule)


class ScopedApi(ScopedMixin, APIView):
    """One operation on one scoped object (retrieve, update, delete, an action)."""


class ScopedListApi(ScopedMixin, generics.ListAPIView):
    """A collection: its GET lists with django-filter filters, ordering and cursor pagination, from
    the scoped queryset; a subclass may add ``post`` to create (ids in the body are resolved in the
    owner's scope by the service)."""

    filter_backends = [DjangoFilterBackend, OrderingFilter]
