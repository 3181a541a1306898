"""Every file in tests/fixtures/feeds states what parsing it must give, in '# ' lines at its top
(stripped before parsing):

    # expect: entries=3 kind=rss warning=malformed        (or error=not_a_feed; warnings=none)
    # headers: {"content-type": "..."}                     response headers to pass
    # entry 0: {"title": "...", "url": null, ...}          fields of one entry (a dedupe_key ending in ':' is a prefix)
    # published: [...]   ratings: [...]   keys: [...]      one field across all entries
    # absent: lollol                                       a string no stored field may contain
    # author_cap: 200    title_endswith: ...               caps
    # any other line: what the fixture is about
"""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.ingest.model import FeedError
from console.ingest.normalise import truncation_marker
from console.ingest.parse import parse_feed

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
NOW = datetime(2026, 11, 5, tzinfo=UTC)
URL = "https://feeds.example.test/feed.xml"
KEYS = re.compile(r"(expect|headers|entry \d+|absent|ratings|published|keys|author_cap|title_endswith): (.*)")


def load(path: Path) -> tuple[dict[str, list[str]], bytes]:
    raw = path.read_bytes()
    spec: dict[str, list[str]] = {}
    while raw.startswith(b"# "):
        line, _, raw = raw.partition(b"\n")
        m = KEYS.fullmatch(line[2:].decode("utf-8"))
        if m:
            spec.setdefault(m.group(1), []).append(m.group(2))
    return spec, raw


def expectations(spec) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for token in " ".join(spec["expect"]).split():
        key, _, value = token.partition("=")
        out.setdefault(key, []).append(value)
    return out


def fields(entry) -> str:
    return " ".join(str(v) for v in vars(entry).values())


def check_key(key: str, expected: str) -> None:
    if expected.endswith(":"):
        assert key.startswith(expected)
    else:
        assert key == expected


FIXTURES = sorted(p for p in FEEDS.iterdir() if p.is_file())


def test_there_are_enough_fixtures():
    assert len(FIXTURES) >= 40
    assert all("expect" in load(p)[0] for p in FIXTURES)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture(path):
    spec, body = load(path)
    expect = expectations(spec)
    headers = json.loads(spec["headers"][0]) if "headers" in spec else {}
    if "error" in expect:
        with pytest.raises(FeedError) as e:
            parse_feed(body, headers, URL, now=NOW)
        assert e.value.category == expect["error"][0]
        assert e.value.message and "\n" not in e.value.message
        return
    feed = parse_feed(body, headers, URL, now=NOW)
    entries = feed.entries
    if "entries" in expect:
        assert len(entries) == int(expect["entries"][0]), feed.warnings
    if "kind" in expect:
        assert feed.kind == expect["kind"][0]
    categories = {w.split(":")[0] for w in feed.warnings}
    for word in expect.get("warning", []):
        if word == "none":
            assert not feed.warnings
        else:
            assert word in categories, feed.warnings
    if expect.get("warnings") == ["none"]:
        assert feed.warnings == []
    for line in spec.get("entry 0", []) + [f"{n}\t{v}" for k in spec if k.startswith("entry ") and k != "entry 0"
                                           for n in [k.split()[1]] for v in spec[k]]:
        index, _, values = line.rpartition("\t") if "\t" in line else ("0", "", line)
        entry = entries[int(index)]
        for name, value in json.loads(values).items():
            if name == "dedupe_key":
                check_key(entry.dedupe_key, value)
            else:
                assert getattr(entry, name) == value, name
    for line in spec.get("published", []):
        assert [e.published for e in entries] == json.loads(line)
    for line in spec.get("ratings", []):
        assert [e.rating for e in entries] == json.loads(line)
    for line in spec.get("keys", []):
        for entry, key in zip(entries, json.loads(line), strict=True):
            check_key(entry.dedupe_key, key)
    for text in spec.get("absent", []):
        assert text not in feed.title and not any(text in fields(e) for e in entries)
    for line in spec.get("author_cap", []):
        for e in entries:
            assert re.search(r"…\[truncated, \d+ characters\]$", e.author)
            assert len(e.author) <= int(line) + len(truncation_marker(65536))
    for line in spec.get("title_endswith", []):
        assert all(e.title.endswith(line) for e in entries)
    for e in entries:   # whatever the feed, what is stored is plain, capped, clean text
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", e.title + e.text + (e.author or ""))
        assert len(e.title) <= 1100 and len(e.text) <= 20100
