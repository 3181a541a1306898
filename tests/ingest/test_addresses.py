"""Address rules: which resolved addresses a public feed may reach. DNS answers come from a fake
resolver, so no packet is sent anywhere."""

import asyncio
import ipaddress

import pytest
from helpers.fakedns import FakeResolver

from console.ingest.addresses import RefusedAddress, check_literal, refusal
from console.ingest.fetch import GuardedResolver

REFUSED = ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
           "0.0.0.0", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "198.18.0.1",
           "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1",
           "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1"]
ALLOWED = ["8.8.8.8", "93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e",
           "::ffff:8.8.8.8"]


@pytest.mark.parametrize("addr", REFUSED)
def test_private_loopback_link_local_multicast_and_reserved_addresses_are_refused(addr):
    parsed = ipaddress.ip_address(addr)
    why = refusal(parsed)
    assert why and str(parsed) in why


@pytest.mark.parametrize("addr", ALLOWED)
def test_public_unicast_addresses_are_allowed(addr):
    assert refusal(ipaddress.ip_address(addr)) is None


def test_ip_literals_are_checked_unless_internal():
    with pytest.raises(RefusedAddress, match="--internal"):
        check_literal("127.0.0.1", internal=False)
    with pytest.raises(RefusedAddress, match="link-local"):
        check_literal("[fe80::1]", internal=False)
    check_literal("127.0.0.1", internal=True)
    check_literal("feeds.example", internal=False)  # names are left to the resolver


def resolve(table, host):
    return asyncio.run(GuardedResolver(FakeResolver(table)).resolve(host, 80))


def test_a_name_resolving_to_a_private_address_is_refused():
    with pytest.raises(RefusedAddress, match="intranet.example resolves to 10.0.0.7 is a private"):
        resolve({"intranet.example": ["10.0.0.7"]}, "intranet.example")


def test_an_answer_mixing_public_and_private_addresses_is_refused_whole():
    with pytest.raises(RefusedAddress, match="169.254.169.254"):
        resolve({"rebind.example": ["93.184.216.34", "169.254.169.254"]}, "rebind.example")


def test_a_public_answer_is_passed_through():
    hosts = resolve({"news.example": ["93.184.216.34", "2606:2800:220:1::1"]}, "news.example")
    assert [h["host"] for h in hosts] == ["93.184.216.34", "2606:2800:220:1::1"]
