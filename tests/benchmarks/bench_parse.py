"""The parse stage on one core: bytes → ParsedFeed (parse, normalise, language), as a parser worker
runs it, on the ingest benchmark's corpus (RSS and Atom, 50 entries of 200-800 characters with
some HTML, six languages). Timed in process CPU time, best of three, so other work on a shared
machine does not count against it. Also: the same corpus through feedparser (the general path),
the language detector alone and its accuracy, and how long the hostile cases take."""

import io
import time
from datetime import UTC, datetime
from pathlib import Path

import feedparser
from helpers.corpus import bench_feed

from console.ingest import fastpath, language
from console.ingest.parse import parse_feed

FEEDS = 100
NOW = datetime(2026, 11, 5, tzinfo=UTC)
SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "language" / "samples.tsv"


def _best_rate(fn, count: int, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return count / best


def _seconds(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def test_parse_stage(monkeypatch):
    docs = [bench_feed(n) for n in range(FEEDS)]
    entries = FEEDS * 50
    language.preload()   # the parser processes load the models once, before their first feed

    def parse_all():
        for body, ctype in docs:
            assert len(parse_feed(body, {"content-type": ctype}, "https://news.example.test/", now=NOW).entries) == 50

    print(f"BENCH parse_entries_per_s {_best_rate(parse_all, entries):.0f} entries/s")

    def lxml_fields_only():
        for body, _ in docs:
            fastpath.parse(body)

    print(f"BENCH parse_fast_path_fields_entries_per_s {_best_rate(lxml_fields_only, entries):.0f} entries/s")

    def feedparser_alone():
        for body, ctype in docs:
            feedparser.parse(io.BytesIO(body), response_headers={"content-type": ctype}, sanitize_html=False,
                             resolve_relative_uris=False)

    print(f"BENCH feedparser_alone_entries_per_s {_best_rate(feedparser_alone, entries, 1):.0f} entries/s")

    def decline(data):
        raise fastpath.NotFast("measuring the general path")

    with monkeypatch.context() as m:
        m.setattr(fastpath, "parse", decline)
        print(f"BENCH parse_general_path_entries_per_s {_best_rate(parse_all, entries, 1):.0f} entries/s")


def test_language_detector():
    samples = [line.split("\t") for line in SAMPLES.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#")]
    language.preload()
    right = sum(language.detect(text) == lang for lang, text in samples)
    print(f"BENCH language_accuracy_pct {100 * right / len(samples):.1f} % ({right}/{len(samples)} samples)")
    texts = [text for _, text in samples] * 20
    rate = _best_rate(lambda: [language.detect(t) for t in texts], len(texts))
    print(f"BENCH language_detect_per_s {rate:.0f} texts/s")


def _rss(items: str) -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def test_hostile_parse_times():
    language.preload()
    huge = _rss("".join(f"<item><guid>g{i}</guid><title>entry {i}</title><description>body {i}</description></item>"
                        for i in range(100_000)))
    s = _seconds(lambda: parse_feed(huge, {}, "https://x.test/", now=NOW))
    print(f"BENCH parse_100k_entries_s {s:.2f} s ({len(huge) / 1e6:.1f} MB, newest 5,000 kept)")
    field = _rss(f"<item><guid>g</guid><title>t</title><description>{'word ' * 2_000_000}</description></item>")
    print(f"BENCH parse_10mb_field_s {_seconds(lambda: parse_feed(field, {}, 'https://x.test/', now=NOW)):.2f} s")
    author = _rss(f"<item><title>broken & here</title><author>{'x' * 65536}</author></item>")   # feedparser's path
    print(f"BENCH parse_64kb_author_malformed_s {_seconds(lambda: parse_feed(author, {}, 'https://x.test/', now=NOW)):.3f} s")
