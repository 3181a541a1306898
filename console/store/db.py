"""Opening a workspace database safely.

A file that is not ours, or is damaged, is refused with a clear message and left exactly as
it is: never replaced, never deleted. WAL lets the window read while the poller writes;
synchronous=NORMAL in WAL mode keeps every committed transaction across a killed process.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from console.errors import WorkspaceError
from console.store.engine import is_url
from console.store.transaction import write

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x43434F4E  # "CCON"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# The newest migration in console.store.schema (a test keeps the two in step). The window checks a
# workspace against it with plain sqlite3: importing sqlite-utils (and the numpy it loads) costs a
# third of the start before the first page of the wall is on screen.
SCHEMA_HEAD = "m100_cjk_flag"


def _refuse(path: Path, why: str) -> WorkspaceError:
    return WorkspaceError(f"{path} {why}; it was left untouched (move it aside or choose another workspace)")


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "is empty (zero bytes), not a Crisis Console database")
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise _refuse(path, "is not an SQLite database")
    if len(header) < 100:
        raise _refuse(path, "is truncated")


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as e:
            if "unable to open" not in str(e) and "readonly" not in str(e):
                raise
            # A WAL database in a folder we cannot write (a read-only mount, someone else's folder)
            # cannot get its shared-memory file: read it as the unchanging file it is to us.
            conn.close()
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def is_current(conn: sqlite3.Connection) -> bool:
    """Ours, and migrated up to SCHEMA_HEAD (read-only; False for anything else)."""
    try:
        return (conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
                and conn.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'crisis-console' AND name = ?",
                                 (SCHEMA_HEAD,)).fetchone() is not None)
    except sqlite3.DatabaseError:
        return False


def apply_migrations(db: sqlite_utils.Database, migrations) -> None:
    """Apply the pending `migrations` behind the write door, so that two processes opening a new
    workspace at once do not both build it. A current schema takes no lock: opening to read never
    waits for a writer."""
    if migrations.pending(db):
        with write(db):
            migrations.apply(db)


def can_write(path: Path) -> bool:
    """Whether this process may change the database at `path` (and create its WAL beside it)."""
    path = Path(path)
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite gives its WAL and
    shared-memory files the same mode), whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _remove_new(path: Path) -> None:
    """Undo the creation of a database that never got its first commit (a full disk): left behind,
    it would be an empty file that every later start refuses as damaged."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
              path.with_name(path.name + "-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def open_db(path: Path | str, *, readonly: bool = False, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if absent) the console database at `path`, checked and migrated. A file
    created here and not completed (a full disk) is removed again before the error is raised.
    A PostgreSQL URL opens a shared workspace instead (console.store.pg)."""
    if is_url(path):
        from console.store.pg import open_pg  # here: a folder workspace never loads the driver

        return open_pg(path, migrate=migrate and not readonly)
    path = Path(path)
    try:
        _check_file(path)
        existed = path.exists()
    except OSError as e:  # a name too long, a folder we may not enter, a directory in its place
        raise WorkspaceError(f"cannot open {path}: {e.strerror or e}") from e
    if readonly and not existed:
        raise WorkspaceError(f"{path} does not exist")
    if not existed:
        try:
            _create_private(path)
        except OSError as e:
            raise WorkspaceError(f"cannot create {path}: {e.strerror or e}") from e
    try:
        return _open_checked(path, readonly, migrate)
    except BaseException:
        if not existed:
            _remove_new(path)
        raise


def _open_checked(path: Path, readonly: bool, migrate: bool) -> sqlite_utils.Database:
    try:
        conn = connect(path, readonly=readonly)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            conn.close()
            raise _refuse(path, "belongs to another application, not Crisis Console")
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            conn.close()
            raise _refuse(path, f"is damaged (quick_check: {status})")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            if app_id == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.DatabaseError as e:
        if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
            raise WorkspaceError(f"{path} is locked by another process; try again in a moment") from e
        if isinstance(e, sqlite3.OperationalError) and ("readonly" in str(e) or "unable to open" in str(e)):
            raise WorkspaceError(f"cannot open {path} for writing: {e}") from e
        if isinstance(e, sqlite3.OperationalError) and "full" in str(e):
            raise WorkspaceError(f"the disk is full; {path.name} cannot be opened until some space is freed") from e
        raise _refuse(path, f"is damaged ({e})") from e
    import sqlite_utils  # here, not at the top: see SCHEMA_HEAD

    db = sqlite_utils.Database(conn)
    if migrate and not readonly:
        from console.store.schema import migrations

        try:
            apply_migrations(db, migrations)
        except sqlite3.OperationalError as e:
            conn.close()
            raise WorkspaceError(f"cannot update the schema of {path}: {e}") from e
    return db


def connect_reader(location: Path | str):
    """A connection that only reads, in autocommit: each statement sees the newest commit, and
    console.store.transaction.snapshot() holds one view across several. Never a writer's lock, so
    the poller never waits. A shared workspace's URL gets a read-only connection to its server
    (console.store.pg.open_reader); opening that may take the connection timeout."""
    if is_url(location):
        from console.store.pg import open_reader  # here: a folder workspace never loads the driver

        return open_reader(location)
    conn = connect(location, readonly=not can_write(location))   # a folder this user cannot write: as it is
    conn.isolation_level = None
    conn.execute("PRAGMA query_only = ON")
    return conn


def data_version(conn: sqlite3.Connection) -> int:
    """A number that changes when another connection commits (microseconds to read)."""
    return conn.execute("PRAGMA data_version").fetchone()[0]


def is_current_file(path: Path, *, readonly: bool = False) -> bool:
    """`is_current` for the file at `path`, opened with plain sqlite3 (False when it is not a
    database at all, and without creating one): the window's quick look before it opens a workspace."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = connect(path, readonly=readonly)
    except sqlite3.DatabaseError:
        return False
    try:
        return is_current(conn)
    finally:
        conn.close()
