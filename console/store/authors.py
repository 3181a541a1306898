"""Author rows (console.authors builds on them): who an author is, and their running figures
(first and last seen, counts, highest severity, reach), kept in the authors row so a profile or a
listing never scans mentions. New mentions are folded in batch by batch: the batch is aggregated
per author, then merged into the stored figures.

Two mentions have the same author when they come from the same source with the same handle,
compared without case, surrounding spaces or a leading @ ("@Grumpy_Gus" and "grumpy_gus" are one
person)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from console.timeutil import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME_CAP = 200     # a handle longer than this is cut: some feeds put a whole byline in the author


def handle_key(name: str | None) -> str | None:
    """The key of an author's handle, or None when the mention names nobody."""
    if not name:
        return None
    key = " ".join(name.split()).lstrip("@").strip().casefold()[:NAME_CAP].rstrip()
    return key or None


def shown_name(name: str) -> str:
    return " ".join(name.split())[:NAME_CAP]


# One statement: the batch's figures per author (a) folded into the stored ones. SQLite's min()/max()
# with two arguments are NULL if either is: coalesce keeps the known side.
_MERGE = """
    UPDATE authors SET
        first_seen = min(coalesce(first_seen, a.first_at), a.first_at),
        last_seen = max(coalesce(last_seen, a.last_at), a.last_at),
        mention_count = mention_count + a.n,
        negative_count = negative_count + a.neg,
        positive_count = positive_count + a.pos,
        max_severity = CASE WHEN a.sev IS NULL THEN max_severity ELSE max(coalesce(max_severity, a.sev), a.sev) END,
        reach = CASE WHEN a.top_reach IS NULL THEN reach ELSE max(coalesce(reach, a.top_reach), a.top_reach) END,
        first_negative = CASE WHEN a.fneg IS NULL THEN first_negative
                              ELSE min(coalesce(first_negative, a.fneg), a.fneg) END,
        last_negative = CASE WHEN a.lneg IS NULL THEN last_negative
                             ELSE max(coalesce(last_negative, a.lneg), a.lneg) END
    FROM (SELECT author_id AS aid, min(sort_time) AS first_at, max(sort_time) AS last_at, count(*) AS n,
                 sum(negative) AS neg, sum(positive) AS pos, max(severity) AS sev, max(author_followers) AS top_reach,
                 min(CASE WHEN negative = 1 THEN sort_time END) AS fneg,
                 max(CASE WHEN negative = 1 THEN sort_time END) AS lneg
          FROM mentions WHERE author_id IS NOT NULL AND {where} GROUP BY author_id) AS a
    WHERE authors.id = a.aid"""


def merge(db: Database, where: str, params: list) -> None:
    """Fold the mentions matching `where` into their authors' figures (one statement: no row
    of figures crosses into Python)."""
    db.execute(_MERGE.format(where=where), params)


def ids_for(db: Database, source_id: int, names: list[str | None], seen_at: str) -> list[int | None]:
    """The author id for each name on one source (None for no name), creating the authors not met yet."""
    keys = {k: n for n in names if (k := handle_key(n)) is not None}
    known = dict(db.execute("SELECT handle, id FROM authors WHERE source_id = ? AND handle IN "
                            "(SELECT value FROM json_each(?))", [source_id, _json(list(keys))]).fetchall())
    missing = [(source_id, k, shown_name(n), seen_at) for k, n in keys.items() if k not in known]
    if missing:
        db.conn.executemany("INSERT INTO authors (source_id, handle, name, created_at) VALUES (?,?,?,?)", missing)
        known.update(db.execute("SELECT handle, id FROM authors WHERE source_id = ? AND handle IN "
                                "(SELECT value FROM json_each(?))",
                                [source_id, _json([m[1] for m in missing])]).fetchall())
    return [known.get(handle_key(n)) if n else None for n in names]


def backfill(db: Database) -> None:
    """Authors for a workspace stored before profiles existed (schema m060): every (source, handle)
    met so far, each mention pointed at its author, the index on authors' mentions, the figures.
    Handles are keyed once per distinct (source, name), not once per mention, and the index is
    built after the mentions are updated (one sort instead of a million insertions)."""
    db.conn.create_function("author_key", 1, handle_key, deterministic=True)
    db.conn.create_function("author_name", 1, lambda n: shown_name(n) if n else None, deterministic=True)
    db.execute("CREATE TEMP TABLE author_names AS SELECT DISTINCT source_id, author, author_key(author) AS handle, "
               "NULL AS author_id FROM mentions WHERE author IS NOT NULL")
    db.execute("DELETE FROM temp.author_names WHERE handle IS NULL")
    db.execute("INSERT INTO authors (source_id, handle, name, created_at) SELECT source_id, handle, "
               "author_name(min(author)), ? FROM temp.author_names GROUP BY source_id, handle", [now_iso()])
    db.execute("UPDATE temp.author_names SET author_id = (SELECT a.id FROM authors a WHERE "
               "a.source_id = author_names.source_id AND a.handle = author_names.handle)")
    db.execute("CREATE INDEX temp.author_names_key ON author_names (source_id, author)")
    db.execute("UPDATE mentions SET author_id = (SELECT n.author_id FROM temp.author_names n WHERE "
               "n.source_id = mentions.source_id AND n.author = mentions.author) WHERE author IS NOT NULL")
    db.execute("DROP TABLE temp.author_names")
    db.execute("CREATE INDEX IF NOT EXISTS mentions_author ON mentions (author_id, sort_time DESC)")
    merge(db, "1", [])


def _json(items: list) -> str:
    return json.dumps(items, ensure_ascii=False)
