"""Alerts as incidents and the window read them: one row decoded, and one plain sentence saying
what happened (analysis writes the rows; nothing here changes them, except an acknowledgement)."""

import json

from sqlite_utils import Database

from console import sentences
from console.errors import UsageError
from console.store import audit
from console.store import mentions as mention_store
from console.store.rows import as_dict, as_dicts
from console.store.transaction import write
from console.timeutil import now_iso


def _decode(row: dict) -> dict:
    row = dict(row)
    ids = []
    for m in json.loads(row.get("mentions") or "[]"):
        mid = m.get("id") if isinstance(m, dict) else m
        if isinstance(mid, int) or (isinstance(mid, str) and mid.isdigit()):
            ids.append(int(mid))
    row["mentions"] = ids
    try:
        row["details"] = json.loads(row.get("details") or "{}")
    except ValueError:
        row["details"] = {}
    row["drill"] = bool(row.get("drill"))
    return row


def parse_id(value, what: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UsageError(f"not {what} id: {value!r}") from None


def get(db: Database, alert_id) -> dict:
    alert_id = parse_id(alert_id, "an alert")
    row = as_dict(db.execute("SELECT * FROM alerts WHERE id = ?", [alert_id]))
    if row is None:
        raise UsageError(f"no alert with id {alert_id}")
    return _decode(row)


def recent(db: Database, *, since_id: int = 0, limit: int = 50, unacknowledged: bool = False,
           raised_since: str | None = None) -> list[dict]:
    """Newest first; `since_id` gives only alerts raised after the last one seen."""
    sql = "SELECT * FROM alerts WHERE id > ?" + (" AND acknowledged_at IS NULL" if unacknowledged else "")
    params: list = [since_id]
    if raised_since:
        sql += " AND raised_at >= ?"
        params.append(raised_since)
    return [_decode(r) for r in as_dicts(db.execute(sql + " ORDER BY id DESC LIMIT ?", [*params, limit]))]


def last_id(db: Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM alerts").fetchone()[0]


def source_name(db: Database, alert: dict) -> str | None:
    if alert.get("source_id") is None:
        return None
    r = db.execute("SELECT coalesce(name, url) FROM sources WHERE id = ?", [alert["source_id"]]).fetchone()
    return r[0] if r else None


def explain(db: Database, alert_id, limit: int = 500) -> dict:
    """An alert with what it is about: its sentence, its source, and its mentions (newest first)."""
    alert = get(db, alert_id)
    cur = db.execute(mention_store.SELECT + " WHERE m.id IN (SELECT value FROM json_each(?)) "
                     "ORDER BY m.sort_time DESC, m.id DESC", [json.dumps(alert["mentions"][:limit])])
    found = as_dicts(cur)
    source = source_name(db, alert)
    return {"alert": alert, "text": describe(alert, source), "source": source,
            "mentions": [mention_store.to_public(r) for r in found],
            "total_mentions": len(alert["mentions"])}


def describe(alert: dict, source_name: str | None = None) -> str:
    """The alert's English sentence (the window and the documents word it in their own language)."""
    return sentences.english(*sentences.of_alert(alert, source_name))


def with_sentence(alert: dict, source_name: str | None = None) -> dict:
    """An alert as `alerts --json` gives it: its kind, its values and its English sentence."""
    key, values = sentences.of_alert(alert, source_name)
    return {**alert, "sentence": key, "values": values, "text": sentences.english(key, values)}


def acknowledge(db: Database, alert_id) -> bool:
    """Mark an alert as seen (audited). Returns False when it already was."""
    alert = get(db, alert_id)
    if alert.get("acknowledged_at"):
        return False
    with write(db):
        db.execute("UPDATE alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL",
                   [now_iso(), alert["id"]])
        audit.record(db, "alert.acknowledge", "alert", alert["id"], {"alert_id": alert["id"], "kind": alert["kind"]})
    return True

