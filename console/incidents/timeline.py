"""An incident's timeline: append-only events (triggers refuse edits), each written in the
transaction of the action it describes, next to that action's audit row."""

import json

from sqlite_utils import Database

from console import sentences
from console.store import audit
from console.timeutil import now_iso


def said(key: str, values: dict | None = None) -> tuple[str, dict]:
    """A sentence the console words itself (console.sentences): stored as its key and values, with its English."""
    return key, values or {}


def record(db: Database, incident_id: int, kind: str, text: str | tuple[str, dict] = "", details: dict | None = None,
           at: str | None = None, actor: str | None = None) -> int:
    """`text` is a person's words, or a sentence (key, values) that is stored as data and worded when shown."""
    key, values = text if isinstance(text, tuple) else (None, None)
    cur = db.execute(
        "INSERT INTO incident_events (incident_id, at, kind, actor, text, details, sentence, params) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [incident_id, at or now_iso(), kind, actor or audit.current_actor(),
         sentences.english(key, values) if key else text, json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
         key, json.dumps(values, ensure_ascii=False, sort_keys=True) if key else None])
    return cur.lastrowid


def record_audited(db: Database, incident_id: int, kind: str, action: str, text: str | tuple[str, dict] = "",
                   details: dict | None = None) -> int:
    """One operator action: its timeline event and its audit row. Call inside the action's transaction."""
    event_id = record(db, incident_id, kind, text, details)
    text = sentences.english(*text) if isinstance(text, tuple) else text
    audit.record(db, action, "incident", incident_id, {"incident_id": incident_id, "event": kind, "text": text,
                                                        **(details or {})})
    return event_id


def events(db: Database, incident_id: int) -> list[dict]:
    """Each event with its kind, its sentence key and values (empty for a person's words and for old rows
    whose values could not be read back: those show their stored text) and its English text."""
    cur = db.execute("SELECT id, at, kind, actor, text, details, sentence, params FROM incident_events "
                     "WHERE incident_id = ? ORDER BY at, id", [incident_id])
    return [{"id": r[0], "at": r[1], "kind": r[2], "actor": r[3], "text": r[4], "details": json.loads(r[5] or "{}"),
             "sentence": r[6], "values": json.loads(r[7] or "{}")} for r in cur.fetchall()]
