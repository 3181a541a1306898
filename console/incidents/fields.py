"""An incident as an incident tool keeps it: one lead (a person), a severity tier (1 the most
severe; the workspace's playbook says what each tier means), a stage, a one-line summary of what
happened and when the next public update is due. Each change is a timeline event with the old and
the new value; one `incident set` is one operator action, so one audit row, in the same transaction.
Setting the stage to closed closes the incident as `incident close` does."""

from __future__ import annotations

from datetime import datetime

from console.errors import UsageError
from console.incidents import operations, timeline
from console.playbook.model import INCIDENT_TIERS
from console.store import audit
from console.store.transaction import write
from console.timeutil import to_iso

STAGES = ("triage", "investigating", "responding", "monitoring", "closed")
FIELDS = ("lead", "tier", "stage", "summary", "next_update")


def check_stage(stage: str) -> str:
    if stage not in STAGES:
        raise UsageError(f"unknown stage {stage!r}; choose one of: {', '.join(STAGES)}")
    return stage


def check_tier(tier) -> int:
    try:
        level = int(str(tier).strip())
    except ValueError:
        level = None
    if level not in INCIDENT_TIERS:
        raise UsageError(f"unknown tier {tier!r}; choose one of: {', '.join(map(str, INCIDENT_TIERS))} (1 the most severe)")
    return level


def parse_time(text: str) -> str:
    """An ISO time as UTC ISO; a time without a zone is the computer's local time."""
    try:
        dt = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"not a time: {text!r} (use ISO 8601, for example 2026-12-07T15:00 or "
                         f"2026-12-07T14:00Z)") from None
    return to_iso(dt if dt.tzinfo else dt.astimezone())


def _text(value: str | None, what: str) -> str | None:
    value = " ".join((value or "").split())
    if not value:
        raise UsageError(f"the {what} cannot be empty")
    return value


def set_fields(db, incident_id, *, lead: str | None = None, tier=None, stage: str | None = None,
               summary: str | None = None, next_update: str | None = None) -> list[dict]:
    """Change the fields given (None leaves a field as it is); returns the changes made."""
    asked = {}
    if lead is not None:
        asked["lead"] = _text(lead, "lead")
    if tier is not None:
        asked["tier"] = check_tier(tier)
    if stage is not None:
        asked["stage"] = check_stage(stage)
    if summary is not None:
        asked["summary"] = _text(summary, "summary")
    if next_update is not None:
        asked["next_update"] = parse_time(next_update)
    if not asked:
        raise UsageError("nothing to change: give --lead, --tier, --stage, --summary or --next-update")
    with write(db):
        row = operations.open_row(db, incident_id)
        changes = [{"field": k, "from": row.get(k), "to": v} for k, v in asked.items() if row.get(k) != v]
        for c in changes:
            if c["field"] != "stage" or c["to"] != "closed":
                db.execute(f"UPDATE incidents SET {c['field']} = ? WHERE id = ?", [c["to"], row["id"]])
            timeline.record(db, row["id"], c["field"], f"{c['field']}: {_shown(c['from'])} → {_shown(c['to'])}",
                            {"from": c["from"], "to": c["to"]})
        if asked.get("stage") == "closed":
            operations.close_row(db, row)
            timeline.record(db, row["id"], "closed")
        if changes:
            audit.record(db, "incident.set", "incident", row["id"], {"incident_id": row["id"], "changes": changes})
    return changes


def _shown(value) -> str:
    return "–" if value is None else str(value)
