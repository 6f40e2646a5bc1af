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


def add_service_errors(form: forms.Form, error: ValidationError, *, aliases: dict | None = None) -> None:
    """A service's ValidationError onto the form: ``aliases`` maps a service argument name to the
    form field that holds it (``None``: not a field — the message goes on the form)."""
    if hasattr(error, "error_dict") and aliases:
        renamed: dict = {}
        for field, field_errors in error.error_dict.items():
            target = aliases.get(field, field)
            renamed.setdefault(target if target in form.fields else "__all__", []).extend(field_errors)
        error = ValidationError(renamed)
    add_validation_errors(form, error)


def is_htmx(request) -> bool:
    """True for a request htmx made (django-htmx's middleware sets ``request.htmx``)."""
    return bool(getattr(request, "htmx", False))


class DebriefFormRenderer(TemplatesSetting):
    """Every form renders its fields through templates/components/field.html: a real label,
    help text and errors tied to the input with aria-describedby, and aria-invalid."""

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"
