"""Fetching a feed's bytes: our own HTTP client (aiohttp) and local files, under hard limits.

Why aiohttp: one asyncio loop lets hundreds of fetches wait on the network cheaply in one
process, its resolver hook lets every connection's resolved address be checked
(addresses.py), and with automatic decompression off we decode the body ourselves under a
cap on the decoded size. Every fetch has a total deadline covering connect, redirects and
the whole body, because per-read timeouts do not stop a server that drips one byte at a time.

Unchanged feeds cost almost nothing: conditional GET (ETag / Last-Modified, 304), then a hash
of the body for servers that ignore it, and size + mtime (then the hash) for local files.
"""

import asyncio
import hashlib
import ipaddress
import socket
import ssl
import stat
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import aiohttp
import certifi
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import ThreadedResolver

from console import USER_AGENT
from console.ingest import addresses
from console.ingest.addresses import RefusedAddress, check_literal, is_local, local_path
from console.ingest.decoding import CappedBody
from console.ingest.model import FeedError
from console.timeutil import utcnow

REDIRECTS = (301, 302, 303, 307, 308)
ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5")
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    deadline_s: float = 30.0          # total, per fetch: connect + redirects + body
    connect_timeout_s: float = 10.0
    max_bytes: int = 15 * 1024 * 1024  # decoded body (and raw body) cap
    max_redirects: int = 5
    retry_after_cap_s: float = 6 * 3600


@dataclass(frozen=True)
class Validators:
    """What the last successful fetch left behind, to recognise an unchanged feed."""
    etag: str | None = None           # HTTP ETag, or "size:mtime_ns" for a local file
    last_modified: str | None = None
    body_hash: str | None = None


@dataclass
class Fetched:
    status: str                       # "ok" (a new body to parse) or "unchanged"
    url: str                          # where the body came from (after redirects)
    validators: Validators            # to store once the body has been stored
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    how: str = ""                     # why "unchanged": 304, same body, same file


class FetchError(FeedError):
    """A fetch that failed. `unreachable` says no server answered at all (DNS failure, connection
    refused, connect timeout): many of those at once mean we are offline, not that feeds broke."""

    def __init__(self, category: str, message: str, *, retry_after: float | None = None, unreachable: bool = False):
        super().__init__(category, message)
        self.retry_after = retry_after
        self.unreachable = unreachable


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def retry_after_s(value: str | None, cap: float) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), capped; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return min(max(0.0, (when - utcnow()).total_seconds()), cap)


def read_local(url: str, old: Validators, cap: int) -> Fetched:
    """A local feed file: unchanged when size and mtime match, else read (capped) and hashed."""
    path = local_path(url)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise FetchError("not_a_file", f"{path} is not a regular file")
        validator = f"{st.st_size}:{st.st_mtime_ns}"
        if validator == old.etag:
            return Fetched("unchanged", url, old, how="same file")
        if st.st_size > cap:
            raise FetchError("too_large", f"{path} is larger than {cap // (1 << 20)} MiB")
        with path.open("rb") as f:
            body = f.read(cap + 1)
    except OSError as e:
        raise FetchError("file", f"cannot read {path}: {e.strerror or e}") from None
    if len(body) > cap:
        raise FetchError("too_large", f"{path} is larger than {cap // (1 << 20)} MiB")
    new = Validators(etag=validator, body_hash=body_hash(body))
    if new.body_hash == old.body_hash:
        return Fetched("unchanged", url, new, how="same body")
    return Fetched("ok", url, new, body=body)


class GuardedResolver(AbstractResolver):
    """The resolver of public sources' connections: resolves through `inner` and refuses the whole
    answer if any address in it is forbidden (a mix of public and private is how rebinding attacks
    start). The address checked is the one connected to, so DNS cannot change it in between."""

    def __init__(self, inner: AbstractResolver | None = None):
        self.inner = inner

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        if self.inner is None:
            self.inner = ThreadedResolver()
        hosts = await self.inner.resolve(host, port, family)
        for h in hosts:
            why = addresses.refusal(ipaddress.ip_address(h["host"]))
            if why:
                raise RefusedAddress(f"{host} resolves to {why}; add the feed with --internal if it is on your "
                                     f"own network")
        return hosts

    async def close(self) -> None:
        if self.inner is not None:
            await self.inner.close()


class Fetcher:
    """Fetches feeds over HTTP(S) or from local files. Use as `async with Fetcher() as f:`.

    `resolver` replaces the system DNS resolver (tests use a fake one). Public sources go through a
    session whose resolver refuses private addresses; internal sources through one that does not.
    """

    def __init__(self, limits: Limits = Limits(), resolver=None, concurrency: int = 64):
        self.limits = limits
        self.resolver = resolver
        self.concurrency = concurrency
        self.sessions: dict[bool, aiohttp.ClientSession] = {}

    def _session(self, internal: bool) -> aiohttp.ClientSession:
        if internal not in self.sessions:
            tls = ssl.create_default_context(cafile=certifi.where())
            resolver = self.resolver if internal else GuardedResolver(self.resolver)
            connector = aiohttp.TCPConnector(resolver=resolver, ssl=tls, limit=self.concurrency, limit_per_host=16,
                                             ttl_dns_cache=300)
            self.sessions[internal] = aiohttp.ClientSession(
                connector=connector, auto_decompress=False, trust_env=False, cookie_jar=aiohttp.DummyCookieJar(),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.limits.connect_timeout_s),
                headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate, br"})
        return self.sessions[internal]

    async def __aenter__(self) -> "Fetcher":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def close(self) -> None:
        for s in self.sessions.values():
            await s.close()
        self.sessions.clear()

    async def fetch(self, url: str, *, internal: bool = False, old: Validators = Validators()) -> Fetched:
        if is_local(url):
            return await asyncio.to_thread(read_local, url, old, self.limits.max_bytes)
        try:
            async with asyncio.timeout(self.limits.deadline_s):
                return await self._fetch_http(url, internal, old)
        except aiohttp.ClientError as e:  # first: aiohttp's own timeouts are TimeoutErrors too
            raise _client_error(e) from None
        except TimeoutError:
            raise FetchError("timeout", f"no complete answer within {self.limits.deadline_s:g} s") from None
        except ssl.SSLError as e:
            raise FetchError("tls", f"TLS failure: {e.reason or e}") from None
        except RefusedAddress as e:
            raise FetchError("refused_address", str(e)) from None
        except FetchError:
            raise
        except FeedError as e:  # from the decoder: too large, corrupt, truncated
            raise FetchError(e.category, e.message) from None

    async def _fetch_http(self, url: str, internal: bool, old: Validators) -> Fetched:
        session = self._session(internal)
        headers = {}
        if old.etag:
            headers["If-None-Match"] = old.etag
        if old.last_modified:
            headers["If-Modified-Since"] = old.last_modified
        for _hop in range(self.limits.max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError("bad_url", f"not an http(s) address: {url[:200]}")
            check_literal(parts.hostname, internal)
            async with session.get(url, headers=headers, allow_redirects=False) as resp:
                if resp.status in REDIRECTS:
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchError("http", f"HTTP {resp.status} redirect without a Location")
                    url = urljoin(url, location)
                    continue
                return await self._answer(resp, url, old)
        raise FetchError("redirects", f"more than {self.limits.max_redirects} redirects (a loop?), last to {url[:200]}")

    async def _answer(self, resp: aiohttp.ClientResponse, url: str, old: Validators) -> Fetched:
        new = replace(old, etag=resp.headers.get("ETag") or old.etag,
                      last_modified=resp.headers.get("Last-Modified") or old.last_modified)
        if resp.status == 304:
            return Fetched("unchanged", url, new, how="304")
        if resp.status >= 400 or resp.status < 200:
            wait = retry_after_s(resp.headers.get("Retry-After"), self.limits.retry_after_cap_s) \
                if resp.status in (429, 503) else None
            more = f"; the server asks us to wait {wait:.0f} s" if wait is not None else ""
            raise FetchError("http", f"HTTP {resp.status} {resp.reason or ''}".rstrip() + more, retry_after=wait)
        cap = self.limits.max_bytes
        length = resp.content_length
        if length is not None and length > cap and not resp.headers.get("Content-Encoding"):
            raise FetchError("too_large", f"the feed announces {length} bytes, more than {cap // (1 << 20)} MiB")
        body = CappedBody(resp.headers.get("Content-Encoding"), cap)
        raw = 0
        async for chunk in resp.content.iter_chunked(CHUNK):
            raw += len(chunk)
            if raw > cap:
                raise FetchError("too_large", f"the feed is larger than {cap // (1 << 20)} MiB")
            body.feed(chunk)
        data = body.finish()
        new = replace(new, body_hash=body_hash(data))
        if new.body_hash == old.body_hash:
            return Fetched("unchanged", url, new, how="same body")
        headers = {k.lower(): v for k, v in resp.headers.items()
                   if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")}
        return Fetched("ok", url, new, body=data, headers=headers)


def _client_error(e: aiohttp.ClientError) -> FetchError:
    """One readable line and a category for whatever aiohttp raised."""
    if isinstance(e, aiohttp.ClientConnectorDNSError):
        if isinstance(e.os_error, RefusedAddress):
            return FetchError("refused_address", str(e.os_error))
        return FetchError("network", f"cannot resolve {e.host}: {e.os_error.strerror or e.os_error}",
                          unreachable=True)
    if isinstance(e, aiohttp.ClientSSLError):
        return FetchError("tls", f"TLS failure with {e.host}: {getattr(e, 'reason', None) or e.os_error}")
    if isinstance(e, aiohttp.ConnectionTimeoutError):
        return FetchError("network", "could not connect within the connect timeout", unreachable=True)
    if isinstance(e, aiohttp.ClientConnectorError):
        return FetchError("network", f"cannot connect to {e.host}:{e.port}: {e.os_error.strerror or e.os_error}",
                          unreachable=True)
    if isinstance(e, aiohttp.ClientPayloadError):
        return FetchError("truncated", "the transfer was cut short before the whole body arrived")
    if isinstance(e, aiohttp.ServerDisconnectedError):
        return FetchError("network", "the server closed the connection without an answer")
    if isinstance(e, aiohttp.ClientOSError):
        return FetchError("network", f"the connection failed: {e.strerror or e}")
    if isinstance(e, aiohttp.InvalidURL):
        return FetchError("bad_url", f"not a valid address: {str(e)[:200]}")
    if isinstance(e, aiohttp.ClientResponseError):
        return FetchError("http", f"unreadable HTTP answer: {e.message or e}"[:300])
    return FetchError("network", f"{type(e).__name__}: {e}"[:300])
