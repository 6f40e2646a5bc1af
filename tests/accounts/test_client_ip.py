"""TRUSTED_PROXY_COUNT: throttles and the log-in lockout count the address a trusted proxy saw."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.urls import reverse
from rest_framework.test import APIClient

from apps.accounts.client_ip import client_ip
from apps.core.api.throttling import ScopedRateThrottle

pytestmark = pytest.mark.django_db

SPOOFED = [f"192.0.2.{n}" for n in range(1, 14)]  # 13 addresses a client made up


@pytest.fixture
def auth_rate_of_ten(monkeypatch):
    """The production default for token requests. DRF reads rates from a class attribute bound
    at import, so the test settings' raised rates are replaced there."""
    monkeypatch.setattr(
        ScopedRateThrottle, "THROTTLE_RATES", {**ScopedRateThrottle.THROTTLE_RATES, "auth": "10/minute"}
    )


def _proxies(count: int):
    return override_settings(
        TRUSTED_PROXY_COUNT=count, REST_FRAMEWORK={**settings.REST_FRAMEWORK, "NUM_PROXIES": count}
    )


def _token_requests(forwarded_for: list[str]) -> list[int]:
    client = APIClient(REMOTE_ADDR="198.51.100.20")
    return [
        client.post(
            reverse("accounts-api:token-obtain"),
            {"email": f"guess{n}@example.com", "password": "summer2026"},
            HTTP_X_FORWARDED_FOR=address,
        ).status_code
        for n, address in enumerate(forwarded_for)
    ]


def test_by_default_13_token_requests_with_13_spoofed_addresses_are_throttled(auth_rate_of_ten):
    statuses = _token_requests(SPOOFED)

    assert statuses.count(429) == 3


def test_with_one_trusted_proxy_the_right_most_address_is_the_client(auth_rate_of_ten):
    # The client wrote the left part; our one proxy appended the address it saw.
    with _proxies(1):
        statuses = _token_requests([f"{spoofed}, 203.0.113.7" for spoofed in SPOOFED])

    assert statuses.count(429) == 3


def test_with_one_trusted_proxy_clients_behind_it_are_counted_apart(auth_rate_of_ten):
    with _proxies(1):
        statuses = _token_requests([f"10.0.0.1, {address}" for address in SPOOFED])

    assert 429 not in statuses


@pytest.mark.parametrize(
    ("count", "forwarded_for", "expected"),
    [
        (0, "192.0.2.1", "198.51.100.20"),
        (1, "192.0.2.1, 203.0.113.7", "203.0.113.7"),
        (2, "192.0.2.1, 203.0.113.7, 10.0.0.2", "203.0.113.7"),
        (3, "203.0.113.7", "203.0.113.7"),
        (1, "not-an-address", "198.51.100.20"),
    ],
)
def test_the_lockout_and_the_throttles_agree_on_the_client_address(count, forwarded_for, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.20", HTTP_X_FORWARDED_FOR=forwarded_for)

    with _proxies(count):
        assert client_ip(request) == expected


def test_failed_log_ins_count_against_the_socket_address_when_no_proxy_is_trusted(client, candidate):
    client.post(
        reverse("accounts:login"),
        {"username": candidate.email, "password": "wrong"},
        REMOTE_ADDR="198.51.100.30",
        HTTP_X_FORWARDED_FOR="192.0.2.99",
    )

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["198.51.100.30"]


def test_failed_log_ins_count_against_the_proxied_address_with_one_trusted_proxy(client, candidate):
    with _proxies(1):
        client.post(
            reverse("accounts:login"),
            {"username": candidate.email, "password": "wrong"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.31",
        )

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["198.51.100.31"]
