"""Incidents as the command line, the window and the reports read them."""

import json

from sqlite_utils import Database

from console.incidents import clocks, crisis_state, operations, timeline
from console.store import mentions as mention_store
from console.store.rows import as_dicts
from console.timeutil import utcnow

SUMMARY_SQL = """
    SELECT i.id, i.title, i.status, i.alert_id, i.detected_at, i.opened_at, i.crisis_started_at,
           i.first_response_at, i.closed_at, i.drill, i.title_sentence, i.title_params,
           (SELECT count(*) FROM incident_mentions im WHERE im.incident_id = i.id) AS mention_count,
           (SELECT count(*) FROM incident_events e WHERE e.incident_id = i.id) AS event_count
    FROM incidents i"""


def _summary(row: dict, active: int | None) -> dict:
    row = dict(row)
    row["drill"] = bool(row["drill"])
    row["title_params"] = json.loads(row["title_params"] or "{}")
    row["crisis_active"] = row["id"] == active
    row["metrics"] = clocks.metrics(row)
    return row


def list_incidents(db: Database, *, status: str | None = None) -> list[dict]:
    """Open incidents first, newest first within each group."""
    sql = SUMMARY_SQL + (" WHERE i.status = ?" if status else "") + " ORDER BY i.status = 'closed', i.id DESC"
    found = as_dicts(db.execute(sql, [status] if status else []))
    active = crisis_state.active_incident(db)
    return [_summary(r, active) for r in found]


def mention_ids(db: Database, incident_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT mention_id FROM incident_mentions WHERE incident_id = ? ORDER BY mention_id",
                                     [incident_id])]


def incident_mentions(db: Database, incident_id: int, limit: int | None = None) -> list[dict]:
    """Newest first; `limit` keeps a window's list short on a big incident."""
    cur = db.execute(mention_store.SELECT + " JOIN incident_mentions im ON im.mention_id = m.id "
                     "WHERE im.incident_id = ? ORDER BY m.sort_time DESC, m.id DESC"
                     + ("" if limit is None else " LIMIT ?"), [incident_id] + ([] if limit is None else [int(limit)]))
    return [mention_store.to_public(r) for r in as_dicts(cur)]


def show(db: Database, incident_id, *, with_mentions: bool = True, mention_limit: int | None = None) -> dict:
    """Everything about one incident: its mentions, timeline, responses, clocks and metrics."""
    row = operations.get_row(db, incident_id)
    events = timeline.events(db, row["id"])
    out = dict(row)
    out["crisis_active"] = crisis_state.active_incident(db) == row["id"]
    out["mention_count"] = db.execute("SELECT count(*) FROM incident_mentions WHERE incident_id = ?",
                                      [row["id"]]).fetchone()[0]
    if with_mentions:
        out["mentions"] = incident_mentions(db, row["id"], mention_limit)
    out["timeline"] = events
    out["notes"] = [{"at": e["at"], "actor": e["actor"], "text": e["text"]} for e in events if e["kind"] == "note"]
    out["responses"] = [{"at": e["at"], "actor": e["actor"], "channel": e["details"].get("channel"), "text": e["text"],
                         "mention_id": e["details"].get("mention_id")} for e in events if e["kind"] == "response"]
    out["metrics"] = clocks.metrics(row)
    out["clocks"] = [c.as_dict() for c in clocks.response_clocks(row["detected_at"], row["first_response_at"],
                                                                  utcnow())]
    return out
