"""Spike alerts: a surge of negative mentions, per watch term and overall.

Negative mentions are counted in the window that ends now (by sort_time: published when plausible,
else first seen) and in the trailing same-length windows of the baseline period. A spike is a count
above mean + k·sigma of the baseline and at least min_count, once the workspace holds min_history
of mentions; then the term cools down, so one storm raises one alert. Only the window ending now
can alert: a storm from last week found in a first poll is history. Positive mentions never count."""

import json
import statistics
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.analysis.alerts import iso, last_raised, raise_alert
from console.analysis.lexicons import weights
from console.timeutil import from_iso

SETTING = "analysis.spike_sensitivity"
MAX_IDS = 1000
OVERALL = None  # the term of an overall alert


def sensitivity(db: Database) -> tuple[str, float]:
    """(preset name, k): the settings table overrides weights.toml; a number is taken as k."""
    cfg = weights()["spikes"]
    row = db.execute("SELECT value FROM settings WHERE key = ?", [SETTING]).fetchone()
    name = (row[0] if row and row[0] else cfg["sensitivity"]).strip()
    if name in cfg["presets"]:
        return name, float(cfg["presets"][name])
    try:
        return "custom", float(name)
    except ValueError:
        return cfg["sensitivity"], float(cfg["presets"][cfg["sensitivity"]])


def check(db: Database, now: datetime, new_ids: list[int]) -> list[int]:
    cfg = weights()["spikes"]
    window = timedelta(seconds=cfg["window_s"])
    fresh = db.execute("SELECT matched_terms FROM mentions WHERE id IN (SELECT value FROM json_each(?)) "
                       "AND negative = 1 AND sort_time > ?", [json.dumps(new_ids), iso(now - window)]).fetchall()
    if not fresh:
        return []
    candidates = {OVERALL} | {t for (m,) in fresh for t in json.loads(m or "[]")}
    cooldown = timedelta(seconds=cfg["cooldown_s"])
    candidates = {t for t in candidates if not _cooling(db, t, now, cooldown)}
    first = from_iso(db.execute("SELECT min(sort_time) FROM mentions").fetchone()[0])
    if not candidates or first is None or (now - first).total_seconds() < cfg["min_history_s"]:
        return []
    start = max(first, now - timedelta(days=cfg["baseline_days"]))
    n_windows = int((now - start) / window)
    if n_windows < 2:
        return []
    counts = {t: [0] * n_windows for t in candidates}
    current_ids: dict = {t: [] for t in candidates}
    for mid, sort_time, matched in db.execute(
            "SELECT id, sort_time, matched_terms FROM mentions WHERE negative = 1 AND sort_time > ?",
            [iso(now - window * n_windows)]):
        b = max(0, int((now - from_iso(sort_time)) / window))
        if b >= n_windows:
            continue
        for t in candidates.intersection([OVERALL, *json.loads(matched or "[]")]):
            counts[t][b] += 1
            if b == 0:
                current_ids[t].append(mid)
    preset, k = sensitivity(db)
    raised = []
    for t in sorted(candidates, key=lambda x: (x is not None, x or "")):
        current, base = counts[t][0], counts[t][1:]
        mean, sigma = statistics.fmean(base), statistics.pstdev(base)
        threshold = mean + k * sigma
        if current > threshold and current >= cfg["min_count"]:
            raised.append(raise_alert(
                db, "spike", now, term=t, baseline=round(mean, 3), current=current, sigma=round(sigma, 3),
                window_s=cfg["window_s"], mentions=current_ids[t][:MAX_IDS],
                details={"k": k, "sensitivity": preset, "threshold": round(threshold, 3),
                         "baseline_windows": len(base), "min_count": cfg["min_count"],
                         "z": round((current - mean) / sigma, 2) if sigma else None}))
    return raised


def _cooling(db: Database, term, now: datetime, cooldown: timedelta) -> bool:
    last = last_raised(db, "spike", term)
    return last is not None and now - last < cooldown
