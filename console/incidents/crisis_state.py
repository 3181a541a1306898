"""Crisis mode's state, kept in the workspace's `settings` table so the window, the command
line and the poller process all see the same thing:

- `crisis_incident_id`: the incident crisis mode is on for (absent when off);
- `surge_until` (UTC ISO) and `surge_interval_s`: the poller polls priority feeds at this shorter
  interval until then (still with conditional GET and Retry-After). Surge is bounded, so a
  crisis mode nobody turned off does not poll hard forever."""

from datetime import timedelta

from sqlite_utils import Database

from console.incidents import timeline
from console.store import settings
from console.timeutil import from_iso, to_iso, utcnow

ACTIVE_KEY = "crisis_incident_id"
SURGE_UNTIL_KEY = settings.SURGE_UNTIL
SURGE_INTERVAL_KEY = settings.SURGE_INTERVAL
SURGE_INTERVAL_S = settings.SURGE_INTERVAL_S
SURGE_SPAN = timedelta(hours=24)


def _get(db: Database, key: str) -> str | None:
    r = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return r[0] if r else None


def _put(db: Database, key: str, value) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               [key, str(value)])


def active_incident(db: Database) -> int | None:
    value = _get(db, ACTIVE_KEY)
    return int(value) if value and value.isdigit() else None


def surge_until(db: Database) -> str | None:
    """When surge polling ends, or None when it is off or already over."""
    until = from_iso(_get(db, SURGE_UNTIL_KEY))
    return to_iso(until) if until and until > utcnow() else None


def start(db: Database, incident_id: int) -> str:
    """Mark crisis mode on and start surge polling; call inside the action's transaction."""
    until = to_iso(utcnow() + SURGE_SPAN)
    _put(db, ACTIVE_KEY, incident_id)
    _put(db, SURGE_UNTIL_KEY, until)
    _put(db, SURGE_INTERVAL_KEY, SURGE_INTERVAL_S)
    return until


def end(db: Database) -> int | None:
    """Turn crisis mode and surge polling off (audited on the incident); call inside a transaction."""
    incident_id = active_incident(db)
    db.execute("DELETE FROM settings WHERE key IN (?, ?, ?)", [ACTIVE_KEY, SURGE_UNTIL_KEY, SURGE_INTERVAL_KEY])
    if incident_id is not None:
        timeline.record_audited(db, incident_id, "crisis_off", "crisis.off", "Crisis mode off; surge polling stopped")
    return incident_id
