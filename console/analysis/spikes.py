"""Spike alerts: a surge of negative mentions, per watch term and overall.

Negative mentions are counted in the window that ends now (by sort_time: published when plausible,
else first seen) and in the trailing same-length windows of the baseline period. A spike is a count
above mean + k·sigma of the baseline and at least min_count, once the workspace holds min_history
of mentions; then the term cools down, so one storm raises one alert. Only the window ending now
can alert: a storm from last week found in a first poll is history. Positive mentions never count."""

import json
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.analysis.alerts import iso, last_raised, raise_alert
from console.analysis.lexicons import weights
from console.store import settings
from console.timeutil import from_iso

MAX_IDS = 1000
OVERALL = None  # the term of an overall alert
BASELINE_TTL = timedelta(minutes=5)


def sensitivity(db: Database) -> tuple[str, float]:
    """(preset name, k): the settings table overrides weights.toml; a number is taken as k."""
    cfg = weights()["spikes"]
    name = settings.spike_sensitivity(db) or cfg["sensitivity"].strip()
    if name in cfg["presets"]:
        return name, float(cfg["presets"][name])
    try:
        return "custom", float(name)
    except ValueError:
        return cfg["sensitivity"], float(cfg["presets"][cfg["sensitivity"]])


@dataclass
class Baseline:
    computed_at: datetime
    mean: float
    sigma: float
    windows: int


def check(db: Database, now: datetime, new_ids: list[int], cache: dict | None = None) -> list[int]:
    """Spike alerts for the terms of the new negative mentions in the current window. `cache` (kept
    by the caller across batches) holds baselines for a few minutes: they move slowly, and counting
    a week of negatives for every feed of a poll pass would cost more than the poll."""
    cfg = weights()["spikes"]
    cache = {} if cache is None else cache
    window = timedelta(seconds=cfg["window_s"])
    fresh = db.execute("SELECT matched_terms, drill FROM mentions WHERE id IN (SELECT value FROM json_each(?)) "
                       "AND negative = 1 AND sort_time > ?", [json.dumps(new_ids), iso(now - window)]).fetchall()
    if not fresh:
        return []
    # Real mentions are measured against real ones only: a drill's storm must neither raise a real
    # alert, nor raise the baseline, nor start a cool-down. (A drill counts everything: it plays
    # its storm against the workspace as it is.)
    real = " AND drill = 0" if not any(d for _m, d in fresh) else ""
    candidates = {OVERALL} | {t for m, _d in fresh for t in json.loads(m or "[]")}
    cooldown = timedelta(seconds=cfg["cooldown_s"])
    candidates = {t for t in candidates if not _cooling(db, t, now, cooldown, real)}
    first = from_iso(db.execute(f"SELECT min(sort_time) FROM mentions WHERE 1 = 1{real}").fetchone()[0])
    if not candidates or first is None or (now - first).total_seconds() < cfg["min_history_s"]:
        return []
    stale = {t for t in candidates if t not in cache or now - cache[t].computed_at > BASELINE_TTL}
    if stale:
        cache.update(_baselines(db, now, first, stale, window, cfg["baseline_days"], real))
    current: dict = {t: [] for t in candidates}
    for mid, matched in db.execute(f"SELECT id, matched_terms FROM mentions WHERE negative = 1 AND sort_time > ?{real}",
                                   [iso(now - window)]):
        for t in candidates.intersection([OVERALL, *json.loads(matched or "[]")]):
            current[t].append(mid)
    preset, k = sensitivity(db)
    raised = []
    for t in sorted(candidates, key=lambda x: (x is not None, x or "")):
        base, ids = cache[t], current[t]
        threshold = base.mean + k * base.sigma
        if base.windows >= 1 and len(ids) > threshold and len(ids) >= cfg["min_count"]:
            raised.append(raise_alert(
                db, "spike", now, term=t, baseline=round(base.mean, 3), current=len(ids), sigma=round(base.sigma, 3),
                window_s=cfg["window_s"], mentions=ids[:MAX_IDS],
                details={"k": k, "sensitivity": preset, "threshold": round(threshold, 3),
                         "baseline_windows": base.windows, "min_count": cfg["min_count"],
                         "z": round((len(ids) - base.mean) / base.sigma, 2) if base.sigma else None}))
    return raised


def _baselines(db: Database, now: datetime, first: datetime, terms: set, window: timedelta,
               days: int, real: str = "") -> dict:
    """Mean and standard deviation of negative counts per trailing window, for each term."""
    start = max(first, now - timedelta(days=days))
    n = int((now - start) / window)   # window 0 is the current one, 1..n-1 the baseline
    counts = {t: [0] * max(n, 1) for t in terms}
    for sort_time, matched in db.execute(
            f"SELECT sort_time, matched_terms FROM mentions WHERE negative = 1 AND sort_time > ? AND sort_time <= ?{real}",
            [iso(now - window * n), iso(now - window)]):
        b = int((now - from_iso(sort_time)) / window)
        if 1 <= b < n:
            for t in terms.intersection([OVERALL, *json.loads(matched or "[]")]):
                counts[t][b] += 1
    out = {}
    for t, c in counts.items():
        base = c[1:]
        out[t] = Baseline(now, statistics.fmean(base) if base else 0.0, statistics.pstdev(base) if base else 0.0,
                          len(base))
    return out


def _cooling(db: Database, term, now: datetime, cooldown: timedelta, real: str = "") -> bool:
    last = last_raised(db, "spike", term, real_only=bool(real))
    return last is not None and now - last < cooldown
