"""Reading authors: the listing (sorted by negative mentions, reach or last seen; filtered by a
team label) and one profile. Both read the authors row and the team's tables only, through
indexes, so they cost the same on a million mentions as on a hundred."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from console.authors import reasons
from console.errors import UsageError
from console.store import mentions as mention_store
from console.timeutil import utcnow

if TYPE_CHECKING:
    from sqlite_utils import Database

ORDERS = {
    "negative": "a.negative_count DESC, a.id",
    "reach": "coalesce(a.reach, -1) DESC, a.id",
    "recent": "a.last_seen DESC, a.id",
}
_FIELDS = ("id", "name", "handle", "source_id", "source", "source_reach", "first_seen", "last_seen", "mention_count",
           "negative_count", "positive_count", "max_severity", "reach", "first_negative", "last_negative")
_SELECT = ("SELECT a.id, a.name, a.handle, a.source_id, coalesce(s.name, s.url), s.reach, a.first_seen, a.last_seen, "
           "a.mention_count, a.negative_count, a.positive_count, a.max_severity, a.reach, a.first_negative, "
           "a.last_negative FROM authors a JOIN sources s ON s.id = a.source_id")
RECENT = 20


def parse_id(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UsageError(f"not an author id: {value!r}") from None


def _public(db: Database, rows: list[tuple]) -> list[dict]:
    now, reach_from = utcnow(), reasons.high_reach(db)
    authors = [dict(zip(_FIELDS, r, strict=True)) for r in rows]
    labels = labels_of(db, [a["id"] for a in authors])
    out = []
    for a in authors:
        out.append({
            "id": a["id"], "name": a["name"], "source": a["source"], "source_id": a["source_id"],
            "first_seen": a["first_seen"], "last_seen": a["last_seen"], "mention_count": a["mention_count"],
            "negative_count": a["negative_count"], "positive_count": a["positive_count"],
            "negative_share": round(a["negative_count"] / a["mention_count"], 3) if a["mention_count"] else 0.0,
            "max_severity": a["max_severity"], "reach": a["reach"],
            "reasons": reasons.of(a, now, reach_from), "labels": labels.get(a["id"], [])})
    return out


def labels_of(db: Database, author_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for aid, label in db.execute("SELECT author_id, label FROM author_labels WHERE author_id IN "
                                 "(SELECT value FROM json_each(?)) ORDER BY set_at, label", [json.dumps(author_ids)]):
        out.setdefault(aid, []).append(label)
    return out


def listing(db: Database, *, order: str = "negative", label: str | None = None, limit: int = 50,
            offset: int = 0) -> list[dict]:
    """Authors with at least one mention, in `order`, optionally only those the team labelled `label`."""
    if order not in ORDERS:
        raise UsageError(f"unknown order {order!r}; use one of: {', '.join(ORDERS)}")
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    where, params = " WHERE a.mention_count > 0", []
    if label:
        where += " AND a.id IN (SELECT author_id FROM author_labels WHERE label = ?)"
        params.append(label)
    sql = f"{_SELECT}{where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
    return _public(db, db.execute(sql, [*params, int(limit), int(offset)]).fetchall())


def exists(db: Database, author_id) -> int:
    aid = parse_id(author_id)
    if db.execute("SELECT 1 FROM authors WHERE id = ?", [aid]).fetchone() is None:
        raise UsageError(f"no author with id {aid}")
    return aid


def show(db: Database, author_id, *, recent: int = RECENT) -> dict:
    """One author's profile: figures, reasons, the team's labels, notes and links, recent mentions."""
    aid = exists(db, author_id)
    profile = _public(db, db.execute(_SELECT + " WHERE a.id = ?", [aid]).fetchall())[0]
    links = [{"id": r[0], "name": r[1], "source": r[2]} for r in db.execute(
        "SELECT a.id, a.name, coalesce(s.name, s.url) FROM author_links l JOIN authors a ON a.id = l.other_id "
        "JOIN sources s ON s.id = a.source_id WHERE l.author_id = ? ORDER BY a.id", [aid])]
    profile.update(
        sources=list(dict.fromkeys([profile["source"], *(x["source"] for x in links)])),
        notes=[{"id": r[0], "at": r[1], "actor": r[2], "text": r[3]} for r in db.execute(
            "SELECT id, at, actor, text FROM author_notes WHERE author_id = ? ORDER BY id", [aid])],
        links=links,
        recent_mentions=mentions_of(db, aid, limit=recent) if recent else [])
    return profile


def mentions_of(db: Database, author_id: int, *, limit: int | None = None) -> list[dict]:
    """The author's mentions, newest first, as `mentions --json` shows them (all of them without `limit`)."""
    sql = mention_store.SELECT + " WHERE m.author_id = ? ORDER BY m.sort_time DESC, m.id DESC"
    cur = db.execute(sql + (" LIMIT ?" if limit else ""), [author_id, *([int(limit)] if limit else [])])
    cols = [c[0] for c in cur.description]
    return [mention_store.to_public(dict(zip(cols, r, strict=True))) for r in cur.fetchall()]
