"""The writer's author hooks, inside its transaction: before the insert (the rows scored), each new
mention gets its author (created on first sight) and, when the team labelled that author, the
label's severity reason; after it (and after the analysis hook), the authors' figures take the
batch in and the coordinated-campaign check runs. Mentions stored before a label was set keep the
score they had."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from console.analysis import levels, severity
from console.analysis.lexicons import weights
from console.authors import campaigns
from console.store import authors as author_rows
from console.timeutil import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

LABEL_FACTOR = "author label"


def label_reason(labels: list[str]) -> severity.Reason | None:
    """The heaviest of an author's labels as a severity reason (labels worth no points add none)."""
    points = weights()["authors"]["labels"]
    weighed = [(points[lb], lb) for lb in labels if points.get(lb)]
    if not weighed:
        return None
    pts, label = max(weighed)
    return severity.reason(LABEL_FACTOR, pts, f"{label} (set by the team)")


def labels_by_author(db: Database, author_ids) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for aid, label in db.execute("SELECT author_id, label FROM author_labels WHERE author_id IN "
                                 "(SELECT value FROM json_each(?)) ORDER BY label", [json.dumps(list(author_ids))]):
        out.setdefault(aid, []).append(label)
    return out


def before_insert(db: Database, rows: list[dict], source: dict) -> None:
    """Give scored rows their author ids, and the label reason of labelled authors."""
    ids = author_rows.ids_for(db, source["id"], [r.get("author") for r in rows], now_iso())
    labelled = labels_by_author(db, {a for a in ids if a is not None})
    thresholds = levels.load(db) if labelled else None
    for row, aid in zip(rows, ids, strict=True):
        row["author_id"] = aid
        reason = label_reason(labelled[aid]) if aid in labelled else None
        if reason is not None:
            sev, level, reasons = severity.finalize([*severity.stored(row.get("reasons")), reason],
                                                    bool(row.get("positive")), thresholds)
            row.update(severity=sev, level=level, reasons=severity.reasons_json_text(reasons))


def after_insert(db: Database, new_ids: list[int], now: datetime) -> list[int]:
    """Fold the new mentions into their authors' figures; return any coordinated alerts raised."""
    author_rows.merge(db, "id IN (SELECT value FROM json_each(?))", [json.dumps(new_ids)])
    return campaigns.check(db, now, new_ids)
