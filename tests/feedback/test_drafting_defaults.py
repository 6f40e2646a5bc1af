from apps.feedback.drafting import DEFAULTS
from apps.feedback.models import TemplateKind


def test_the_default_request_and_thank_you_subjects_differ_so_the_inbox_tells_them_apart():
    assert DEFAULTS[TemplateKind.REQUEST][0] != DEFAULTS[TemplateKind.THANK_YOU][0]


def test_the_default_request_subject_does_not_open_with_thanks():
    assert not DEFAULTS[TemplateKind.REQUEST][0].lower().startswith("thank")
