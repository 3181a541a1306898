"""Reading mentions, and the operator's triage actions on them.

Each action is one short transaction holding the change and its audit row, and returns
what is needed to undo it (the previous value)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from console.errors import UsageError, WorkspaceError
from console.store import attention, audit
from console.store.engine import POSTGRES, engine_of, login
from console.store.rows import as_dict, as_dicts
from console.store.search import SearchPlan, pg_collects, required
from console.store.transaction import write
from console.store.vocabulary import STATUSES
from console.timeutil import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

JSON_COLUMNS = ("reasons", "matched_terms", "tags", "links", "author_labels")
PUBLIC_COLUMNS = ("id", "source", "source_name", "url", "title", "text", "author", "author_followers", "published",
                  "first_seen", "sort_time", "lang", "rating", "sentiment", "sentiment_method", "category", "severity",
                  "level", "positive", "negative", "reasons", "matched_terms", "status", "assignee", "tags", "notes",
                  "drill", "links", "title_len", "text_len", "queue", "author_id", "author_labels",
                  "version", "changed_by", "changed_at")
# The labels the team gave the mention's author come with it (console.authors).
SELECT = ("SELECT m.*, s.url AS source, s.name AS source_name, (SELECT json_group_array(l.label) FROM author_labels l "
          "WHERE l.author_id = m.author_id) AS author_labels FROM mentions m JOIN sources s ON s.id = m.source_id")
HISTORY_TIMEOUT_S = 0.3  # a locked database is reported, never waited for


def to_public(row: dict) -> dict:
    """A stored row as the command line and exports show it (JSON columns decoded)."""
    out = {}
    for k in PUBLIC_COLUMNS:
        v = row.get(k)
        if k in JSON_COLUMNS:
            v = json.loads(v) if v else ([] if k != "reasons" else None)
        elif k in ("positive", "negative", "drill"):
            v = bool(v)
        out[k] = v
    return out


def query(db: Database, *, limit: int = 100, since: str | None = None, search: str | None = None,
          order: str = attention.DEFAULT_ORDER, reach_sql: str | None = None, queue: str | None = None) -> list[dict]:
    """Mentions in `order` (attention.ORDERS; newest first unless asked; `reach_sql`: the analysis's
    source reach weight, for the reach order), of one routing queue if given. `search` is read as the
    wall's search box reads it (console.store.search); text with nothing to search for raises UsageError."""
    where, params = [], []
    if queue:
        where.append("m.queue = ?")
        params.append(queue)
    if since:
        where.append("m.sort_time >= ?")
        params.append(since)
    if search:
        parsed = required(search)
        postgres = engine_of(db) == POSTGRES
        sql, found = SearchPlan(parsed, postgres=postgres, collect=postgres and pg_collects(db, parsed)).sql()
        where.append(sql)
        params.extend(found)
    sql = SELECT + (" WHERE " + " AND ".join(where) if where else "") + \
        f" ORDER BY {attention.order_by(order, reach_sql)} LIMIT ?"
    params.append(int(limit))
    return [to_public(r) for r in as_dicts(db.execute(sql, params))]


def get(db: Database, mention_id: int) -> dict:
    row = as_dict(db.execute(SELECT + " WHERE m.id = ?", [mention_id]))
    if row is None:
        raise UsageError(f"no mention with id {mention_id}")
    return to_public(row)


def recent_history(db_path: Path, limit: int) -> list[tuple]:
    """The newest mentions as (time, level, status, source, headline), from a database that may be
    locked or damaged (the offline playbook shows what it can): read-only, giving up at once.
    Raises WorkspaceError in SQLite's own words when it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=HISTORY_TIMEOUT_S)
        try:
            return conn.execute(
                "SELECT m.sort_time, coalesce(m.level, ''), m.status, coalesce(s.name, s.url, ''), "
                "CASE WHEN m.title != '' THEN m.title ELSE m.text END "
                "FROM mentions m LEFT JOIN sources s ON s.id = m.source_id "
                "ORDER BY m.sort_time DESC, m.id DESC LIMIT ?", [limit]).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise WorkspaceError(str(e)) from e


def _current(db: Database, mention_id: int, column: str):
    try:
        mention_id = int(mention_id)
    except (TypeError, ValueError):
        raise UsageError(f"not a mention id: {mention_id!r}") from None
    r = db.execute(f"SELECT {column} FROM mentions WHERE id = ?", [mention_id]).fetchone()
    if r is None:
        raise UsageError(f"no mention with id {mention_id}")
    return mention_id, r[0]


def _check_version(db: Database, mention_id: int, expected: int | None) -> None:
    """Refuse a change made on a stale view: `expected` is the version the person saw."""
    if expected is None:
        return
    version, by, at = db.execute("SELECT version, changed_by, changed_at FROM mentions WHERE id = ?",
                                 [mention_id]).fetchone()
    if version != expected:
        raise UsageError(f"mention {mention_id} was changed by {by or 'someone'} at {at or 'an unknown time'} "
                         f"(version {version}, not {expected}); nothing was changed: look again")


def _apply(db: Database, mention_id, column: str, new_value, action: str, shown_new=None,
           expect_version: int | None = None) -> dict:
    """Set one column of a mention: one audit row, the version raised (even when the value
    does not change: every operator action counts), who and when recorded."""
    with write(db):
        mention_id, old = _current(db, mention_id, column)
        _check_version(db, mention_id, expect_version)
        db.execute(f"UPDATE mentions SET {column} = ?, version = version + 1, changed_by = ?, changed_at = ? "
                   "WHERE id = ?", [new_value, login(db) or audit.current_actor(), now_iso(), mention_id])
        audit.record(db, action, "mention", mention_id,
                     {"mention_id": mention_id, "from": _shown(column, old),
                      "to": shown_new if shown_new is not None else _shown(column, new_value)})
    return {"mention_id": mention_id, "column": column, "old": old, "new": new_value}


def _shown(column, value):
    return json.loads(value) if column == "tags" and value else value


def set_status(db: Database, mention_id, status: str, expect_version: int | None = None) -> dict:
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
    return _apply(db, mention_id, "status", status, "mention.set_status", expect_version=expect_version)


def assign(db: Database, mention_id, name: str | None, expect_version: int | None = None) -> dict:
    return _apply(db, mention_id, "assignee", (name or "").strip() or None, "mention.assign",
                  expect_version=expect_version)


def add_tag(db: Database, mention_id, tag: str, expect_version: int | None = None) -> dict:
    tag = tag.strip()
    if not tag:
        raise UsageError("a tag cannot be empty")
    with write(db):   # the tags read and written in one transaction: a tag another desk adds meanwhile stays
        mention_id, old = _current(db, mention_id, "tags")
        tags = json.loads(old or "[]")
        if tag not in tags:
            tags.append(tag)
        return _apply(db, mention_id, "tags", json.dumps(tags, ensure_ascii=False), "mention.tag",
                      expect_version=expect_version)


def remove_tag(db: Database, mention_id, tag: str, expect_version: int | None = None) -> dict:
    with write(db):
        mention_id, old = _current(db, mention_id, "tags")
        tags = [t for t in json.loads(old or "[]") if t != tag]
        return _apply(db, mention_id, "tags", json.dumps(tags, ensure_ascii=False), "mention.untag",
                      expect_version=expect_version)


def set_notes(db: Database, mention_id, text: str, expect_version: int | None = None) -> dict:
    return _apply(db, mention_id, "notes", text, "mention.note", expect_version=expect_version)


def undo(db: Database, change: dict) -> dict:
    """Reverse one change returned by an action above; the undo is audited too."""
    return _apply(db, change["mention_id"], change["column"], change["old"], "mention.undo",
                  shown_new={"column": change["column"], "value": _shown(change["column"], change["old"])})


def apply_many(db: Database, ids, action, value) -> list[dict]:
    """One triage action (set_status, assign, add_tag, remove_tag, set_notes) on several mentions
    at once: one transaction, one audit row per mention, all or nothing. Returns the changes."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    with write(db):
        return [action(db, mention_id, value) for mention_id in ids]


def undo_many(db: Database, changes: list[dict]) -> list[dict]:
    """Reverse the changes of one action (newest first), in one transaction, each undo audited."""
    with write(db):
        return [undo(db, change) for change in reversed(changes)]
