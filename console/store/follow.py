"""Following a workspace: each new or changed mention as it happens (`mentions follow`).

The same query on both engines finds what changed since the last look (mentions stored after
the highest id seen, or changed by an operator since the newest change seen); only the wake-up
differs. SQLite: `PRAGMA data_version` moves when another connection commits (read every
POLL_S, microseconds each). PostgreSQL: a trigger NOTIFYs on every insert or operator change
and the follower LISTENs, so a change shows without a polling loop."""

from __future__ import annotations

from collections.abc import Iterator

from console.store.db import data_version
from console.store.engine import POSTGRES, engine_of
from console.store.rows import as_dicts

POLL_S = 0.1
CHANNEL = "cc_mentions"  # pg_schema's trigger notifies here
FIELDS = "id, status, assignee, level, changed_by, changed_at, version"


def _mark(db) -> tuple[int, str]:
    row = db.execute("SELECT coalesce(max(id), 0), coalesce(max(changed_at), '') FROM mentions").fetchone()
    return row[0], row[1]


def _wakeups(db) -> Iterator[None]:
    """Yields whenever another connection may have changed the workspace."""
    if engine_of(db) == POSTGRES:
        yield from db.notifications(CHANNEL)
        return
    import time

    conn = db.conn if hasattr(db, "conn") else db
    last = data_version(conn)
    while True:
        time.sleep(POLL_S)
        now = data_version(conn)
        if now != last:
            last = now
            yield


def changes(db) -> Iterator[dict]:
    """Each mention stored or changed from now on, once per version, until the caller stops."""
    max_id, since = _mark(db)
    # Changes in the same second as the newest one are already there: not news.
    seen = {r[0]: r[1] for r in db.execute("SELECT id, version FROM mentions WHERE changed_at = ?", [since])}
    for _ in _wakeups(db):
        rows = as_dicts(db.execute(f"SELECT {FIELDS} FROM mentions WHERE id > ? OR changed_at >= ? "
                                   "ORDER BY coalesce(changed_at, ''), id", [max_id, since]))
        for row in rows:
            if seen.get(row["id"]) == row["version"]:
                continue
            seen[row["id"]] = row["version"]
            max_id = max(max_id, row["id"])
            since = max(since, row["changed_at"] or "")
            yield row
