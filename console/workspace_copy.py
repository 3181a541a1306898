"""`workspace copy SRC DST`: a whole workspace between engines, a desk's folder into a shared
workspace in PostgreSQL and back (the portable copy). The target is a new folder or an empty
database. Mentions keep their ids, statuses and assignees; incidents, the playbook (content,
contacts, runs and its own audit) and the audit rows arrive with their hashes, and the target's
audit gains one row recording the copy, so its chain still verifies."""

from __future__ import annotations

import shutil
from pathlib import Path

from console.errors import UsageError
from console.playbook.schema import migrations as playbook_migrations
from console.playbook.store import DB_NAME as PLAYBOOK_DB
from console.playbook.store import PlaybookStore
from console.store import audit, open_db
from console.store.copy import copy_database, copy_rows, occupied
from console.store.db import apply_migrations
from console.store.engine import is_url, redact
from console.store.transaction import write
from console.workspace import DB_NAME, resolve_folder


def _name(location) -> str:
    return redact(location) if is_url(location) else str(location)


def _open_main(location, *, target: bool):
    if is_url(location):
        return open_db(location)
    folder = Path(location)
    if target:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise UsageError(f"{folder} is not a new folder: copy into a folder that does not exist yet (or is empty)")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    elif not (folder / DB_NAME).is_file():
        raise UsageError(f"{folder} is not a workspace folder (no {DB_NAME} in it)")
    return open_db(folder / DB_NAME)


def _open_playbook(location, *, target: bool):
    """The playbook's database: the shared one, or the folder's file (a target's without the
    shipped content, which the copy brings)."""
    if is_url(location):
        from console.store.pg import open_pg

        return open_pg(location, playbook=True)
    if target:
        db = open_db(Path(location) / PLAYBOOK_DB, migrate=False)
        apply_migrations(db, playbook_migrations)
        return db
    return PlaybookStore.open(Path(location)).db


def copy_workspace(src_text: str, dst_text: str) -> dict:
    """Copy; the rows copied per table. A failed copy leaves the target as it was: the two
    databases' transactions commit together at the end, and a new folder is removed again."""
    src_loc, dst_loc = resolve_folder(src_text), resolve_folder(dst_text)
    if _name(src_loc) == _name(dst_loc):
        raise UsageError("the source and the target are the same workspace")
    new_folder = not is_url(dst_loc) and not Path(dst_loc).exists()
    opened = []
    try:
        opened.append(src := _open_main(src_loc, target=False))
        opened.append(dst := _open_main(dst_loc, target=True))
        if full := occupied(dst):
            raise UsageError(f"{_name(dst_loc)} already holds a workspace (rows in {', '.join(full[:4])}); "
                             "copy into an empty database or a new folder")
        opened.append(pb_src := _open_playbook(src_loc, target=False))
        opened.append(pb_dst := _open_playbook(dst_loc, target=True))

        def record(db, counts):
            audit.record(db, "workspace.copy", "workspace", _name(dst_loc),
                         {"from": _name(src_loc), "mentions": counts.get("mentions", 0),
                          "audit_rows": counts.get("audit", 0)})
        with write(pb_dst):
            copy_rows(pb_src, pb_dst)
            counts = copy_database(src, dst, record)
    except BaseException:
        _close(opened)
        if new_folder:
            shutil.rmtree(dst_loc, ignore_errors=True)
        raise
    _close(opened)
    return counts


def _close(dbs) -> None:
    for db in dbs:
        db.conn.close()
