"""The append-only audit log: every operator action writes one row in the same transaction as
the action itself. Rows form a hash chain (each hash covers the row and the previous hash), and
triggers refuse UPDATE and DELETE, so an edit shows up as a broken chain or a refused write."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.store import operator
from console.store.engine import login
from console.timeutil import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

GENESIS = "0" * 64


def create_table(db: Database) -> None:
    """The audit table and the triggers that make it append-only (used by every database we keep)."""
    db.execute("""
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target_type TEXT,
            target_id TEXT,
            details TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        )""")
    for event, verb in (("UPDATE", "updated"), ("DELETE", "deleted")):
        db.execute(f"""
            CREATE TRIGGER audit_never_{verb} BEFORE {event} ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be edited'); END""")


def current_actor() -> str:
    """The operator at the desk (console.store.operator says how the name is found)."""
    return operator.name()


def _digest(prev_hash: str, at: str, actor: str, action: str, target_type, target_id, details: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, target_type, target_id, details],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(db: Database, action: str, target_type: str | None = None, target_id=None,
           details: dict | None = None, actor: str | None = None) -> int:
    """Append one audit row. Call it inside the transaction of the action it records. On a
    shared workspace the actor is the database login, whatever the caller says; the write
    door admits one writer at a time there too, so the chain stays one chain."""
    row = db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at, actor = now_iso(), login(db) or actor or current_actor()
    target_id = None if target_id is None else str(target_id)
    details_json = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    h = _digest(prev, at, actor, action, target_type, target_id, details_json)
    cur = db.execute(
        "INSERT INTO audit (at, actor, action, target_type, target_id, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
        [at, actor, action, target_type, target_id, details_json, prev, h])
    return cur.lastrowid


@dataclass
class Verification:
    ok: bool
    rows: int
    first_bad_id: int | None = None
    problem: str = ""


def verify(db: Database) -> Verification:
    prev, n = GENESIS, 0
    for row in db.execute(
            "SELECT id, at, actor, action, target_type, target_id, details, prev_hash, hash FROM audit ORDER BY id"):
        rid, at, actor, action, ttype, tid, details, prev_hash, h = row
        n += 1
        if prev_hash != prev:
            return Verification(False, n, rid, f"row {rid} does not follow the row before it")
        if _digest(prev_hash, at, actor, action, ttype, tid, details) != h:
            return Verification(False, n, rid, f"row {rid} was altered after it was written")
        prev = h
    return Verification(True, n)


def rows(db: Database, limit: int | None = None) -> list[dict]:
    sql = "SELECT id, at, actor, action, target_type, target_id, details, hash FROM audit ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for r in db.execute(sql).fetchall():
        out.append({"id": r[0], "at": r[1], "actor": r[2], "action": r[3], "target_type": r[4],
                    "target_id": r[5], "details": json.loads(r[6] or "{}"), "hash": r[7]})
    return out
