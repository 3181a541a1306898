"""Clusters of similar mentions, for velocity: "three criticisms are not three hundred".

A mention's cluster key is readable: its first watch term, its category, and its strongest cues
(else a few content words), e.g. `acme|product_defect|burned+exploded`. A negative mention earns
velocity points from the members of its cluster within the velocity window on either side of it;
so when a cluster grows, the earlier members in reach are re-scored too (severity, level and
reasons together)."""

import bisect
import json
from itertools import groupby
from operator import itemgetter

from sqlite_utils import Database

from console.analysis import levels, severity
from console.analysis.lexicons import weights
from console.analysis.sentiment import Evidence
from console.analysis.text import HAN_RUN, fold
from console.timeutil import epoch_to_iso

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
    """Recount velocity for the clusters the new mentions joined; returns the ids re-scored.

    Only a member with a new mention in its window can change, and only when its points change:
    its old points are those of its old count (stored reasons are only read for the rows that are
    rewritten, which keeps a growing storm cheap once its clusters reach the cap)."""
    window = weights()["velocity"]["window_s"]
    new = db.execute("SELECT cluster_key, unixepoch(sort_time) FROM mentions WHERE id IN "
                     "(SELECT value FROM json_each(?)) AND cluster_key IS NOT NULL ORDER BY sort_time",
                     [json.dumps(new_ids)]).fetchall()
    if not new:
        return []
    new_times: dict[str, list[int]] = {}
    for k, t in new:
        new_times.setdefault(k, []).append(t)
    lo, hi = min(t for _, t in new) - 2 * window, max(t for _, t in new) + 2 * window
    members = db.execute(
        "SELECT id, cluster_key, unixepoch(sort_time), negative FROM mentions "
        "WHERE cluster_key IN (SELECT value FROM json_each(?)) AND sort_time >= ? AND sort_time <= ? "
        "ORDER BY cluster_key, sort_time", [json.dumps(list(new_times)), epoch_to_iso(lo), epoch_to_iso(hi)]).fetchall()
    fresh = set(new_ids)
    changed: dict[int, severity.Reason | None] = {}
    for k, group in groupby(members, key=itemgetter(1)):
        group = list(group)
        times, arrived = [m[2] for m in group], new_times[k]
        for mid, _, t, negative in group:
            if not negative:
                continue
            came = bisect.bisect_right(arrived, t + window) - bisect.bisect_left(arrived, t - window)
            if not came:
                continue
            similar = bisect.bisect_right(times, t + window) - bisect.bisect_left(times, t - window) - 1
            reason = severity.velocity_reason(similar)
            before = 0 if mid in fresh else _points(severity.velocity_reason(similar - came))
            if _points(reason) != before:
                changed[mid] = reason
    if not changed:
        return []
    updates, thresholds = [], levels.load(db)
    for mid, reasons_json, positive in db.execute(
            "SELECT id, reasons, positive FROM mentions WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(changed))]):
        sev, level, reasons = severity.rescore(reasons_json, severity.VELOCITY, changed[mid], bool(positive), thresholds)
        updates.append((sev, level, reasons, mid))
    db.conn.executemany("UPDATE mentions SET severity = ?, level = ?, reasons = ? WHERE id = ?", updates)
    return [u[3] for u in updates]


def _points(reason: severity.Reason | None) -> int:
    return reason[1] if reason else 0
