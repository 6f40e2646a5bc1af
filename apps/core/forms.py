from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting

from apps.core.validators import validate_sane_date


class DateField(forms.DateField):
    """A date between 1900 and 2100 (see ``apps.core.validators``)."""

    default_validators = [validate_sane_date]


class DateTimeField(forms.DateTimeField):
    """A date and time between 1900 and 2100 (see ``apps.core.validators``)."""

    default_validators = [validate_sane_date]


def add_validation_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError onto the form, by field where the field exists."""
    if hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            target = field if field in form.fields else None
            for item in field_errors:
                form.add_error(target, item)
    else:
        for message in error.messages:
            form.add_error(None, message)


class DebriefFormRenderer(TemplatesSetting):
    """Every form renders its fields through templates/components/field.html: a real label,
    help text and errors tied to the input with aria-describedby, and aria-invalid."""

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"
