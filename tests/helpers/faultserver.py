"""A loopback HTTP server that misbehaves on request, for the network-fault tests.

Feeds are registered with `feed(path, body)` and answer conditional GET (ETag and
Last-Modified, 304 on a match) unless registered with `conditional=False`. Fault routes:

  /hang            accepts, reads the request, never answers
  /drip            200, then one byte every 0.2 s, forever
  /endless         200 without a length, then 64 KiB chunks forever
  /reset           promises 100 kB, sends 1 kB, then resets the connection (RST)
  /short           promises 100 kB, sends 1 kB, then closes cleanly
  /status/N        answers status N; ?retry=S adds Retry-After: S
  /loop            redirects to itself
  /redirect?to=U   redirects to U
  /gzip-bomb, /br-bomb, /deflate-bomb   a small body that decodes to 128 MiB of zeros
  /grow/N.xml      feed N's newest 50 entries; every request moves the window 5 entries on

Every request is counted per path (`hits(path)`), so a test can prove that a refused
address was never asked for anything.
"""

import email.utils
import hashlib
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import brotli

LAST_MODIFIED = email.utils.formatdate(1_700_000_000, usegmt=True)
GROW_STEP = 5


@dataclass
class Feed:
    body: bytes
    content_type: str = "application/rss+xml"
    conditional: bool = True
    encoding: str | None = None       # send the body compressed with this Content-Encoding

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'


@cache
def bomb(kind: str) -> bytes:
    """128 MiB of zeros compressed (8x the default cap), built a MiB at a time."""
    zeros = bytes(1 << 20)
    if kind == "br":
        c = brotli.Compressor(quality=5)
        return b"".join([c.process(zeros) for _ in range(128)] + [c.finish()])
    z = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
    return b"".join([z.compress(zeros) for _ in range(128)] + [z.flush()])


def compress(body: bytes, encoding: str | None) -> bytes:
    if encoding == "gzip":
        z = zlib.compressobj(6, zlib.DEFLATED, 31)
        return z.compress(body) + z.flush()
    if encoding == "deflate":
        return zlib.compress(body)
    if encoding == "br":
        return brotli.compress(body)
    return body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "FaultServer"

    def log_message(self, *args):
        pass

    def _reply(self, status: int, body: bytes = b"", headers: dict | None = None, length: int | None = None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def _forever(self, piece: bytes, pause: float):
        try:
            while not self.server.stopping.is_set():
                self.wfile.write(piece)
                self.wfile.flush()
                if pause:
                    self.server.stopping.wait(pause)
        except OSError:
            pass  # the client gave up: that is the point
        self.close_connection = True

    def do_GET(self):  # noqa: C901 - one branch per fault, on purpose
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        self.server.count(path, self.headers)
        feed = self.server.feeds.get(path)
        if feed is not None:
            return self._feed(feed)
        if path == "/hang":
            self.server.stopping.wait(120)
            self.close_connection = True
            return
        if path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            return self._forever(b"<", 0.2)
        if path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            return self._forever(b"<rss>" + b" " * 65531, 0)
        if path in ("/reset", "/short"):
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>' + b" " * 1000)
            self.wfile.flush()
            if path == "/reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        if path.startswith("/status/"):
            headers = {"Retry-After": query["retry"][0]} if "retry" in query else {}
            return self._reply(int(path.rsplit("/", 1)[1]), b"not now", headers)
        if path == "/loop":
            return self._reply(302, headers={"Location": "/loop"})
        if path == "/redirect":
            return self._reply(302, headers={"Location": query["to"][0]})
        if path.startswith("/grow/"):
            n = int(path.split("/")[2].split(".")[0])
            start = GROW_STEP * (self.server.hits(path) - 1)
            return self._reply(200, rss(f"Growing {n}", items(n, 50, start)).encode(), {"Content-Type": "application/rss+xml"})
        if path.endswith("-bomb"):
            kind = path[1:-5]
            return self._reply(200, bomb(kind), {"Content-Encoding": kind, "Content-Type": "application/rss+xml"})
        return self._reply(404, b"no such route")

    def _feed(self, feed: Feed):
        if feed.conditional and (self.headers.get("If-None-Match") == feed.etag
                                 or self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            self.server.count("304", self.headers)
            return self._reply(304, headers={"ETag": feed.etag})
        headers = {"Content-Type": feed.content_type}
        if feed.conditional:
            headers |= {"ETag": feed.etag, "Last-Modified": LAST_MODIFIED}
        if feed.encoding:
            headers["Content-Encoding"] = feed.encoding
        return self._reply(200, compress(feed.body, feed.encoding), headers)


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128   # many feeds are fetched at once; the default (5) drops connections

    def __init__(self, port: int = 0, handler=_Handler, certfile: str | None = None):
        super().__init__(("127.0.0.1", port), handler)
        if certfile:
            import ssl

            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(certfile)
            self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.feeds: dict[str, Feed] = {}
        self.requests: dict[str, int] = {}
        self.last_headers: dict[str, dict] = {}
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        scheme = "https" if self.certfile_used else "http"
        return f"{scheme}://{host}:{self.port}{path}"

    @property
    def certfile_used(self) -> bool:
        return hasattr(self.socket, "context")

    def feed(self, path: str, body: bytes | str, **kw) -> str:
        self.feeds[path] = Feed(body.encode() if isinstance(body, str) else body, **kw)
        return self.url(path)

    def count(self, path: str, headers) -> None:
        with self._lock:
            self.requests[path] = self.requests.get(path, 0) + 1
            self.last_headers[path] = dict(headers)

    def hits(self, path: str) -> int:
        with self._lock:
            return self.requests.get(path, 0)

    def handle_error(self, request, client_address):
        pass  # clients hanging up on the fault routes is expected

    def close(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


def closed_port() -> int:
    """A loopback port with nothing listening (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Blackhole:
    """A loopback port whose listen queue is full, so new connections are never answered."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(0)
        self.port = self.sock.getsockname()[1]
        self.fillers = []
        for _ in range(4):  # fill the accept queue; later SYNs are dropped
            c = socket.socket()
            c.setblocking(False)
            c.connect_ex(("127.0.0.1", self.port))
            self.fillers.append(c)
        time.sleep(0.05)

    def close(self) -> None:
        for c in self.fillers:
            c.close()
        self.sock.close()


def rss(title: str, items: list[dict]) -> str:
    """A small RSS 2.0 document; each item dict may carry title, link, guid, date, text."""
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
           f"<link>http://example.test/</link><description>test feed</description>"]
    for it in items:
        out.append("<item>")
        for tag, key in (("title", "title"), ("link", "link"), ("guid", "guid"), ("pubDate", "date"),
                         ("description", "text")):
            if it.get(key) is not None:
                out.append(f"<{tag}>{it[key]}</{tag}>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "".join(out)


def items(feed: int, n: int, start: int = 0) -> list[dict]:
    base = 1_700_000_000 + feed * 1000
    return [{"title": f"Acme item {feed}-{i}", "link": f"http://example.test/{feed}/{i}", "guid": f"urn:t:{feed}:{i}",
             "date": email.utils.formatdate(base + i * 60, usegmt=True), "text": f"Acme story number {i} of feed {feed}"}
            for i in range(start, start + n)]
