"""The figures of a post-crisis review, read from the workspace: what the mentions were about,
who wrote them, how they were triaged, how the volume moved, and what the team did (the timeline
and the checklist runs).

The review counts the incident's own mentions and, since an incident holds what was gathered when
it was opened while the storm goes on, every other mention about its terms from an hour before
the first sign until it was closed: of the same kind only, so a drill's review counts drill
mentions and a real one real mentions. Every count is one aggregate query over that scope, so a
review of a hundred thousand mentions reads no more rows into Python than one of ten."""

import json
from datetime import timedelta

from console.analysis import levels
from console.analysis.lexicons import weights
from console.incidents import reading
from console.playbook import runs
from console.store.transaction import snapshot
from console.timeutil import epoch_to_iso, from_iso, to_iso, utcnow

# Period lengths for the volume chart, shortest first: the shortest that keeps the chart within
# MAX_BUCKETS rows is used, so a one-hour storm is read per minutes and a two-week one per day.
BUCKETS_S = (60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800)
MAX_BUCKETS = 32
LEAD = timedelta(hours=1)   # the build-up before the first sign, which the review should show
TOP_AUTHORS = 10
ANSWERED = "('responded', 'resolved')"   # the triage statuses that mean "answered"
# Timeline events worth a mark on the volume chart (the others are in the timeline itself).
MARKED_EVENTS = ("detected", "opened", "crisis_on", "crisis_off", "response", "closed")
REVIEW_CHECKLIST = "review"


class Scope:
    """The mentions one review counts, gathered once into a temporary table that every query joins
    (the term search over the period is the costly part; it runs once, not once per figure)."""

    FILL = """INSERT OR IGNORE INTO temp.review_scope (id)
        SELECT mention_id FROM incident_mentions WHERE incident_id = ?
        UNION
        SELECT m.id FROM mentions m, json_each(coalesce(m.matched_terms, '[]')) t
        WHERE m.sort_time >= ? AND m.sort_time <= ? AND m.drill = ? AND t.value IN (SELECT value FROM json_each(?))"""
    JOINS = "FROM temp.review_scope scope JOIN mentions m ON m.id = scope.id JOIN sources s ON s.id = m.source_id"

    def __init__(self, db, inc: dict):
        self.db = db
        first, last = db.execute("SELECT min(m.sort_time), max(m.sort_time) FROM incident_mentions im "
                                 "JOIN mentions m ON m.id = im.mention_id WHERE im.incident_id = ?",
                                 [inc["id"]]).fetchone()
        detected = from_iso(inc["detected_at"])
        start = min(from_iso(first) or detected, detected) - LEAD
        end = max(t for t in (from_iso(inc.get("closed_at")) or utcnow(), from_iso(last)) if t)
        self.start, self.end = to_iso(start), to_iso(end)
        db.execute("CREATE TEMP TABLE IF NOT EXISTS review_scope (id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM temp.review_scope")
        db.execute(self.FILL, [inc["id"], self.start, self.end, int(bool(inc["drill"])),
                               json.dumps(inc["terms"], ensure_ascii=False)])

    def query(self, select: str, tail: str = "", joins: str = "", extra=()):
        return self.db.execute(f"SELECT {select} {self.JOINS}{joins} {tail}", list(extra))

    def close(self) -> None:
        self.db.execute("DROP TABLE IF EXISTS temp.review_scope")


def gather(db, incident_id, store=None) -> dict:
    """Everything the review prints. `store` is the workspace's PlaybookStore (for the checklist
    runs); without it the review has no runs."""
    inc = reading.show(db, incident_id, with_mentions=False)
    with snapshot(db):   # one state of the workspace for every figure, and the scope table ends with it
        scope = Scope(db, inc)
        try:
            fig = _figures(scope, inc)
        finally:
            scope.close()
    fig["runs"] = incident_runs(store, inc["id"]) if store is not None else []
    fig["answers"] = review_answers(fig["runs"])
    return fig


def _figures(scope: Scope, inc: dict) -> dict:
    totals = scope.query(f"count(*), coalesce(sum(m.negative), 0), coalesce(sum(m.positive), 0), "
                         f"count(*) FILTER (WHERE m.status IN {ANSWERED}), min(m.sort_time), max(m.sort_time)").fetchone()
    fig = {
        "incident": inc,
        "scope": {"start": scope.start, "end": scope.end, "terms": inc["terms"]},
        "totals": dict(zip(("mentions", "negative", "positive", "answered", "first", "last"), totals, strict=True)),
        "categories": _counts(scope, "coalesce(m.category, 'other')"),
        "levels": _counts(scope, "coalesce(m.level, 'low')"),
        "languages": _counts(scope, "coalesce(m.lang, '')"),
        "statuses": _counts(scope, "m.status"),
        "assignees": _counts(scope, "coalesce(m.assignee, '')"),
        "sources": _counts(scope, "coalesce(s.name, s.url)"),
        "terms": _json_counts(scope, "matched_terms"),
        "tags": _json_counts(scope, "tags"),
        "authors": _authors(scope),
    }
    fig["volume"] = volume(scope, inc, fig["totals"])
    return fig


def _counts(scope: Scope, expr: str) -> list[tuple[str, int]]:
    """(value, mentions) for one column, most frequent first."""
    return [(r[0], r[1]) for r in scope.query(f"{expr} AS v, count(*) AS n", "GROUP BY v ORDER BY n DESC, v")]


def _json_counts(scope: Scope, column: str) -> list[tuple[str, int]]:
    """(item, mentions) over a JSON-list column (matched terms, tags), most frequent first."""
    return [(r[0], r[1]) for r in scope.query("j.value AS v, count(*) AS n", "GROUP BY v ORDER BY n DESC, v",
                                              f", json_each(coalesce(m.{column}, '[]')) j")
            if isinstance(r[0], str)]


def _authors(scope: Scope) -> list[dict]:
    """The most influential authors: those the team labelled as such (journalist, influencer ...:
    the labels that weigh in severity, heaviest first), then by audience: followers, then the reach
    of where they wrote (as severity weighs it: an authority or a news site before a forum)."""
    points = {k: int(v) for k, v in weights()["severity"]["reach"].items()}
    by_points: dict[int, str] = {}
    for name, p in points.items():
        by_points.setdefault(p, name)
    rank = "CASE s.reach " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in points.items()) + " ELSE -1 END"
    label_points = "CASE l.label " + " ".join(
        f"WHEN '{k}' THEN {int(v)}" for k, v in weights()["authors"]["labels"].items()) + " ELSE 0 END"
    cur = scope.query(f"m.author, count(*) AS n, max(m.author_followers) AS f, max({rank}) AS rr, "
                      "max(m.severity), sum(m.negative), "
                      f"coalesce((SELECT max({label_points}) FROM author_labels l WHERE l.author_id = max(m.author_id)), 0) AS lp, "
                      "(SELECT json_group_array(l.label) FROM author_labels l WHERE l.author_id = max(m.author_id))",
                      "WHERE coalesce(trim(m.author), '') != '' GROUP BY m.author "
                      "ORDER BY lp DESC, coalesce(max(m.author_followers), -1) DESC, rr DESC, n DESC, m.author LIMIT ?",
                      extra=[TOP_AUTHORS])
    thresholds = levels.load(scope.db)
    return [{"author": a, "mentions": n, "followers": f, "reach": by_points.get(rr),
             "level": thresholds.of(sev) if sev is not None else None, "negative": neg,
             "labels": json.loads(labelled or "[]")}
            for a, n, f, rr, sev, neg, _lp, labelled in cur.fetchall()]


def bucket_size(span_s: float) -> int:
    return next((b for b in BUCKETS_S if span_s / b < MAX_BUCKETS), BUCKETS_S[-1])


def volume(scope: Scope, inc: dict, totals: dict) -> dict:
    """Mentions per period (total and negative) from the first mention or the detection, whichever
    is earlier, to the last mention or the first response, whichever is later; empty periods
    included, and the timeline's milestones placed in their period."""
    times = [from_iso(t) for t in (totals["first"], totals["last"], inc["detected_at"], inc.get("crisis_started_at"),
                                   inc.get("first_response_at")) if t]
    start, end = min(times).timestamp(), max(times).timestamp()
    size = bucket_size(end - start)
    first = int(start) // size
    count = int(end) // size - first + 1
    rows = [{"start": epoch_to_iso((first + i) * size), "total": 0, "negative": 0, "events": []} for i in range(count)]
    for b, total, negative in scope.query("unixepoch(m.sort_time) / ? AS b, count(*), "
                                          "sum(m.negative)", "GROUP BY b", extra=[size]):
        if b is not None and 0 <= b - first < count:
            rows[b - first].update(total=total, negative=negative)
    for e in inc["timeline"]:
        at = from_iso(e["at"])
        if e["kind"] in MARKED_EVENTS and at is not None and 0 <= int(at.timestamp()) // size - first < count:
            rows[int(at.timestamp()) // size - first]["events"].append(e["kind"])
    peak = max(rows, key=lambda r: r["total"]) if totals["mentions"] else None
    return {"bucket_s": size, "rows": rows, "peak": peak}


def incident_runs(store, incident_id: int) -> list[dict]:
    """The checklist runs started for the incident, oldest first, each with its items and ticks."""
    ids = [r["id"] for r in runs.list_runs(store) if str(r["incident_id"] or "") == str(incident_id)]
    return [runs.state(store, rid) for rid in sorted(ids)]


def review_answers(incident_runs: list[dict]) -> dict[str, list[str]]:
    """What the team already noted against the questions, on the items of post-crisis review runs
    (item id -> notes, oldest run first)."""
    out: dict[str, list[str]] = {}
    for run in incident_runs:
        if run["checklist_id"] != REVIEW_CHECKLIST:
            continue
        for it in run["items"]:
            if (it["note"] or "").strip():
                out.setdefault(it["id"], []).append(it["note"].strip())
    return out
