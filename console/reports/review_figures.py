"""The figures of a post-crisis review, read from the workspace: what the incident's mentions were
about, who wrote them, how they were triaged, how the volume moved, and what the team did (the
timeline and the checklist runs).

Every count is one aggregate query over the incident's mentions, so a review of an incident with
a hundred thousand mentions reads no more rows into Python than one with ten."""

from console.analysis.severity import level_of
from console.incidents import reading
from console.playbook import runs
from console.timeutil import epoch_to_iso, from_iso

# Period lengths for the volume chart, shortest first: the shortest that keeps the chart within
# MAX_BUCKETS rows is used, so a one-hour storm is read per minutes and a two-week one per day.
BUCKETS_S = (60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800)
MAX_BUCKETS = 36
TOP_AUTHORS = 10
ANSWERED = "('responded', 'resolved')"   # the triage statuses that mean "answered"
# Timeline events worth a mark on the volume chart (the others are in the timeline itself).
MARKED_EVENTS = ("detected", "opened", "crisis_on", "crisis_off", "response", "closed")
REACH_RANK = "CASE s.reach WHEN 'authority' THEN 4 WHEN 'news' THEN 3 WHEN 'forum' THEN 2 WHEN 'review' THEN 2 ELSE 1 END"
REACH_BY_RANK = {4: "authority", 3: "news", 2: "forum", 1: "social"}
JOINS = "FROM incident_mentions im JOIN mentions m ON m.id = im.mention_id JOIN sources s ON s.id = m.source_id"
WHERE = "WHERE im.incident_id = ?"
FROM = f"{JOINS} {WHERE}"
REVIEW_CHECKLIST = "review"


def gather(db, incident_id, store=None) -> dict:
    """Everything the review prints. `store` is the workspace's PlaybookStore (for the checklist
    runs); without it the review has no runs."""
    inc = reading.show(db, incident_id, with_mentions=False)
    iid = inc["id"]
    totals = _one(db, f"SELECT count(*), coalesce(sum(m.negative), 0), coalesce(sum(m.positive), 0), "
                      f"coalesce(sum(m.status IN {ANSWERED}), 0), min(m.sort_time), max(m.sort_time) {FROM}", iid)
    fig = {
        "incident": inc,
        "totals": dict(zip(("mentions", "negative", "positive", "answered", "first", "last"), totals, strict=True)),
        "categories": _counts(db, "coalesce(m.category, 'other')", iid),
        "levels": _counts(db, "coalesce(m.level, 'low')", iid),
        "languages": _counts(db, "coalesce(m.lang, '')", iid),
        "statuses": _counts(db, "m.status", iid),
        "assignees": _counts(db, "coalesce(m.assignee, '')", iid),
        "sources": _counts(db, "coalesce(s.name, s.url)", iid),
        "terms": _json_counts(db, "matched_terms", iid),
        "tags": _json_counts(db, "tags", iid),
        "authors": _authors(db, iid),
    }
    fig["volume"] = volume(db, inc, fig["totals"])
    fig["runs"] = incident_runs(store, iid) if store is not None else []
    fig["answers"] = review_answers(fig["runs"])
    return fig


def _one(db, sql: str, iid: int) -> tuple:
    return db.execute(sql, [iid]).fetchone()


def _counts(db, expr: str, iid: int) -> list[tuple[str, int]]:
    """(value, mentions) for one column of the incident's mentions, most frequent first."""
    return [(r[0], r[1]) for r in db.execute(
        f"SELECT {expr} AS v, count(*) AS n {FROM} GROUP BY v ORDER BY n DESC, v", [iid])]


def _json_counts(db, column: str, iid: int) -> list[tuple[str, int]]:
    """(item, mentions) over a JSON-list column (matched terms, tags), most frequent first."""
    return [(r[0], r[1]) for r in db.execute(
        f"SELECT j.value AS v, count(*) AS n {JOINS}, json_each(coalesce(m.{column}, '[]')) j {WHERE} "
        "GROUP BY v ORDER BY n DESC, v", [iid]) if isinstance(r[0], str)]


def _authors(db, iid: int) -> list[dict]:
    """The authors with the largest audience: followers, then the reach of where they wrote."""
    cur = db.execute(
        f"SELECT m.author, count(*) AS n, max(m.author_followers) AS f, max({REACH_RANK}) AS rr, max(m.severity), "
        f"sum(m.negative) {FROM} AND coalesce(trim(m.author), '') != '' "
        "GROUP BY m.author ORDER BY coalesce(f, -1) DESC, rr DESC, n DESC, m.author LIMIT ?", [iid, TOP_AUTHORS])
    return [{"author": a, "mentions": n, "followers": f, "reach": REACH_BY_RANK[rr],
             "level": level_of(sev) if sev is not None else None, "negative": neg}
            for a, n, f, rr, sev, neg in cur.fetchall()]


def bucket_size(span_s: float) -> int:
    return next((b for b in BUCKETS_S if span_s / b < MAX_BUCKETS), BUCKETS_S[-1])


def volume(db, inc: dict, totals: dict) -> dict:
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
    for b, total, negative in db.execute(
            f"SELECT CAST(strftime('%s', m.sort_time) AS INTEGER) / ? AS b, count(*), sum(m.negative) {FROM} "
            "GROUP BY b", [size, inc["id"]]):
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
