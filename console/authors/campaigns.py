"""Coordinated campaigns: many distinct authors, most of them new, posting the same text about a
watch term within a short window. Texts are compared after folding what a campaign varies to look
organic: case, width, punctuation, links and @handles ("ACME KETTLES EXPLODE!!! https://x.example/1"
and "Acme kettles explode, @newsdesk" are one text). An organic storm (established authors,
varied words) shares no text and raises nothing here; the spike alert is there for it.

One alert per shared text and term while the campaign goes on: posts that arrive before a quiet
spell of a whole window join the open alert (its mentions and authors grow) instead of raising
another."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.analysis.alerts import iso, raise_alert
from console.analysis.lexicons import weights
from console.analysis.text import fold
from console.store.engine import identity
from console.timeutil import from_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

KIND = "coordinated"
MAX_LISTED = 1000          # mentions and authors kept on one alert
LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
HANDLE = re.compile(r"(?<!\w)@\w+")
NON_WORD = re.compile(r"[\W_]+")
SHAPES_KEPT = 200_000      # folded texts remembered between batches (see _shapes)
_SHAPED: dict[tuple, tuple[str, str]] = {}     # (database, mention id, content hash) -> (shape, text)


def shape(text: str) -> str:
    """The text as a campaign's copies share it (see the module docstring)."""
    folded = fold(HANDLE.sub(" ", LINK.sub(" ", text or "")))
    return " ".join(NON_WORD.sub(" ", folded).split())


def shape_key(shaped: str) -> str:
    return hashlib.sha1(shaped.encode("utf-8")).hexdigest()[:16]


def shown_text(text: str) -> str:
    """The shared text as the alert shows it: one copy, without its links and handles."""
    return " ".join(HANDLE.sub(" ", LINK.sub(" ", text or "")).split())[:500]


def check(db: Database, now: datetime, new_ids: list[int]) -> list[int]:
    """Raise or grow coordinated alerts for the texts the new mentions share; return new alert ids."""
    cfg, new_within = weights()["coordinated"], weights()["authors"]["new_within_s"]
    since = iso(now - timedelta(seconds=cfg["window_s"]))
    fresh = dict(db.execute(
        "SELECT id, drill FROM mentions WHERE id IN (SELECT value FROM json_each(?)) AND sort_time > ? "
        "AND author_id IS NOT NULL AND matched_terms != '[]'", [json.dumps(new_ids), since]).fetchall())
    if not fresh:
        return []
    # As for spikes: real mentions are measured against real ones only, and a drill's campaign
    # raises a drill alert.
    drill = any(fresh.values())
    real = "" if drill else " AND m.drill = 0"
    window = db.execute(
        "SELECT m.id, m.author_id, a.name, a.first_seen, m.matched_terms, m.sort_time, m.content_hash "
        f"FROM mentions m JOIN authors a ON a.id = m.author_id WHERE m.sort_time > ? AND m.matched_terms != '[]'{real} "
        "ORDER BY m.sort_time, m.id", [since]).fetchall()
    shapes = _shapes(db, {r[0]: r[6] for r in window})
    groups: dict[tuple[str, str], list[tuple]] = {}
    for mid, aid, name, first_seen, matched, at, _hash in window:
        shaped, text = shapes[mid]
        if len(shaped.split()) < cfg["min_words"]:
            continue
        for term in json.loads(matched):
            groups.setdefault((term, shaped), []).append((mid, aid, name, first_seen, text, at))
    raised = []
    newcomer_since = iso(now - timedelta(seconds=new_within))
    for (term, shaped), members in groups.items():
        if fresh.keys().isdisjoint(m[0] for m in members):
            continue
        authors = {m[1]: m for m in members}
        new = [a for a, m in authors.items() if (m[3] or "") >= newcomer_since]
        if len(authors) < cfg["min_authors"] or len(new) < cfg["min_new_share"] * len(authors):
            continue
        listed = [{"id": a, "name": m[2], "new": a in new} for a, m in authors.items()]
        details = {"text": shown_text(members[0][4]), "shape": shape_key(shaped), "new_authors": len(new),
                   "min_authors": cfg["min_authors"], "min_new_share": cfg["min_new_share"],
                   "first_post": members[0][5], "last_post": members[-1][5]}
        mentions = [m[0] for m in members]
        ongoing = _ongoing(db, term, details["shape"], now, cfg["window_s"])
        if ongoing is None:
            details["authors"] = listed[:MAX_LISTED]
            raised.append(raise_alert(db, KIND, now, term=term, current=len(authors), window_s=cfg["window_s"],
                                      mentions=mentions[:MAX_LISTED], details=details))
            if drill:
                db.execute("UPDATE alerts SET drill = 1 WHERE id = ?", [raised[-1]])
            continue
        alert_id, before, earlier = ongoing      # the campaign goes on: the new posts join its alert
        known = {a["id"] for a in earlier["authors"]}
        listed = (earlier["authors"] + [a for a in listed if a["id"] not in known])[:MAX_LISTED]
        details.update(authors=listed, first_post=earlier["first_post"],
                       new_authors=sum(1 for a in listed if a["new"]))
        db.execute("UPDATE alerts SET current = ?, mentions = ?, details = ? WHERE id = ?",
                   [len(listed), json.dumps(sorted(set(before) | set(mentions))[:MAX_LISTED]),
                    json.dumps(details, ensure_ascii=False, sort_keys=True), alert_id])
    return raised


def _shapes(db: Database, hashes: dict[int, str | None]) -> dict[int, tuple[str, str]]:
    """(shape, text) of each mention id (with its content hash). A storm keeps the same mentions in
    the window batch after batch: each is read and folded once per process, and again only if a
    feed edits it (its content hash changes)."""
    path = identity(db)
    keys = {mid: (path, mid, h) for mid, h in hashes.items()}
    if len(_SHAPED) + len(keys) > SHAPES_KEPT:
        _SHAPED.clear()
    missing = [mid for mid, k in keys.items() if k not in _SHAPED]
    for mid, text in db.execute("SELECT id, CASE WHEN text != '' THEN text ELSE title END FROM mentions "
                                "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(missing)]):
        _SHAPED[keys[mid]] = (shape(text), text)
    return {mid: _SHAPED[k] for mid, k in keys.items()}


def _ongoing(db: Database, term: str, key: str, now: datetime, window_s: int) -> tuple | None:
    """(id, mention ids, details) of the alert for this text and term whose last post is less than a
    window old, if there is one."""
    row = db.execute("SELECT id, mentions, details FROM alerts WHERE kind = ? AND term IS NOT DISTINCT FROM ? "
                     "AND json_extract(details, '$.shape') = ? ORDER BY id DESC LIMIT 1", [KIND, term, key]).fetchone()
    if row is None:
        return None
    details = json.loads(row[2] or "{}")
    last = from_iso(details.get("last_post"))
    if last is None or now - last > timedelta(seconds=window_s):
        return None
    return row[0], json.loads(row[1] or "[]"), details
