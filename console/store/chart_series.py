"""What the charts draw: mentions counted in time buckets (volume, negative share, average
sentiment, severity levels), overall or for one watch term, and the alert windows to mark.

Runs off the GUI thread on the window's read lane. One grouped query per chart, walking the
sort_time index over the chosen range only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.store.vocabulary import LEVELS
from console.timeutil import from_iso, to_iso, utcnow

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Range:
    label: str
    span: timedelta
    bucket: timedelta


RANGES = (
    Range("Last 6 hours", timedelta(hours=6), timedelta(minutes=10)),
    Range("Last 24 hours", timedelta(hours=24), timedelta(minutes=30)),
    Range("Last 7 days", timedelta(days=7), timedelta(hours=3)),
    Range("Last 30 days", timedelta(days=30), timedelta(days=1)),
)


@dataclass
class AlertWindow:
    alert_id: int
    kind: str
    start: datetime
    end: datetime


@dataclass
class Series:
    start: datetime
    bucket: timedelta
    term: str | None
    volume: list[int]
    negative: list[int]
    sentiment: list[float | None]        # average of the scored mentions, None where none was scored
    levels: dict[str, list[int]]         # per severity level
    alerts: list[AlertWindow] = field(default_factory=list)

    @property
    def times(self) -> list[datetime]:
        return [self.start + i * self.bucket for i in range(len(self.volume))]

    @property
    def end(self) -> datetime:
        return self.start + len(self.volume) * self.bucket


def _term_filter(term: str | None) -> tuple[str, list]:
    if not term:
        return "", []
    return " AND EXISTS (SELECT 1 FROM json_each(coalesce(m.matched_terms, '[]')) WHERE value = ?)", [term]


def load(db: Database, rng: Range, term: str | None = None, now: datetime | None = None) -> Series:
    now = now or utcnow()
    n = int(rng.span / rng.bucket)
    step = int(rng.bucket.total_seconds())
    # Buckets end at the next bucket boundary after now, so the last bar fills up as time passes.
    end_epoch = (int(now.timestamp()) // step + 1) * step
    start = datetime.fromtimestamp(end_epoch - n * step, now.tzinfo)
    extra_sql, extra = _term_filter(term)
    rows = db.execute(
        "SELECT (unixepoch(m.sort_time) - ?) / ? AS b, count(*), sum(m.negative), avg(m.sentiment), "
        + ", ".join(f"count(*) FILTER (WHERE m.level = '{lv}')" for lv in LEVELS)
        + " FROM mentions m WHERE m.sort_time >= ? AND m.sort_time < ?" + extra_sql + " GROUP BY b",
        [int(start.timestamp()), step, to_iso(start), to_iso(start + n * rng.bucket), *extra]).fetchall()
    s = Series(start, rng.bucket, term, [0] * n, [0] * n, [None] * n, {lv: [0] * n for lv in LEVELS})
    for b, count, neg, avg, *levels in rows:
        if 0 <= b < n:
            s.volume[b], s.negative[b], s.sentiment[b] = count, neg or 0, avg
            for lv, v in zip(LEVELS, levels, strict=True):
                s.levels[lv][b] = v or 0
    s.alerts = alert_windows(db, s.start, s.end, term)
    return s


def alert_windows(db: Database, start: datetime, end: datetime, term: str | None) -> list[AlertWindow]:
    """Alerts whose window overlaps the chart: for a term, its own alerts and the overall ones."""
    sql = "SELECT id, kind, raised_at, coalesce(window_s, 0) FROM alerts WHERE raised_at >= ?"
    params = [to_iso(start)]
    if term:
        sql += " AND (term = ? OR term IS NULL)"
        params.append(term)
    out = []
    for aid, kind, raised, window_s in db.execute(sql + " ORDER BY raised_at", params).fetchall():
        at = from_iso(raised)
        if at is None or at - timedelta(seconds=window_s) > end:
            continue
        out.append(AlertWindow(aid, kind, max(start, at - timedelta(seconds=window_s)), at))
    return out


def watch_terms(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT query FROM watch_terms WHERE enabled = 1 ORDER BY query")]
