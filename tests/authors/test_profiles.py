"""Author profiles built on ingest from real feeds served on loopback: the figures, the reasons
the console gives on its own, team labels in severity and on mentions, notes, links, the export
and the erasure, each audited."""

import json
import time

import pytest
from helpers.author_feeds import DAY, rss
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.store import authors as author_rows
from console.workspace import Workspace

GUS = "grumpy_gus"
NOTE = "Called him back on 3 March and offered a replacement kettle"
GUS_POSTS = ["Acme support hung up on me again. Worst customer service ever.",
             "Still no refund from Acme after three weeks. Terrible.", "Acme kettle broke on day two and they refuse to replace it.",
             "Acme ignored my complaint for the fourth time, this is a disgrace."]


def social(now):
    posts = [(f"gus-{k}", now - (4 - k) * DAY - 3600, "@Grumpy_Gus " if k == 2 else GUS, t) for k, t in enumerate(GUS_POSTS)]
    posts += [(f"fan-{k}", now - k * 3600, "happy_hana", f"Love my new Acme kettle, brilliant and quiet, day {k}")
              for k in range(3)]
    return posts


def serve(server, path, title, posts):
    """The feed at `path`, answering in full every time (so a re-poll sees what was added)."""
    return server.feed(path, rss(title, posts), conditional=False)


def start(cc, server, now):
    cc("watch", "add", "Acme", "--kind", "brand")
    cc("feeds", "add", serve(server, "/social.xml", "Social", social(now)), "--internal", "--name", "Social")
    news = [("news-1", now - 7200, "Dana Whitfield", "Acme recalls a batch of kettles after reports of overheating")]
    cc("feeds", "add", serve(server, "/news.xml", "Daily Herald", news), "--internal", "--name", "Daily Herald",
       "--reach", "news")
    cc("poll", "--once", "--all", "--json")
    return news


def by_name(cc, name, *args):
    return next(a for a in cc("authors", "list", "--limit", "500", *args, "--json") if a["name"] == name)


def test_profiles_gather_an_authors_mentions_with_figures_and_reasons(cc, server):
    now = time.time()
    start(cc, server, now)
    listed = cc("authors", "list", "--json")
    assert [a["name"] for a in listed][0] == GUS            # by negative mentions, the complainer first
    gus = cc("authors", "show", listed[0]["id"], "--json")
    assert gus["mention_count"] == 4 and gus["negative_count"] == 4 and gus["negative_share"] == 1.0
    assert gus["sources"] == ["Social"] and gus["max_severity"] >= 35
    assert (gus["first_seen"], gus["last_seen"]) < (gus["last_seen"], "~")
    kinds = {r["kind"]: r["evidence"] for r in gus["reasons"]}
    assert kinds == {"repeat_complainer": "4 negative mentions over 3 days"}
    assert len(gus["recent_mentions"]) == 4 and all(m["author_id"] == gus["id"] for m in gus["recent_mentions"])
    reporter = by_name(cc, "Dana Whitfield")
    assert reporter["reasons"] == [{"kind": "news", "evidence": "writes on Daily Herald, a news source"}]
    hana = by_name(cc, "happy_hana")
    assert [r["kind"] for r in hana["reasons"]] == ["new", "praiser"]
    assert [a["name"] for a in cc("authors", "list", "--order", "recent", "--json")][0] == "happy_hana"


def test_figures_kept_on_ingest_equal_a_full_recount(cc, server):
    now = time.time()
    start(cc, server, now)
    serve(server, "/social.xml", "Social", social(now) + [("gus-late", now - 60, GUS, "Acme is awful, still broken")])
    cc("poll", "--once", "--all", "--json")
    ws = Workspace(cc.folder)
    try:
        kept = ws.db.execute("SELECT * FROM authors ORDER BY id").fetchall()
        ws.db.execute("UPDATE authors SET first_seen = NULL, last_seen = NULL, mention_count = 0, negative_count = 0, "
                      "positive_count = 0, max_severity = NULL, reach = NULL, first_negative = NULL, last_negative = NULL")
        author_rows.merge(ws.db, "1", [])
        assert ws.db.execute("SELECT * FROM authors ORDER BY id").fetchall() == kept
        assert ws.db.execute("SELECT count(*) FROM mentions WHERE author_id IS NULL").fetchone()[0] == 0
        ws.db.conn.rollback()
    finally:
        ws.close()


def test_a_label_shows_on_every_mention_and_scores_only_later_ones(cc, server):
    now = time.time()
    news = start(cc, server, now)
    reporter = by_name(cc, "Dana Whitfield")
    before = cc("mentions", "--json")
    first = next(m for m in before if m["author"] == "Dana Whitfield")
    assert "labelled journalist" in cc("authors", "label", reporter["id"], "Journalist").stdout
    assert "already labelled" in cc("authors", "label", reporter["id"], "journalist").stdout
    assert [a["name"] for a in cc("authors", "list", "--label", "journalist", "--json")] == ["Dana Whitfield"]
    serve(server, "/news.xml", "Daily Herald",
          news + [("news-2", now - 60, "Dana Whitfield", "Acme recall widens to a second kettle model")])
    cc("poll", "--once", "--all", "--json")
    rows = {m["id"]: m for m in cc("mentions", "--json") if m["author"] == "Dana Whitfield"}
    assert len(rows) == 2 and all(m["author_labels"] == ["journalist"] for m in rows.values())
    old, new = rows[first["id"]], next(m for i, m in rows.items() if i != first["id"])
    assert old["severity"] == first["severity"] and old["reasons"] == first["reasons"]     # stored scores stay
    label = [r for r in new["reasons"] if r["factor"] == "author label"]
    assert label == [{"factor": "author label", "points": 12, "evidence": "journalist (set by the team)"}]
    unlabelled = sum(r["points"] for r in new["reasons"] if r["factor"] not in ("author label", "clamp"))
    assert new["severity"] == min(100, unlabelled + 12)
    assert "label removed" in cc("authors", "unlabel", reporter["id"], "journalist").stdout
    assert cc("authors", "show", reporter["id"], "--json")["labels"] == []
    trail = [(r["action"], r["details"]) for r in cc("audit", "--json") if r["target_type"] == "author"]
    assert trail == [("author.unlabel", {"author_id": reporter["id"], "label": "journalist"}),
                     ("author.label", {"author_id": reporter["id"], "label": "journalist"})]


def test_notes_links_export_and_erasure(cc, server, tmp_path):
    now = time.time()
    start(cc, server, now)
    gus, hana = by_name(cc, GUS), by_name(cc, "happy_hana")
    cc("authors", "label", gus["id"], "customer")
    assert "note 1 added" in cc("authors", "note", gus["id"], NOTE).stdout
    assert "linked as the same person" in cc("authors", "link", gus["id"], hana["id"]).stdout
    shown = cc("authors", "show", gus["id"], "--json")
    assert [n["text"] for n in shown["notes"]] == [NOTE]
    assert shown["links"] == [{"id": hana["id"], "name": "happy_hana", "source": "Social"}]
    assert cc("authors", "show", hana["id"], "--json")["links"][0]["id"] == gus["id"]
    out = tmp_path / "gus.json"
    cc("authors", "export", gus["id"], out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["author"]["notes"][0]["text"] == NOTE and doc["author"]["labels"] == ["customer"]
    assert sorted(m["text"] for m in doc["mentions"]) == sorted(GUS_POSTS)
    assert "erased 1 notes, 1 labels and 1 links" in cc("authors", "erase", gus["id"]).stdout
    after = cc("authors", "show", gus["id"], "--json")
    assert (after["notes"], after["labels"], after["links"], after["mention_count"]) == ([], [], [], 4)
    assert cc("authors", "show", hana["id"], "--json")["links"] == []
    assert len([m for m in cc("mentions", "--json") if m["author_id"] == gus["id"]]) == 4
    trail = [r for r in cc("audit", "--json") if r["target_type"] == "author"]
    assert [r["action"] for r in trail] == ["author.erase", "author.export", "author.link", "author.note", "author.label"]
    assert NOTE not in json.dumps(trail) and all(r["target_id"] in (str(gus["id"]),) for r in trail)
    assert "chain intact" in cc("audit", "--verify").stdout


def test_bad_input_is_one_line_and_exit_code_2(cc, server):
    start(cc, server, time.time())
    for args, says in ((("show", "999"), "no author with id 999"), (("show", "gus"), "not an author id: 'gus'"),
                       (("label", "1", "  "), "a label cannot be empty"), (("note", "1", ""), "a note cannot be empty"),
                       (("link", "1", "1"), "cannot be linked to itself"), (("list", "--limit", "0"), "at least 1")):
        r = cc("authors", *args, check=False)
        assert r.returncode == 2 and says in r.stderr and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)


@pytest.fixture
def two_authors(cc, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(rss("Social", [(f"p{i}", time.time() - 60 * i, name, f"Acme post {i}")
                                   for i, name in enumerate(["gus", "hana"])]), encoding="utf-8")
    cc("feeds", "add", feed)
    cc("poll", "--once", "--all", "--json")
    assert [a["id"] for a in cc("authors", "list", "--order", "recent", "--json")] == [1, 2]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verb=st.sampled_from(["label", "unlabel", "note", "show", "link", "erase"]),
       target=st.one_of(st.integers(-3, 5).map(str), st.text(max_size=8)), text=st.text(max_size=40))
def test_any_author_command_either_works_or_says_why_in_one_line(two_authors, cc, verb, target, text):
    """Whatever the id and text, a command succeeds, or exits 2 with one line and no traceback."""
    args = {"show": [target], "erase": [target], "link": [target, "1"]}.get(verb, [target, text])
    r = cc("authors", verb, *args, check=False)
    assert r.returncode in (0, 2), (verb, args, r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    if r.returncode == 2:
        assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("crisis-console")
