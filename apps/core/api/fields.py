"""Serializer fields that carry the input limits of ``apps.core.validators``. Every input
serializer takes its dates from here, so an API date can't fall outside 1900–2100."""

from rest_framework import serializers

from apps.core.validators import validate_sane_date


class DateField(serializers.DateField):
    default_validators = [validate_sane_date]


class DateTimeField(serializers.DateTimeField):
    default_validators = [validate_sane_date]
