"""The previews behind the watch-terms manager, plain Python on a read connection (no Qt):
which stored mentions a query matches (the analysis' own matcher, so the preview is what adding
the term will do), and how many mentions each severity level would hold with other thresholds."""

from dataclasses import asdict

from console.analysis import levels, watchterms
from console.analysis.text import fold
from console.store.vocabulary import LEVELS

SCAN = 20_000      # the newest mentions a preview reads: a second's work at most, on the read lane
SHOW = 100


def matches(conn, query: str, scan: int = SCAN, show: int = SHOW) -> dict:
    """Raises watchterms.QueryError (one readable line) for a query that cannot be read."""
    node = watchterms.parse(query)
    rows, count, scanned = [], 0, 0
    cur = conn.execute(
        "SELECT m.id, m.sort_time, m.level, m.positive, m.title, m.text, coalesce(s.name, s.url) "
        "FROM mentions m JOIN sources s ON s.id = m.source_id ORDER BY m.sort_time DESC, m.id DESC LIMIT ?", [scan])
    for mid, at, level, positive, title, text, source in cur:
        scanned += 1
        if node.match(watchterms.MentionWords.of(fold(watchterms.mention_text(title, text)))):
            count += 1
            if len(rows) < show:
                rows.append({"id": mid, "sort_time": at, "level": level, "positive": bool(positive),
                             "title": title or text, "source": source})
    return {"query": query, "scanned": scanned, "count": count, "rows": rows, "complete": scanned < scan}


def current_thresholds(conn) -> dict[str, int]:
    return asdict(levels.load(conn))


def level_counts(conn, thresholds: dict[str, int]) -> dict:
    """Mentions per level now, and with `thresholds` ({critical, high, medium}: lowest severity of
    each), from the stored severities, by the rule applying them uses; plus how many would change."""
    would = levels.Levels(**thresholds).level_sql()      # refuses thresholds that do not go down (UsageError)
    row = conn.execute(
        "SELECT " + ", ".join(f"count(*) FILTER (WHERE level = '{lv}')" for lv in LEVELS) + ", "
        + ", ".join(f"count(*) FILTER (WHERE {would} = '{lv}')" for lv in LEVELS)
        + f", count(*) FILTER (WHERE {would} IS DISTINCT FROM level) "
        "FROM mentions WHERE severity IS NOT NULL").fetchone()
    values = [v or 0 for v in row]
    return {"now": dict(zip(LEVELS, values[:4], strict=True)), "would": dict(zip(LEVELS, values[4:8], strict=True)),
            "changed": values[8]}
