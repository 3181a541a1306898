"""An incident's timeline: append-only events (triggers refuse edits), each written in the
transaction of the action it describes, next to that action's audit row."""

import json

from sqlite_utils import Database

from console.store import audit
from console.timeutil import now_iso


def record(db: Database, incident_id: int, kind: str, text: str = "", details: dict | None = None,
           at: str | None = None, actor: str | None = None) -> int:
    cur = db.execute(
        "INSERT INTO incident_events (incident_id, at, kind, actor, text, details) VALUES (?,?,?,?,?,?)",
        [incident_id, at or now_iso(), kind, actor or audit.current_actor(), text,
         json.dumps(details or {}, ensure_ascii=False, sort_keys=True)])
    return cur.lastrowid


def record_audited(db: Database, incident_id: int, kind: str, action: str, text: str = "",
                   details: dict | None = None) -> int:
    """One operator action: its timeline event and its audit row. Call inside the action's transaction."""
    event_id = record(db, incident_id, kind, text, details)
    audit.record(db, action, "incident", incident_id, {"incident_id": incident_id, "event": kind, "text": text,
                                                        **(details or {})})
    return event_id


def events(db: Database, incident_id: int) -> list[dict]:
    cur = db.execute("SELECT id, at, kind, actor, text, details FROM incident_events WHERE incident_id = ? "
                     "ORDER BY at, id", [incident_id])
    return [{"id": r[0], "at": r[1], "kind": r[2], "actor": r[3], "text": r[4], "details": json.loads(r[5] or "{}")}
            for r in cur.fetchall()]
