"""The shortcuts taken for speed give the answers of the plain way of doing the same thing."""

import json
from pathlib import Path

import pytest

from console.analysis import sentiment, watchterms
from console.analysis.pipeline import Analyzer
from console.analysis.text import fold, words

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
