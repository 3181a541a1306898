"""A subject-access export: everything the workspace holds about one author (the profile, what
the team wrote about them, and every one of their mentions) in one JSON file. The export is
audited (by author id and count; the file's content stays out of the log)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from console.authors import profiles
from console.files import write_user_file
from console.store import audit
from console.store.transaction import write
from console.timeutil import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

FORMAT = "crisis-console/author-export/1"


def export(db: Database, author_id, path) -> dict:
    """Write the author's export to `path` (replaced whole, never half-written); returns its summary."""
    profile = profiles.show(db, author_id, recent=0)
    del profile["recent_mentions"]     # every mention follows
    mentions = profiles.mentions_of(db, profile["id"])
    doc = {"format": FORMAT, "exported_at": now_iso(), "author": profile, "mentions": mentions}
    write_user_file(Path(path), json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
    with write(db):
        audit.record(db, "author.export", "author", profile["id"],
                     {"author_id": profile["id"], "mentions": len(mentions), "notes": len(profile["notes"])})
    return {"author_id": profile["id"], "mentions": len(mentions), "path": str(path)}
