"""Workspace settings: the `settings` table (key → text) behind named, typed accessors.

Every module that keeps a setting reads and writes it here rather than with its own SQL; the
typed accessors say what each key holds. Writes go through the write door. `db` is a
sqlite-utils Database or a plain sqlite3 connection (the window reads with one). The playbook's
own database has a `settings` table of the same shape; its accessors are at the end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from console.store import audit
from console.store.transaction import write
from console.timeutil import from_iso, to_iso

# The keys as stored. Existing workspaces hold these names: never rename one.
SPIKE_SENSITIVITY = "analysis.spike_sensitivity"
SEVERITY_LEVELS = "analysis.severity_levels"
CRISIS_INCIDENT = "crisis_incident_id"
SURGE_UNTIL = "surge_until"
SURGE_INTERVAL = "surge_interval_s"
POLLER_STATE = "poller_state"
DEMO_CRISIS_STARTED = "demo.crisis_started"
DEMO_TEAM_SEEDED = "demo.team_added"
PLAYBOOK_LANGUAGE = "language"   # in playbook.db
CRISIS_PAGE_URL = "crisis_page_url"   # the public crisis-centre page's address, for replies
REPLY_APPROVAL = "replies.approval"   # when replies wait for approval: crisis (default) or always

SURGE_INTERVAL_S = 60   # surge polling's interval when crisis mode starts it (and when none is stored)


def get(db, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None or row[0] is None else row[0]


def put(db, key: str, value) -> None:
    with write(db):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, str(value)])


def put_audited(db, key: str, value: str, action: str, current) -> None:
    """A setting a person changed: the new value and one audit row saying what it was before
    (`current(db)`, the value as its reader shows it), in one transaction."""
    with write(db):
        old = current(db)
        put(db, key, value)
        audit.record(db, action, "setting", key, {"from": old, "to": value})


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


def get_int(db, key: str) -> int | None:
    raw = (get(db, key) or "").strip()
    return int(raw) if raw.isdigit() else None


def get_time(db, key: str) -> datetime | None:
    return from_iso(get(db, key))


# --- analysis ----------------------------------------------------------------------------------
def spike_sensitivity(db) -> str | None:
    """A preset name of weights.toml or a number (k of mean + k·sigma); None: the shipped default."""
    value = (get(db, SPIKE_SENSITIVITY) or "").strip()
    return value or None


def put_spike_sensitivity(db, value: str) -> None:
    put(db, SPIKE_SENSITIVITY, value.strip())


def severity_levels(db) -> dict | None:
    """The workspace's level thresholds as stored ({"critical", "high", "medium"}), else None;
    console.analysis.levels checks them."""
    value = get_json(db, SEVERITY_LEVELS)
    return value if isinstance(value, dict) else None


def put_severity_levels(db, levels: dict) -> None:
    put(db, SEVERITY_LEVELS, json.dumps(levels))


# --- crisis mode and surge polling -------------------------------------------------------------
@dataclass(frozen=True)
class SurgePolling:
    until: datetime
    interval_s: int


def crisis_incident(db) -> int | None:
    """The incident crisis mode is on for; None when it is off."""
    return get_int(db, CRISIS_INCIDENT)


def surge_polling(db, now: datetime) -> SurgePolling | None:
    """Surge polling as it stands at `now`; None when it is off or already over."""
    until = get_time(db, SURGE_UNTIL)
    if until is None or until <= now:
        return None
    return SurgePolling(until, get_int(db, SURGE_INTERVAL) or SURGE_INTERVAL_S)


def surge_interval_s(db, now: datetime) -> int | None:
    """How often priority feeds are polled while surge polling lasts at `now`; None when it is off or over."""
    surge = surge_polling(db, now)
    return surge.interval_s if surge else None


def start_crisis(db, incident_id: int, surge_until: datetime, surge_interval_s: int) -> None:
    with write(db):
        put(db, CRISIS_INCIDENT, incident_id)
        put(db, SURGE_UNTIL, to_iso(surge_until))
        put(db, SURGE_INTERVAL, surge_interval_s)


def end_crisis(db) -> None:
    remove(db, CRISIS_INCIDENT, SURGE_UNTIL, SURGE_INTERVAL)


# --- the poller --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PollerState:
    """What the poller said about itself after its last pass (read by the window's status bar)."""
    offline: bool = False
    last_pass: str | None = None
    pid: int | None = None


def poller_state(db) -> PollerState:
    raw = get_json(db, POLLER_STATE)
    if not isinstance(raw, dict):
        return PollerState()
    pid = raw.get("pid")
    return PollerState(bool(raw.get("offline")), raw.get("last_pass") or None, pid if isinstance(pid, int) else None)


def put_poller_state(db, state: PollerState) -> None:
    # Written in this shape (not sorted) since the first version: an older window still reads it.
    put(db, POLLER_STATE, json.dumps({"offline": state.offline, "last_pass": state.last_pass, "pid": state.pid}))


# --- the demo workspace ------------------------------------------------------------------------
def demo_crisis_started(db) -> datetime | None:
    """When the demo's crisis storyline started (it is renewed when a day old)."""
    return get_time(db, DEMO_CRISIS_STARTED)


def put_demo_crisis_started(db, when: datetime) -> None:
    put(db, DEMO_CRISIS_STARTED, to_iso(when))


def demo_team_seeded(db) -> bool:
    """The demo's fictional team was offered to the playbook once; never again."""
    return get(db, DEMO_TEAM_SEEDED) is not None


def mark_demo_team_seeded(db) -> None:
    put(db, DEMO_TEAM_SEEDED, "1")


# --- playbook.db -------------------------------------------------------------------------------
def playbook_language(db) -> str | None:
    """The language the workspace's playbook opens in (playbook.db), if one was chosen."""
    return get(db, PLAYBOOK_LANGUAGE)


def put_playbook_language(db, lang: str) -> None:
    put(db, PLAYBOOK_LANGUAGE, lang)


def crisis_page_url(db) -> str | None:
    return get(db, CRISIS_PAGE_URL) or None


def reply_approval(db) -> str | None:
    return get(db, REPLY_APPROVAL)
