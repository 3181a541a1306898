"""Storing a feed's entries. The new entries are scored before any lock is taken, then written
in short transactions of at most CHUNK entries each, so that a person's write never waits long
for the poller. The last transaction also holds the updates of known entries and the feed's new
validators and health, so a feed is never marked fetched (ETag, body hash) without its entries:
a process killed half-way leaves the entries of the chunks already committed and the feed's old
validators, and the next poll stores the rest (a known entry is never stored twice).

A known entry (same source and dedupe key) only has its feed-owned columns updated, by an
explicit UPDATE of those columns: the operator's status, assignee, tags and notes are never
touched. Entries already stored are not scored again.
"""

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from console.analysis import routing
from console.authors import ingest as authors
from console.ingest.model import Entry
from console.store.engine import POSTGRES, engine_of
from console.store.transaction import write
from console.store.vocabulary import FEED_COLUMNS
from console.timeutil import from_iso, now_iso

EARLIEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=UTC)   # before web feeds existed
FUTURE_SKEW = timedelta(minutes=15)
BATCH = 500                       # keys per IN (...) lookup, under SQLite's parameter limit
CHUNK = 100                       # new entries per write transaction (with their analysis)
REKEY_MIN_ENTRIES = 3
UPDATE_SQL = f"UPDATE mentions SET {', '.join(f'{c} = ?' for c in FEED_COLUMNS)} WHERE id = ?"


@dataclass
class Stored:
    new_ids: list[int] = field(default_factory=list)
    updated: int = 0
    alerts: list[int] = field(default_factory=list)
    rekeyed: bool = False


def sort_time(published: str | None, first_seen: str) -> str:
    """When a mention sorts: its published date if plausible, else when we first saw it, so a
    feed with missing or absurd dates can never pin itself to the top of the wall."""
    when = from_iso(published)
    if when is None or when < EARLIEST_PLAUSIBLE or when > from_iso(first_seen) + FUTURE_SKEW:
        return first_seen
    return published


def _feed_values(e: Entry) -> list:
    return [json.dumps(e.links, ensure_ascii=False) if c == "links" else getattr(e, c) for c in FEED_COLUMNS]


def _chunks(items: list, n: int = BATCH):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _known(db: Database, source_id: int, keys: list[str]) -> dict[str, tuple[int, str]]:
    found = {}
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        for key, mid, chash in db.execute(
                f"SELECT dedupe_key, id, content_hash FROM mentions WHERE source_id = ? AND dedupe_key IN ({marks})",
                [source_id, *chunk]):
            found[key] = (mid, chash)
    return found


def _links_seen(db: Database, source_id: int, urls: list[str]) -> set[str]:
    seen = set()
    for chunk in _chunks(urls):
        marks = ",".join("?" * len(chunk))
        seen.update(r[0] for r in db.execute(
            f"SELECT url FROM mentions WHERE source_id = ? AND url IN ({marks})", [source_id, *chunk]))
    return seen


def _rekeyed(db: Database, source_id: int, fresh: list[Entry]) -> set[str]:
    """Links of a feed that re-keyed every entry at once (none of its keys known, most of its links
    already stored): those entries are the ones we have, under new GUIDs."""
    urls = [e.url for e in fresh if e.url]
    if len(urls) < REKEY_MIN_ENTRIES:
        return set()
    seen = _links_seen(db, source_id, urls)
    return seen if len(seen) * 2 >= len(urls) else set()


def _row(source_id: int, e: Entry, first_seen: str) -> dict:
    row = dict(zip(FEED_COLUMNS, _feed_values(e), strict=True))
    row.update(source_id=source_id, dedupe_key=e.dedupe_key, guid=e.guid, first_seen=first_seen,
               sort_time=sort_time(e.published, first_seen))
    return row


def _insert(db: Database, rows: list[dict]) -> list[int]:
    """Insert rows and return their ids. On SQLite one multi-row statement, not one per row
    (executemany): the full-text indexes write out what they hold at the end of every
    statement, so a statement per row costs each index a segment per row (measured: 2.7 times
    the CPU), and every statement hands the GIL back and forth with the poller's other threads.
    On PostgreSQL executemany goes by COPY (console.store.pg), faster still. Inside our write
    transaction no one else inserts, so the new rows are exactly those above the previous
    largest id."""
    columns = list(dict.fromkeys(k for r in rows for k in r))
    before = db.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
    if engine_of(db) == POSTGRES:
        sql = f"INSERT INTO mentions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        db.conn.executemany(sql, ([r.get(c) for c in columns] for r in rows))
    else:
        one = f"({', '.join('?' * len(columns))})"
        per_statement = max(1, _parameter_limit(db) // len(columns))
        for part in _chunks(rows, per_statement):
            sql = f"INSERT INTO mentions ({', '.join(columns)}) VALUES {', '.join([one] * len(part))}"
            db.execute(sql, [r.get(c) for r in part for c in columns])
    return [r[0] for r in db.execute("SELECT id FROM mentions WHERE id > ? ORDER BY id", [before])]


def _parameter_limit(db: Database) -> int:
    """How many parameters one statement may have in this SQLite build (999 in old ones)."""
    return db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def update_source(db: Database, source_id: int, values: dict) -> None:
    if values:
        db.execute(f"UPDATE sources SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                   [*values.values(), source_id])


def _still_new(db: Database, source_id: int, rows: list[dict]) -> list[dict]:
    """The rows whose keys are still unknown now that the write lock is held."""
    known = _known(db, source_id, [r["dedupe_key"] for r in rows])
    return [r for r in rows if r["dedupe_key"] not in known]


def store_entries(db: Database, source: dict, entries: list[Entry], analyzer, *, health: dict | None = None,
                  now: str | None = None, scored_with=None) -> Stored:
    """Store one feed's entries (and its `health` columns): scored first, then written in
    transactions of at most CHUNK new entries, the feed's health in the last one. Entries scored
    in a parser process carry their analysis columns (`scored_with`: the context they were scored
    with); the analyzer takes them while that context holds and scores the rest."""
    now = now or now_iso()
    sid = source["id"]
    unique: dict[str, Entry] = {}
    for e in entries:
        unique.setdefault(e.dedupe_key, e)   # a key repeated within one document: the first wins
    out = Stored()
    health = dict(health or {})
    known = _known(db, sid, list(unique))
    fresh = [e for k, e in unique.items() if k not in known]
    changed = [(known[k][0], e) for k, e in unique.items() if k in known and known[k][1] != e.content_hash]
    if fresh and not known:
        same = _rekeyed(db, sid, fresh)
        if same:
            fresh = [e for e in fresh if e.url not in same]
            out.rekeyed = True
            health.update(rekeyed_at=now, last_warning=f"every GUID changed at once ({len(same)} entries with "
                                                        f"known links were not stored again)")
    rows = [_row(sid, e, now) for e in fresh]
    inputs = analyzer.inputs(db)
    if rows:
        analyzer.score(rows, source, [e.scores for e in fresh], scored_with)   # outside any lock
    chunks = list(_chunks(rows, CHUNK)) or [[]]
    for n, chunk in enumerate(chunks, 1):
        with write(db):
            chunk = _still_new(db, sid, chunk) if chunk else chunk
            if chunk and analyzer.inputs(db) != inputs:   # watch terms or thresholds changed meanwhile
                analyzer.score(chunk, source)
            if chunk:
                authors.before_insert(db, chunk, source)
                ids = _insert(db, chunk)
                out.new_ids += ids
                out.alerts += list(analyzer.after_insert(db, ids) or [])
                out.alerts += authors.after_insert(db, ids, from_iso(now))
                routing.route(db, ids)   # after scoring: the rules read level and category
            if n == len(chunks):
                for mid, e in changed:
                    db.execute(UPDATE_SQL, [*_feed_values(e), mid])
                out.updated = len(changed)
                update_source(db, sid, health)
    return out
