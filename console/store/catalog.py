"""What a workspace database holds, asked of the engine itself: its tables, their stored columns
and which tables each one refers to. Copying a workspace between engines (console.store.copy)
needs no list of tables of its own, so a new migration is copied without anyone remembering to.

Left out: the migrations' bookkeeping, who is looking at what right now (team mode), SQLite's full-text tables (the target rebuilds its own
index as rows arrive) and PostgreSQL's generated columns (computed from the others)."""

from __future__ import annotations

from dataclasses import dataclass, field

from console.store.engine import POSTGRES, engine_of

BOOKKEEPING = ("_sqlite_migrations", "schema_migrations", "desk_presence")  # desk_presence: who looks now


@dataclass
class Table:
    name: str
    columns: list[str]
    refers_to: set[str] = field(default_factory=set)


def quoted(name: str) -> str:
    """A table or column name as an SQL identifier, on either engine."""
    return '"' + name.replace('"', '""') + '"'


def tables(db) -> dict[str, Table]:
    found = _postgres(db) if engine_of(db) == POSTGRES else _sqlite(db)
    return {t.name: t for t in found if t.name not in BOOKKEEPING}


def _sqlite(db) -> list[Table]:
    names = [r[1] for r in db.execute("PRAGMA table_list").fetchall()
             if r[0] == "main" and r[2] == "table" and not r[1].startswith("sqlite_")]
    out = []
    for name in names:
        cols = [r[1] for r in db.execute(f"PRAGMA table_xinfo({quoted(name)})").fetchall() if r[6] == 0]
        refs = {r[2] for r in db.execute(f"PRAGMA foreign_key_list({quoted(name)})").fetchall()} - {name}
        out.append(Table(name, cols, refs))
    return out


def _postgres(db) -> list[Table]:
    """The tables of the connection's current schema (`public`, or `playbook` for the shared playbook)."""
    cols: dict[str, list[str]] = {}
    for table, column in db.execute(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
            "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER' "
            "ORDER BY c.table_name, c.ordinal_position").fetchall():
        cols.setdefault(table, []).append(column)
    refs: dict[str, set[str]] = {}
    for table, other in db.execute(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
            "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace").fetchall():
        refs.setdefault(table.split(".")[-1], set()).add(other.split(".")[-1])
    return [Table(name, columns, refs.get(name, set()) - {name}) for name, columns in cols.items()]


def in_dependency_order(found: dict[str, Table]) -> list[Table]:
    """Every table after the tables it refers to (a row's references exist before it arrives)."""
    done: list[Table] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen or name not in found:
            return
        seen.add(name)
        for other in sorted(found[name].refers_to):
            visit(other)
        done.append(found[name])

    for name in sorted(found):
        visit(name)
    return done
