"""The one write door: every write to a workspace or playbook database goes through `write()`.

It begins `IMMEDIATE`, so the write lock is taken before the first read of the transaction.
A deferred `BEGIN` (sqlite-utils' `atomic()`) that reads and then writes fails at once with
"database is locked" when another connection commits in between, whatever the busy timeout;
an immediate one waits its turn instead. Doors nest: an inner `write()` joins the outer
transaction, so a function that writes can be called alone or as part of a larger change.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

# How long a person's write keeps asking for the lock (each try also waits the busy timeout).
# Past it the write fails with one readable line; nothing has been changed by then.
PATIENCE_S = 60.0


def _connection(db) -> sqlite3.Connection:
    """The sqlite3 connection behind a sqlite-utils Database, or the connection itself."""
    return db.conn if hasattr(db, "conn") else db


def _begin(conn: sqlite3.Connection, patience_s: float) -> None:
    deadline = time.monotonic() + patience_s
    pause = 0.01
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as e:
            # Nothing has happened yet, so asking again is safe; any other error is real.
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


@contextmanager
def write(db, *, patience_s: float = PATIENCE_S) -> Iterator:
    """One write transaction (or a part of the enclosing one). Commits on success, rolls back on
    any exception, and yields what it was given so `with write(db) as db:` reads naturally."""
    conn = _connection(db)
    if conn.in_transaction:
        yield db
        return
    _begin(conn, patience_s)
    try:
        yield db
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
