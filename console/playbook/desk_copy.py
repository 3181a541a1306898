"""Whether this desk's copy of the shared playbook (console.playbook.shared) is behind the shared
one. Asked each time a shared workspace opens, before its window is on screen: so with plain
sqlite3, as the window's other start-up reads (sqlite-utils, and the numpy it loads, would add
half a second to that start)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

DB_NAME = "playbook.db"   # the playbook's own file in a workspace's folder (console.playbook.store)
OUTBOX = "outbox"         # the ticks made offline, waiting to be sent (console.playbook.shared)
SCHEMA = "playbook"       # the shared playbook's schema in the workspace's database


def last_hash(db) -> str | None:
    """The newest audit row's hash of a playbook database: it changes with every change."""
    row = db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def _read(folder: Path, read, otherwise):
    path = Path(folder) / DB_NAME
    if not path.exists():
        return otherwise
    conn = sqlite3.connect(path)
    try:
        return read(conn)
    except sqlite3.Error:  # a copy that cannot be read is behind by definition
        return otherwise
    finally:
        conn.close()


def local_hash(folder: Path) -> str | None:
    return _read(folder, last_hash, None)


def has_queue(folder: Path) -> bool:
    """Ticks made on this desk's copy while offline are waiting to be sent."""
    return _read(folder, lambda conn: bool(
        conn.execute(f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{OUTBOX}'").fetchone()
        and conn.execute(f"SELECT count(*) FROM {OUTBOX}").fetchone()[0]), False)


def behind(db, folder: Path) -> bool:
    """Whether this desk's copy is older than the shared playbook (`db`: the workspace's connection)."""
    row = db.execute(f"SELECT hash FROM {SCHEMA}.audit ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0] if row else None) != local_hash(folder) or has_queue(folder)
