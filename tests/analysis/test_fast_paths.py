"""The shortcuts taken for speed give the answers of the plain way of doing the same thing."""

import json
import random
from pathlib import Path

import pytest
from helpers.corpus import SENTENCES, bench_feed
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from console.analysis import sentiment, watchterms
from console.analysis.lexicons import scanner
from console.analysis.pipeline import COLUMNS, Analyzer, score_entries
from console.analysis.text import HAN_RUN, fold, words
from console.ingest import sources
from console.ingest.parse import parse_feed
from console.ingest.writer import store_entries

SAMPLES = [json.loads(x)["text"] for x in
           (Path(__file__).parents[1] / "data" / "labelled_mentions.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("text", [
    "Acme order 4411 shipped today",                 # no word of VADER's lexicon: the shortcut
    "Acme order 4411 shipped today 😀",              # an emoji VADER reads as words: no shortcut
    "ACME!!! order??", "", "kind of", "no", "Our order from Acme arrived broken and support never answered",
    *SAMPLES[:60],
])
def test_short_english_is_vaders_compound(text):
    assert sentiment.english(text) == sentiment.vader().polarity_scores(text)["compound"]


def test_long_english_is_the_mean_of_its_sentences():
    parts = ["The kettle arrived on time.", "Support was rude and useless!", "I will never order again."]
    text = " ".join(parts * 6)
    assert len(text) > sentiment.LONG_TEXT
    expected = sum(sentiment.vader().polarity_scores(p)["compound"] for p in parts * 6) / 18
    assert sentiment.english(text) == pytest.approx(expected, abs=1e-4)


def test_watch_terms_match_as_each_query_would_alone():
    queries = ["Acme", "kettle OR 水壶", '"food poisoning" OR recall', "t-mobile", "Acme AND NOT refund",
               "(late OR delayed) AND flight", "Acme's", "зламаний"]
    matcher = watchterms.Matcher([{"query": q, "kind": "brand"} for q in queries])
    texts = SAMPLES + ["Acme's kettle", "T-Mobile is down", "t mobile", "food, poisoning", "ACME 水壺壞了"]
    for text in texts:
        folded = fold(text)
        alone = [q for q in queries if watchterms.parse(q).match(watchterms.MentionWords.of(folded))]
        assert matcher.matched(folded, words(folded)) == alone, text


def test_a_batch_scores_as_its_mentions_one_by_one(db):
    watchterms.add(db, "Acme", "brand")
    analyzer = Analyzer(db)
    rows = [{"title": "", "text": t, "lang": lang} for t in SAMPLES[:80] for lang in ("en", "zh_CN", None)]
    singles = [dict(r) for r in rows]
    analyzer.score(rows, {"reach": "news"})
    for r in singles:
        analyzer.score([r], {"reach": "news"})
    assert rows == singles


def _longest_first(items, find, longest: int) -> list[tuple[int, int, object]]:
    """(start, end, entry) of the longest entry at each position, left to right, every length
    tried from the longest down: the plain way the scanner's shortcuts replace."""
    hits, i = [], 0
    while i < len(items):
        for length in range(min(longest, len(items) - i), 0, -1):
            e = find(items[i:i + length])
            if e is not None:
                hits.append((i, i + length, e))
                i += length
                break
        else:
            i += 1
    return hits


def _plain_han_scan(scanner, folded: str) -> list[tuple[int, int, str, int]]:
    """Longest entry at each position, one character at a time: what the compiled automaton replaces."""
    return [(start, end, e.phrase, r) for r, run in enumerate(HAN_RUN.findall(folded))
            for start, end, e in _longest_first(run, scanner.han.get, len(run)) if e.role]


def test_the_compiled_han_scan_finds_what_a_scan_by_character_finds():
    sc = scanner()
    texts = SAMPLES + [e.text for n in range(1, 40, 2) for e in _bench_entries(n)]
    texts += ["差不多", "不错不错不错", "没有问题", "一般般吧就更好了", "水壺壞了,客服也不回覆" * 3]
    phrases = list(sc.han)
    rng = random.Random(7)
    texts += ["".join(rng.choice(phrases) + rng.choice(["", "的", "，", "a", "我们"]) for _ in range(30))
              for _ in range(200)]   # entries run together, so longer and shorter ones compete
    for text in texts:
        folded = fold(text)
        found = [(h.start, h.end, h.entry.phrase, h.run) for h in sc.scan(folded) if h.run >= 0]
        assert found == _plain_han_scan(sc, folded), text


def _plain_word_scan(scanner, ws: list[str]) -> list[tuple[int, int, str]]:
    """At each listed word, every phrase length tried from the longest down: what the prefix walk replaces."""
    keys = [scanner.key(w) for w in ws]
    found = _longest_first(keys, lambda part: scanner.phrases.get(tuple(part)), max(map(len, scanner.phrases)))
    return [(start, end, e.phrase) for start, end, e in found]


def test_the_word_scan_finds_what_trying_every_length_finds():
    sc = scanner()
    texts = SAMPLES + [e.text for n in range(0, 40, 2) for e in _bench_entries(n)]
    phrases = [e.phrase for e in sc.phrases.values()]
    rng = random.Random(11)
    texts += [" ".join(rng.choice(phrases) + rng.choice(["", " the", " not", " and", " very"]) for _ in range(30))
              for _ in range(200)]   # phrases run together, so longer and shorter ones compete
    for text in texts:
        ws = words(fold(text))
        found = [(h.start, h.end, h.entry.phrase) for h in sc.scan(fold(text), ws) if h.run < 0]
        assert found == _plain_word_scan(sc, ws), text


def test_vader_is_plain_vader():
    plain = SentimentIntensityAnalyzer()
    plain.lexicon = sentiment.vader().lexicon
    texts = SAMPLES + [s for lang in ("en",) for s in SENTENCES[lang]]
    texts += ["", " ", "😀", "great 😀!", "#️⃣", "I ❤ it", "NOT GOOD at all", "kind of bad", "no good",
              "at least ok", "but bad", "  spaced  ", "GREAT!!! but meh??", "🙂🙂 sad"]
    # Sentiment words near negators, boosters, "least", "but" and VADER's idioms, at every
    # distance and at both ends of a sentence: what its negation and idiom checks read.
    parts = ["not", "never", "so", "this", "without", "doubt", "least", "at", "very", "kind", "of", "no", "nor",
             "or", "isn't", "the", "bomb", "shit", "bad", "ass", "yeah", "right", "cut", "mustard", "kiss", "death",
             "good", "great", "awful", "die", "for", "to", "bus", "stop", "beating", "heart", "badass", "happy", "sad", "but", "hate", "love", "sort", "extremely", "GREAT", "!", "?"]
    texts += ["we all knew it was the kiss of death", "so this one was to die for", "the bus stop was bad ass",
              "a b c kiss of death", "a b c yeah right", "never so this great"]
    rng = random.Random(5)
    texts += [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    for text in texts:
        assert sentiment.vader().polarity_scores(text) == plain.polarity_scores(text), text


def _bench_entries(n: int):
    body, ctype = bench_feed(n)
    return parse_feed(body, {"content-type": ctype}, "http://127.0.0.1/feed.xml").entries


class TextOnly(Analyzer):
    """Without velocity, which adds to the severity of mentions as clusters grow."""

    def before_insert(self, db, rows):
        pass

    def after_insert(self, db, new_ids):
        return []


def test_entries_scored_in_a_parser_process_store_as_the_writer_scores_them(db):
    watchterms.add(db, "Acme", "brand")
    watchterms.add(db, "kettle OR 水壶", "product")
    source = sources.add(db, "http://127.0.0.1:9/a.xml", internal=True, reach="news")
    analyzer = TextOnly(db)
    entries = [e for n in range(4) for e in _bench_entries(n)]
    context = analyzer.context(source)
    score_entries(entries, context, skip=frozenset({entries[0].dedupe_key}))
    assert entries[0].scores is None and all(e.scores for e in entries[1:])
    rows = [{"title": e.title, "text": e.text, "lang": e.lang} for e in entries]
    analyzer.score(rows, source)   # the writer's own way
    for e, row in zip(entries[1:], rows[1:], strict=True):
        assert e.scores == {c: row[c] for c in COLUMNS}
    stored = store_entries(db, source, entries, analyzer, scored_with=context)
    assert len(stored.new_ids) == len(entries)
    got = [dict(zip(COLUMNS, r, strict=True)) for r in
           db.execute(f"SELECT {', '.join(COLUMNS)} FROM mentions ORDER BY id")]
    assert got == [{c: row[c] for c in COLUMNS} for row in rows]   # the skipped one was scored by the writer


def test_velocity_given_feed_by_feed_is_the_count_made_from_scratch(db):
    """Velocity is worked out incrementally, before each batch goes in (new rows scored in place,
    stored members of their clusters rewritten); the end state's points are those of the count made
    over everything. (A member is rewritten only when its points change, so past the cap its
    evidence may name an older count.)"""
    from bisect import bisect_left, bisect_right

    from console.analysis import severity
    from console.analysis.lexicons import weights
    from console.ingest.writer import Feed, store_feeds

    source = sources.add(db, "http://127.0.0.1:9/a.xml", internal=True)
    analyzer = Analyzer(db)
    for n in range(0, 12, 3):   # four batches of three feeds: clusters grow across batches
        store_feeds(db, [Feed(source, _bench_entries(m)) for m in range(n, n + 3)], analyzer)
    window = weights()["velocity"]["window_s"]
    rows = db.execute("SELECT id, cluster_key, unixepoch(sort_time), negative, reasons FROM mentions "
                      "WHERE cluster_key IS NOT NULL").fetchall()
    times: dict[str, list[int]] = {}
    for _, key, t, _, _ in rows:
        times.setdefault(key, []).append(t)
    for ts in times.values():
        ts.sort()
    checked = 0
    for _, key, t, negative, reasons in rows:
        stored = [r for r in json.loads(reasons) if r["factor"] == "velocity"]
        if not negative:
            continue
        similar = bisect_right(times[key], t + window) - bisect_left(times[key], t - window) - 1
        reason = severity.velocity_reason(similar)
        assert [r["points"] for r in stored] == ([] if reason is None else [reason[1]])
        checked += bool(stored)
    assert checked > 100


def test_scores_made_before_a_watch_term_changed_are_made_again(db):
    source = sources.add(db, "http://127.0.0.1:9/a.xml", internal=True)
    analyzer = Analyzer(db)
    entries = _bench_entries(0)
    old = analyzer.context(source)
    score_entries(entries, old)
    watchterms.add(db, "kettle", "product")   # while the feed was being parsed
    store_entries(db, source, entries, analyzer, scored_with=old)
    matched = [json.loads(r[0]) for r in db.execute("SELECT matched_terms FROM mentions")]
    assert ["kettle"] in matched and analyzer.context(source) != old


def test_entries_left_unscored_past_the_time_limit_are_scored_by_the_writer(db):
    source = sources.add(db, "http://127.0.0.1:9/a.xml", internal=True)
    analyzer = TextOnly(db)
    entries = _bench_entries(1)
    score_entries(entries, analyzer.context(source), until=0.0)   # already past it
    assert all(e.scores is None for e in entries)
    store_entries(db, source, entries, analyzer, scored_with=analyzer.context(source))
    rows = [{"title": e.title, "text": e.text, "lang": e.lang} for e in entries]
    analyzer.score(rows, source)
    got = [dict(zip(COLUMNS, r, strict=True)) for r in
           db.execute(f"SELECT {', '.join(COLUMNS)} FROM mentions ORDER BY id")]
    assert got == [{c: row[c] for c in COLUMNS} for row in rows]
