"""A workspace stored before author profiles existed gets them when it is migrated: every
(source, handle) becomes an author, every mention points at its author, the figures are right."""

import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from console.authors import team
from console.errors import UsageError
from console.store import open_db
from console.store.authors import handle_key
from console.store.schema import migrations


def test_migration_backfills_authors_of_existing_mentions(tmp_path):
    db = open_db(tmp_path / "console.db", migrate=False)
    migrations.apply(db, stop_before="m060_authors")  # the release before authors
    for sid in (1, 2):
        db.execute("INSERT INTO sources (id, url, added_at) VALUES (?, ?, '2026-01-01T00:00:00Z')", [sid, f"u{sid}"])
    rows = [(1, "a", "Gus", "2026-01-01T10:00:00Z", 1, 40, 900), (1, "b", "@gus ", "2026-01-03T10:00:00Z", 1, 55, None),
            (1, "c", "ann", "2026-01-02T10:00:00Z", 0, 10, None), (2, "d", "gus", "2026-01-02T10:00:00Z", 0, 5, None),
            (1, "e", None, "2026-01-02T10:00:00Z", 1, 60, None)]
    db.conn.executemany("INSERT INTO mentions (source_id, dedupe_key, author, sort_time, first_seen, negative, severity, "
                        "author_followers) VALUES (?,?,?,?,?,?,?,?)",
                        [(s, k, a, t, t, n, sev, f) for s, k, a, t, n, sev, f in rows])
    db.conn.commit()
    db.conn.close()
    db = open_db(tmp_path / "console.db")
    got = db.execute("SELECT source_id, handle, name, first_seen, last_seen, mention_count, negative_count, max_severity, "
                     "reach, first_negative, last_negative FROM authors ORDER BY source_id, handle").fetchall()
    assert got == [(1, "ann", "ann", "2026-01-02T10:00:00Z", "2026-01-02T10:00:00Z", 1, 0, 10, None, None, None),
                   (1, "gus", "@gus", "2026-01-01T10:00:00Z", "2026-01-03T10:00:00Z", 2, 2, 55, 900,
                    "2026-01-01T10:00:00Z", "2026-01-03T10:00:00Z"),
                   (2, "gus", "gus", "2026-01-02T10:00:00Z", "2026-01-02T10:00:00Z", 1, 0, 5, None, None, None)]
    assert db.execute("SELECT dedupe_key FROM mentions WHERE author_id IS NULL").fetchall() == [("e",)]
    assert isinstance(db, sqlite_utils.Database)


@given(st.text(max_size=60))
def test_a_handle_key_ignores_case_spaces_and_a_leading_at(name):
    key = handle_key(name)
    assert handle_key(f"  @{name} ") == key and handle_key(name.casefold()) == key
    assert key is None or (key == key.strip() and not key.startswith("@") and len(key) <= 200)


@settings(max_examples=200)
@given(st.text(max_size=80))
def test_any_label_text_is_stored_normalised_or_refused(text):
    try:
        label = team.normalise_label(text)
    except UsageError:
        assert not text.split()
        return
    assert label == " ".join(label.split()) and 0 < len(label) <= team.LABEL_CAP
    assert team.normalise_label(label) == label
