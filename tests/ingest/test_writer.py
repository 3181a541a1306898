"""Storing entries: dedupe, first-wins, feed columns only on a re-fetch, plausible sort times,
re-keyed GUIDs, and all-or-nothing transactions, on a real workspace database."""

import pytest

from console.analysis.pipeline import Analyzer
from console.ingest import sources
from console.ingest.model import Entry
from console.ingest.writer import sort_time, store_entries
from console.store import mentions

NOW = "2026-03-01T12:00:00Z"


class Recording(Analyzer):
    """The real hook's interface, recording what it was given."""

    def __init__(self, db, fail=False):
        super().__init__(db)
        self.scored, self.inserted, self.fail = [], [], fail

    def score(self, rows, source, scores=None, scored_with=None):
        self.scored.append([r["dedupe_key"] for r in rows])
        for r in rows:
            r["sentiment"] = -0.5

    def after_insert(self, db, new_ids):
        if self.fail:
            raise RuntimeError("analysis broke")
        self.inserted.append(list(new_ids))
        return [len(new_ids)]


def entry(i, **kw):
    base = dict(dedupe_key=f"g:urn:{i}", guid=f"urn:{i}", title=f"Acme {i}", text=f"Acme text {i}",
                url=f"http://example.test/{i}", published="2026-02-01T10:00:00Z", content_hash=f"h{i}", lang="en")
    base.update(kw)
    return Entry(**base)


@pytest.fixture
def source(db, tmp_path):
    (tmp_path / "f.xml").write_text("<rss/>")
    return sources.add(db, str(tmp_path / "f.xml"))


def count(db):
    return db.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_new_entries_are_stored_scored_and_their_ids_returned(db, source):
    an = Recording(db)
    out = store_entries(db, source, [entry(1), entry(2)], an, health={"etag": "e1"}, now=NOW)
    assert len(out.new_ids) == 2 and out.alerts == [2]
    assert an.scored == [["g:urn:1", "g:urn:2"]] and an.inserted == [out.new_ids]
    row = db.execute("SELECT first_seen, sort_time, sentiment, links, status FROM mentions WHERE id = ?",
                     [out.new_ids[0]]).fetchone()
    assert row == (NOW, "2026-02-01T10:00:00Z", -0.5, "[]", "new")
    assert db.execute("SELECT etag FROM sources WHERE id = ?", [source["id"]]).fetchone()[0] == "e1"


def test_a_key_repeated_within_one_document_keeps_the_first(db, source):
    store_entries(db, source, [entry(1, title="first"), entry(1, title="second")], Recording(db), now=NOW)
    assert [m["title"] for m in mentions.query(db)] == ["first"]


def test_a_refetch_updates_feed_columns_and_never_operator_columns(db, source):
    an = Recording(db)
    mid = store_entries(db, source, [entry(1)], an, now=NOW).new_ids[0]
    mentions.set_status(db, mid, "in_progress")
    mentions.assign(db, mid, "dana")
    mentions.add_tag(db, mid, "refund")
    mentions.set_notes(db, mid, "called back")
    out = store_entries(db, source, [entry(1, title="Acme 1 (edited)", content_hash="h1b"), entry(2)], an, now=NOW)
    assert (len(out.new_ids), out.updated) == (1, 1)
    assert an.scored[-1] == ["g:urn:2"]        # the known entry is not scored again
    m = mentions.get(db, mid)
    assert m["title"] == "Acme 1 (edited)"
    assert (m["status"], m["assignee"], m["tags"], m["notes"]) == ("in_progress", "dana", ["refund"], "called back")
    again = store_entries(db, source, [entry(1, title="Acme 1 (edited)", content_hash="h1b")], an, now=NOW)
    assert (again.new_ids, again.updated) == ([], 0)
    assert count(db) == 2


@pytest.mark.parametrize("published, expected", [
    ("2026-02-01T10:00:00Z", "2026-02-01T10:00:00Z"),
    ("2026-03-01T12:10:00Z", "2026-03-01T12:10:00Z"),   # within the clock-skew allowance
    ("2027-01-01T00:00:00Z", NOW),                       # in the future
    ("1970-01-01T00:00:00Z", NOW),                       # before web feeds
    (None, NOW),
])
def test_sort_time_falls_back_to_first_seen_for_implausible_dates(published, expected):
    assert sort_time(published, NOW) == expected


def test_a_feed_that_rekeys_every_guid_at_once_is_flagged_not_duplicated(db, source):
    an = Recording(db)
    store_entries(db, source, [entry(i) for i in range(5)], an, now=NOW)
    rekeyed = [entry(i, dedupe_key=f"g:new-{i}", guid=f"new-{i}") for i in range(5)] + [entry(9, dedupe_key="g:new-9")]
    out = store_entries(db, source, rekeyed, an, now=NOW)
    assert out.rekeyed and len(out.new_ids) == 1    # only the entry with an unseen link
    assert count(db) == 6
    flag = db.execute("SELECT rekeyed_at, last_warning FROM sources WHERE id = ?", [source["id"]]).fetchone()
    assert flag[0] == NOW and "GUID" in flag[1]


def test_a_feed_whose_entries_are_all_new_is_not_mistaken_for_a_rekey(db, source):
    an = Recording(db)
    store_entries(db, source, [entry(i) for i in range(5)], an, now=NOW)
    out = store_entries(db, source, [entry(i) for i in range(5, 10)], an, now=NOW)
    assert not out.rekeyed and len(out.new_ids) == 5


def test_a_failure_inside_the_transaction_stores_nothing_and_keeps_the_old_validators(db, source):
    with pytest.raises(RuntimeError):
        store_entries(db, source, [entry(1)], Recording(db, fail=True), health={"etag": "new"}, now=NOW)
    assert count(db) == 0
    assert db.execute("SELECT etag FROM sources WHERE id = ?", [source["id"]]).fetchone()[0] is None
    assert not db.conn.in_transaction


def test_a_big_feed_is_written_in_short_transactions_with_the_validators_in_the_last(db, source, monkeypatch):
    from console.ingest import writer
    monkeypatch.setattr(writer, "CHUNK", 4)
    an = Recording(db)
    commits = []
    db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None)
    out = store_entries(db, source, [entry(i) for i in range(10)], an, health={"etag": "e1"}, now=NOW)
    db.conn.set_trace_callback(None)
    assert len(commits) == 3 and len(out.new_ids) == 10 and count(db) == 10
    assert an.scored == [[f"g:urn:{i}" for i in range(10)]]          # scored once, before the writes
    assert an.inserted == [out.new_ids[:4], out.new_ids[4:8], out.new_ids[8:]]
    assert db.execute("SELECT etag FROM sources WHERE id = ?", [source["id"]]).fetchone()[0] == "e1"


def test_a_feed_killed_half_way_keeps_its_old_validators_and_the_next_poll_stores_the_rest(db, source, monkeypatch):
    from console.ingest import writer
    monkeypatch.setattr(writer, "CHUNK", 4)

    class FailsLate(Recording):
        def after_insert(self, db, new_ids):
            if len(self.inserted) == 2:
                raise RuntimeError("killed")
            return super().after_insert(db, new_ids)

    with pytest.raises(RuntimeError):
        store_entries(db, source, [entry(i) for i in range(10)], FailsLate(db), health={"etag": "e1"}, now=NOW)
    assert count(db) == 8
    assert db.execute("SELECT etag FROM sources WHERE id = ?", [source["id"]]).fetchone()[0] is None
    out = store_entries(db, source, [entry(i) for i in range(10)], Recording(db), health={"etag": "e1"}, now=NOW)
    assert len(out.new_ids) == 2 and count(db) == 10
    assert db.execute("SELECT count(DISTINCT dedupe_key) FROM mentions").fetchone()[0] == 10


def test_entries_are_scored_again_under_the_lock_when_the_watch_terms_changed_meanwhile(db, source):
    from console.analysis import watchterms

    class TermAddedWhileScoring(Analyzer):
        def score(self, rows, source, scores=None, scored_with=None):
            super().score(rows, source, scores, scored_with)
            if not watchterms.load(db):
                watchterms.add(db, "kettle", "product")     # another process, between scoring and writing

    out = store_entries(db, source, [entry(1, text="Acme kettle broke")], TermAddedWhileScoring(db), now=NOW)
    assert mentions.get(db, out.new_ids[0])["matched_terms"] == ["kettle"]


def test_a_batch_wider_than_one_statement_is_stored_whole_in_order(db, source, monkeypatch):
    """More rows than one statement's parameters allow are split across statements in one
    transaction; every row is stored, findable by its words, with ids in the feed's order."""
    from console.ingest import writer

    monkeypatch.setattr(writer, "_parameter_limit", lambda db: 200)    # a handful of rows per statement
    out = store_entries(db, source, [entry(i, title=f"Kettle{i} report") for i in range(1, 31)], Recording(db), now=NOW)
    assert len(out.new_ids) == 30 and out.new_ids == sorted(out.new_ids)
    keys = [db.execute("SELECT dedupe_key FROM mentions WHERE id = ?", [m]).fetchone()[0] for m in out.new_ids]
    assert keys == [f"g:urn:{i}" for i in range(1, 31)]
    assert db.execute("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH 'kettle17'").fetchall() == \
        [(out.new_ids[16],)]


def test_several_feeds_share_transactions_and_each_gets_its_own_ids_and_health(db, source, tmp_path, monkeypatch):
    """Feeds waiting together are written together: a transaction holds up to CHUNK entries of
    any of them and the checks run once for it; a feed's health goes in the transaction holding
    its last entry, so a failure in a later one leaves a feed stored whole or not marked fetched."""
    from console.ingest import writer
    from console.ingest.writer import Feed, store_feeds

    (tmp_path / "g.xml").write_text("<rss/>")
    other = sources.add(db, str(tmp_path / "g.xml"))
    monkeypatch.setattr(writer, "CHUNK", 4)
    an = Recording(db)
    commits = []
    db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None)
    a, b = store_feeds(db, [Feed(source, [entry(i) for i in range(3)], {"etag": "a1"}),
                            Feed(other, [entry(i) for i in range(3, 8)], {"etag": "b1"})], an, now=NOW)
    db.conn.set_trace_callback(None)
    assert len(commits) == 2 and an.inserted == [a.new_ids + b.new_ids[:1], b.new_ids[1:]]
    assert len(a.new_ids) == 3 and len(b.new_ids) == 5 and a.alerts == [4] and b.alerts == [4]
    owner = dict(db.execute("SELECT id, source_id FROM mentions").fetchall())
    assert {owner[m] for m in a.new_ids} == {source["id"]} and {owner[m] for m in b.new_ids} == {other["id"]}

    class FailsSecond(Recording):
        def after_insert(self, db, new_ids):
            if self.inserted:
                raise RuntimeError("killed")
            return super().after_insert(db, new_ids)

    a, b = store_feeds(db, [Feed(source, [entry(i) for i in range(10, 13)], {"etag": "a2"}),
                            Feed(other, [entry(i) for i in range(13, 18)], {"etag": "b2"})], FailsSecond(db), now=NOW)
    assert len(a.new_ids) == 3 and isinstance(b, RuntimeError)
    etags = dict(db.execute("SELECT id, etag FROM sources").fetchall())
    assert (etags[source["id"]], etags[other["id"]]) == ("a2", "b1")   # the first stored whole, the second not marked
    assert count(db) == 8 + 4


def test_a_failure_stays_with_its_feed_and_what_was_committed_is_not_stored_again(db, source, tmp_path, monkeypatch):
    """A shared transaction fails because of one feed: the feeds not yet stored whole are written
    again alone, from their rows as planned, so a re-keyed feed's known links stay out."""
    from console.ingest import writer
    from console.ingest.writer import Feed, store_feeds

    (tmp_path / "g.xml").write_text("<rss/>")
    other = sources.add(db, str(tmp_path / "g.xml"))
    store_entries(db, source, [entry(i) for i in range(10)], Recording(db), now=NOW)
    monkeypatch.setattr(writer, "CHUNK", 4)
    rekeyed = [entry(i, dedupe_key=f"g:new:{i}", guid=f"new:{i}") for i in range(10)]   # same links, new GUIDs
    fresh = [entry(i) for i in range(20, 26)]   # 4 in a transaction of their own, 2 with the other feed's

    class BreaksOnOther(Recording):
        def after_insert(self, db, new_ids):
            owners = {r[0] for r in db.execute("SELECT DISTINCT source_id FROM mentions WHERE id IN "
                                               f"({','.join(map(str, new_ids))})")}
            if other["id"] in owners:
                raise RuntimeError("the analysis broke on the other feed")
            return super().after_insert(db, new_ids)

    mine, theirs = store_feeds(db, [Feed(source, rekeyed + fresh, {"etag": "a2"}),
                                    Feed(other, [entry(i, url=f"http://other.test/{i}") for i in range(30, 32)],
                                         {"etag": "b2"})], BreaksOnOther(db), now=NOW)
    assert isinstance(theirs, RuntimeError) and mine.rekeyed and len(mine.new_ids) == 6
    assert count(db) == 10 + 6                                     # no re-keyed entry stored twice
    etags = dict(db.execute("SELECT id, etag FROM sources").fetchall())
    assert (etags[source["id"]], etags[other["id"]]) == ("a2", None)


def test_a_failure_of_the_database_itself_is_not_tried_again_feed_by_feed(db, source, tmp_path):
    import sqlite3

    from console.ingest.writer import Feed, store_feeds

    (tmp_path / "g.xml").write_text("<rss/>")
    other = sources.add(db, str(tmp_path / "g.xml"))

    class Full(Recording):
        def after_insert(self, db, new_ids):
            self.inserted.append(new_ids)
            raise sqlite3.OperationalError("database or disk is full")

    an = Full(db)
    outcomes = store_feeds(db, [Feed(source, [entry(1)]), Feed(other, [entry(2)])], an, now=NOW)
    assert [type(o) for o in outcomes] == [sqlite3.OperationalError] * 2 and len(an.inserted) == 1
    assert count(db) == 0


def test_the_cjk_flag_says_what_the_trigram_triggers_glob_would(db):
    """The writer tells the trigram index's trigger whether a mention holds CJK text (schema m100);
    a row inserted without the flag is still looked at by the trigger's own GLOB."""
    import random

    from console.ingest.writer import _cjk
    from console.store.schema import has_cjk_sql

    edges = [0x303F, 0x3040, 0x30FF, 0x3100, 0x33FF, 0x3400, 0x4DBF, 0x4DC0, 0x4DFF, 0x4E00, 0x9FFF, 0xA000,
             0xF8FF, 0xF900, 0xFAFF, 0xFB00, 0xABFF, 0xAC00, 0xD7AF, 0xD7B0, 0x20000]
    rng = random.Random(5)

    def pick():
        return "".join(rng.choice(["a", " ", "é", "ї", chr(rng.choice(edges))]) for _ in range(rng.randint(0, 6)))

    for _ in range(400):
        e = entry(1, title=pick(), text=pick(), author=rng.choice([None, pick()]))
        globbed = db.execute(f"SELECT coalesce({has_cjk_sql('m')}, 0) FROM (SELECT ? AS title, ? AS text, ? AS author) m",
                             [e.title, e.text, e.author]).fetchone()[0]
        assert _cjk(e) == globbed, (e.title, e.text, e.author)


def test_chinese_mentions_are_in_the_trigram_index_whoever_inserts_them(db, source):
    stored = store_entries(db, source, [entry(1, title="Acme 水壺壞了", text="客服不回覆"), entry(2)], Recording(db), now=NOW)
    assert db.execute("SELECT id, cjk FROM mentions ORDER BY id").fetchall() == [(stored.new_ids[0], 1), (stored.new_ids[1], 0)]
    db.execute("INSERT INTO mentions (source_id, dedupe_key, title, text, first_seen, sort_time) "
               "VALUES (?, 'g:other', '快递没到', '', ?, ?)", [source["id"], NOW, NOW])   # another path: no flag
    other = db.execute("SELECT id FROM mentions WHERE dedupe_key = 'g:other'").fetchone()[0]

    def found(trigram):
        return [r[0] for r in db.execute("SELECT rowid FROM mentions_cjk WHERE mentions_cjk MATCH ?", [f'"{trigram}"'])]
    assert (found("水壺壞"), found("快递没"), found("ext")) == ([stored.new_ids[0]], [other], [])
