"""Query results as dicts keyed by column name: the one way the core turns rows into records."""

from __future__ import annotations

import sqlite3


def as_dicts(cursor: sqlite3.Cursor) -> list[dict]:
    """Every remaining row of `cursor`, each as {column: value}."""
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]


def as_dict(cursor: sqlite3.Cursor) -> dict | None:
    """The next row of `cursor` as {column: value}, or None when there is none."""
    r = cursor.fetchone()
    return None if r is None else dict(zip([c[0] for c in cursor.description], r, strict=True))
