"""Being told at once that someone else changed a shared workspace (team mode).

A connection of its own LISTENs; its socket turns readable when a notification arrives, and
`arrived()` then reads what came without waiting. So a window (Qt's QSocketNotifier) or the
poller (asyncio's add_reader) waits in its own event loop, with no polling and no blocked thread.
pg_schema's triggers notify on every write to what a desk shows (CHANGE_CHANNEL, with the table's
name) and on presence (PRESENCE_CHANNEL, with the mention's id); "Poll now" notifies the running
poller (POLL_NOW_CHANNEL).

A folder workspace has one desk: its window reads SQLite's data_version (console.store.db) and
its poller looks at the schedule every few seconds, so nothing here applies to it.
"""

from __future__ import annotations

from console.store.engine import POSTGRES, engine_of
from console.store.pg_schema import CHANGE_CHANNEL, PRESENCE_CHANNEL

POLL_NOW_CHANNEL = "cc_poll_now"
WINDOW_CHANNELS = (CHANGE_CHANNEL, PRESENCE_CHANNEL)


def listener(url: str, channels):
    """A connection to the shared workspace at `url` that hears `channels`: `fileno()`, `arrived()`
    (a list of (channel, payload); WorkspaceError once the connection is lost) and `close()`.
    Opening it may take the connection timeout: never on a GUI thread."""
    from console.store.pg import open_reader  # here: a folder workspace never loads the driver

    return open_reader(url, listen=channels)


def changed_tables(arrived) -> set[str]:
    """The tables (`schema.table`) that notices of CHANGE_CHANNEL among `arrived` name."""
    return {payload for channel, payload in arrived if channel == CHANGE_CHANNEL}


def presence_mentions(arrived) -> set[int]:
    """The mentions whose presence changed, from the notices of PRESENCE_CHANNEL among `arrived`."""
    return {int(payload) for channel, payload in arrived if channel == PRESENCE_CHANNEL and payload.isdigit()}


def wake_poller(db) -> None:
    """Ask the running poller to look at its schedule now (sent when the transaction commits).
    On a folder workspace the poller looks every few seconds anyway."""
    if engine_of(db) == POSTGRES:
        db.execute("SELECT pg_notify(?, '')", [POLL_NOW_CHANNEL])
