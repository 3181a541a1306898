"""Severity 0-100 as a sum of reasons, each {factor, points, evidence}, so the score is reproducible
from what the mention shows: severity == clamp(sum(points)). Points are integers; when the sum
leaves 0..100 a "clamp" reason brings it back, so the reasons still add up exactly.
All weights come from weights.toml."""

import json
import math

from console.analysis.lexicons import Hit, weights

CLAMP = "clamp"
POSITIVE_CAP = "positive mention"
VELOCITY = "velocity"
WATCH_TERM = "watch term"


def reason(factor: str, points: float, evidence: str) -> dict:
    return {"factor": factor, "points": int(round(points)), "evidence": evidence}


def level_of(severity: int) -> str:
    lv = weights()["severity"]["levels"]
    if severity >= lv["critical"]:
        return "critical"
    if severity >= lv["high"]:
        return "high"
    if severity >= lv["medium"]:
        return "medium"
    return "low"


def finalize(reasons: list[dict], positive: bool = False) -> tuple[int, str, list[dict]]:
    """Drop zero and derived reasons, then re-derive them: a positive mention is kept below medium,
    and a sum outside 0..100 is clamped by a reason. Returns (severity, level, reasons)."""
    kept = [r for r in reasons if r["factor"] not in (CLAMP, POSITIVE_CAP) and r["points"] != 0]
    total = sum(r["points"] for r in kept)
    ceiling = weights()["severity"]["levels"]["medium"] - 1
    if positive and total > ceiling:
        kept.append(reason(POSITIVE_CAP, ceiling - total, "positive mentions stay low"))
        total = ceiling
    if total > 100:
        kept.append(reason(CLAMP, 100 - total, "severity is capped at 100"))
    elif total < 0:
        kept.append(reason(CLAMP, -total, "severity cannot be below 0"))
    severity = max(0, min(100, total))
    return severity, level_of(severity), kept


def replace(reasons: list[dict], factor: str, new: dict | None) -> list[dict]:
    out = [r for r in reasons if r["factor"] != factor]
    if new is not None and new["points"] != 0:
        out.append(new)
    return out


def rescore(reasons_json: str | None, factor: str, new: dict | None, positive: bool = False) -> tuple[int, str, str]:
    """Swap one factor's reason in stored reasons: (severity, level, reasons JSON)."""
    reasons = json.loads(reasons_json) if reasons_json else []
    severity, level, reasons = finalize(replace(reasons, factor, new), positive)
    return severity, level, reasons_json_text(reasons)


_quote = json.encoder.encode_basestring  # C: a str as a JSON string literal


def reasons_json_text(reasons: list[dict]) -> str:
    """The reasons as JSON, built directly (json.dumps costs more than computing them)."""
    return "[" + ", ".join(f'{{"factor": {_quote(r["factor"])}, "points": {r["points"]:d}, '
                           f'"evidence": {_quote(r["evidence"])}}}' for r in reasons) + "]"


def _shown(h: Hit) -> str:
    p = h.entry.phrase.replace("*", "")
    return f"not {p}" if h.negated else p


def sentiment_reason(sentiment: float | None, method: str) -> dict | None:
    w = weights()["severity"]
    if sentiment is None:
        return None
    if sentiment < 0:
        return reason("negative sentiment", w["negative_max"] * -sentiment, f"{method} {sentiment:+.2f}")
    if sentiment > 0:
        return reason("positive sentiment", -w["positive_max"] * sentiment, f"{method} {sentiment:+.2f}")
    return None


def cue_reasons(cues: list[Hit], sentiment: float | None = None) -> list[dict]:
    """One reason per kind (complaint, risk term): distinct phrases, weighted by their category,
    and by how negative the mention reads (a cue in a clearly positive mention counts for little:
    "thanks for the quick refund"); in an unscored language they count in full."""
    w = weights()["severity"]
    seen: dict[str, tuple[str, float]] = {}
    for h in cues:
        kind = "risk term" if h.entry.kind == "risk" else "complaint"
        shown = _shown(h)
        if shown not in seen:
            seen[shown] = (kind, h.entry.weight * w["cue_points"] * w["category"].get(h.entry.category, 1.0))
    if not seen:
        return []
    raw: dict[str, float] = {}
    shown_by_kind: dict[str, list[str]] = {}
    for shown, (kind, pts) in seen.items():
        raw[kind] = raw.get(kind, 0.0) + pts
        shown_by_kind.setdefault(kind, []).append(shown)
    total = sum(raw.values())
    scale = min(1.0, w["cue_cap"] / total)
    if sentiment is not None:
        scale *= max(0.0, min(1.0, w["cue_full_below"] - sentiment))
    note = "" if scale == 1.0 or sentiment is None else f" (x{scale:.2f})"
    return [reason(kind, pts * scale, ", ".join(shown_by_kind[kind][:6]) + note) for kind, pts in raw.items()]


def reach_reason(source: dict) -> dict | None:
    table = weights()["severity"]["reach"]
    reach = str(source.get("reach") or "social").strip()
    try:
        return reason("reach", float(reach), "set on the source")
    except ValueError:
        pass
    if reach in table:
        return reason("reach", table[reach], f"{reach} source")
    return None


def followers_reason(followers: int | None) -> dict | None:
    if not followers or followers < 0:
        return None
    best = None
    for threshold, pts in sorted(weights()["severity"]["followers"].items(), key=lambda kv: int(kv[0])):
        if followers >= int(threshold):
            best = pts
    return reason("author reach", best, f"{followers:,} followers") if best else None


def rating_reason(rating: int | None) -> dict | None:
    if rating is None:
        return None
    pts = weights()["severity"]["rating"].get(str(rating))
    if pts is None:
        return None
    return reason("rating", pts, f"{rating} star" + ("" if rating == 1 else "s"))


def watch_reason(matched: list[str], kinds: dict[str, str]) -> dict | None:
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


def velocity_reason(similar: int) -> dict | None:
    v = weights()["velocity"]
    if similar < v["min_similar"]:
        return None
    pts = min(v["cap"], v["per_doubling"] * math.log2(similar))
    return reason(VELOCITY, pts, f"{similar} similar within {v['window_s'] // 60} min")
