"""Copy every row of one workspace database into another, whatever the two engines: moving a
desk's folder into a shared workspace, a shared workspace's portable copy (backup), and a desk's
local copy of the shared playbook.

Rows keep their ids, so references, the audit rows and their hashes arrive as they were and the
chain still verifies. The source is read in one snapshot (a poller writing meanwhile changes
nothing of the copy); the target is written in one transaction, so it is whole or untouched."""

from __future__ import annotations

from console.errors import UsageError
from console.store import catalog
from console.store.catalog import quoted
from console.store.engine import POSTGRES, engine_of
from console.store.transaction import snapshot, write

BATCH = 2000


def _batches(db, sql: str):
    if engine_of(db) == POSTGRES:
        yield from db.batches(sql, BATCH)
        return
    cur = db.execute(sql)
    while rows := cur.fetchmany(BATCH):
        yield rows


def occupied(db) -> list[str]:
    """The tables of `db` that hold rows already (a target must hold none)."""
    return [name for name in sorted(catalog.tables(db))
            if db.execute(f"SELECT 1 FROM {quoted(name)} LIMIT 1").fetchone()]


def copy_rows(src, dst, *, into_empty: bool = True) -> dict[str, int]:
    """Copy the rows of every table both databases hold from `src` into `dst`; rows per table.
    Call inside a write transaction of `dst` (the caller adds its own audit row there).
    `into_empty=False` lets the caller clear the target itself first (a refreshed local copy)."""
    theirs, ours = catalog.tables(src), catalog.tables(dst)
    if into_empty and (full := occupied(dst)):
        raise UsageError(f"the target already holds data (in {', '.join(full[:4])}); "
                         "copy into an empty database or a new folder")
    counts: dict[str, int] = {}
    with snapshot(src):
        for table in catalog.in_dependency_order({n: t for n, t in ours.items() if n in theirs}):
            cols = [c for c in table.columns if c in theirs[table.name].columns]
            names = ", ".join(map(quoted, cols))
            insert = f"INSERT INTO {quoted(table.name)} ({names}) VALUES ({', '.join('?' * len(cols))})"
            counts[table.name] = 0
            for rows in _batches(src, f"SELECT {names} FROM {quoted(table.name)} ORDER BY 1"):
                dst.conn.executemany(insert, rows)
                counts[table.name] += len(rows)
    if engine_of(dst) == POSTGRES:
        _advance_identities(dst, [n for n, c in counts.items() if c and "id" in ours[n].columns])
    return counts


def _advance_identities(db, names: list[str]) -> None:
    """Rows arrived with their ids: the next id each table hands out comes after them."""
    for name in names:
        db.execute(f"SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM {quoted(name)})) "
                   f"WHERE pg_get_serial_sequence(?, 'id') IS NOT NULL", [name, name])


def copy_database(src, dst, record) -> dict[str, int]:
    """`copy_rows` in one write transaction of `dst`, which `record(dst, counts)` closes with the
    target's own audit row of the copy."""
    with write(dst):
        counts = copy_rows(src, dst)
        record(dst, counts)
    return counts
