"""Workspace settings: the `settings` table (key → text) behind named, typed accessors.

Every module that keeps a setting reads and writes it here rather than with its own SQL; the
typed accessors say what each key holds. Writes go through the write door.
"""

from __future__ import annotations

import json
from datetime import datetime

from console.store.transaction import write
from console.timeutil import from_iso

# Crisis mode's surge polling: console.incidents.crisis_state writes these, the poller reads them.
SURGE_UNTIL = "surge_until"
SURGE_INTERVAL = "surge_interval_s"
SURGE_INTERVAL_S = 60


def get(db, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None or row[0] is None else row[0]


def put(db, key: str, value: str) -> None:
    with write(db):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, str(value)])


def remove(db, *keys: str) -> None:
    if not keys:
        return
    with write(db):
        db.execute(f"DELETE FROM settings WHERE key IN ({', '.join('?' * len(keys))})", list(keys))


def get_json(db, key: str, default=None):
    raw = get(db, key)
    if raw is None:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        return default


def put_json(db, key: str, value) -> None:
    put(db, key, json.dumps(value, ensure_ascii=False, sort_keys=True))


def get_float(db, key: str, default: float | None = None) -> float | None:
    raw = get(db, key)
    try:
        return float(raw) if raw is not None else default
    except ValueError:
        return default


def surge_interval_s(db, now: datetime) -> int | None:
    """How often priority feeds are polled while crisis mode's surge lasts at `now`; None when it is off or over."""
    until = from_iso(get(db, SURGE_UNTIL))
    if until is None or until <= now:
        return None
    raw = get(db, SURGE_INTERVAL)
    return int(raw) if raw and raw.isdigit() else SURGE_INTERVAL_S
