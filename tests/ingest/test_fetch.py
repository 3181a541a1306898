"""The HTTP client and local files against a misbehaving server on 127.0.0.1: every fault ends as
one categorised error within its deadline, and unchanged feeds are recognised without a parse."""

import asyncio
import os
import resource
import time
from pathlib import Path

import pytest
from helpers import faultserver
from helpers.fakedns import FakeResolver
from helpers.faultserver import Blackhole, FaultServer, closed_port

from console import USER_AGENT
from console.ingest import addresses
from console.ingest.addresses import file_url
from console.ingest.fetch import Fetcher, FetchError, Limits, Validators, retry_after_s

FAST = Limits(deadline_s=1.5, connect_timeout_s=0.5, max_bytes=1 << 20)
BODY = faultserver.rss("Acme", faultserver.items(1, 20)).encode()
CERT = str(Path(__file__).parent.parent / "helpers" / "selfsigned.pem")


def fetch(url, limits=FAST, internal=True, old=None, resolver=None):
    async def go():
        async with Fetcher(limits, resolver=resolver) as f:
            return await f.fetch(url, internal=internal, old=old or Validators())
    return asyncio.run(go())


def fetch_error(url, **kw) -> FetchError:
    with pytest.raises(FetchError) as e:
        fetch(url, **kw)
    return e.value


def test_a_feed_is_fetched_with_our_user_agent_then_answered_304(server):
    url = server.feed("/a.xml", BODY)
    first = fetch(url)
    assert (first.status, first.body) == ("ok", BODY)
    assert first.validators.etag == server.feeds["/a.xml"].etag
    assert first.validators.last_modified == faultserver.LAST_MODIFIED
    assert server.last_headers["/a.xml"]["User-Agent"] == USER_AGENT
    again = fetch(url, old=first.validators)
    assert (again.status, again.how, again.body) == ("unchanged", "304", b"")
    assert server.hits("304") == 1
    assert server.last_headers["/a.xml"]["If-None-Match"] == first.validators.etag


def test_a_server_ignoring_conditional_get_costs_no_parse_when_the_body_is_the_same(server):
    url = server.feed("/plain.xml", BODY, conditional=False)
    first = fetch(url)
    again = fetch(url, old=first.validators)
    assert (again.status, again.how) == ("unchanged", "same body")
    server.feed("/plain.xml", BODY.replace(b"Acme item 1-0", b"Acme item 1-0 (updated)"), conditional=False)
    changed = fetch(url, old=first.validators)
    assert changed.status == "ok" and b"(updated)" in changed.body


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compressed_bodies_are_decoded_and_the_encoding_header_dropped(server, encoding):
    url = server.feed(f"/{encoding}.xml", BODY, encoding=encoding)
    got = fetch(url)
    assert got.body == BODY
    assert "content-encoding" not in got.headers and got.headers["content-type"] == "application/rss+xml"


@pytest.mark.parametrize("kind", ["gzip", "br", "deflate"])
def test_a_compression_bomb_stops_at_the_decoded_cap_without_inflating_memory(server, kind):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    err = fetch_error(server.url(f"/{kind}-bomb"), limits=Limits(deadline_s=10, max_bytes=15 << 20))
    assert err.category == "too_large" and "15 MiB" in err.message
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 150


def test_a_body_just_over_the_cap_is_refused_and_one_at_the_cap_accepted(server):
    cap = FAST.max_bytes
    at_cap = server.feed("/at.xml", b"x" * cap, conditional=False)
    over = server.feed("/over.xml", b"x" * (cap + 1), conditional=False)
    over_gz = server.feed("/over-gz.xml", b"x" * (cap + 1), conditional=False, encoding="gzip")
    assert len(fetch(at_cap).body) == cap
    assert fetch_error(over).category == "too_large"
    assert fetch_error(over_gz).category == "too_large"


@pytest.mark.parametrize("route, category", [("/hang", "timeout"), ("/drip", "timeout"), ("/endless", "too_large")])
def test_hanging_dripping_and_endless_answers_end_by_the_deadline(server, route, category):
    t = time.monotonic()
    err = fetch_error(server.url(route))
    assert err.category == category and not err.unreachable
    assert time.monotonic() - t < FAST.deadline_s + 2.0   # slack for a busy machine


@pytest.mark.parametrize("route", ["/reset", "/short"])
def test_a_body_cut_short_is_an_error_not_a_feed(server, route):
    err = fetch_error(server.url(route))
    assert err.category in ("truncated", "network"), err.message
    assert err.message


def test_a_refused_connection_is_unreachable():
    err = fetch_error(f"http://127.0.0.1:{closed_port()}/feed.xml")
    assert (err.category, err.unreachable) == ("network", True)
    assert "cannot connect" in err.message


def test_a_connection_never_answered_hits_the_connect_timeout():
    hole = Blackhole()
    try:
        t = time.monotonic()
        err = fetch_error(f"http://127.0.0.1:{hole.port}/feed.xml")
        assert (err.category, err.unreachable) == ("network", True)
        assert time.monotonic() - t < FAST.deadline_s + 2.0   # slack for a busy machine
    finally:
        hole.close()


def test_a_name_that_does_not_resolve_is_unreachable():
    err = fetch_error("http://feeds.invalid/rss", resolver=FakeResolver({}), internal=False)
    assert (err.category, err.unreachable) == ("network", True)
    assert "feeds.invalid" in err.message


@pytest.mark.parametrize("status, retry, expected", [(503, "120", 120), (429, "99999999", 6 * 3600), (500, None, None)])
def test_server_errors_carry_retry_after_capped(server, status, retry, expected):
    path = f"/status/{status}" + (f"?retry={retry}" if retry else "")
    err = fetch_error(server.url(path))
    assert err.category == "http" and f"HTTP {status}" in err.message
    assert err.retry_after == expected


def test_retry_after_as_an_http_date():
    assert retry_after_s("Wed, 21 Oct 2015 07:28:00 GMT", 3600) == 0
    assert retry_after_s("garbage", 3600) is None
    assert retry_after_s("7200", 3600) == 3600


def test_a_redirect_loop_stops_after_five_hops(server):
    err = fetch_error(server.url("/loop"))
    assert err.category == "redirects"
    assert server.hits("/loop") == 6


def test_redirects_are_followed_to_the_final_feed(server):
    target = server.feed("/final.xml", BODY)
    got = fetch(server.url(f"/redirect?to={target}"))
    assert (got.status, got.url) == ("ok", target)


def test_a_loopback_feed_not_marked_internal_is_refused_before_any_request(server):
    url = server.feed("/a.xml", BODY)
    err = fetch_error(url, internal=False)
    assert err.category == "refused_address" and "--internal" in err.message
    err = fetch_error(server.url("/a.xml", host="localhost"), internal=False,
                      resolver=FakeResolver({"localhost": ["127.0.0.1"]}))
    assert err.category == "refused_address" and "loopback" in err.message
    assert server.hits("/a.xml") == 0


@pytest.fixture
def loopback_plays_public(monkeypatch):
    """127.0.0.1 stands in for a public server (the only place tests may send traffic); every other
    address keeps the real rule."""
    real = addresses.refusal
    monkeypatch.setattr(addresses, "refusal", lambda a: None if str(a) == "127.0.0.1" else real(a))


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(server, loopback_plays_public):
    dns = FakeResolver({"news.example": ["127.0.0.1"], "metadata.example": ["169.254.169.254"]})
    good = server.feed("/a.xml", BODY)
    start = server.url("/redirect?to=http://metadata.example/latest/", host="news.example")
    err = fetch_error(start, internal=False, resolver=dns)
    assert err.category == "refused_address" and "169.254.169.254 is a link-local" in err.message
    assert server.hits("/redirect") == 1
    # A literal private address in the Location is refused too, before the hop is sent.
    err = fetch_error(server.url(f"/redirect?to=http://127.0.0.2:{server.port}/a.xml", host="news.example"),
                      internal=False, resolver=dns)
    assert err.category == "refused_address" and server.hits("/a.xml") == 0
    # The same chain to a public name is followed.
    got = fetch(server.url(f"/redirect?to={good.replace('127.0.0.1', 'news.example')}", host="news.example"),
                internal=False, resolver=dns)
    assert got.status == "ok" and server.hits("/a.xml") == 1


def test_a_self_signed_certificate_is_a_tls_error():
    tls = FaultServer(certfile=CERT)
    try:
        tls.feed("/a.xml", BODY)
        err = fetch_error(tls.url("/a.xml"))
        assert err.category == "tls" and "certificate" in err.message.lower()
        assert tls.hits("/a.xml") == 0
    finally:
        tls.close()


def test_non_http_schemes_are_refused():
    assert fetch_error("ftp://example.test/feed").category == "bad_url"


def test_a_local_file_is_read_then_recognised_unchanged_by_size_and_mtime(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(BODY)
    url = file_url(path)
    first = fetch(url)
    assert (first.status, first.body) == ("ok", BODY)
    again = fetch(url, old=first.validators)
    assert (again.status, again.how) == ("unchanged", "same file")
    os.utime(path, ns=(1, 1))  # touched, same bytes
    touched = fetch(url, old=first.validators)
    assert (touched.status, touched.how) == ("unchanged", "same body")
    path.write_bytes(BODY + b"\n")
    assert fetch(url, old=touched.validators).status == "ok"


def test_local_files_that_are_missing_too_large_or_not_files_are_errors(tmp_path):
    assert fetch_error(file_url(tmp_path / "missing.xml")).category == "file"
    assert fetch_error(file_url(tmp_path)).category == "not_a_file"
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * (FAST.max_bytes + 1))
    assert fetch_error(file_url(big)).category == "too_large"
