"""Running a checklist: a run copies the checklist's items when it starts, then records who ticked
what and when. Overdue means not ticked and past its time target, counted from the start of the run.
Every action is one transaction with its audit row. A drill resets its run; the audit keeps the past."""

from datetime import timedelta

from console.errors import UsageError
from console.playbook.store import PlaybookStore
from console.store.audit import current_actor
from console.store.rows import as_dict, as_dicts
from console.timeutil import from_iso, now_iso, to_iso, utcnow


def start(store: PlaybookStore, checklist_id: str, lang: str | None = None, incident_id: str | None = None,
          by: str | None = None) -> int:
    pb = store.playbook(lang)
    cl = pb.checklist(checklist_id)
    by = by or current_actor()
    with store.change("checklist.start", "run", None,
                      {"checklist": cl.id, "lang": pb.lang, "incident": incident_id}, actor=by, content=False) as rec:
        cur = store.db.execute(
            "INSERT INTO runs (checklist_id, lang, title, incident_id, started_at, started_by) VALUES (?,?,?,?,?,?)",
            [cl.id, pb.lang, cl.title, incident_id, now_iso(), by])
        run_id = rec.target_id = cur.lastrowid
        for n, it in enumerate(cl.items, 1):
            store.db.execute("INSERT INTO run_items (run_id, n, item_id, text, owner, due_min) VALUES (?,?,?,?,?,?)",
                             [run_id, n, it.id, it.text, it.owner, it.due_min])
    return run_id


def tick(store: PlaybookStore, run_id, item, by: str | None = None, note: str | None = None,
         at: str | None = None) -> dict:
    """Tick an item (by number or id). Ticking a ticked item changes nothing and says who did it.
    `at`: when it was ticked, if not now (a tick made offline, sent later)."""
    run_id, n = _item(store, run_id, item)
    row = _row(store, run_id, n)
    if row["ticked_at"]:
        return row
    by = by or current_actor()
    with store.change("checklist.tick", "run", run_id, {"item": row["item_id"], "n": n, "note": note},
                      actor=by, content=False):
        store.db.execute("UPDATE run_items SET ticked_at = ?, ticked_by = ?, note = coalesce(?, note) "
                         "WHERE run_id = ? AND n = ?", [at or now_iso(), by, note, run_id, n])
    return _row(store, run_id, n)


def untick(store: PlaybookStore, run_id, item, by: str | None = None) -> dict:
    run_id, n = _item(store, run_id, item)
    row = _row(store, run_id, n)
    if row["ticked_at"]:
        with store.change("checklist.untick", "run", run_id,
                          {"item": row["item_id"], "n": n, "was": [row["ticked_at"], row["ticked_by"]]},
                          actor=by, content=False):
            store.db.execute("UPDATE run_items SET ticked_at = NULL, ticked_by = NULL WHERE run_id = ? AND n = ?",
                             [run_id, n])
    return _row(store, run_id, n)


def set_note(store: PlaybookStore, run_id, item, text: str, by: str | None = None) -> None:
    """The note of an item, or of the whole run when `item` is None."""
    if item is None:
        run_id = _run(store, run_id)["id"]
        with store.change("checklist.note", "run", run_id, {"note": text}, actor=by, content=False):
            store.db.execute("UPDATE runs SET notes = ? WHERE id = ?", [text, run_id])
        return
    run_id, n = _item(store, run_id, item)
    with store.change("checklist.note", "run", run_id, {"n": n, "note": text}, actor=by, content=False):
        store.db.execute("UPDATE run_items SET note = ? WHERE run_id = ? AND n = ?", [text, run_id, n])


def reset(store: PlaybookStore, run_id, by: str | None = None) -> None:
    """For a drill: every tick and note cleared and the clock restarted; the audit log keeps the old ones."""
    run = _run(store, run_id)
    ticked = store.db.execute("SELECT count(*) FROM run_items WHERE run_id = ? AND ticked_at IS NOT NULL",
                              [run["id"]]).fetchone()[0]
    with store.change("checklist.reset", "run", run["id"], {"was_started": run["started_at"], "ticked": ticked},
                      actor=by, content=False):
        store.db.execute("UPDATE run_items SET ticked_at = NULL, ticked_by = NULL, note = '' WHERE run_id = ?",
                         [run["id"]])
        store.db.execute("UPDATE runs SET started_at = ?, notes = '' WHERE id = ?", [now_iso(), run["id"]])


def state(store: PlaybookStore, run_id, now=None) -> dict:
    """The run as the panel and `checklist show` present it: items, progress, what is overdue."""
    run = _run(store, run_id)
    now = now or utcnow()
    started = from_iso(run["started_at"])
    try:
        pb = store.playbook(run["lang"])
    except UsageError:  # the language was removed since: show the role ids
        pb = None
    cur = store.db.execute("SELECT n, item_id, text, owner, due_min, ticked_at, ticked_by, note FROM run_items "
                           "WHERE run_id = ? ORDER BY n", [run["id"]])
    items = []
    for n, item_id, text, owner, due_min, ticked_at, ticked_by, note in cur.fetchall():
        due_at = started + timedelta(minutes=due_min) if due_min is not None else None
        done_at = from_iso(ticked_at)
        items.append({
            "n": n, "id": item_id, "text": text, "owner": owner, "owner_title": pb.role_title(owner) if pb else owner,
            "due_min": due_min, "due_at": to_iso(due_at) if due_at else None,
            "ticked_at": ticked_at, "ticked_by": ticked_by, "note": note,
            "overdue": bool(due_at and not done_at and now > due_at),
            "late": bool(due_at and done_at and done_at > due_at),
        })
    done = sum(1 for i in items if i["ticked_at"])
    return dict(run, items=items, done=done, total=len(items),
                percent=round(100 * done / len(items)) if items else 100,
                overdue=sum(1 for i in items if i["overdue"]))


def list_runs(store: PlaybookStore, checklist_id: str | None = None, lang: str | None = None) -> list[dict]:
    """Runs, newest first, with their progress; of one checklist and one language if given."""
    sql = ("SELECT r.id, r.checklist_id, r.lang, r.title, r.incident_id, r.started_at, r.started_by, "
           "count(i.n) AS total, count(i.ticked_at) AS done FROM runs r JOIN run_items i ON i.run_id = r.id "
           "WHERE (? IS NULL OR r.checklist_id = ?) AND (? IS NULL OR r.lang = ?)")
    return as_dicts(store.db.execute(sql + " GROUP BY r.id ORDER BY r.id DESC", [checklist_id, checklist_id, lang, lang]))


def _run(store: PlaybookStore, run_id) -> dict:
    try:
        run_id = int(run_id)
    except (TypeError, ValueError):
        raise UsageError(f"not a run id: {run_id!r}") from None
    row = as_dict(store.db.execute("SELECT * FROM runs WHERE id = ?", [run_id]))
    if row is None:
        raise UsageError(f"no checklist run with id {run_id}")
    return row


def _item(store: PlaybookStore, run_id, item) -> tuple[int, int]:
    """(run id, item number) from an item number (1-based, as shown) or an item id."""
    run_id = _run(store, run_id)["id"]
    text = str(item).strip()
    if text.isdigit():
        row = store.db.execute("SELECT n FROM run_items WHERE run_id = ? AND n = ?", [run_id, int(text)]).fetchone()
    else:
        row = store.db.execute("SELECT n FROM run_items WHERE run_id = ? AND item_id = ?", [run_id, text]).fetchone()
    if row is None:
        total = store.db.execute("SELECT count(*) FROM run_items WHERE run_id = ?", [run_id]).fetchone()[0]
        raise UsageError(f"run {run_id} has no item {text!r} (give a number from 1 to {total} or an item id)")
    return run_id, row[0]


def _row(store: PlaybookStore, run_id: int, n: int) -> dict:
    return as_dict(store.db.execute("SELECT n, item_id, text, owner, due_min, ticked_at, ticked_by, note FROM run_items "
                                    "WHERE run_id = ? AND n = ?", [run_id, n]))
