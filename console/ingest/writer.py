"""Storing feeds' entries. The new entries are scored before any lock is taken, then written in
short transactions of at most CHUNK entries each, so that a person's write never waits long for
the poller. A transaction holds the entries of one feed or of several: the poller hands the
writer every feed waiting to be stored, and the checks that need the database run once per
transaction, not once per feed. A feed's updates of known entries, new validators and health go
in the transaction that holds its last new entry, so a feed is never marked fetched (ETag, body
hash) without its entries: a process killed half-way leaves the entries of the transactions
already committed and the feed's old validators, and the next poll stores the rest (a known
entry is never stored twice).

A known entry (same source and dedupe key) only has its feed-owned columns updated, by an
explicit UPDATE of those columns: the operator's status, assignee, tags and notes are never
touched. Entries already stored are not scored again.
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import groupby
from operator import itemgetter

from sqlite_utils import Database

from console.analysis import routing
from console.authors import ingest as authors
from console.ingest.model import Entry
from console.store.engine import POSTGRES, driver_errors, engine_of
from console.store.jsontext import strings_json
from console.store.search import has_cjk
from console.store.transaction import write
from console.store.vocabulary import FEED_COLUMNS
from console.timeutil import from_iso, now_iso

EARLIEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=UTC)   # before web feeds existed
FUTURE_SKEW = timedelta(minutes=15)
BATCH = 500                       # keys per IN (...) lookup, under SQLite's parameter limit
CHUNK = 250                       # new entries per write transaction (with their analysis)
REKEY_MIN_ENTRIES = 3
UPDATE_SQL = f"UPDATE mentions SET {', '.join(f'{c} = ?' for c in FEED_COLUMNS)}, cjk = ? WHERE id = ?"


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
    return [strings_json(e.links) if c == "links" else getattr(e, c) for c in FEED_COLUMNS]


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


def _cjk(e: Entry) -> int:
    """Whether the trigram index is to hold the mention (schema m100): what its trigger would
    otherwise ask SQLite with a GLOB over the same three columns."""
    return int(has_cjk(e.title) or has_cjk(e.text) or has_cjk(e.author or ""))


def _row(source_id: int, e: Entry, first_seen: str) -> dict:
    row = dict(zip(FEED_COLUMNS, _feed_values(e), strict=True))
    row.update(source_id=source_id, dedupe_key=e.dedupe_key, guid=e.guid, first_seen=first_seen,
               sort_time=sort_time(e.published, first_seen), cjk=_cjk(e))
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


@dataclass
class Feed:
    """One feed's parsed entries to store, and its `health` columns to record with them. Entries
    scored in a parser process carry their analysis columns; `scored_with` is the context they
    were scored with (the analyzer takes them while that context holds and scores the rest)."""
    source: dict
    entries: list[Entry]
    health: dict = field(default_factory=dict)
    scored_with: object = None


@dataclass(eq=False)
class _Plan:
    """A feed made ready outside any lock: its new rows (and the scores their entries came with),
    its changed entries, its health."""
    feed: Feed
    rows: list[dict]
    scores: list[dict | None]
    changed: list[tuple[int, Entry]]
    health: dict
    out: Stored
    done: bool = False   # its last transaction has committed


def _plan(db: Database, feed: Feed, now: str) -> _Plan:
    sid = feed.source["id"]
    unique: dict[str, Entry] = {}
    for e in feed.entries:
        unique.setdefault(e.dedupe_key, e)   # a key repeated within one document: the first wins
    out = Stored()
    health = dict(feed.health)
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
    return _Plan(feed, [_row(sid, e, now) for e in fresh], [e.scores for e in fresh], changed, health, out)


def store_entries(db: Database, source: dict, entries: list[Entry], analyzer, *, health: dict | None = None,
                  now: str | None = None, scored_with=None) -> Stored:
    """Store one feed's entries (and its `health` columns); see store_feeds. Raises what failed."""
    out = store_feeds(db, [Feed(source, entries, health or {}, scored_with)], analyzer, now=now)[0]
    if isinstance(out, Exception):
        raise out
    return out


def store_feeds(db: Database, feeds: list[Feed], analyzer, *, now: str | None = None) -> list[Stored | Exception]:
    """Store several feeds' entries together: scored first, outside any lock, then written in
    transactions of at most CHUNK new entries, whichever feeds they come from. A feed's known
    entries' updates and its health go in the transaction that holds its last new entry (or in
    the last one), so a feed is never marked fetched before all its entries are stored. The
    checks that need the database (velocity, alerts, authors, routing) run once per
    transaction: storing a poll pass feed by feed would run them, and commit, once per feed.
    An alert raised by a transaction is counted with the first feed it holds entries of.

    Each feed's outcome is its Stored, or the exception that stopped it: a failure stays with
    its feed. A feed whose scoring fails is left out; when a transaction of several feeds fails
    on something other than the database itself, the feeds not yet stored whole are written
    again one by one (what was committed is known by then, and is not stored twice)."""
    now = now or now_iso()
    plans = [_plan(db, f, now) for f in feeds]
    inputs = analyzer.inputs(db)
    failed: dict[_Plan, Exception] = {}
    for p in plans:
        if p.rows:
            try:
                analyzer.score(p.rows, p.feed.source, p.scores, p.feed.scored_with)
            except Exception as e:
                failed[p] = e
    ready = [p for p in plans if p not in failed]
    try:
        _write(db, ready, analyzer, inputs, now)
    except Exception as e:
        left = [p for p in ready if not p.done]
        if len(left) == 1 or _about_the_store(e):
            failed.update(dict.fromkeys(left, e))
        else:
            for p in left:
                try:
                    _write(db, [p], analyzer, inputs, now)
                except Exception as alone:
                    failed[p] = alone
    return [failed.get(p, p.out) for p in plans]


def _about_the_store(e: Exception) -> bool:
    """A failure of the database itself (locked, full, read-only, its server gone) rather than of
    one feed's data: writing the feeds again one by one would only fail once per feed."""
    return isinstance(e, driver_errors("OperationalError"))


def _write(db: Database, plans: list[_Plan], analyzer, inputs: tuple, now: str) -> None:
    """Write the plans' rows in transactions of at most CHUNK; a plan is done once the
    transaction with its last row, its updates and its health has committed."""
    chunks = list(_chunks([(p, row) for p in plans for row in p.rows], CHUNK)) or [[]]
    closing = dict.fromkeys(plans, len(chunks) - 1)   # a feed with no new entries: in the last
    for n, chunk in enumerate(chunks):
        for p, _ in chunk:
            closing[p] = n
    for n, chunk in enumerate(chunks):
        closed = [p for p in plans if closing[p] == n and not p.done]
        with write(db):
            inserted = _write_chunk(db, chunk, analyzer, inputs, now)
            for p in closed:
                for mid, e in p.changed:
                    db.execute(UPDATE_SQL, [*_feed_values(e), _cjk(e), mid])
                update_source(db, p.feed.source["id"], p.health)
        # Committed: only now do the ids and alerts count.
        owners, ids, raised = inserted
        for p, mid in zip(owners, ids, strict=True):
            p.out.new_ids.append(mid)
        if owners:
            owners[0].out.alerts += raised
        for p in closed:
            p.out.updated, p.done = len(p.changed), True


def _write_chunk(db: Database, chunk: list[tuple[_Plan, dict]], analyzer, inputs: tuple,
                 now: str) -> tuple[list[_Plan], list[int], list[int]]:
    """Insert one transaction's new rows (of one or more feeds) and run the checks on them:
    (the plan of each row inserted, their ids, the alerts raised). The rows are copies, so a plan
    written again after a failure starts from its rows as scored."""
    rows: list[dict] = []
    owners: list[_Plan] = []
    rescore = bool(chunk) and analyzer.inputs(db) != inputs   # watch terms or thresholds changed meanwhile
    for p, group in groupby(chunk, key=itemgetter(0)):
        mine = [dict(r) for r in _still_new(db, p.feed.source["id"], [r for _, r in group])]
        if mine and rescore:
            analyzer.score(mine, p.feed.source)
        if mine:
            authors.before_insert(db, mine, p.feed.source)
        rows += mine
        owners += [p] * len(mine)
    if not rows:
        return [], [], []
    analyzer.before_insert(db, rows)
    ids = _insert(db, rows)
    raised = list(analyzer.after_insert(db, ids) or []) + authors.after_insert(db, ids, from_iso(now))
    routing.route(db, ids)   # after scoring: the rules read level and category
    return owners, ids, raised
