"""The editable data under resources/analysis/ stays usable, and the quality on our labelled samples
does not regress (the figures themselves are in the README; tests/analysis/eval_quality.py)."""

import tomllib

from console.analysis.lexicons import CATEGORY_IDS, MIN_STEM, scanner
from console.analysis.text import fold
from console.resources import resource
from tests.analysis.eval_quality import evaluate, load


def test_every_complaint_category_has_cues_in_three_languages():
    with open(resource("analysis", "cues.toml"), "rb") as f:
        cues = tomllib.load(f)
    for category in set(CATEGORY_IDS) - {"praise", "question", "other"}:
        kinds = {k: v for k, v in cues[category].items() if k in ("complaint", "risk")}
        for lang in ("en", "zh", "uk"):
            assert sum(len(v.get(lang, [])) for v in kinds.values()) >= 3, (category, lang)


def test_lexicons_are_substantial():
    sc = scanner()
    han_valence = sum(e.valence is not None for e in sc.han.values())
    cyr_valence = sum(e.valence is not None for k, e in sc.phrases.items() if any("\u0400" <= c <= "\u04ff" for c in k[0]))
    assert han_valence >= 300 and cyr_valence >= 150
    assert all(len(s) >= MIN_STEM for s in sc.stems)


def test_traditional_and_simplified_fold_together():
    assert fold("水壺壞了，客服不回覆") == fold("水壶坏了，客服不回复")
    assert fold("ＡＣＭＥ Café") == "acme cafe"
    assert fold("Їжак й") == "їжак й"   # Ukrainian letters are not accents


def test_quality_on_our_samples_does_not_regress():
    res = evaluate(load())
    floors = {"en": 0.9, "zh": 0.95, "uk": 0.93}
    for lang, floor in floors.items():
        assert res["languages"][lang]["auc_severity"] >= floor, (lang, res["languages"][lang])
    assert res["category_accuracy"] >= 0.8


def test_quality_on_our_brand_tweets_does_not_regress():
    res = evaluate(load(samples="tweets"))
    assert res["languages"]["en"]["auc_severity"] >= 0.93, res["languages"]["en"]
    assert res["category_accuracy"] >= 0.7


def test_full_text_index_follows_text_but_not_analysis_updates(feed, db):
    from console.store import mentions

    feed.post([feed.entry("Acme kettle leaks")])
    mid = feed.mentions()[0]["id"]
    db.execute("UPDATE mentions SET severity = 99, reasons = '[]' WHERE id = ?", [mid])
    assert [m["id"] for m in mentions.query(db, search="kettle")] == [mid]
    db.execute("UPDATE mentions SET text = 'Acme toaster leaks' WHERE id = ?", [mid])
    assert mentions.query(db, search="kettle") == [] and len(mentions.query(db, search="toaster")) == 1
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'mentions_au'").fetchone()[0]
    assert "UPDATE OF title, text, author" in trigger
