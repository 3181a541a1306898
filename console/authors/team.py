"""What the team knows about an author: labels, notes and links ("same person"), and their
erasure on request. Each action is one transaction through the write door holding the change and
its one audit row. Audit rows name the author by id and never hold a note's text: what the team
wrote about a person must be erasable, and the audit log never forgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.authors.profiles import exists
from console.errors import UsageError
from console.store import audit
from console.store.transaction import write
from console.timeutil import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

LABELS = ("journalist", "influencer", "customer", "vip_customer", "competitor", "troll", "employee", "partner")
LABEL_CAP = 40
NOTE_CAP = 5000


def normalise_label(text: str) -> str:
    """A label as it is stored: lower case, single spaces; "VIP customer" is the known vip_customer."""
    label = " ".join((text or "").split()).casefold()[:LABEL_CAP].rstrip()
    if not label:
        raise UsageError("a label cannot be empty")
    known = label.replace(" ", "_").replace("-", "_")
    return known if known in LABELS else label


def label(db: Database, author_id, text: str) -> bool:
    """Give the author a label; False when it already had it (nothing written)."""
    name = normalise_label(text)
    with write(db):
        aid = exists(db, author_id)
        if db.execute("SELECT 1 FROM author_labels WHERE author_id = ? AND label = ?", [aid, name]).fetchone():
            return False
        db.execute("INSERT INTO author_labels (author_id, label, set_at, set_by) VALUES (?,?,?,?)",
                   [aid, name, now_iso(), audit.current_actor()])
        audit.record(db, "author.label", "author", aid, {"author_id": aid, "label": name})
    return True


def unlabel(db: Database, author_id, text: str) -> bool:
    """Take a label off the author; False when it did not have it (nothing written)."""
    name = normalise_label(text)
    with write(db):
        aid = exists(db, author_id)
        if not db.execute("DELETE FROM author_labels WHERE author_id = ? AND label = ?", [aid, name]).rowcount:
            return False
        audit.record(db, "author.unlabel", "author", aid, {"author_id": aid, "label": name})
    return True


def add_note(db: Database, author_id, text: str) -> int:
    """Add a note to the author's profile; returns its id."""
    text = (text or "").strip()
    if not text:
        raise UsageError("a note cannot be empty")
    if len(text) > NOTE_CAP:
        raise UsageError(f"a note holds at most {NOTE_CAP:,} characters (this one has {len(text):,})")
    with write(db):
        aid = exists(db, author_id)
        note_id = db.execute("INSERT INTO author_notes (author_id, at, actor, text) VALUES (?,?,?,?)",
                             [aid, now_iso(), audit.current_actor(), text]).lastrowid
        audit.record(db, "author.note", "author", aid, {"author_id": aid, "note_id": note_id, "chars": len(text)})
    return note_id


def link(db: Database, author_id, other_id) -> bool:
    """Record that two authors are the same person; False when they already were linked."""
    with write(db):
        a, b = exists(db, author_id), exists(db, other_id)
        if a == b:
            raise UsageError("an author cannot be linked to itself")
        if db.execute("SELECT 1 FROM author_links WHERE author_id = ? AND other_id = ?", [a, b]).fetchone():
            return False
        at, actor = now_iso(), audit.current_actor()
        db.conn.executemany("INSERT INTO author_links (author_id, other_id, linked_at, linked_by) VALUES (?,?,?,?)",
                            [(a, b, at, actor), (b, a, at, actor)])
        audit.record(db, "author.link", "author", a, {"author_id": a, "other_id": b})
    return True


def erase(db: Database, author_id) -> dict:
    """Erase what the team wrote about a person (notes, labels, links) on their request; the
    mentions, which the feeds published, stay. Returns how many of each were erased."""
    with write(db):
        aid = exists(db, author_id)
        gone = {
            "notes": db.execute("DELETE FROM author_notes WHERE author_id = ?", [aid]).rowcount,
            "labels": db.execute("DELETE FROM author_labels WHERE author_id = ?", [aid]).rowcount,
            "links": db.execute("DELETE FROM author_links WHERE author_id = ? OR other_id = ?", [aid, aid]).rowcount // 2,
        }
        audit.record(db, "author.erase", "author", aid, {"author_id": aid, **gone})
    return gone
