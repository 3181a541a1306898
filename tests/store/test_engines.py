"""The store's named functions on both engines (`any_db`: a SQLite file and a PostgreSQL database
of the tests' own cluster): the write door, the audit chain, the never-delete rules, settings,
triage and search behave the same."""

import threading
import time

import pytest

from console.errors import UsageError
from console.store import audit, mentions, open_db, search, settings
from console.store.engine import POSTGRES, engine_of
from console.store.transaction import write
from console.store.wall import Sort, WallStore
from console.store.wall_filter import WallFilter
from console.timeutil import now_iso


def add_mention(db, title, text="", lang=None):
    with write(db):
        src = db.execute("SELECT id FROM sources WHERE url = ?", ["file:///feed.xml"]).fetchone()
        sid = src[0] if src else db.execute("INSERT INTO sources (url, name, added_at) VALUES (?,?,?)",
                                            ["file:///feed.xml", "Feed", now_iso()]).lastrowid
        t = now_iso()
        return db.execute("INSERT INTO mentions (source_id, dedupe_key, title, text, lang, first_seen, sort_time) "
                          "VALUES (?,?,?,?,?,?,?)", [sid, f"k-{title}", title, text, lang, t, t]).lastrowid


def test_the_write_door_commits_whole_and_rolls_back_whole(any_db):
    with write(any_db):
        settings.put(any_db, "a", "1")
        with write(any_db):
            settings.put(any_db, "b", "2")
    with pytest.raises(RuntimeError), write(any_db):
        settings.put(any_db, "a", "changed")
        with write(any_db):
            settings.put(any_db, "c", "3")
        raise RuntimeError("undo")
    assert (settings.get(any_db, "a"), settings.get(any_db, "b"), settings.get(any_db, "c")) == ("1", "2", None)
    assert not any_db.conn.in_transaction


def test_a_failed_inner_door_is_undone_alone(any_db):
    with write(any_db):
        settings.put(any_db, "kept", "yes")
        with pytest.raises(Exception, match="never deleted"), write(any_db):
            mid = add_mention(any_db, "doomed")
            any_db.execute("DELETE FROM mentions WHERE id = ?", [mid])
    assert settings.get(any_db, "kept") == "yes"
    assert any_db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_mentions_are_never_deleted_and_the_audit_never_edited(any_db):
    mid = add_mention(any_db, "Acme kettle broke")
    with write(any_db):
        audit.record(any_db, "test.action", "mention", mid, {"n": 1})
    with pytest.raises(Exception, match="never deleted"), write(any_db):
        any_db.execute("DELETE FROM mentions WHERE id = ?", [mid])
    for sql in ("UPDATE audit SET actor = 'someone else'", "DELETE FROM audit"):
        with pytest.raises(Exception, match="cannot be edited"), write(any_db):
            any_db.execute(sql)
    assert any_db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1
    assert audit.verify(any_db).ok


def test_triage_writes_one_audit_row_each_and_the_chain_verifies(any_db):
    mid = add_mention(any_db, "Acme refund refused")
    mentions.set_status(any_db, mid, "acknowledged")
    mentions.assign(any_db, mid, "Lee")
    mentions.add_tag(any_db, mid, "refund")
    mentions.set_notes(any_db, mid, "called back")
    m = mentions.get(any_db, mid)
    assert (m["status"], m["assignee"], m["tags"], m["notes"]) == ("acknowledged", "Lee", ["refund"], "called back")
    rows = audit.rows(any_db)
    assert [r["action"] for r in rows][::-1] == ["mention.set_status", "mention.assign", "mention.tag", "mention.note"]
    assert all(r["target_id"] == str(mid) for r in rows)
    v = audit.verify(any_db)
    assert v.ok and v.rows == 4
    with pytest.raises(UsageError):
        mentions.set_status(any_db, mid + 100, "resolved")


def test_the_audit_actor_on_a_shared_workspace_is_the_login(any_db):
    mid = add_mention(any_db, "Acme")
    with write(any_db):
        audit.record(any_db, "test.action", "mention", mid, actor="claimed-name")
    actor = audit.rows(any_db)[0]["actor"]
    assert actor == ("ccowner" if engine_of(any_db) == POSTGRES else "claimed-name")


SEARCHES = [
    ("kettle", ["Acme kettle broke"]),
    ("ACME", ["Acme kettle broke", "Acme refund refused", "Acme的快递丢了", "退款Acme太慢了"]),
    ('"kettle broke"', ["Acme kettle broke"]),
    ("ref*", ["Acme refund refused"]),
    ("快递", ["Acme的快递丢了"]),
    ("快递丢了", ["Acme的快递丢了"]),
    ("refund kettle", []),
]


def add_searched(db):
    add_mention(db, "Acme kettle broke")
    add_mention(db, "Acme refund refused")
    add_mention(db, "Acme的快递丢了", lang="zh")
    add_mention(db, "退款Acme太慢了", lang="zh")


@pytest.mark.parametrize("query, found", SEARCHES)
def test_search_finds_the_same_mentions_on_both_engines(any_db, query, found):
    add_searched(any_db)
    assert sorted(m["title"] for m in mentions.query(any_db, search=query)) == sorted(found)


@pytest.mark.parametrize("collect", [False, True])
def test_both_shapes_of_a_postgres_search_find_the_same(pg_url, monkeypatch, collect):
    """Walking the order testing each mention, or collecting the matches first (a rare word): the
    command line's listing and the wall's pages (the first, and the new mentions only) agree."""
    db = open_db(pg_url)
    add_searched(db)
    monkeypatch.setattr(search, "PG_COLLECT_SHARE", 10.0 if collect else 0.0)  # beyond any estimate, or below
    store = WallStore(pg_url)
    for query, found in SEARCHES:
        assert search.pg_collects(db, search.parse(query)) == collect
        assert sorted(m["title"] for m in mentions.query(db, search=query)) == sorted(found), query
        assert sorted(r.headline for r in store.page(WallFilter(search=query), Sort("attention")).rows) == sorted(found)
        newer = store.newer_than(WallFilter(search=query), Sort(), max_id=2, limit=10).rows
        assert sorted(r.headline for r in newer) == sorted(set(found) & {"Acme的快递丢了", "退款Acme太慢了"}), query
    store.close()
    db.close()


def test_a_tag_another_desk_adds_meanwhile_is_kept(any_db, tmp_path):
    """A tag joins the tags as they are once the write door is held: the desk that waited at the
    door keeps the tag the one inside added."""
    mid = add_mention(any_db, "Acme kettle broke")
    other = open_db(getattr(any_db, "url", None) or tmp_path / "console.db")
    inside = threading.Event()

    def second_desk():
        inside.wait()
        mentions.add_tag(other, mid, "refund")   # waits at the door until the first desk commits

    t = threading.Thread(target=second_desk)
    t.start()
    with write(any_db):
        mentions.add_tag(any_db, mid, "safety")
        inside.set()
        time.sleep(0.5)   # the second desk is at the door meanwhile
    t.join()
    other.conn.close()
    assert mentions.get(any_db, mid)["tags"] == ["safety", "refund"]


def test_copied_rows_get_their_defaults_and_triggers(any_db):
    """executemany of a plain INSERT (COPY on PostgreSQL) fills defaults and feeds the search index."""
    any_db.conn.executemany("INSERT INTO sources (url, name, added_at) VALUES (?, ?, ?)",
                            [(f"file:///feed{i}.xml", f"Feed {i}", now_iso()) for i in range(3)])
    rows = any_db.execute("SELECT id, url, interval_s, enabled FROM sources ORDER BY id").fetchall()
    assert [tuple(r)[1:] for r in rows] == [(f"file:///feed{i}.xml", 900, 1) for i in range(3)]
    t = now_iso()
    any_db.conn.executemany("INSERT INTO mentions (source_id, dedupe_key, title, first_seen, sort_time) "
                            "VALUES (?,?,?,?,?)", [(rows[0][0], "k", "Acme kettle broke", t, t)])
    assert [m["title"] for m in mentions.query(any_db, search="kettle")] == ["Acme kettle broke"]


def test_the_wall_pages_a_shared_workspace(any_db, tmp_path):
    """The wall's own store reads a PostgreSQL workspace too: its first page in the attention order."""
    calm, urgent = add_mention(any_db, "Acme kettle is fine"), add_mention(any_db, "Acme kettle exploded")
    with write(any_db):
        any_db.execute("UPDATE mentions SET level = 'critical' WHERE id = ?", [urgent])
    store = WallStore(getattr(any_db, "url", None) or tmp_path / "console.db")
    page = store.page(WallFilter(), Sort("attention"))
    store.close()
    assert [r.id for r in page.rows] == [urgent, calm] and page.max_id == urgent and page.complete


def test_concurrent_audit_appends_stay_one_chain(any_db, tmp_path):
    """Four connections append at once; each append reads the previous hash, so without
    serialisation two rows would claim the same predecessor."""
    where = getattr(any_db, "url", None) or tmp_path / "console.db"
    errors = []

    def appender(n):
        db = open_db(where)
        try:
            for i in range(15):
                with write(db):
                    audit.record(db, "test.append", "mention", n * 100 + i)
        except Exception as e:  # reported below
            errors.append(e)
        finally:
            db.conn.close()

    threads = [threading.Thread(target=appender, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    v = audit.verify(any_db)
    assert v.ok and v.rows == 60, v.problem


def test_every_triage_raises_the_version_and_a_stale_one_is_refused(any_db):
    mid = add_mention(any_db, "Acme kettle broke")
    assert mentions.get(any_db, mid)["version"] == 0
    mentions.set_status(any_db, mid, "acknowledged", expect_version=0)
    mentions.set_status(any_db, mid, "acknowledged")  # the same value: still an action, still counted
    m = mentions.get(any_db, mid)
    who = "ccowner" if engine_of(any_db) == POSTGRES else audit.current_actor()
    assert (m["version"], m["changed_by"]) == (2, who) and m["changed_at"]
    with pytest.raises(UsageError, match=f"changed by {who} at {m['changed_at']}"):
        mentions.assign(any_db, mid, "Lee", expect_version=1)
    assert mentions.get(any_db, mid)["assignee"] is None
    assert len(audit.rows(any_db)) == 2
    mentions.assign(any_db, mid, "Lee", expect_version=2)
    assert mentions.get(any_db, mid)["version"] == 3


def test_follow_shows_new_and_changed_mentions_from_another_connection(any_db, tmp_path):
    """Nothing at start; then a change committed by another connection, and a new mention."""
    from console.store.follow import changes

    first = add_mention(any_db, "Acme kettle broke")
    where = getattr(any_db, "url", None) or tmp_path / "console.db"
    seen, stream = [], changes(any_db)

    def other_desk():
        import time

        db = open_db(where)
        time.sleep(0.5)
        mentions.set_status(db, first, "acknowledged")
        add_mention(db, "Acme refund refused")
        db.conn.close()

    t = threading.Thread(target=other_desk)
    t.start()
    for row in stream:
        seen.append(row)
        if len(seen) == 2:
            break
    t.join()
    changed, new = sorted(seen, key=lambda r: r["id"])
    assert (changed["id"], changed["status"], changed["version"]) == (first, "acknowledged", 1)
    assert changed["changed_by"] and changed["changed_at"]
    assert new["id"] > first and (new["status"], new["version"]) == ("new", 0)
