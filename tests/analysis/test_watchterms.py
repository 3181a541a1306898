"""Watch-term queries: syntax, folding, Chinese and Cyrillic matching, re-application, audit."""

import json

import pytest

from console.analysis import watchterms
from console.analysis.text import fold
from console.analysis.watchterms import MentionWords, QueryError, parse
from console.store import audit


def matches(query: str, text: str) -> bool:
    return parse(query).match(MentionWords.of(fold(text)))


@pytest.mark.parametrize("query,text,expected", [
    ("Acme", "I love ACME kettles", True),
    ("Acme", "Acmeville is a town", False),
    ("Acme", "Acme's new kettle", True),
    ("acme", "ＡＣＭＥ full width", True),
    ("café", "best CAFE in town", True),
    ("cafe", "Café Crème", True),
    ('"food poisoning"', "got FOOD   poisoning yesterday", True),
    ('"food poisoning"', "poisoning of food", False),
    ("acme kettle", "kettle by acme", True),                 # side by side: AND
    ("acme AND kettle", "acme toaster", False),
    ("acme OR zenith", "zenith phones", True),
    ("acme NOT zenith", "acme and zenith", False),
    ("acme NOT zenith", "acme alone", True),
    ("(acme OR zenith) AND recall", "zenith recall", True),
    ("(acme OR zenith) AND recall", "zenith launch", False),
    ("acme OR zenith recall", "acme launch", True),            # AND binds tighter than OR
    ("NOT NOT acme", "acme", True),
    ("t-mobile", "T Mobile outage", True),
    ("t-mobile", "t-mobile outage", True),
    ("水壶", "Acme 的水壺壞了", True),                        # Traditional text, Simplified term
    ("水壺", "Acme 的水壶坏了", True),                        # and the other way round
    ("食物中毒", "吃了以后食物中毒", True),                    # no word boundaries in Chinese
    ("Акме", "Замовлення акме прийшло", True),
    ("чайник", "чайником задоволений", False),                # Cyrillic keeps word boundaries
    ('"чайник Acme"', "новим чайник ACME", True),
])
def test_query_matching(query, text, expected):
    assert matches(query, text) is expected


@pytest.mark.parametrize("query,message", [
    ("", "empty"),
    ("   ", "empty"),
    ("(acme", "closing parenthesis"),
    ("acme)", "unexpected ')'"),
    ('"acme', "unterminated quote"),
    ("acme OR", "ends where a term was expected"),
    ("AND acme", "'AND' where a term was expected"),
    ("NOT acme", "matches every mention"),
    ('""', "empty or punctuation-only"),
    ("()", "')' where a term was expected"),
])
def test_bad_queries_are_one_line_usage_errors(query, message):
    with pytest.raises(QueryError) as e:
        parse(query)
    assert message in str(e.value) and "\n" not in str(e.value)
    assert e.value.exit_code == 2


def test_lowercase_operators_are_words():
    assert matches("acme or zenith", "acme or zenith here")
    assert not matches("acme or zenith", "zenith only")


def test_adding_a_term_reapplies_to_stored_mentions_and_is_audited(feed, db):
    feed.post([feed.entry("The Acme kettle leaks"), feed.entry("Zenith phone is fine"),
               feed.entry("Acme 的水壺壞了", lang="zh_TW")])
    before = {m["id"]: m for m in feed.mentions()}
    t = watchterms.add(db, "kettle OR 水壶", "product")
    assert t["matched"] == 2
    after = {m["id"]: m for m in feed.mentions()}
    got = {m["text"]: json.loads(m["matched_terms"]) for m in after.values()}
    assert got == {"The Acme kettle leaks": ["kettle OR 水壶"], "Zenith phone is fine": [],
                   "Acme 的水壺壞了": ["kettle OR 水壶"]}
    for mid, m in after.items():  # the watch-term reason arrived and the sum still holds
        reasons = json.loads(m["reasons"])
        assert sum(r["points"] for r in reasons) == m["severity"]
        if json.loads(m["matched_terms"]):
            assert m["severity"] == before[mid]["severity"] + 4   # product: 4 points (weights.toml)
            assert any(r["factor"] == "watch term" for r in reasons)
    assert audit.rows(db, 1)[0]["action"] == "watch.add"
    assert audit.verify(db).ok


def test_edit_and_remove_reapply(feed, db):
    feed.post([feed.entry("Acme kettle recall"), feed.entry("Zenith recall")])
    t = watchterms.add(db, "Acme", "brand")
    sev_brand = feed.mentions()[0]["severity"]
    watchterms.edit(db, t["id"], kind="risk")                     # kind only: reasons follow
    m = feed.mentions()[0]
    assert m["severity"] == sev_brand - 5 + 12
    assert json.loads(m["reasons"])[-1] == {"factor": "watch term", "points": 12, "evidence": "Acme (risk)"}
    watchterms.edit(db, t["id"], query="Zenith")                  # query: re-matched everywhere
    assert [json.loads(m["matched_terms"]) for m in feed.mentions()] == [[], ["Zenith"]]
    watchterms.remove(db, t["id"])
    assert [json.loads(m["matched_terms"]) for m in feed.mentions()] == [[], []]
    assert all(not any(r["factor"] == "watch term" for r in json.loads(m["reasons"])) for m in feed.mentions())
    assert [r["action"] for r in audit.rows(db, 4)] == ["watch.remove", "watch.edit", "watch.edit", "watch.add"]
    assert len(feed.mentions()) == 2  # nothing is ever deleted


def test_duplicates_unknown_ids_and_kinds_are_refused(db):
    watchterms.add(db, "Acme", "brand")
    for call, message in [(lambda: watchterms.add(db, "Acme", "risk"), "already watching"),
                          (lambda: watchterms.add(db, "Bolt", "villain"), "unknown kind"),
                          (lambda: watchterms.remove(db, 99), "no watch term with id 99"),
                          (lambda: watchterms.edit(db, "x", kind="risk"), "not a watch-term id"),
                          (lambda: watchterms.edit(db, 1), "nothing to change")]:
        with pytest.raises(Exception) as e:
            call()
        assert message in str(e.value)
    assert [t["query"] for t in watchterms.load(db)] == ["Acme"]


def test_a_running_analyzer_sees_new_terms(feed, db):
    watchterms.add(db, "Acme", "brand")
    feed.post([feed.entry("Acme is great")])
    watchterms.add(db, "Zenith", "competitor")
    feed.post([feed.entry("Zenith is great")])
    assert json.loads(feed.mentions()[1]["matched_terms"]) == ["Zenith"]


def test_watch_commands(cli):
    cli("watch", "add", '"food poisoning" OR recall', "--kind", "risk")
    cli("watch", "add", "Acme", "--kind", "brand")
    terms = json.loads(cli("watch", "list", "--json").stdout)
    assert [(t["query"], t["kind"]) for t in terms] == [('"food poisoning" OR recall', "risk"), ("Acme", "brand")]
    cli("watch", "edit", str(terms[1]["id"]), "--query", "Acme OR 艾克米")
    cli("watch", "remove", str(terms[0]["id"]))
    assert [t["query"] for t in json.loads(cli("watch", "list", "--json").stdout)] == ["Acme OR 艾克米"]
    bad = cli("watch", "add", "(acme", "--kind", "brand", check=False)
    assert bad.returncode == 2 and "closing parenthesis" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
