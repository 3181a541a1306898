"""The previews behind the watch-terms manager, plain Python on a read connection (no Qt):
which stored mentions a query matches (the analysis' own matcher, so the preview is what adding
the term will do), and how many mentions each severity level would hold with other thresholds."""

from console.analysis import watchterms
from console.analysis.lexicons import weights
from console.analysis.text import fold

SCAN = 20_000      # the newest mentions a preview reads: a second's work at most, on the read lane
SHOW = 100
LEVELS = ("critical", "high", "medium", "low")


def matches(conn, query: str, scan: int = SCAN, show: int = SHOW) -> dict:
    """Raises watchterms.QueryError (one readable line) for a query that cannot be read."""
    node = watchterms.parse(query)
    rows, count, scanned = [], 0, 0
    cur = conn.execute(
        "SELECT m.id, m.sort_time, m.level, m.positive, m.title, m.text, coalesce(s.name, s.url) "
        "FROM mentions m JOIN sources s ON s.id = m.source_id ORDER BY m.sort_time DESC, m.id DESC LIMIT ?", [scan])
    for mid, at, level, positive, title, text, source in cur:
        scanned += 1
        if node.match(watchterms.Context.of(fold(watchterms.mention_text(title, text)))):
            count += 1
            if len(rows) < show:
                rows.append({"id": mid, "sort_time": at, "level": level, "positive": bool(positive),
                             "title": title or text, "source": source})
    return {"query": query, "scanned": scanned, "count": count, "rows": rows, "complete": scanned < scan}


def current_thresholds() -> dict[str, int]:
    return dict(weights()["severity"]["levels"])


def level_counts(conn, thresholds: dict[str, int]) -> dict:
    """Mentions per level now, and with `thresholds` ({critical, high, medium}: lowest severity of
    each), from the stored severities; plus how many would change level."""
    t = thresholds
    if not t["critical"] > t["high"] > t["medium"] > 0:
        raise ValueError("thresholds must go down from critical to high to medium, above 0")
    row = conn.execute(
        "SELECT " + ", ".join(f"sum(level = '{lv}')" for lv in LEVELS) + ", "
        "sum(severity >= ?), sum(severity >= ? AND severity < ?), sum(severity >= ? AND severity < ?), "
        "sum(severity < ?), "
        "sum(CASE WHEN severity >= ? THEN 'critical' WHEN severity >= ? THEN 'high' WHEN severity >= ? "
        "THEN 'medium' ELSE 'low' END IS NOT level) "
        "FROM mentions WHERE severity IS NOT NULL",
        [t["critical"], t["high"], t["critical"], t["medium"], t["high"], t["medium"],
         t["critical"], t["high"], t["medium"]]).fetchone()
    values = [v or 0 for v in row]
    return {"now": dict(zip(LEVELS, values[:4], strict=True)), "would": dict(zip(LEVELS, values[4:8], strict=True)),
            "changed": values[8]}
