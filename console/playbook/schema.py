"""The schema of `playbook.db`, as its own sqlite-utils migrations (append-only, like the main ones).

The audit table repeats the main database's audit design (same columns, same refusal of UPDATE and
DELETE), so `console.store.audit` records and verifies it unchanged."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from console.store import audit

migrations = Migrations("crisis-console-playbook")


@migrations()
def m001_playbook(db: Database) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    # One validated document per language: the content is edited and exchanged as a whole.
    db.execute("CREATE TABLE playbooks (lang TEXT PRIMARY KEY, doc TEXT NOT NULL, updated_at TEXT NOT NULL)")
    db.execute("""
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            role TEXT NOT NULL DEFAULT '',   -- a role id, '' when not assigned yet
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            backup TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("""
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            checklist_id TEXT NOT NULL,
            lang TEXT NOT NULL,
            title TEXT NOT NULL,
            incident_id TEXT,
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''
        )""")
    # The items are copied when a run starts, so editing the checklist never rewrites a run's history.
    db.execute("""
        CREATE TABLE run_items (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            n INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due_min INTEGER,
            ticked_at TEXT,
            ticked_by TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (run_id, n)
        )""")
    db.execute("""
        CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            template_id TEXT,
            lang TEXT,
            channel TEXT,
            target_type TEXT CHECK (target_type IN ('mention', 'incident')),
            target_id TEXT,
            text TEXT NOT NULL
        )""")
    audit.create_table(db)
