"""Backups through SQLite's online backup API: a consistent copy that includes everything
committed, even what still sits in the WAL (a file copy of a live database would lose it).

The copy is made in a private temporary file created exclusively beside the target and renamed
into place when complete: a failure (a full disk) leaves no partial copy, and nothing planted in a
shared folder is followed or reused."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from console.files import exclusive_temp, finish_temp, output_path

if TYPE_CHECKING:
    from sqlite_utils import Database


def backup(db: Database, dest: Path | str) -> Path:
    dest = output_path(dest, replace=False)
    fd, tmp = exclusive_temp(dest)
    os.close(fd)  # SQLite opens it again by name: an empty file is an empty database to it
    try:
        target = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(target)
        finally:
            target.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        finish_temp(tmp, dest)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    return dest
