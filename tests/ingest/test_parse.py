"""parse_feed and its parts: HTML to text, caps, dates, ratings, authors, keys, the entry cap,
the language detector, and the promise that parsing never reads a file or the network."""

import io
import random
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest
from helpers import corpus

from console.ingest import fallback, fastpath, htmltext, language, normalise
from console.ingest.model import FeedError, ParsedFeed
from console.ingest.parse import parse_feed

NOW = datetime(2026, 11, 5, tzinfo=UTC)
URL = "https://feeds.example.test/feed.xml"
SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "language" / "samples.tsv"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


def rss(items: str, head: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{head}<rss version="2.0"><channel><title>t</title>{items}'
            "</channel></rss>").encode()


# ---- HTML to text ----

@pytest.mark.parametrize("html, text", [
    ("<p>One</p><p>Two</p>", "One\nTwo"),
    ("a<br>b<br/>c", "a\nb\nc"),
    ("<b>bold</b> and <i>italic</i>", "bold and italic"),
    ("x<script>alert(1)</script>y<style>p{}</style>z", "x y z"),
    ("before<script>never closed", "before"),
    ("<!-- hidden -->shown", "shown"),
    ('<img src="https://t.example/p.gif">pixel', "pixel"),
    ("Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8364;5 &#x4e2d;", "Tom & Jerry <3 été €5 中"),
    ("&amp;lt;b&amp;gt;", "&lt;b&gt;"),   # decoded once, never twice
    ("a   b\t\tc\n\n\nd", "a b c\nd"),
    ("<td>one</td><td>two</td>", "one two"),
    ("3 < 5 and 7 > 2", "3 < 5 and 7 > 2"),
    ("<a href='x'>unclosed <b tag", "unclosed <b tag"),
    ("", ""),
])
def test_html_to_text(html, text):
    assert htmltext.to_text(html) == text


def test_links_are_extracted_decoded_and_deduplicated():
    html = ('<a href="https://a.example/1?x=1&amp;y=2">a</a> <A HREF=https://b.example/>b</A> '
            "<a href='https://a.example/1?x=1&amp;y=2'>again</a> <a name=top>no href</a>")
    assert htmltext.links(html) == ["https://a.example/1?x=1&y=2", "https://b.example/"]


def test_many_unclosed_tags_stay_linear():
    # "<a" never closed, 200,000 times: each scan stops at the next "<", so this is quick.
    text = htmltext.to_text("<a" * 200_000)
    assert text.startswith("<a<a")


# ---- caps ----

def test_a_10_mb_field_is_stored_capped_with_its_length():
    big = "word " * 2_000_000   # 10,000,000 characters
    feed = parse_feed(rss(f"<item><title>{'T' * 3000}</title><guid>g</guid><description>{big}</description></item>"),
                      {}, URL, now=NOW)
    e = feed.entries[0]
    assert e.text.endswith(normalise.truncation_marker(e.text_len))
    assert len(e.text) == normalise.TEXT_CAP + len(normalise.truncation_marker(e.text_len))
    assert e.text_len > 9_000_000   # what lies past the conversion budget is counted as it was sent
    assert e.title == "T" * 1000 + normalise.truncation_marker(3000) and e.title_len == 3000


def test_uncapped_fields_have_no_length():
    e = parse_feed(rss("<item><title>short</title><guid>g</guid><description>short too</description></item>"),
                   {}, URL, now=NOW).entries[0]
    assert e.title_len is None and e.text_len is None


# ---- the entry cap ----

def test_the_newest_entries_are_kept_in_feed_order():
    rng = random.Random(5)
    days = list(range(1, 21))
    rng.shuffle(days)
    items = "".join(f"<item><guid>g{d}</guid><title>day {d}</title><pubDate>{d:02d} Oct 2026 10:00:00 GMT</pubDate></item>"
                    for d in days)
    feed = parse_feed(rss(items + "<item><guid>undated</guid><title>no date</title></item>"), {}, URL,
                      max_entries=5, now=NOW)
    assert [e.title for e in feed.entries] == [f"day {d}" for d in days if d > 15]
    assert any(w.startswith("capped: kept the newest 5 of 21") for w in feed.warnings)


def test_a_100k_entry_feed_is_capped_at_5000():
    items = "".join(f"<item><guid>g{i}</guid><title>entry {i}</title></item>" for i in range(100_000))
    feed = parse_feed(rss(items), {}, URL, now=NOW)
    assert len(feed.entries) == 5000
    assert feed.entries[0].title == "entry 0" and feed.entries[-1].title == "entry 4999"


# ---- dates, ratings, authors, keys ----

@pytest.mark.parametrize("text, iso", [
    ("Mon, 02 Nov 2026 10:00:00 GMT", "2026-11-02T10:00:00Z"),
    ("Mon, 02 Nov 2026 10:00:00 +0200", "2026-11-02T08:00:00Z"),
    ("2 Nov 2026 10:00 -0500", "2026-11-02T15:00:00Z"),
    ("Mon, 02 Nov 2026 10:00:00 EST", "2026-11-02T15:00:00Z"),
    ("2026-11-02T10:00:00Z", "2026-11-02T10:00:00Z"),
    ("2026-11-02T10:00:00.5+05:30", "2026-11-02T04:30:00Z"),
    ("2026-11-02", "2026-11-02T00:00:00Z"),
    ("2026-11-02 10:00:00", "2026-11-02T10:00:00Z"),
    ("Mon, 02 Nov 26 10:00:00 GMT", "2026-11-02T10:00:00Z"),
    ("Mon, 02 Nov 2026 10:00:00", "2026-11-02T10:00:00Z"),            # no zone: UTC
    # Forms the standard library cannot read, which feedparser can:
    ("Mon, 02 Nov 2026 10:00:00 +02:00", "2026-11-02T08:00:00Z"),
    ("Mon, 02 Nov 2026", "2026-11-02T00:00:00Z"),
    ("2026-11", "2026-11-01T00:00:00Z"),
    ("Mon, 30 Feb 2026 10:00:00 GMT", None),
    ("yesterday", None),
    ("", None),
])
def test_dates_to_utc(text, iso):
    assert normalise.plausible_date((text,), NOW)[0] == iso


def test_impossible_and_future_dates_are_null_and_counted():
    assert normalise.plausible_date(("1970-01-01T00:00:00Z",), NOW) == (None, True)
    assert normalise.plausible_date(("2026-11-07T00:00:00Z",), NOW) == (None, True)
    assert normalise.plausible_date(("2026-11-05T20:00:00Z",), NOW) == ("2026-11-05T20:00:00Z", False)
    assert normalise.plausible_date(("", "2026-11-01T00:00:00Z"), NOW) == ("2026-11-01T00:00:00Z", False)
    assert normalise.plausible_date(("", "  "), NOW) == (None, False)


@pytest.mark.parametrize("value, stars, bad", [
    ("4", 4, False), (4, 4, False), (4.5, 5, False), ("5/5", 5, False), ("8/10", 4, False), ("3 stars", 3, False),
    ("0", None, True), (-3, None, True), ("-3", None, True), ("7", None, True), (float("nan"), None, True),
    ("NaN", None, True), ("great", None, True), ("1/0", None, True), (True, None, False), (None, None, False),
])
def test_ratings(value, stars, bad):
    assert normalise.parse_rating(value) == (stars, bad)


@pytest.mark.parametrize("raw, name", [
    ("jo@example.test (Jo Bloggs)", "Jo Bloggs"),
    ("Jo Bloggs <jo@example.test>", "Jo Bloggs"),
    ("jo@example.test", "jo@example.test"),
    ("  Jo \n Bloggs ", "Jo Bloggs"),
    ("", None),
])
def test_display_author(raw, name):
    assert normalise.display_author(raw) == name


def test_dedupe_keys_fall_back_from_guid_to_link_date_link_and_hash():
    items = ("<item><guid>G</guid><link>https://a.example/1</link></item>"
             "<item><link>https://a.example/2</link><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>"
             "<item><link>https://a.example/3</link></item>"
             "<item><title>only text</title></item>"
             "<item><title>only text</title></item>")   # same content, no id: one entry
    feed = parse_feed(rss(items), {}, URL, now=NOW)
    keys = [e.dedupe_key for e in feed.entries]
    assert keys[:3] == ["g:G", "ld:https://a.example/2|2026-11-02T10:00:00Z", "l:https://a.example/3"]
    assert keys[3] == "h:" + feed.entries[3].content_hash and len(keys) == 4
    assert any(w.startswith("duplicates: 1") for w in feed.warnings)


def test_parsing_is_deterministic_and_picklable():
    import pickle

    doc, ctype = corpus.bench_feed(7)
    a = parse_feed(doc, {"content-type": ctype}, URL, now=NOW)
    b = parse_feed(doc, {"content-type": ctype}, URL, now=NOW)
    assert a == b and pickle.loads(pickle.dumps(a)) == a


# ---- the fast path declines what it does not fully read ----

@pytest.mark.parametrize("item, title, text", [
    ("<item><title>t</title><itunes:summary>podcast summary</itunes:summary></item>", "t", "podcast summary"),
    ("<item><media:content url='https://x/v.mp4'><media:title>Clip</media:title></media:content><guid>m</guid></item>",
     "Clip", ""),
    ("<item><title type='html'>&lt;b&gt;x&lt;/b&gt;</title><guid>a</guid></item>", "x", ""),
    ("<item><title>t</title><description><p>inline</p> markup</description></item>", "t", "inline\nmarkup"),
])
def test_unusual_documents_go_to_feedparser_and_still_parse(item, title, text):
    doc = rss(item).replace(b'<rss version="2.0">', b'<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
                                                    b'xmlns:media="http://search.yahoo.com/mrss/">')
    with pytest.raises(fastpath.NotFast):
        fastpath.parse(doc)
    e = parse_feed(doc, {}, URL, now=NOW).entries[0]
    assert (e.title, e.text) == (title, text)


def test_feedparser_only_ever_gets_a_byte_stream(monkeypatch):
    seen = []
    real = feedparser.parse

    def spy(source, **kwargs):
        seen.append((type(source), sorted(kwargs)))
        return real(source, **kwargs)

    monkeypatch.setattr(fallback.feedparser, "parse", spy)
    parse_feed((FIXTURES / "rss10_rdf.xml").read_bytes().split(b"\n", 3)[3], {}, URL, now=NOW)
    assert seen == [(io.BytesIO, ["resolve_relative_uris", "response_headers", "sanitize_html"])]


# ---- nothing outside is ever touched ----

@pytest.fixture
def canary_server():
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b'<!ENTITY secret "LEAKED-BY-HTTP">'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def test_external_entities_open_no_file_and_send_no_request(tmp_path, canary_server):
    base, hits = canary_server
    secret = tmp_path / "secret.txt"
    secret.write_text("LEAKED-FROM-FILE")
    dtd = (f'<!DOCTYPE rss [<!ENTITY file SYSTEM "{secret.as_uri()}"><!ENTITY web SYSTEM "{base}/entity">'
           f'<!ENTITY % remote SYSTEM "{base}/remote.dtd"> %remote;]>')
    items = "<item><title>f &file; w &web; s &secret;</title><guid>x</guid><description>&file;&web;</description></item>"
    broken = items + "<item><title>broken & too</title><guid>y</guid></item>"
    for doc in (rss(items, dtd), rss(broken, dtd)):
        feed = parse_feed(doc, {}, URL, now=NOW)
        stored = " ".join(f"{e.title} {e.text}" for e in feed.entries)
        assert "LEAKED" not in stored and feed.entries
    assert hits == []


def test_parse_feed_is_a_pure_function_of_its_input(monkeypatch):
    # No socket, no file: both fail loudly here, and every fixture still parses (or fails as a feed).
    import builtins
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("parsing touched the outside world")

    bodies = [p.read_bytes() for p in sorted(FIXTURES.iterdir())]
    language.preload()
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(builtins, "open", refuse)
    for raw in bodies:
        while raw.startswith(b"# "):
            raw = raw.partition(b"\n")[2]
        try:
            assert isinstance(parse_feed(raw, {}, URL, now=NOW), ParsedFeed)
        except FeedError:
            pass


def test_damaged_documents_give_a_feed_or_a_feed_error_never_a_crash():
    rng = random.Random(11)
    sources = [corpus.variety_feed(n) for n in range(4)] + [corpus.bench_feed(n)[0] for n in range(2)]
    for doc in sources:
        for _ in range(15):
            cut = rng.randrange(len(doc))
            mutated = bytearray(doc[:cut] if rng.random() < 0.5 else doc)
            for _ in range(rng.randrange(1, 20)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            try:
                feed = parse_feed(bytes(mutated), {}, URL, now=NOW)
            except FeedError as e:
                assert e.category in ("not_a_feed", "malformed", "too_large")
            else:
                assert all(isinstance(e.title, str) for e in feed.entries)


# ---- language ----

def _samples():
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text = line.split("\t")
            yield lang, text


def test_language_accuracy_on_the_samples():
    results: dict[str, list[bool]] = {}
    for lang, text in _samples():
        results.setdefault(lang, []).append(language.detect(text) == lang)
    for lang in ("en", "zh_TW", "zh_CN", "uk"):
        assert sum(results[lang]) / len(results[lang]) >= 0.95, lang
    assert sum(sum(r) for r in results.values()) / sum(len(r) for r in results.values()) >= 0.95


@pytest.mark.parametrize("text, lang", [
    ("Acme 新品很好用,推薦", "zh_TW"),
    ("Acme 新耳机音质很好,非常满意", "zh_CN"),
    ("好", "zh_CN"),
    ("Дуже задоволений новим чайником Acme", "uk"),
    ("I love my 水壺 kettle from Acme, it boils so fast", "en"),
    ("x", None),
    ("12345 !!! 👍👍", None),
])
def test_language_by_script(text, lang):
    assert language.detect(text) == lang
