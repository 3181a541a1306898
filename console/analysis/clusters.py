"""Clusters of similar mentions, for velocity: "three criticisms are not three hundred".

A mention's cluster key is readable: its first watch term, its category, and its strongest cues
(else a few content words), e.g. `acme|product_defect|burned+exploded`. A negative mention earns
velocity points from the members of its cluster within the velocity window on either side of it;
so when a cluster grows, the earlier members in reach are re-scored too (severity, level and
reasons together)."""

import bisect
import json
from datetime import timedelta

from sqlite_utils import Database

from console.analysis import severity
from console.analysis.lexicons import weights
from console.analysis.sentiment import Evidence
from console.analysis.text import HAN_RUN, fold
from console.timeutil import FORMAT, from_iso

STOPWORDS = frozenset("""the and for with this that from have has had was were are you your our their they them
what when where which about just been will would could should there here then than into over after
very really still also only some more most much many other again because while http https www com""".split())


def key(matched: list[str], category: str, ev: Evidence, ws: list[str], folded: str) -> str:
    term = fold(matched[0]) if matched else "-"
    if ev.cues:
        parts = sorted({h.entry.shown for h in ev.cues})[:2]
    else:
        parts = [w for w in ws if len(w) >= 4 and not w.isdigit() and w not in STOPWORDS and w != term][:3]
        runs = () if folded.isascii() else HAN_RUN.findall(folded)
        if runs:
            parts.append(max(runs, key=len)[:6])
        parts.sort()
    return f"{term}|{category}|{'+'.join(parts)}"


def update_velocity(db: Database, new_ids: list[int]) -> list[int]:
    """Recount velocity for the clusters the new mentions joined; returns the ids re-scored."""
    window = timedelta(seconds=weights()["velocity"]["window_s"])
    ids_json = json.dumps(new_ids)
    new = db.execute("SELECT cluster_key, min(sort_time), max(sort_time) FROM mentions "
                     "WHERE id IN (SELECT value FROM json_each(?)) AND cluster_key IS NOT NULL GROUP BY cluster_key",
                     [ids_json]).fetchall()
    if not new:
        return []
    spans = {k: (from_iso(lo), from_iso(hi)) for k, lo, hi in new}
    lo = min(a for a, _ in spans.values()) - 2 * window
    hi = max(b for _, b in spans.values()) + 2 * window
    rows = db.execute("SELECT id, cluster_key, sort_time, negative, positive, reasons FROM mentions "
                      "WHERE cluster_key IN (SELECT value FROM json_each(?)) AND sort_time >= ? AND sort_time <= ? "
                      "ORDER BY cluster_key, sort_time", [json.dumps(list(spans)), lo.strftime(FORMAT),
                                                         hi.strftime(FORMAT)]).fetchall()
    by_key: dict[str, list] = {}
    for r in rows:
        by_key.setdefault(r[1], []).append(r)
    updates = []
    for k, members in by_key.items():
        first, last = spans[k]
        times = [from_iso(m[2]) for m in members]
        for (mid, _, _, negative, positive, reasons_json), t in zip(members, times, strict=True):
            if not negative or t < first - window or t > last + window:
                continue
            similar = bisect.bisect_right(times, t + window) - bisect.bisect_left(times, t - window) - 1
            new_reason = severity.velocity_reason(similar)
            if severity.points_of(reasons_json, severity.VELOCITY) == (new_reason[1] if new_reason else 0):
                continue
            sev, level, reasons = severity.rescore(reasons_json, severity.VELOCITY, new_reason, bool(positive))
            updates.append((sev, level, reasons, mid))
    db.conn.executemany("UPDATE mentions SET severity = ?, level = ?, reasons = ? WHERE id = ?", updates)
    return [u[3] for u in updates]

