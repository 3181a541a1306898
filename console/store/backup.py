"""Backups through SQLite's online backup API: a consistent copy that includes everything
committed, even what still sits in the WAL (a file copy of a live database would lose it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from console.errors import UsageError

if TYPE_CHECKING:
    from sqlite_utils import Database


def backup(db: Database, dest: Path | str) -> Path:
    dest = Path(dest)
    if dest.exists():
        raise UsageError(f"{dest} already exists; choose a new file name")
    tmp = dest.with_name(dest.name + ".partial")
    target = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    tmp.replace(dest)
    return dest
