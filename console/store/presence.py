"""Who else has a mention open, or is replying to it, right now (team mode's collision detection):
two people answering the same angry customer is the mistake this prevents.

Each window (a desk) says every few seconds which mentions it looks at; the others read what was
said within the last FRESH_S seconds, so a desk that stops saying it (closed, crashed, cut off)
is gone within seconds even when it could not say goodbye. The server's clock dates every row and
the server's session names its login, so desks' clocks and environments do not matter. The rows
go through the write door with a lock of their own (a desk's presence never waits for the
mentions' writers). A folder workspace has one desk: nothing is written or read there.
"""

from __future__ import annotations

import secrets

from console.store.engine import POSTGRES, PRESENCE_WRITE_KEY, engine_of, is_url
from console.store.transaction import write

FRESH_S = 10        # older rows are ignored: their desk stopped saying it
FORGET_S = 60       # and deleted by the next desk that speaks
VIEWING, REPLYING = "viewing", "replying"


def new_desk() -> str:
    """An id for one window, unique among the desks of a workspace."""
    return secrets.token_hex(8)


def open_for(location):
    """A connection of its own for this desk's presence, or None on a folder workspace. Opening it
    may take the connection timeout: never on a GUI thread."""
    if not is_url(location):
        return None
    from console.store.pg import open_pg  # here: a folder workspace never loads the driver

    db = open_pg(location, migrate=False)
    db.conn.write_key = PRESENCE_WRITE_KEY
    return db


def announce(db, desk: str, looking: dict[int, str]) -> None:
    """This desk looks at the mentions of `looking` (id -> VIEWING or REPLYING) now, and at no other."""
    if db is None or engine_of(db) != POSTGRES:
        return
    ids = sorted(looking)
    others = f" AND mention_id NOT IN ({','.join('?' * len(ids))})" if ids else ""
    with write(db):
        db.execute(f"DELETE FROM desk_presence WHERE desk = ?{others}", [desk, *ids])
        for mention_id in ids:
            db.execute("INSERT INTO desk_presence (desk, mention_id, what, seen_at) VALUES (?, ?, ?, now()) "
                       "ON CONFLICT (desk, mention_id) DO UPDATE SET what = excluded.what, seen_at = now()",
                       [desk, mention_id, looking[mention_id]])
        db.execute(f"DELETE FROM desk_presence WHERE seen_at < now() - interval '{FORGET_S} seconds'")


def leave(db, desk: str) -> None:
    """This desk looks at nothing any more (its window closes)."""
    announce(db, desk, {})


def others(db, desk: str, mention_id: int) -> list[dict]:
    """The people at other desks who have `mention_id` open now: login, name (the team's, else the
    login) and whether they are replying to it; replying first, then by name."""
    if db is None or engine_of(db) != POSTGRES:
        return []
    rows = db.execute(
        "SELECT p.login, coalesce(t.name, p.login), bool_or(p.what = ?) FROM desk_presence p "
        "LEFT JOIN team_members t ON t.login = p.login "
        f"WHERE p.mention_id = ? AND p.desk <> ? AND p.seen_at > now() - interval '{FRESH_S} seconds' "
        "GROUP BY p.login, t.name", [REPLYING, mention_id, desk]).fetchall()
    found = [{"login": login, "name": name, "replying": replying} for login, name, replying in rows]
    return sorted(found, key=lambda p: (not p["replying"], p["name"].lower()))
