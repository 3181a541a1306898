"""The write door (console.store.transaction): nested doors commit once and roll back whole, and
read-then-write transactions from several processes succeed while another process commits
continuously (a deferred BEGIN fails there with "database is locked")."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from incident_seed import add_mention, add_source

from console.store import audit, transaction
from console.store.transaction import snapshot, write

WORKERS = Path(__file__).parent / "helpers" / "door_workers.py"


def notes(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT value FROM settings WHERE key LIKE 'note%' ORDER BY key")]


def put(db, key: str) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, key])


@pytest.fixture
def other(workspace):
    """A second connection to the same workspace: it sees only what was committed."""
    conn = sqlite3.connect(workspace.folder / "console.db")
    yield conn
    conn.close()


def test_nested_doors_commit_once_when_the_outermost_ends(db, other):
    commits = []
    db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None)
    with write(db):
        put(db, "note1")
        with write(db):
            put(db, "note2")
            with write(db):
                put(db, "note3")
        assert db.conn.in_transaction
        assert other.execute("SELECT count(*) FROM settings").fetchone()[0] == 0   # nothing committed yet
    db.conn.set_trace_callback(None)
    assert len(commits) == 1 and not db.conn.in_transaction
    assert [r[0] for r in other.execute("SELECT value FROM settings ORDER BY key")] == ["note1", "note2", "note3"]


def test_a_failure_leaving_nested_doors_rolls_back_everything(db, other):
    with pytest.raises(RuntimeError):
        with write(db):
            put(db, "note1")
            with write(db):
                put(db, "note2")
                raise RuntimeError("half-way")
    assert notes(db) == [] and not db.conn.in_transaction
    assert other.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_an_inner_door_that_fails_is_undone_alone_when_the_outer_one_carries_on(db):
    with write(db):
        put(db, "note1")
        with pytest.raises(ValueError):
            with write(db):
                put(db, "note2")
                raise ValueError("refused")
        put(db, "note3")
    assert notes(db) == ["note1", "note3"]


def test_the_door_waits_for_a_writer_instead_of_failing(workspace, db):
    holder = sqlite3.connect(workspace.folder / "console.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        with write(db, patience_s=0):
            pass
    holder.execute("COMMIT")
    with write(db, patience_s=5):
        put(db, "note1")
    assert notes(db) == ["note1"]
    holder.close()


def test_a_snapshot_sees_one_state_and_takes_no_write_lock(workspace, db):
    put_now = sqlite3.connect(workspace.folder / "console.db", isolation_level=None, timeout=0)
    with snapshot(db):
        before = notes(db)
        put_now.execute("INSERT INTO settings (key, value) VALUES ('note1', 'note1')")   # not blocked
        assert notes(db) == before == []
    assert notes(db) == ["note1"]
    put_now.close()


def _run(role: str, folder: Path, amount, *ids, door: str = os.environ.get("DOOR", "write")) -> subprocess.Popen:
    env = {"DOOR": door, "PATH": "/usr/bin:/bin"}
    return subprocess.Popen([sys.executable, str(WORKERS), role, str(folder), str(amount), *map(str, ids)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _result(p: subprocess.Popen) -> dict:
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.slow
def test_read_then_write_transactions_of_two_processes_succeed_while_a_third_commits(workspace, db):
    src = add_source(db)
    ids = [add_mention(db, src, f"Acme kettle #{i}") for i in range(5)]
    db.conn.commit()
    committer = _run("commit", workspace.folder, 30)
    writers = [_run("crisis", workspace.folder, 25), _run("triage", workspace.folder, 25, *ids)]
    results = [_result(p) for p in writers]
    commits = int(db.execute("SELECT last_polled FROM sources WHERE id = ?", [src]).fetchone()[0] or 0)
    committer.kill()
    committer.communicate()
    assert commits >= 50   # the third process kept committing all along
    for r in results:
        assert r["failed"] == [] and r["done"] == 25, r["failed"][:3]
    assert audit.verify(db).ok
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'mention.set_status'").fetchone()[0] == 25 * 5
    assert db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 25
    assert not transaction._connection(db).in_transaction
