"""Severity 0-100 as a sum of reasons, each {factor, points, evidence}, so the score is reproducible
from what the mention shows: severity == clamp(sum(points)). Points are integers; when the sum
leaves 0..100 a "clamp" reason brings it back, so the reasons still add up exactly.
All weights come from weights.toml.

Reasons are (factor, points, evidence) tuples in here (they are built for every new mention) and
{factor, points, evidence} objects in the stored JSON."""

import json
import math
from functools import lru_cache

from console.analysis.levels import Levels, defaults
from console.analysis.lexicons import Hit, weights
from console.store.jsontext import quote

CLAMP = "clamp"
POSITIVE_CAP = "positive mention"
VELOCITY = "velocity"
WATCH_TERM = "watch term"
DERIVED = (CLAMP, POSITIVE_CAP)

Reason = tuple[str, int, str]


def reason(factor: str, points: float, evidence: str) -> Reason:
    return factor, int(round(points)), evidence


def finalize(reasons: list[Reason], positive: bool = False,
             levels: Levels | None = None) -> tuple[int, str, list[Reason]]:
    """Drop zero and derived reasons, then re-derive them: a positive mention is kept below medium,
    and a sum outside 0..100 is clamped by a reason. Returns (severity, level, reasons), the level
    by `levels` (the workspace's thresholds: console.analysis.levels.load), else the defaults."""
    levels = levels or defaults()
    kept = [r for r in reasons if r[1] and r[0] not in DERIVED]
    total = sum(r[1] for r in kept)
    ceiling = levels.medium - 1
    if positive and total > ceiling:
        kept.append((POSITIVE_CAP, ceiling - total, "positive mentions stay low"))
        total = ceiling
    if total > 100:
        kept.append((CLAMP, 100 - total, "severity is capped at 100"))
        total = 100
    elif total < 0:
        kept.append((CLAMP, -total, "severity cannot be below 0"))
        total = 0
    return total, levels.of(total), kept


def stored(reasons_json: str | None) -> list[Reason]:
    return [(r["factor"], r["points"], r["evidence"]) for r in json.loads(reasons_json or "[]")]


def rescore(reasons_json: str | None, factor: str, new: Reason | None, positive: bool = False,
            levels: Levels | None = None) -> tuple[int, str, str]:
    """Swap one factor's reason in stored reasons: (severity, level, reasons JSON)."""
    reasons = [r for r in stored(reasons_json) if r[0] != factor]
    if new is not None:
        reasons.append(new)
    severity, level, reasons = finalize(reasons, positive, levels)
    return severity, level, reasons_json_text(reasons)


def reasons_json_text(reasons: list[Reason]) -> str:
    """The reasons as JSON objects, built directly (json.dumps costs more than computing them)."""
    return "[" + ", ".join([f'{{"factor": {quote(f)}, "points": {p:d}, "evidence": {quote(e)}}}'
                            for f, p, e in reasons]) + "]"


def sentiment_reason(sentiment: float | None, method: str) -> Reason | None:
    if not sentiment:   # None (unscored) or exactly neutral
        return None
    w = weights()["severity"]
    if sentiment < 0:
        return reason("negative sentiment", w["negative_max"] * -sentiment, f"{method} {sentiment:+.2f}")
    return reason("positive sentiment", -w["positive_max"] * sentiment, f"{method} {sentiment:+.2f}")


def cue_reasons(cues: list[Hit], sentiment: float | None = None) -> list[Reason]:
    """One reason per kind (complaint, risk term): distinct phrases, weighted by their category,
    and by how negative the mention reads (a cue in a clearly positive mention counts for little:
    "thanks for the quick refund"); in an unscored language they count in full."""
    seen: dict[str, Hit] = {}
    for h in cues:
        seen.setdefault("not " + h.entry.shown if h.negated else h.entry.shown, h)
    if not seen:
        return []
    w = weights()["severity"]
    raw: dict[str, float] = {}
    shown_by_kind: dict[str, list[str]] = {}
    for shown, h in seen.items():
        kind = h.entry.factor
        raw[kind] = raw.get(kind, 0.0) + h.entry.points
        shown_by_kind.setdefault(kind, []).append(shown)
    scale = min(1.0, w["cue_cap"] / sum(raw.values()))
    if sentiment is not None:
        scale *= max(0.0, min(1.0, w["cue_full_below"] - sentiment))
    note = "" if scale == 1.0 or sentiment is None else f" (x{scale:.2f})"
    return [reason(kind, pts * scale, ", ".join(shown_by_kind[kind][:6]) + note) for kind, pts in raw.items()]


def reach_weight_sql(alias: str = "s") -> str:
    """A source's reach weight in SQL over `sources {alias}`: the points of its kind, or the number set
    on it (the reach order of the wall and of `mentions --order reach`)."""
    table = weights()["severity"]["reach"]
    cases = " ".join(f"WHEN '{kind}' THEN {float(points)}" for kind, points in table.items() if kind.isidentifier())
    return f"(CASE {alias}.reach {cases} ELSE coalesce(CAST({alias}.reach AS REAL), 0) END)"


def reach_reason(source: dict) -> Reason | None:
    table = weights()["severity"]["reach"]
    reach = str(source.get("reach") or "social").strip()
    try:
        return reason("reach", float(reach), "set on the source")
    except ValueError:
        pass
    if reach in table:
        return reason("reach", table[reach], f"{reach} source")
    return None


def followers_reason(followers: int | None) -> Reason | None:
    if not followers or followers < 0:
        return None
    best = None
    for threshold, pts in sorted(weights()["severity"]["followers"].items(), key=lambda kv: int(kv[0])):
        if followers >= int(threshold):
            best = pts
    return reason("author reach", best, f"{followers:,} followers") if best else None


def rating_reason(rating: int | None) -> Reason | None:
    if rating is None:
        return None
    pts = weights()["severity"]["rating"].get(str(rating))
    if pts is None:
        return None
    return reason("rating", pts, f"{rating} star" + ("" if rating == 1 else "s"))


def watch_reason(matched: list[str], kinds: dict[str, str]) -> Reason | None:
    table = weights()["severity"]["watch_kind"]
    best = None
    for q in matched:
        kind = kinds.get(q)
        if kind is None:
            continue
        pts = table.get(kind, 0)
        if best is None or pts > best[0]:
            best = (pts, q, kind)
    if best is None:
        return None
    return reason(WATCH_TERM, best[0], f"{best[1]} ({best[2]})")


@lru_cache(maxsize=1024)
def velocity_reason(similar: int) -> Reason | None:
    """(Cached: velocity recounts every member of a growing cluster, and the counts repeat.)"""
    v = weights()["velocity"]
    if similar < v["min_similar"]:
        return None
    pts = min(v["cap"], v["per_doubling"] * math.log2(similar))
    return reason(VELOCITY, pts, f"{similar} similar within {v['window_s'] // 60} min")
