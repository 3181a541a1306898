"""The people of a shared workspace (team mode): which database logins work at a desk, and what
the engine lets them do. Only the workspace's owner changes the team.

Privileges are the engine's, not only the triggers': a desk group role per database holds
SELECT, INSERT and UPDATE on the workspace's tables, DELETE only where rows are meant to go
(settings, incident membership, presence), never DELETE or TRUNCATE on mentions, never UPDATE, DELETE or
TRUNCATE on the audit, and no CREATE on the schema. `add` grants a login that group and links it
to a person; `remove` revokes it (the audit keeps what the person did).
"""

from __future__ import annotations

import re

from console.errors import UsageError
from console.store import audit
from console.store.engine import POSTGRES, engine_of
from console.store.rows import as_dicts
from console.store.transaction import write
from console.timeutil import now_iso

# The workspace's schemas: its own, and the shared playbook's (console.playbook.shared).
SCHEMAS = ("public", "playbook")
# Tables a desk may delete rows of (each a setting, a link, a person of the crisis team or who is
# looking at what right now, never a record of what happened).
DESK_DELETES = {"public": ("settings", "incident_mentions", "desk_presence"), "playbook": ("settings", "contacts")}
APPEND_ONLY = ("audit", "incident_events")


def _rights(schema: str, table: str) -> str:
    if table in APPEND_ONLY:
        return "SELECT, INSERT"
    if table in ("schema_migrations", "team_members"):
        return "SELECT"
    if table in DESK_DELETES[schema]:
        return "SELECT, INSERT, UPDATE, DELETE"
    return "SELECT, INSERT, UPDATE"


def _require_shared(db) -> None:
    if engine_of(db) != POSTGRES:
        raise UsageError("team commands need a shared workspace: --workspace postgresql://USER@HOST:PORT/DBNAME")


def regrant_after_migration(db) -> None:
    """Tables a migration added get the desks' privileges at once (when the workspace has desks)."""
    if db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [desk_role(db)]).fetchone():
        grant_desk_privileges(db)


def desk_role(db) -> str:
    """The group role of this database's desks (role names are per cluster, so it names the database)."""
    name = db.execute("SELECT current_database()").fetchone()[0]
    return "cc_desk_" + re.sub(r"[^a-z0-9_]", "_", name.lower())[:50]


def _quoted(db, ident: str) -> str:
    return db.execute("SELECT quote_ident(?)", [ident]).fetchone()[0]


def grant_desk_privileges(db) -> str:
    """Create the desk group role if needed and (re)grant it exactly its privileges on every
    table of the workspace; its quoted name."""
    role = _quoted(db, desk_role(db))
    if not db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [desk_role(db)]).fetchone():
        db.execute(f"CREATE ROLE {role} NOLOGIN")
    if db.execute("SELECT has_schema_privilege('public', 'public', 'CREATE')").fetchone()[0]:
        db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")  # PostgreSQL before 15 grants it
    for schema in SCHEMAS:
        db.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        tables = [r[0] for r in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = ?", [schema]).fetchall()]
        for t in tables:
            table = f"{schema}.{_quoted(db, t)}"
            db.execute(f"REVOKE ALL ON {table} FROM {role}")
            db.execute(f"GRANT {_rights(schema, t)} ON {table} TO {role}")
        db.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
    return role


def add(db, login: str, name: str | None = None, role_id: str | None = None) -> dict:
    _require_shared(db)
    if not db.execute("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin", [login]).fetchone():
        raise UsageError(f"no database login {login!r}: create it first (CREATE ROLE {login} LOGIN PASSWORD ...)")
    with write(db):
        group = grant_desk_privileges(db)
        db.execute(f"GRANT {group} TO {_quoted(db, login)}")
        db.execute("INSERT INTO team_members (login, name, role_id, added_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (login) DO UPDATE SET name = excluded.name, role_id = excluded.role_id",
                   [login, name or login, role_id, now_iso()])
        audit.record(db, "team.add", "login", login, {"name": name or login, "role": role_id})
    return {"login": login, "name": name or login, "role_id": role_id}


def remove(db, login: str) -> None:
    _require_shared(db)
    with write(db):
        if db.execute("DELETE FROM team_members WHERE login = ?", [login]).rowcount == 0:
            raise UsageError(f"{login!r} is not in the team (see team list)")
        db.execute(f"REVOKE {_quoted(db, desk_role(db))} FROM {_quoted(db, login)}")
        audit.record(db, "team.remove", "login", login)


def members(db) -> list[dict]:
    _require_shared(db)
    return as_dicts(db.execute("SELECT login, name, role_id, added_at FROM team_members ORDER BY login"))
