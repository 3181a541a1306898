"""What needs attention first: the wall's orders and the counters above it.

"Needs attention" puts every unhandled mention before the handled ones (handled: responded,
resolved, ignored or hidden), then the most severe level first, then the newest. The other orders
stay one choice away: newest first, by severity score, and by reach (the author's followers where
the feed gives them, then the reach weight of the source, which the analysis owns and hands in as
SQL: console.analysis.severity.reach_weight_sql). Each order is SQL over `mentions m` joined to
`sources s`, so listings page in the database rather than in a Python list."""

from __future__ import annotations

from console.errors import UsageError
from console.store.vocabulary import LEVELS

HANDLED = ("responded", "resolved", "ignored", "hidden")
ORDERS = ("attention", "time", "severity", "reach")
DEFAULT_ORDER = "time"          # the command line's listing stays newest first unless asked

_HANDLED_SQL = f"m.status IN ({', '.join(repr(s) for s in HANDLED)})"
NEWEST = "m.sort_time DESC, m.id DESC"


def attention_key(alias: str = "m.") -> str:
    """Higher is more urgent: an unhandled mention outranks every handled one, then the level counts.
    `alias=""` gives the form the expression index of the schema (m060) is built on."""
    rank = " ".join(f"WHEN '{lv}' THEN {len(LEVELS) - i}" for i, lv in enumerate(LEVELS))
    handled = f"{alias}status IN ({', '.join(repr(s) for s in HANDLED)})"
    return f"((CASE WHEN {handled} THEN 0 ELSE {len(LEVELS) + 1} END) + (CASE {alias}level {rank} ELSE 0 END))"


def sort_key(order: str, reach_sql: str | None = None) -> str | None:
    """The order's leading key (over `mentions m JOIN sources s`), NULL-free and largest first, or
    None for plain newest first; ties always go to the newest. A single key lets a list page by
    keyset: (key, sort_time, id) < the last row's."""
    check(order)
    if order == "attention":
        return attention_key()
    if order == "severity":
        return "COALESCE(m.severity, -1)"
    if order == "reach":   # known followers first (each counts far more than any source weight)
        return f"(COALESCE(m.author_followers, -1) * 1000.0 + {reach_sql or '0'})"
    return None


def check(order: str) -> str:
    if order not in ORDERS:
        raise UsageError(f"unknown order {order!r}; choose one of: {', '.join(ORDERS)}")
    return order


def order_by(order: str, reach_sql: str | None = None) -> str:
    """The ORDER BY terms of an order."""
    key = sort_key(order, reach_sql)
    return NEWEST if key is None else f"{key} DESC, {NEWEST}"


def summary(db) -> dict:
    """The counters above the wall: unhandled mentions per level, unhandled ones nobody is assigned
    to, and replies waiting for approval."""
    unhandled = dict.fromkeys(LEVELS, 0)
    for level, n in db.execute(f"SELECT m.level, count(*) FROM mentions m WHERE NOT ({_HANDLED_SQL}) "
                               f"AND m.level IS NOT NULL GROUP BY m.level"):
        if level in unhandled:
            unhandled[level] = n
    unassigned = db.execute(f"SELECT count(*) FROM mentions m WHERE NOT ({_HANDLED_SQL}) "
                            f"AND coalesce(trim(m.assignee), '') = ''").fetchone()[0]
    awaiting = db.execute("SELECT count(*) FROM replies WHERE state = 'awaiting'").fetchone()[0]
    return {"unhandled": unhandled, "unassigned": unassigned, "awaiting_approval": awaiting}


def handled_sql(alias: str = "m") -> str:
    """SQL true for a handled mention (the counters' filters use it)."""
    return _HANDLED_SQL.replace("m.", f"{alias}.")
