"""The lxml fast path must give the same entries as feedparser on every document it accepts."""

import dataclasses
from datetime import UTC, datetime

import pytest
from helpers import corpus

from console.ingest import fastpath
from console.ingest.parse import parse_feed

NOW = datetime(2026, 11, 1, tzinfo=UTC)
URL = "https://feeds.example.test/feed.xml"


def _via_feedparser(monkeypatch, doc: bytes):
    def decline(data):
        raise fastpath.NotFast("forced for the comparison")

    with monkeypatch.context() as m:
        m.setattr(fastpath, "parse", decline)
        return parse_feed(doc, {}, URL, now=NOW)


def _compare(monkeypatch, doc: bytes):
    fast = parse_feed(doc, {}, URL, now=NOW)
    slow = _via_feedparser(monkeypatch, doc)
    assert fast.kind == slow.kind
    assert len(fast.entries) == len(slow.entries)
    for a, b in zip(fast.entries, slow.entries, strict=True):
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
    return fast


def _takes_fast_path(doc: bytes) -> bool:
    try:
        fastpath.parse(doc)
    except fastpath.NotFast:
        return False
    return True


@pytest.mark.parametrize("n", range(60))
def test_variety_corpus_same_entries_both_ways(monkeypatch, n):
    _compare(monkeypatch, corpus.variety_feed(n))


def test_variety_corpus_mostly_takes_the_fast_path():
    # Otherwise the comparison above would prove little.
    fast = sum(_takes_fast_path(corpus.variety_feed(n)) for n in range(60))
    assert fast >= 50


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_benchmark_corpus_same_entries_both_ways(monkeypatch, n):
    doc, _ = corpus.bench_feed(n)
    assert _takes_fast_path(doc)
    parsed = _compare(monkeypatch, doc)
    assert len(parsed.entries) == 50
    assert all(e.published and e.text and e.url.startswith("https://") for e in parsed.entries)


def test_the_comparison_can_fail(monkeypatch):
    # A fast path that drops the author must be caught.
    doc, _ = corpus.bench_feed(0)
    real = fastpath._rss_item

    def no_author(item):
        raw = real(item)
        raw.author = None
        return raw

    monkeypatch.setattr(fastpath, "_rss_item", no_author)
    with pytest.raises(AssertionError):
        _compare(monkeypatch, doc)
