"""The playbook of a shared workspace: one playbook for the whole crisis office, in the
PostgreSQL database's `playbook` schema, and a copy of it on every desk.

The copy is the ordinary `playbook.db` (and `playbook.toml`) of the desk's local folder for that
workspace. Whatever opens the shared workspace brings it up to date when the shared playbook has
changed since (its audit chain's last hash says so in one query), so a desk that has opened the
workspace once can open its checklists, templates and contacts when the server is down. There
the copy takes ticks (and unticks) only, each queued with its audit row; the next command or
window that reaches the server sends them with their own time, under the desk's login, before
the copy is refreshed. Other changes made offline would fork the one playbook, so they wait.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from console.errors import UsageError, WorkspaceError
from console.playbook import runs
from console.playbook.desk_copy import DB_NAME, OUTBOX, has_queue, last_hash, local_hash
from console.playbook.schema import migrations
from console.playbook.store import PlaybookStore
from console.store import operator
from console.store.copy import copy_rows
from console.store.db import APPLICATION_ID, apply_migrations
from console.store.transaction import write

OUTBOX_TABLE = f"CREATE TABLE IF NOT EXISTS {OUTBOX} (audit_id INTEGER PRIMARY KEY)"


def open_shared(url: str, folder: Path) -> PlaybookStore:
    """The shared playbook itself (filled with the desk's copy, else the shipped defaults, the
    first time), with this desk's queued ticks sent and its copy brought up to date."""
    from console.store.pg import open_pg

    store = PlaybookStore(folder, open_pg(url, playbook=True))
    try:
        store.fill_if_empty()
        sent = send_queued(store)
        if sent or last_hash(store.db) != local_hash(folder):
            refresh_copy(store)
    except BaseException:
        store.close()
        raise
    return store


def offline_copy(url: str, folder: Path, why: str | None) -> PlaybookStore:
    """The desk's copy, when the server cannot be reached (`why`) or with --offline (None): ticks
    queue, nothing else changes. The desk's login (the URL's user) ticks, as it would online."""
    if not (Path(folder) / DB_NAME).exists():
        raise WorkspaceError(f"{why or 'started with --offline'}; this desk has no copy of the shared playbook yet "
                             "(it is made the first time the desk opens the shared workspace)")
    store = PlaybookStore.open(folder)
    if store.temporary:
        return store
    store.db.execute(OUTBOX_TABLE)
    store.outbox = True
    operator.pin_login(urlsplit(url).username or None)
    copy = "showing this desk's copy of the shared playbook (ticks are sent when the server is back)"
    store.problem = f"{why}; {copy}" if why else copy[0].upper() + copy[1:]
    return store


def send_queued(store: PlaybookStore) -> int:
    """Send the ticks made on this desk's copy while offline; how many reached the shared playbook.
    A tick whose item is gone or already ticked by someone else changes nothing."""
    path = store.folder / DB_NAME
    if not has_queue(store.folder):
        return 0
    local = sqlite_utils.Database(path)
    try:
        queued = local.execute("SELECT a.action, a.target_id, a.details, a.at FROM outbox o "
                               "JOIN audit a ON a.id = o.audit_id ORDER BY o.audit_id").fetchall()
    finally:
        local.conn.close()
    sent = 0
    for action, run_id, details, at in queued:
        item = json.loads(details)
        try:
            if action == "checklist.tick":
                runs.tick(store, run_id, item.get("n"), note=item.get("note"), at=at)
            else:
                runs.untick(store, run_id, item.get("n"))
            sent += 1
        except UsageError:  # the run or item no longer exists on the server
            continue
    return sent


def refresh_copy(store: PlaybookStore) -> None:
    """Make the desk's copy equal to the shared playbook: built in memory, then written over the
    copy by SQLite's backup (a reader of the old copy never sees half of the new one)."""
    fresh = sqlite_utils.Database(memory=True)
    fresh.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # the copy is ours, as any playbook.db
    apply_migrations(fresh, migrations)
    with write(fresh):
        copy_rows(store.db, fresh)
    local = PlaybookStore.open(store.folder)
    try:
        if local.temporary:  # the folder cannot be written: the desk keeps what it has
            return
        fresh.conn.backup(local.db.conn)
    finally:
        local.close()
        fresh.conn.close()
    store.write_copy()
