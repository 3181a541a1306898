"""The operator's actions on incidents. Each is one short transaction holding the change, its
timeline event and its audit row: all three are written, or none."""

import json
from collections.abc import Iterable

from sqlite_utils import Database

from console import sentences
from console.errors import UsageError
from console.incidents import alert_view, crisis_state, timeline
from console.store.rows import as_dict
from console.store.transaction import write
from console.timeutil import now_iso

MAX_TERMS = 8  # the wall filters on the incident's terms; a handful is what a person can read


def get_row(db: Database, incident_id) -> dict:
    incident_id = alert_view.parse_id(incident_id, "an incident")
    row = as_dict(db.execute("SELECT * FROM incidents WHERE id = ?", [incident_id]))
    if row is None:
        raise UsageError(f"no incident with id {incident_id}")
    row["terms"] = json.loads(row["terms"] or "[]")
    row["drill"] = bool(row["drill"])
    row["title_params"] = json.loads(row.get("title_params") or "{}")
    return row


def _open_row(db: Database, incident_id) -> dict:
    row = get_row(db, incident_id)
    if row["status"] == "closed":
        raise UsageError(f"incident {row['id']} is closed")
    return row


def _matched_terms(db: Database, mention_ids: list[int]) -> list[str]:
    """The watch terms the mentions matched, most frequent first."""
    rows = db.execute(
        "SELECT t.value, count(*) AS n FROM mentions m, json_each(coalesce(m.matched_terms, '[]')) t "
        "WHERE m.id IN (SELECT value FROM json_each(?)) GROUP BY t.value ORDER BY n DESC, t.value LIMIT ?",
        [json.dumps(mention_ids), MAX_TERMS]).fetchall()
    return [r[0] for r in rows if isinstance(r[0], str) and r[0].strip()]


def _check_mentions(db: Database, mention_ids: Iterable) -> list[int]:
    """The ids as integers, refusing any that is not a stored mention."""
    ids = [alert_view.parse_id(m, "a mention") for m in mention_ids]
    known = {r[0] for r in db.execute("SELECT id FROM mentions WHERE id IN (SELECT value FROM json_each(?))",
                                      [json.dumps(ids)])}
    missing = [i for i in ids if i not in known]
    if missing:
        raise UsageError(f"no mention with id {missing[0]}")
    return ids


def _insert_mentions(db: Database, incident_id: int, mention_ids: list[int]) -> int:
    cur = db.execute(
        "INSERT OR IGNORE INTO incident_mentions (incident_id, mention_id, added_at) "
        "SELECT ?, id, ? FROM mentions WHERE id IN (SELECT value FROM json_each(?))",
        [incident_id, now_iso(), json.dumps(mention_ids)])
    return cur.rowcount


def open_incident(db: Database, title: str | tuple[str, dict], *, alert_id=None, mention_ids: Iterable[int] = (),
                  terms: Iterable[str] | None = None) -> int:
    """Open an incident, optionally from an alert (taking its mentions, terms and detection time). The title
    is what a person typed, or a sentence (key, values) the console made, worded in the reader's language."""
    key, values = title if isinstance(title, tuple) else (None, None)
    title = " ".join((sentences.english(key, values) if key else title or "").split())
    if not title:
        raise UsageError("an incident needs a title")
    alert = alert_view.get(db, alert_id) if alert_id is not None else None
    ids = list(dict.fromkeys([*(alert["mentions"] if alert else []), *_check_mentions(db, mention_ids)]))
    now = now_iso()
    with write(db):
        chosen = [t for t in (terms or []) if t.strip()]
        if not chosen and alert and alert.get("term"):
            chosen = [alert["term"]]
        chosen = chosen or _matched_terms(db, ids)
        cur = db.execute(
            "INSERT INTO incidents (title, alert_id, terms, detected_at, opened_at, drill, title_sentence, title_params) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [title, alert["id"] if alert else None, json.dumps(chosen[:MAX_TERMS], ensure_ascii=False),
             alert["raised_at"] if alert else now, now, int(bool(alert and alert["drill"])),
             key, json.dumps(values, ensure_ascii=False) if key else None])
        incident_id = cur.lastrowid
        if alert:
            key, values = sentences.of_alert(alert, alert_view.source_name(db, alert))
            timeline.record(db, incident_id, "detected", (key, {**values, "alert_id": alert["id"]}),
                            {"alert_id": alert["id"], "kind": alert["kind"]}, at=alert["raised_at"], actor="console")
        added = _insert_mentions(db, incident_id, ids)
        timeline.record_audited(db, incident_id, "opened", "incident.open", title,
                                {"alert_id": alert["id"] if alert else None, "mentions": added, "terms": chosen})
    return incident_id


def add_mentions(db: Database, incident_id, mention_ids: Iterable) -> int:
    with write(db):
        row = _open_row(db, incident_id)
        ids = _check_mentions(db, mention_ids)
        if not ids:
            raise UsageError("name at least one mention to add")
        added = _insert_mentions(db, row["id"], ids)
        if added:
            timeline.record_audited(db, row["id"], "mentions_added", "incident.add_mentions",
                                    timeline.said("event.mentions_added", {"count": added}), {"mention_ids": ids})
    return added


def add_alert(db: Database, incident_id, alert_id) -> int:
    """Fold another alert into an open incident: its mentions join, the alert counts as seen."""
    alert = alert_view.get(db, alert_id)
    with write(db):
        row = _open_row(db, incident_id)
        added = _insert_mentions(db, row["id"], alert["mentions"])
        if not alert.get("acknowledged_at"):
            alert_view.acknowledge(db, alert["id"])
        timeline.record_audited(db, row["id"], "mentions_added", "incident.add_alert",
                                timeline.said("event.alert_added", {"count": added, "alert_id": alert["id"]}),
                                {"alert_id": alert["id"], "mentions": added})
    return added


def add_note(db: Database, incident_id, text: str) -> int:
    text = (text or "").strip()
    if not text:
        raise UsageError("a note cannot be empty")
    with write(db):
        row = get_row(db, incident_id)  # notes stay possible after closing: the review happens then
        return timeline.record_audited(db, row["id"], "note", "incident.note", text)


def add_response(db: Database, incident_id, channel: str, text: str, mention_id=None, *, audited: bool = True) -> int:
    """Record a response that went out. `audited=False`: part of a larger action that writes its own audit row."""
    channel, text = (channel or "").strip(), (text or "").strip()
    if not channel:
        raise UsageError("say on which channel the response went out (--channel)")
    if not text:
        raise UsageError("a response needs its text")
    with write(db):
        row = _open_row(db, incident_id)
        details = {"channel": channel}
        if mention_id is not None:
            details["mention_id"] = alert_view.parse_id(mention_id, "a mention")
        if audited:
            event_id = timeline.record_audited(db, row["id"], "response", "incident.respond", text, details)
        else:
            event_id = timeline.record(db, row["id"], "response", text, details)
        db.execute("UPDATE incidents SET first_response_at = coalesce(first_response_at, ?) WHERE id = ?",
                   [now_iso(), row["id"]])
    return event_id


def incident_of_mention(db: Database, mention_id: int) -> int | None:
    """The open incident a mention belongs to: the crisis incident if it holds it, else the newest."""
    holding = [r[0] for r in db.execute(
        "SELECT i.id FROM incident_mentions im JOIN incidents i ON i.id = im.incident_id "
        "WHERE im.mention_id = ? AND i.status = 'open' ORDER BY i.id DESC", [mention_id])]
    crisis = crisis_state.active_incident(db)
    return crisis if crisis in holding else (holding[0] if holding else None)


def record_reply(db: Database, target_type: str, target: str, channel: str, text: str) -> int | None:
    """A reply sent from a response template, on the incident it answers: the incident itself, or
    for a mention the crisis incident holding it, else the newest open incident holding it. Returns
    that incident's id (None: the mention is in no open incident; the playbook keeps the reply)."""
    if target_type == "incident":
        incident_id, mention_id = alert_view.parse_id(target, "an incident"), None
    else:
        mention_id = alert_view.parse_id(target, "a mention")
        incident_id = incident_of_mention(db, mention_id)
        if incident_id is None:
            return None
    add_response(db, incident_id, channel or "other", text, mention_id=mention_id)
    return incident_id


def close(db: Database, incident_id) -> None:
    with write(db):
        row = _open_row(db, incident_id)
        close_row(db, row)
        timeline.record_audited(db, row["id"], "closed", "incident.close", timeline.said("event.closed"))


def close_row(db: Database, row: dict) -> None:
    """Close an open incident (its stage too); the caller records the event and the audit row."""
    if crisis_state.active_incident(db) == row["id"]:  # crisis mode ends with its incident
        crisis_state.end(db)
    db.execute("UPDATE incidents SET status = 'closed', stage = 'closed', closed_at = ? WHERE id = ?",
               [now_iso(), row["id"]])


def open_row(db: Database, incident_id) -> dict:
    """The incident's row, refusing a closed one."""
    return _open_row(db, incident_id)
