"""Crisis mode in one action: open (or reuse) the incident, mark crisis mode on, start surge
polling, all in one transaction with its timeline events and audit rows. The window adds what
is on screen (docks, wall filter, banner); this is the part the command line shares."""

from dataclasses import dataclass

from sqlite_utils import Database

from console import sentences
from console.errors import CrisisModeOff, UsageError
from console.incidents import alert_view, crisis_state, operations, timeline
from console.store.transaction import write
from console.timeutil import now_iso


@dataclass(frozen=True)
class Activation:
    incident_id: int
    opened: bool               # a new incident was opened (else an open one was reused)
    surge_until: str
    already_on: bool = False   # crisis mode was already on for this very incident: nothing changed


def default_title(alert: dict | None) -> tuple[str, dict]:
    """The title the console gives an incident nobody named, as a sentence (key, values): the window
    and the documents word it in their language."""
    if alert is None:
        return "title.crisis", {"time": now_iso()[:16].replace("T", " ") + " UTC"}
    key = f"title.{alert['kind']}"
    if key not in sentences.TEMPLATES:
        return "title.alert", {"term": alert.get("term") or alert["kind"]}
    return (key, {"term": alert["term"]}) if alert.get("term") else (key + ".overall", {})


def _incident_for_alert(db: Database, alert_id: int) -> int | None:
    r = db.execute("SELECT id FROM incidents WHERE alert_id = ? AND status = 'open' ORDER BY id DESC LIMIT 1",
                   [alert_id]).fetchone()
    return r[0] if r else None


def turn_on(db: Database, *, alert_id=None, incident_id=None, title: str | None = None) -> Activation:
    alert = alert_view.get(db, alert_id) if alert_id is not None else None
    with write(db):
        target = operations.get_row(db, incident_id)["id"] if incident_id is not None else None
        if target is None and alert is not None:
            target = _incident_for_alert(db, alert["id"])
        active = crisis_state.active_incident(db)
        if active is not None:
            if target in (None, active):
                return Activation(active, False, crisis_state.surge_until(db) or "", already_on=True)
            raise UsageError(f"crisis mode is already on for incident {active}; turn it off first (crisis off)")
        opened = target is None
        if opened:
            target = operations.open_incident(db, title or default_title(alert), alert_id=alert and alert["id"])
        elif operations.get_row(db, target)["status"] == "closed":
            raise UsageError(f"incident {target} is closed")
        if alert is not None and not alert.get("acknowledged_at"):
            alert_view.acknowledge(db, alert["id"])
        db.execute("UPDATE incidents SET crisis_started_at = coalesce(crisis_started_at, ?) WHERE id = ?",
                   [now_iso(), target])
        until = crisis_state.start(db, target)
        timeline.record_audited(db, target, "crisis_on", "crisis.on", timeline.said("event.crisis_on", {"surge_until": until}),
                                {"alert_id": alert and alert["id"], "surge_until": until})
    return Activation(target, opened, until)


def turn_off(db: Database) -> int:
    with write(db):
        incident_id = crisis_state.end(db)
    if incident_id is None:
        raise CrisisModeOff("crisis mode is not on")
    return incident_id
