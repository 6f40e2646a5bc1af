"""What every feedback page shares, now from one place in core: service errors land on the form
field the page calls by another name, and the feedback and recruiter pages use the same helpers."""

from django import forms
from django.core.exceptions import ValidationError

from apps.core import forms as core_forms
from apps.feedback.views import shell as feedback_shell
from apps.recruiters.views import shell as recruiter_shell


class ComposerLike(forms.Form):
    body = forms.CharField()


def test_a_service_error_lands_on_the_field_the_page_calls_by_another_name():
    form = ComposerLike({"body": "x"})
    form.is_valid()
    feedback_shell.add_service_errors(form, ValidationError({"follow_up_body": "Too long."}))
    assert form.errors["body"] == ["Too long."]


def test_a_service_error_about_something_the_page_has_no_field_for_goes_on_the_form():
    form = ComposerLike({"body": "x"})
    form.is_valid()
    feedback_shell.add_service_errors(form, ValidationError({"application_id": "Pick one."}))
    assert form.non_field_errors() == ["Pick one."]


def test_feedback_and_recruiter_pages_share_the_one_htmx_check():
    assert feedback_shell.is_htmx is recruiter_shell.is_htmx is core_forms.is_htmx


def test_feedback_and_recruiter_pages_map_service_errors_through_the_one_core_helper(monkeypatch):
    calls = []
    monkeypatch.setattr(core_forms, "add_service_errors", lambda form, error, aliases: calls.append(aliases))
    feedback_shell.add_service_errors(ComposerLike(), ValidationError("x"))
    recruiter_shell.add_service_errors(ComposerLike(), ValidationError("x"))
    assert calls == [feedback_shell.FIELD_ALIASES, recruiter_shell.FIELD_ALIASES]
