"""What the sources manager changes on a feed beyond enabling it: its name, interval, priority,
internal flag and reach; "retry now" for one feed and "poll now" for all of them. Each change is one audited transaction
(through sources' own change helper), and the same rules as adding a feed hold."""

from sqlite_utils import Database

from console.errors import UsageError
from console.ingest import sources
from console.store import audit, notify
from console.store.transaction import write
from console.timeutil import now_iso

EDITABLE = ("name", "interval_s", "priority", "internal", "reach")


def update(db: Database, source_id, **changes) -> dict:
    """Change some of EDITABLE; values equal to the stored ones are left out. Returns the feed."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UsageError(f"a feed's {', '.join(sorted(unknown))} cannot be edited")
    before = sources.get(db, source_id)
    values = {}
    if "name" in changes:
        values["name"] = (changes["name"] or "").strip() or None
    if "interval_s" in changes:
        values["interval_s"] = sources.checked_interval(changes["interval_s"])
    if "reach" in changes:
        if changes["reach"] not in sources.REACHES:
            raise UsageError(f"unknown reach {changes['reach']!r}; use one of: {', '.join(sources.REACHES)}")
        values["reach"] = changes["reach"]
    for flag in ("priority", "internal"):
        if flag in changes:
            values[flag] = int(bool(changes[flag]))
    if values.get("internal") == 0 and before["internal"]:
        sources.canonical_url(before["url"], internal=False)   # a private address stays internal
    values = {k: v for k, v in values.items() if v != (int(before[k]) if k in ("priority", "internal") else before[k])}
    if not values:
        return before
    return sources.apply_change(db, before["id"], "source.edit", **values)


def retry_now(db: Database, source_id) -> dict:
    """Make one feed due at the poller's next look, unless its server asked us to wait (Retry-After)."""
    src = sources.get(db, source_id)
    now = now_iso()
    if not src["enabled"]:
        raise UsageError(f"feed {src['id']} is disabled; enable it first")
    if src["retry_after"] and src["retry_after"] > now:
        raise UsageError(f"the server asked us to wait until {src['retry_after']} (Retry-After); it is polled then")
    changed = sources.apply_change(db, src["id"], "source.retry_now", next_poll=now)
    notify.wake_poller(db)
    return changed


def poll_all_now(db: Database) -> int:
    """Make every enabled feed due now, except those a server asked to wait (Retry-After), and
    ask the running poller (whichever desk runs it) to look now. Audited, like every operator
    action. Returns how many feeds were made due."""
    now = now_iso()
    with write(db):
        n = db.execute("UPDATE sources SET next_poll = ? WHERE enabled = 1 AND (next_poll IS NULL OR next_poll > ?) "
                       "AND (retry_after IS NULL OR retry_after <= ?)", [now, now, now]).rowcount
        audit.record(db, "feeds.poll_now", "sources", None, {"feeds": n})
        notify.wake_poller(db)
    return n
