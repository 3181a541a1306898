"""The routing queues as stored: the rules in the order they are tried, and how many mentions each
queue holds (console.analysis.routing writes the rules and routes the mentions)."""

import json

DEFAULT_QUEUE = "default"    # where a mention no rule matches goes


def listing(db) -> list[dict]:
    """The rules in the order they are tried."""
    return [{"id": r[0], "queue": r[1], "min_level": r[2], "categories": json.loads(r[3]),
             "languages": json.loads(r[4])}
            for r in db.execute("SELECT id, queue, min_level, categories, languages FROM routing_rules "
                                "ORDER BY position, id")]


def queues(db) -> list[tuple[str, int]]:
    """Each queue (the rules' in order, then default) with how many mentions it holds."""
    counts = dict(db.execute("SELECT queue, count(*) FROM mentions GROUP BY queue").fetchall())
    names = list(dict.fromkeys([r["queue"] for r in listing(db)] + [DEFAULT_QUEUE] + sorted(counts)))
    return [(q, counts.get(q, 0)) for q in names]
