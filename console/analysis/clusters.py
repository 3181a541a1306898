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
from console.timeutil import epoch_to_iso, from_iso

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


def update_velocity(db: Database, rows: list[dict]) -> list[int]:
    """Velocity for new mention rows about to be inserted, and the recount of the stored members
    of the clusters they join; returns the ids of the stored members re-scored.

    A new row's velocity goes into the row itself (severity, level and reasons), so it is inserted
    scored rather than rewritten right after its insert. A stored member can change only when a
    new row falls in its window, and only when its points change: its old points are those of its
    old count (stored reasons are only read for the rows that are rewritten, which keeps a growing
    storm cheap once its clusters reach the cap)."""
    window = weights()["velocity"]["window_s"]
    new = sorted(((r["cluster_key"], _epoch(r["sort_time"]), i) for i, r in enumerate(rows) if r.get("cluster_key")),
                 key=itemgetter(1))
    if not new:
        return []
    new_times: dict[str, list[int]] = {}
    for k, t, _ in new:
        new_times.setdefault(k, []).append(t)
    lo, hi = new[0][1] - 2 * window, new[-1][1] + 2 * window
    stored = db.execute(
        "SELECT id, cluster_key, unixepoch(sort_time), negative FROM mentions "
        "WHERE cluster_key IN (SELECT value FROM json_each(?)) AND sort_time >= ? AND sort_time <= ?",
        [json.dumps(list(new_times)), epoch_to_iso(lo), epoch_to_iso(hi)]).fetchall()
    # (stored id or None, cluster, time, negative, index of a new row or None)
    members = [(mid, k, t, negative, None) for mid, k, t, negative in stored]
    members += [(None, k, t, rows[i]["negative"], i) for k, t, i in new]
    members.sort(key=itemgetter(1, 2))
    changed: dict[int, severity.Reason | None] = {}
    changed_rows: dict[int, severity.Reason | None] = {}
    for k, group in groupby(members, key=itemgetter(1)):
        group = list(group)
        times, arrived = [m[2] for m in group], new_times[k]
        for mid, _, t, negative, i in group:
            if not negative:
                continue
            came = bisect.bisect_right(arrived, t + window) - bisect.bisect_left(arrived, t - window)
            if not came:
                continue
            similar = bisect.bisect_right(times, t + window) - bisect.bisect_left(times, t - window) - 1
            reason = severity.velocity_reason(similar)
            before = 0 if i is not None else _points(severity.velocity_reason(similar - came))
            if _points(reason) != before:
                if i is None:
                    changed[mid] = reason
                else:
                    changed_rows[i] = reason
    if not changed and not changed_rows:
        return []
    thresholds = levels.load(db)
    for i, reason in changed_rows.items():
        row = rows[i]
        row["severity"], row["level"], row["reasons"] = severity.rescore(
            row["reasons"], severity.VELOCITY, reason, bool(row["positive"]), thresholds)
    if not changed:
        return []
    updates = []
    for mid, reasons_json, positive in db.execute(
            "SELECT id, reasons, positive FROM mentions WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(changed))]):
        sev, level, reasons = severity.rescore(reasons_json, severity.VELOCITY, changed[mid], bool(positive), thresholds)
        updates.append((sev, level, reasons, mid))
    db.conn.executemany("UPDATE mentions SET severity = ?, level = ?, reasons = ? WHERE id = ?", updates)
    return [u[3] for u in updates]


def _epoch(iso: str) -> int:
    """Whole seconds, as SQLite's unixepoch() reads the stored sort times."""
    return int(from_iso(iso).timestamp())


def _points(reason: severity.Reason | None) -> int:
    return reason[1] if reason else 0
