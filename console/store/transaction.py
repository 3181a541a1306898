"""The one write door: every write to a workspace or playbook database goes through `write()`.

It begins `IMMEDIATE`, so the write lock is taken before the first read of the transaction.
A deferred `BEGIN` (sqlite-utils' `atomic()`) that reads and then writes fails at once with
"database is locked" when another connection commits in between, whatever the busy timeout;
an immediate one waits its turn instead. Doors nest: an inner `write()` is a savepoint of the
outer transaction, so a function that writes can be called alone or as part of a larger change,
and is all-or-nothing either way; only the outermost door commits.

`snapshot()` is the reading counterpart: several queries that must see one state of the
database (a report's figures) without taking the write lock from the poller.
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


def _begin_immediate(conn: sqlite3.Connection, patience_s: float) -> None:
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
def _savepoint(conn: sqlite3.Connection, db) -> Iterator:
    """A part of the open transaction: undone alone when it fails, committed with the rest."""
    conn.execute("SAVEPOINT door")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:   # a RAISE(ROLLBACK) trigger may already have ended everything
            conn.execute("ROLLBACK TO door")
            conn.execute("RELEASE door")
        raise
    conn.execute("RELEASE door")


@contextmanager
def _transaction(db, begin) -> Iterator:
    """Run `begin(conn)`, or a savepoint when a transaction is already open; commit on success,
    roll back on any exception."""
    conn = _connection(db)
    if conn.in_transaction:
        with _savepoint(conn, db):
            yield db
        return
    begin(conn)
    try:
        yield db
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def write(db, *, patience_s: float = PATIENCE_S):
    """One write transaction (or a part of the enclosing one). Commits on success, rolls back on
    any exception, and yields what it was given so `with write(db) as db:` reads naturally."""
    conn = _connection(db)
    if hasattr(conn, "begin_write"):  # PostgreSQL (console.store.pg): rows lock as they are written
        return _transaction(db, lambda conn: conn.begin_write())
    return _transaction(db, lambda conn: _begin_immediate(conn, patience_s))


def snapshot(db):
    """One read transaction: every query inside sees the same committed state. It takes no write
    lock (writes to TEMP tables are fine inside); inside a write door it is a part of that."""
    conn = _connection(db)
    if hasattr(conn, "begin_read"):  # PostgreSQL: read committed would see each statement's own moment
        return _transaction(db, lambda conn: conn.begin_read())
    return _transaction(db, lambda conn: conn.execute("BEGIN"))
