"""Filter building blocks every app's API shares, described exactly in the schema."""

import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field
from rest_framework import filters

MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """A row id: a whole number in the database's range (a huge or fractional one is a 400, not a crash)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class OrderingFilter(filters.OrderingFilter):
    """DRF's ordering, with the schema listing the values it takes (each field, ascending or ``-``descending)."""

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        fields = [name for name, _ in self.get_valid_fields(view.get_queryset(), view, {"request": None})]
        values = [value for name in fields for value in (name, f"-{name}")]
        for parameter in parameters:
            if parameter["name"] == self.ordering_param and values:
                parameter["schema"] = {"type": "string", "enum": values}
                parameter["description"] = "Order by one field; a leading '-' reverses it."
        return parameters
