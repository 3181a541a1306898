"""Which addresses a feed may use. A feed URL comes from outside (a pasted link, an OPML file,
a redirect), so it could point the poller at the machine itself, the office network or a cloud
metadata service. Unless a source is marked internal, only public unicast addresses are
allowed, and the rule is applied to the resolved address of every hop before anything is sent
(fetch.GuardedResolver applies it to what DNS answers; `check_literal` to IP literals, which
never reach a resolver). Local feed files are `file://` URLs, added explicitly.
"""

import ipaddress
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from console.files import user_path

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class RefusedAddress(OSError):
    """An address a non-internal source may not reach. An OSError, so aiohttp carries it through
    its connection errors and the fetcher can tell it apart from a DNS failure."""


def _embedded_ipv4(addr: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64, 6to4), if any."""
    if isinstance(addr, ipaddress.IPv4Address):
        return None
    if addr.ipv4_mapped:
        return addr.ipv4_mapped
    if addr in NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    return addr.sixtofour


def refusal(addr: Address) -> str | None:
    """Why a public feed may not connect to `addr`, or None when it may."""
    inner = _embedded_ipv4(addr)
    if inner is not None:
        why = refusal(inner)
        return why and f"{why} (inside {addr})"
    if addr.is_loopback:
        return f"{addr} is a loopback address"
    if addr.is_link_local:
        return f"{addr} is a link-local address"
    if addr.is_multicast:
        return f"{addr} is a multicast address"
    if addr.is_unspecified:
        return f"{addr} is an unspecified address"
    if addr.is_private or not addr.is_global:
        return f"{addr} is a private or reserved address"
    if addr.is_reserved:
        return f"{addr} is a reserved address"
    return None


def check_literal(host: str, internal: bool) -> None:
    """Refuse a URL whose host is a forbidden IP literal (aiohttp never resolves those)."""
    try:
        addr = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return
    why = None if internal else refusal(addr)
    if why:
        raise RefusedAddress(f"{why}; add the feed with --internal if it is on your own network")


def is_local(url: str) -> bool:
    return url.startswith("file:")


def local_path(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


def file_url(path: str | os.PathLike) -> str:
    return user_path(path).resolve().as_uri()
