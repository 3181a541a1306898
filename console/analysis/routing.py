"""Routing rules as workspace data: an ordered list of (queue, at least this level, one of these
categories, one of these languages). The first rule a mention matches names its queue; a mention
no rule matches goes to `default`. A queue may have several rules.

The rules become one SQL CASE expression, so routing new mentions on ingest and re-routing every
stored mention when the rules change are each one UPDATE, in the transaction of the change."""

from __future__ import annotations

import json
import re

from console.analysis.categories import PRIORITY
from console.errors import UsageError
from console.store import audit
from console.store.queues import DEFAULT_QUEUE, listing
from console.store.transaction import write
from console.store.vocabulary import LEVELS

CATEGORIES = (*PRIORITY, "question", "praise", "other")   # every category the analysis gives
QUEUE_RE = re.compile(r"^[^\s].{0,39}$")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _condition(rule: dict) -> str:
    parts = []
    if rule["min_level"]:
        allowed = LEVELS[:LEVELS.index(rule["min_level"]) + 1]   # LEVELS runs from the most severe down
        parts.append(f"level IN ({', '.join(map(_quote, allowed))})")
    if rule["categories"]:
        parts.append(f"category IN ({', '.join(map(_quote, rule['categories']))})")
    if rule["languages"]:
        parts.append(f"lang IN ({', '.join(map(_quote, rule['languages']))})")
    return " AND ".join(parts) or "1"


def queue_sql(rules: list[dict]) -> str:
    """The queue of a row of `mentions` under these rules, as an SQL expression."""
    if not rules:
        return _quote(DEFAULT_QUEUE)
    whens = " ".join(f"WHEN {_condition(r)} THEN {_quote(r['queue'])}" for r in rules)
    return f"CASE {whens} ELSE {_quote(DEFAULT_QUEUE)} END"


def route(db, mention_ids: list[int] | None = None) -> int:
    """Set the queue of these mentions (all of them when None) by the current rules; returns how
    many moved. Call inside the transaction that stored or changed them."""
    expr = queue_sql(listing(db))
    if mention_ids is None:
        return db.execute(f"UPDATE mentions SET queue = {expr} WHERE queue IS DISTINCT FROM {expr}").rowcount
    if not mention_ids:
        return 0
    return db.execute(f"UPDATE mentions SET queue = {expr} WHERE id IN (SELECT value FROM json_each(?)) "
                      f"AND queue IS DISTINCT FROM {expr}", [json.dumps(list(mention_ids))]).rowcount


def _clean_queue(queue: str) -> str:
    queue = " ".join((queue or "").split())
    if not queue or not QUEUE_RE.match(queue):
        raise UsageError("a queue needs a name of 1 to 40 characters")
    return queue


def add(db, queue: str, *, min_level: str | None = None, categories=(), languages=()) -> dict:
    """Append a rule (tried after the existing ones) and re-route every stored mention."""
    queue = _clean_queue(queue)
    if min_level is not None and min_level not in LEVELS:
        raise UsageError(f"unknown level {min_level!r}; choose one of: {', '.join(LEVELS)}")
    unknown = [c for c in categories if c.strip() not in CATEGORIES]
    if unknown:
        raise UsageError(f"unknown category {unknown[0]!r}; choose from: {', '.join(CATEGORIES)}")
    rule = {"queue": queue, "min_level": min_level,
            "categories": list(dict.fromkeys(c.strip() for c in categories if c.strip())),
            "languages": list(dict.fromkeys(c.strip() for c in languages if c.strip()))}
    with write(db):
        position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM routing_rules").fetchone()[0]
        rule["id"] = db.execute(
            "INSERT INTO routing_rules (position, queue, min_level, categories, languages) VALUES (?,?,?,?,?)",
            [position, queue, min_level, json.dumps(rule["categories"], ensure_ascii=False),
             json.dumps(rule["languages"], ensure_ascii=False)]).lastrowid
        rule["moved"] = route(db)
        audit.record(db, "route.add", "queue", queue, rule)
    return rule


def remove(db, queue: str) -> dict:
    """Remove every rule of a queue and re-route every stored mention."""
    queue = " ".join((queue or "").split())
    with write(db):
        n = db.execute("DELETE FROM routing_rules WHERE queue = ?", [queue]).rowcount
        if not n:
            known = sorted({r["queue"] for r in listing(db)})
            raise UsageError(f"no routing rule sends mentions to {queue!r}; the queues are: "
                             f"{', '.join(known) or 'none yet'}")
        moved = route(db)
        audit.record(db, "route.remove", "queue", queue, {"queue": queue, "rules": n, "moved": moved})
    return {"queue": queue, "rules": n, "moved": moved}
