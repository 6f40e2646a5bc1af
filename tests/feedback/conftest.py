import pytest

from tests.feedback.factories import RequestFactory


@pytest.fixture
def draft(candidate):
    """Cara's draft request to Dana, the hiring manager, about the interview."""
    return RequestFactory(owner=candidate)
