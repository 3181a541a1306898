"""A workspace in PostgreSQL, behind the same door as a SQLite one.

`PgDatabase` answers the part of the sqlite-utils/sqlite3 interface the store's query functions
use (`db.execute(sql, params)` with `?` or `:name` placeholders, cursors with `fetchone`,
`fetchall`, `description`, `lastrowid`, and `db.conn` with `in_transaction`, `commit` and
`rollback` for the write door), so the same named functions run on both engines. The connection
is in autocommit: a read sees the newest commit, as on SQLite; `write()` opens an explicit
transaction. Every connection attempt gives up after CONNECT_TIMEOUT_S, and no message carries
the password.
"""

from __future__ import annotations

import os
import re
import socket

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.numeric import NumericLoader

from console.errors import WorkspaceError
from console.store import operator, pg_schema
from console.store.engine import PLAYBOOK_WRITE_KEY, POLLER_KEY, POSTGRES, WRITE_KEY, redact, scrub

CONNECT_TIMEOUT_S = 5
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+", re.I)
_INSERT = re.compile(r"^\s*INSERT\s", re.I)
# An INSERT of one row of values and nothing else (no ON CONFLICT): its table and its columns.
_PLAIN_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+([\w.]+)\s*\(([\w\s,]+)\)\s*VALUES\s*\(\s*\?(?:\s*,\s*\?)*\s*\)\s*$",
                           re.I)


# SQLite idioms the core's queries use, in PostgreSQL's words. `json_each(TEXT)` itself is a
# function of the schema (pg_schema) whose `value` is text; an id list compares as numbers.
_DIALECT = [
    (re.compile(r"\b((?:\w+\.)?(?:\w+_)?id) IN \(SELECT value FROM json_each\("),
     r"\1 IN (SELECT value::bigint FROM json_each("),
    (re.compile(r"\bgroup_concat\("), "string_agg("),
    # SQLite's two-argument min()/max() (the authors' running figures: min(coalesce(a, b), b)).
    (re.compile(r"\bmin\((?=coalesce\([^()]*\)\s*,)"), "least("),
    (re.compile(r"\bmax\((?=coalesce\([^()]*\)\s*,)"), "greatest("),
    (re.compile(r"\bjson_group_array\(([^()]*)\)"), r"coalesce(json_agg(\1)::text, '[]')"),
    (re.compile(r"\bjson_extract\((\w+), '\$\.(\w+)'\)"), r"(\1::jsonb ->> '\2')"),
    # A temporary table: SQLite's schema `temp` is PostgreSQL's `pg_temp`; an index takes the table's.
    (re.compile(r"\bCREATE INDEX temp\.(\w+) ON (\w+)"), r"CREATE INDEX \1 ON pg_temp.\2"),
    (re.compile(r"\btemp\.(?=\w)"), "pg_temp."),
]


def translate(sql: str, params) -> tuple[str, object]:
    """SQLite's placeholders (`?`, `:name`) as psycopg's (`%s`, `%(name)s`), a literal `%` doubled,
    quoted strings and identifiers left as they are; `INSERT OR IGNORE` as `ON CONFLICT DO NOTHING`,
    and the few SQLite functions of _DIALECT as PostgreSQL's."""
    if _OR_IGNORE.match(sql):
        sql = _OR_IGNORE.sub("INSERT ", sql) + " ON CONFLICT DO NOTHING"
    for pattern, replacement in _DIALECT:
        sql = pattern.sub(replacement, sql)
    if params is None:
        return sql, None
    named = isinstance(params, dict)
    out, quote, part = [], None, []
    for ch in sql:
        if quote:
            part.append("%%" if ch == "%" else ch)
            if ch == quote:
                out.append("".join(part))
                part, quote = [], None
            continue
        if ch in "'\"":
            out.append(_placeholders("".join(part), named))
            part, quote = [ch], ch
        else:
            part.append(ch)
    out.append("".join(part) if quote else _placeholders("".join(part), named))
    return "".join(out), params


def _placeholders(text: str, named: bool) -> str:
    text = text.replace("%", "%%")
    return _NAMED.sub(r"%(\1)s", text) if named else text.replace("?", "%s")


class PgCursor:
    """A psycopg cursor read like sqlite3's: rows as tuples, `lastrowid` from RETURNING."""

    def __init__(self, cur: psycopg.Cursor, returning: bool):
        self._cur = cur
        self.lastrowid = None
        self._rows = None
        if returning:
            self._rows = cur.fetchall() if cur.description else []
            names = [c.name for c in cur.description or []]
            if self._rows and "id" in names:
                self.lastrowid = self._rows[-1][names.index("id")]
            self._rows = []  # an INSERT yields no rows to its caller, as in sqlite3

    @property
    def description(self):
        return None if self._rows is not None else self._cur.description

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    def fetchone(self):
        return None if self._rows is not None else self._cur.fetchone()

    def fetchmany(self, size: int = 1):
        return [] if self._rows is not None else self._cur.fetchmany(size)

    def fetchall(self):
        return [] if self._rows is not None else self._cur.fetchall()

    def __iter__(self):
        return iter(self.fetchall())


class PgConnection:
    """What the write door and the readers need of a connection: statements, and whether a
    transaction is open."""

    def __init__(self, raw: psycopg.Connection):
        self.raw = raw
        self.write_key = WRITE_KEY

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params=None) -> PgCursor:
        sql, params = translate(sql, params)
        returning = bool(_INSERT.match(sql)) and "RETURNING" not in sql.upper()
        if returning:
            sql += " RETURNING *"
        return PgCursor(self.raw.execute(sql, params), returning)

    def executemany(self, sql: str, rows) -> None:
        """One statement per row, as sqlite3's (psycopg pipelines them); a plain INSERT of values
        goes by COPY instead, which fires the same triggers and fills the same defaults: a
        statement for each row costs PostgreSQL a parse and a plan each, and psycopg a pass over
        it (the poller's 25,000 mentions a pass took twice as long)."""
        rows = list(rows)
        if not rows:
            return
        plain = _PLAIN_INSERT.match(sql)
        if plain is None or isinstance(rows[0], dict):
            self.raw.cursor().executemany(translate(sql, rows[0])[0], rows)
            return
        with self.raw.cursor().copy(f"COPY {plain.group(1)} ({plain.group(2)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def begin_write(self) -> None:
        """The write door's BEGIN, and one writer at a time, as SQLite's BEGIN IMMEDIATE: a
        transaction that reads and then writes (a mention's tags, the audit chain's last hash)
        sees every commit before it and cannot deadlock with another. Readers never wait."""
        self.raw.execute("BEGIN")
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [self.write_key])

    def begin_read(self) -> None:
        """A snapshot: every statement until the end sees the same committed state."""
        self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


class PgDatabase:
    """A shared workspace: the store's query functions take it where they take a SQLite one."""

    engine = POSTGRES

    def __init__(self, raw: psycopg.Connection, url: str):
        self.conn = PgConnection(raw)
        self.url = url
        self.login = raw.info.user

    def execute(self, sql: str, params=None) -> PgCursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=None):
        cur = self.execute(sql, params)
        cols = [c.name for c in cur.description or []]
        for row in cur.fetchall():
            yield dict(zip(cols, row, strict=True))

    def batches(self, sql: str, size: int):
        """The rows of `sql` in lists of `size`, read by a server-side cursor (a million mentions
        never sit in memory at once). Call inside a transaction (snapshot or write)."""
        with self.conn.raw.cursor(name="cc_batches") as cur:
            cur.execute(translate(sql, None)[0])
            while rows := cur.fetchmany(size):
                yield rows

    def notifications(self, channel: str):
        """Yields after each NOTIFY (or burst of them) on `channel`, forever. Each wait ends with
        what arrived, so the connection is free for the caller's query in between."""
        self.conn.raw.execute(f"LISTEN {channel}")
        while True:
            if list(self.conn.raw.notifies(timeout=1.0, stop_after=1)):
                yield

    def listen(self, channels) -> None:
        for channel in channels:
            self.conn.raw.execute(f"LISTEN {channel}")

    def fileno(self) -> int:
        """The connection's socket: readable when a notification (or the end of the connection) arrives."""
        return self.conn.raw.fileno()

    def arrived(self) -> list[tuple[str, str]]:
        """The notifications received so far, as (channel, payload), without waiting. A lost
        connection raises WorkspaceError."""
        try:
            return [(n.channel, n.payload) for n in self.conn.raw.notifies(timeout=0)]
        except psycopg.Error as e:
            raise WorkspaceError(f"lost the connection to {redact(self.url)}: {_one_line(e, self.url)}") from None

    def close(self) -> None:
        self.conn.close()


class SessionLock:
    """One holder per workspace for as long as it runs (the poller): a session advisory lock on
    a connection of its own, released by the server when the process dies. The same interface
    as console.store.lock.WorkspaceLock, which does this for a folder."""

    def __init__(self, url: str, key: int = POLLER_KEY):
        self.url, self.key = url, key
        self._conn: psycopg.Connection | None = None

    def acquire(self) -> SessionLock:
        conn = connect(self.url)
        if not conn.execute("SELECT pg_try_advisory_lock(%s)", [self.key]).fetchone()[0]:
            holder = conn.execute(
                "SELECT a.usename, a.application_name, a.backend_start FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                "AND l.classid = %s AND l.objid = %s", [self.key >> 32, self.key & 0xFFFFFFFF]).fetchone()
            conn.close()
            who = f"{holder[1] or 'a process'} (login {holder[0]}, since {holder[2]:%Y-%m-%d %H:%M:%S %Z})" \
                if holder else "another process"
            raise WorkspaceError(f"another poller is already running on {redact(self.url)}: {who}")
        self._conn = conn
        return self

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class _SqliteNumbers(NumericLoader):
    """A numeric as SQLite gives it: sum() of integers is an int, not a Decimal (JSON and the
    reports take it as they take it from a folder)."""

    def load(self, data):
        value = super().load(data)
        return int(value) if value == value.to_integral_value() else float(value)


def connect(url: str) -> psycopg.Connection:
    """A connection to the workspace at `url`, within CONNECT_TIMEOUT_S, or one readable line."""
    try:
        # Values bound on the client, as literals: the core's SQL was written for SQLite's loose
        # typing (`? IS NOT NULL`, a text id), which server-side parameters of unknown type refuse.
        conn = psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True,
                               application_name=f"crisis-console pid {os.getpid()} on {socket.gethostname()}"[:63],
                               cursor_factory=psycopg.ClientCursor)
    except (psycopg.Error, ValueError) as e:
        raise WorkspaceError(f"cannot open the workspace {redact(url)}: {_one_line(e, url)}") from None
    conn.adapters.register_loader("numeric", _SqliteNumbers)
    return conn


def _one_line(e: Exception, url: str) -> str:
    """The driver's message, one line, no password: libpq repeats the server's answer per host
    tried; its last line says why."""
    lines = [x.strip() for x in str(e).splitlines() if x.strip()] or [type(e).__name__]
    text = lines[-1] if lines[-1].startswith(("FATAL", "ERROR")) or len(lines) == 1 else lines[0]
    if "timeout expired" in str(e) or "timed out" in str(e):
        text = f"no answer within {CONNECT_TIMEOUT_S} s"
    text = re.sub(r"^connection failed:\s*", "", text)
    return scrub(text, url)


def open_reader(url: str, listen=()) -> PgDatabase:
    """A connection that only reads (SQLite's query_only), in autocommit: each statement sees the
    newest commit; LISTENing on the channels of `listen` (see PgDatabase.arrived). The workspace
    is taken as checked: whoever opened the workspace first (open_pg) did that."""
    db = PgDatabase(connect(url), url)
    try:
        db.execute("SET default_transaction_read_only = on")
        db.listen(listen)
    except psycopg.Error as e:
        db.close()
        raise WorkspaceError(f"cannot use the workspace {redact(url)}: {_one_line(e, url)}") from None
    return db


def open_pg(url: str, *, migrate: bool = True, playbook: bool = False) -> PgDatabase:
    """Open the shared workspace at `url`: checked as ours and migrated (in one transaction).
    `playbook`: a connection to the shared playbook's tables (console.playbook.shared) instead."""
    db = PgDatabase(connect(url), url)
    try:
        pg_schema.check_and_migrate(db, redact(url), migrate=migrate)
        if playbook:
            db.execute("SET search_path TO playbook")
            db.conn.write_key = PLAYBOOK_WRITE_KEY
    except psycopg.Error as e:
        db.close()
        raise WorkspaceError(f"cannot use the workspace {redact(url)}: {_one_line(e, url)}") from None
    except BaseException:
        db.close()
        raise
    operator.pin_login(db.login)
    return db
