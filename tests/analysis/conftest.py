"""Mentions go in through the real writer and the real Analyzer, into a real workspace, at a clock
the test controls."""

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from console.analysis.pipeline import Analyzer
from console.ingest import sources
from console.ingest.model import Entry
from console.ingest.writer import store_entries
from console.timeutil import to_iso

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


class Feed:
    """One source; `post` stores entries like a poll would (one writer transaction)."""

    def __init__(self, db, clock: Clock, url: str = "http://127.0.0.1:9/feed.xml", **source):
        self.db, self.clock = db, clock
        self.source_id = sources.add(db, url, internal=True, **source)["id"]
        self.analyzer = Analyzer(db, now=clock)
        self._ids = count()

    @property
    def source(self) -> dict:
        return self.db["sources"].get(self.source_id)

    def entry(self, text: str, ago: timedelta = timedelta(0), lang: str = "en", **kw) -> Entry:
        n = next(self._ids)
        return Entry(dedupe_key=f"g:{n}", title="", text=text, guid=str(n), url=f"http://example.test/{n}",
                     published=to_iso(self.clock.now - ago), lang=lang, content_hash=f"h{n}", **kw)

    def post(self, entries: list[Entry]):
        return store_entries(self.db, self.source, entries, self.analyzer, now=to_iso(self.clock.now))

    def mentions(self) -> list[dict]:
        return [dict(r) for r in self.db.query("SELECT * FROM mentions ORDER BY id")]


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def feed(db, clock):
    return Feed(db, clock)


@pytest.fixture
def make_feed(db, clock):
    """More sources on the same workspace and clock: make_feed(url, reach=..., priority=...)."""
    return lambda url, **source: Feed(db, clock, url, **source)
