"""The store: schema, refusal of foreign or damaged files, the delete trigger, the audit chain,
triage actions, backup and the writer lock, all on real SQLite files."""

import sqlite3

import pytest

from console.errors import UsageError, WorkspaceError
from console.files import backup
from console.store import APPLICATION_ID, audit, mentions, open_db
from console.store.lock import WorkspaceLock
from console.timeutil import now_iso


def add_mention(db, title="Acme kettle broke", source_url="file:///tmp/feed.xml"):
    with db.atomic():
        src = db.execute("SELECT id FROM sources WHERE url = ?", [source_url]).fetchone()
        if src is None:
            sid = db.execute("INSERT INTO sources (url, name, added_at) VALUES (?,?,?)",
                             [source_url, "Feed", now_iso()]).lastrowid
        else:
            sid = src[0]
        t = now_iso()
        return db.execute("INSERT INTO mentions (source_id, dedupe_key, title, text, first_seen, sort_time) "
                          "VALUES (?,?,?,?,?,?)", [sid, f"k-{title}", title, title, t, t]).lastrowid


def test_new_database_is_marked_and_in_wal_mode(db):
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"sources", "mentions", "watch_terms", "alerts", "audit", "mentions_fts"} <= set(db.table_names())


def test_mentions_cannot_be_deleted(db):
    mid = add_mention(db)
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM mentions WHERE id = ?", [mid])
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1


@pytest.mark.parametrize("content", [b"", b"hello, I am a text file\n" * 10, b"SQLite format 3\x00" + b"\x00" * 20])
def test_foreign_empty_or_truncated_files_are_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "console.db"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="left untouched"):
        open_db(path)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another application"):
        open_db(path)
    assert path.read_bytes() == before


def test_damaged_database_is_refused(tmp_path, workspace):
    for i in range(300):
        add_mention(workspace.db, title=f"mention {i} " + "x" * 400)
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    data = bytearray(workspace.db_path.read_bytes())
    data[8192:16384] = b"\xff" * 8192  # scribble over pages in the middle
    workspace.db_path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError):
        open_db(workspace.db_path)


def test_triage_actions_write_one_audit_row_each_and_verify(db):
    mid = add_mention(db)
    n0 = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    mentions.set_status(db, mid, "acknowledged")
    mentions.assign(db, mid, "Dana")
    change = mentions.add_tag(db, mid, "refund")
    m = mentions.get(db, mid)
    assert (m["status"], m["assignee"], m["tags"]) == ("acknowledged", "Dana", ["refund"])
    mentions.undo(db, change)
    assert mentions.get(db, mid)["tags"] == []
    rows = audit.rows(db)
    assert len(rows) == n0 + 4
    assert [r["action"] for r in rows[:4]] == ["mention.undo", "mention.tag", "mention.assign", "mention.set_status"]
    assert all(r["details"]["mention_id"] == mid for r in rows[:4])
    assert audit.verify(db).ok


def test_unknown_status_or_id_is_a_usage_error(db):
    mid = add_mention(db)
    with pytest.raises(UsageError, match="unknown status"):
        mentions.set_status(db, mid, "deleted")
    with pytest.raises(UsageError, match="no mention"):
        mentions.set_status(db, 999999, "acknowledged")
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == 0


def test_audit_rows_cannot_be_edited_and_tampering_breaks_the_chain(db, workspace):
    mid = add_mention(db)
    mentions.set_status(db, mid, "acknowledged")
    mentions.set_status(db, mid, "resolved")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
        db.execute("UPDATE audit SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
        db.execute("DELETE FROM audit")
    # Someone bypassing the triggers (dropping them) is caught by the chain.
    db.execute("DROP TRIGGER audit_never_updated")
    db.execute("UPDATE audit SET actor = 'mallory' WHERE id = 1")
    v = audit.verify(db)
    assert not v.ok and v.first_bad_id == 1


def test_failed_action_leaves_neither_change_nor_audit_row(db):
    mid = add_mention(db)
    db.execute("CREATE TRIGGER boom BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError):
        mentions.set_status(db, mid, "acknowledged")
    assert mentions.get(db, mid)["status"] == "new"


def test_backup_copies_everything_committed_including_the_wal(tmp_path, db):
    for i in range(50):
        add_mention(db, title=f"m{i}")
    dest = backup(db, tmp_path / "copy.db")
    con = sqlite3.connect(dest)
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 50
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(UsageError):
        backup(db, dest)


def test_second_writer_is_told(tmp_path):
    with WorkspaceLock(tmp_path):
        with pytest.raises(WorkspaceError, match="already writing"):
            WorkspaceLock(tmp_path).acquire()
    WorkspaceLock(tmp_path).acquire().release()  # free again once released


def test_cli_triage_errors_are_one_line_with_exit_code_2(cli):
    r = cli("mentions", "set-status", "12345", "acknowledged", check=False)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "no mention with id 12345" in r.stderr
    r = cli("audit", "--verify")
    assert "chain intact" in r.stdout


def test_schema_head_is_the_newest_migration_and_tells_a_stale_file(tmp_path):
    import sqlite_utils

    from console.store.db import SCHEMA_HEAD, connect, is_current
    from console.store.schema import migrations
    from console.ui.app import prepare_store
    from console.workspace import Workspace

    every = migrations.pending(sqlite_utils.Database(memory=True))
    assert every[-1].name == SCHEMA_HEAD, "add the new migration's name to console.store.db.SCHEMA_HEAD"

    path = tmp_path / "console.db"
    db = open_db(path, migrate=False)
    migrations.apply(db, stop_before=SCHEMA_HEAD)      # a workspace from the release before
    assert not is_current(db.conn)
    db.conn.close()
    prepare_store(Workspace(tmp_path))
    conn = connect(path)
    assert is_current(conn)
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(every)
