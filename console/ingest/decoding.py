"""Content-Encoding decoders that never hold more than a small slice of output at once, so a
compression bomb is stopped at the size cap instead of being inflated into memory first."""

import zlib

import brotli

from console.ingest.model import FeedError

STEP = 1 << 20  # most decoded bytes produced per step


class _Identity:
    def feed(self, data: bytes):
        yield data

    def finish(self) -> None:
        pass


class _Zlib:
    def __init__(self, wbits: int | None):
        self.wbits = wbits   # None: deflate, decided from the first bytes (zlib-wrapped or raw)
        self.d = None if wbits is None else zlib.decompressobj(wbits)

    def feed(self, data: bytes):
        if self.d is None:
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self.d = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        try:
            out = self.d.decompress(data, STEP)
            yield out
            while self.d.unconsumed_tail:
                yield self.d.decompress(self.d.unconsumed_tail, STEP)
        except zlib.error as e:
            raise FeedError("decoding", f"the compressed body is corrupt ({e})") from None

    def finish(self) -> None:
        if self.d is not None and not self.d.eof:
            raise FeedError("truncated", "the compressed body ends before its end marker (transfer cut short)")


class _Brotli:
    def __init__(self):
        self.d = brotli.Decompressor()

    def feed(self, data: bytes):
        try:
            yield self.d.process(data, output_buffer_limit=STEP)
            while not self.d.can_accept_more_data():
                yield self.d.process(b"", output_buffer_limit=STEP)
        except brotli.error as e:
            raise FeedError("decoding", f"the brotli body is corrupt ({e})") from None

    def finish(self) -> None:
        if not self.d.is_finished():
            raise FeedError("truncated", "the compressed body ends before its end marker (transfer cut short)")


def decoder(content_encoding: str | None):
    name = (content_encoding or "identity").strip().lower()
    if name in ("identity", ""):
        return _Identity()
    if name in ("gzip", "x-gzip"):
        return _Zlib(16 + zlib.MAX_WBITS)
    if name == "deflate":
        return _Zlib(None)
    if name == "br":
        return _Brotli()
    raise FeedError("decoding", f"unsupported Content-Encoding {content_encoding!r}")


class CappedBody:
    """Accumulates decoded bytes up to `cap`; one byte more is an error, not a truncation."""

    def __init__(self, content_encoding: str | None, cap: int):
        self.dec = decoder(content_encoding)
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, data: bytes) -> None:
        for piece in self.dec.feed(data):
            self.size += len(piece)
            if self.size > self.cap:
                raise FeedError("too_large", f"the feed is larger than {self.cap // (1 << 20)} MiB once decoded")
            self.parts.append(piece)

    def finish(self) -> bytes:
        self.dec.finish()
        return b"".join(self.parts)
