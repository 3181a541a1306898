"""What the console can tell about an author on its own. Each reason comes with the evidence it
rests on, so nobody is given a verdict they cannot check: a news or authority source (or an
authority domain in the handle), high reach, a repeat complainer, a new author with a burst of
mentions, a praiser. Computed from the author's stored figures: no mention is read."""

from datetime import datetime, timedelta

from console.analysis.lexicons import weights
from console.store import settings
from console.timeutil import from_iso

HIGH_REACH_SETTING = "authors.high_reach"
KINDS = ("news", "authority", "high_reach", "repeat_complainer", "new", "praiser")


def high_reach(db) -> int:
    """Followers from which an author has high reach: the workspace's setting, else weights.toml."""
    try:
        return int(settings.get(db, HIGH_REACH_SETTING) or weights()["authors"]["high_reach"])
    except ValueError:      # set by hand to something else
        return int(weights()["authors"]["high_reach"])


def _domain(handle: str) -> str:
    """The domain in a handle that is an address or a site ("desk@city.gov", "health.gov.example")."""
    tail = handle.rsplit("@", 1)[-1]
    return tail if "." in tail and " " not in tail else ""


def of(a: dict, now: datetime, reach_from: int) -> list[dict]:
    """The reasons for author `a` (a row of console.authors.profiles: figures, handle, source_reach)."""
    cfg = weights()["authors"]
    out = []
    if a["source_reach"] in ("news", "authority"):
        out.append({"kind": a["source_reach"], "evidence": f"writes on {a['source']}, a {a['source_reach']} source"})
    domain = _domain(a["handle"])
    if domain and any(domain.endswith(d) for d in cfg["authority_domains"]) and a["source_reach"] != "authority":
        out.append({"kind": "authority", "evidence": f"writes from the domain {domain}"})
    if a["reach"] is not None and a["reach"] >= reach_from:
        out.append({"kind": "high_reach", "evidence": f"{a['reach']:,} followers (high reach from {reach_from:,})"})
    first_neg, last_neg = from_iso(a["first_negative"]), from_iso(a["last_negative"])
    if (a["negative_count"] >= cfg["repeat_negative"] and first_neg and last_neg
            and (last_neg - first_neg).total_seconds() >= cfg["repeat_span_s"]):
        days = max(1, round((last_neg - first_neg) / timedelta(days=1)))
        out.append({"kind": "repeat_complainer",
                    "evidence": f"{a['negative_count']} negative mentions over {days} day{'s' if days != 1 else ''}"})
    first = from_iso(a["first_seen"])
    if first and now - first <= timedelta(seconds=cfg["new_within_s"]) and a["mention_count"] >= cfg["new_burst"]:
        out.append({"kind": "new", "evidence": f"first seen {a['first_seen']}, {a['mention_count']} mentions since"})
    if (a["positive_count"] >= cfg["praiser_positive"]
            and a["negative_count"] <= cfg["praiser_negative_share"] * a["mention_count"]):
        out.append({"kind": "praiser", "evidence": f"{a['positive_count']} positive mentions of {a['mention_count']}"})
    return out
