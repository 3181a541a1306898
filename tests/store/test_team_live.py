"""Team mode, live: what one desk writes is announced to the others at once (LISTEN/NOTIFY), who
looks at which mention is known to every desk within seconds, and "Poll now" at any desk makes
the running poller look at once. Against the tests' own PostgreSQL cluster."""

import asyncio
import threading
import time

import pytest
from helpers import faultserver
from helpers.faultserver import FaultServer

from console.errors import WorkspaceError
from console.ingest import poller as poller_module
from console.ingest import sources
from console.ingest.poller import Poller
from console.ingest.source_edits import poll_all_now
from console.store import mentions, notify, open_db, pg_schema, presence
from console.store.transaction import write
from console.timeutil import now_iso


def arrived_within(listener, seconds: float = 2.0) -> list:
    deadline = time.monotonic() + seconds
    got = []
    while time.monotonic() < deadline:
        got += listener.arrived()
        if got:
            time.sleep(0.05)          # the rest of a burst
            return got + listener.arrived()
        time.sleep(0.02)
    return got


def add_mention(db, key="k1"):
    with write(db):
        sid = db.execute("INSERT INTO sources (url, name, added_at) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE "
                         "SET name = excluded.name RETURNING id", ["file:///f.xml", "Feed", now_iso()]).fetchone()[0]
        return db.execute("INSERT INTO mentions (source_id, dedupe_key, title, first_seen, sort_time) "
                          "VALUES (?, ?, 'Acme kettle', ?, ?)", [sid, key, now_iso(), now_iso()]).lastrowid


@pytest.fixture
def shared(pg_url):
    db = open_db(pg_url)
    yield db
    db.close()


def test_every_table_a_desk_shows_notifies_its_changes(shared):
    """A table added by a later step without its notice would never be live at the other desks."""
    found = {f"{s}.{t}" if s != "public" else t for s, t in shared.execute(
        "SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ('public', 'playbook')").fetchall()}
    quiet = {"audit", "playbook.audit", "schema_migrations", "desk_presence"}
    assert found - quiet == set(pg_schema.NOTIFIED_TABLES)


def test_a_change_at_one_desk_is_announced_to_another_with_its_table(shared, pg_url):
    listener = notify.listener(pg_url, notify.WINDOW_CHANNELS)
    try:
        assert listener.arrived() == []
        mid = add_mention(shared)
        assert "public.mentions" in notify.changed_tables(arrived_within(listener))
        mentions.set_status(shared, mid, "acknowledged")
        assert notify.changed_tables(arrived_within(listener)) == {"public.mentions"}
        with write(shared):
            shared.execute("INSERT INTO alerts (kind, raised_at) VALUES ('spike', ?)", [now_iso()])
        assert notify.changed_tables(arrived_within(listener)) == {"public.alerts"}
        shared.execute("SET search_path TO playbook")
        with write(shared):
            run = shared.execute("INSERT INTO runs (checklist_id, lang, title, started_at, started_by) "
                                 "VALUES ('c', 'en', 'Run', ?, 'dana')", [now_iso()]).lastrowid
            shared.execute("INSERT INTO run_items (run_id, n, item_id, text, owner) VALUES (?, 1, 'i', 't', 'o')", [run])
        arrived_within(listener)
        with write(shared):   # a tick
            shared.execute("UPDATE run_items SET ticked_at = ?, ticked_by = 'dana' WHERE run_id = ?", [now_iso(), run])
        assert notify.changed_tables(arrived_within(listener)) == {"playbook.run_items"}
    finally:
        shared.execute("SET search_path TO public")
        listener.close()


def test_a_lost_listener_says_so_in_one_line(pg_cluster, pg_url):
    listener = notify.listener(pg_url, notify.WINDOW_CHANNELS)
    pid = listener.execute("SELECT pg_backend_pid()").fetchone()[0]
    pg_cluster.sql(f"SELECT pg_terminate_backend({pid})")
    with pytest.raises(WorkspaceError, match="lost the connection") as e:
        for _ in range(20):     # the server's farewell is read first, then the end of the connection
            listener.arrived()
            time.sleep(0.05)
    assert pg_cluster.passwords["ccowner"] not in str(e.value)
    listener.close()


def test_presence_is_seen_by_the_others_at_once_and_gone_when_they_leave(shared, pg_url):
    mid = add_mention(shared)
    dana, lee = presence.open_for(pg_url), presence.open_for(pg_url)
    listener = notify.listener(pg_url, notify.WINDOW_CHANNELS)
    try:
        presence.announce(dana, "desk-dana", {mid: presence.VIEWING})
        assert notify.presence_mentions(arrived_within(listener)) == {mid}
        assert presence.others(lee, "desk-lee", mid) == [{"login": "ccowner", "name": "ccowner", "replying": False}]
        assert presence.others(dana, "desk-dana", mid) == []          # nobody else: not oneself
        presence.announce(dana, "desk-dana", {mid: presence.VIEWING})  # a renewal says nothing new
        assert notify.presence_mentions(arrived_within(listener, 0.5)) == set()
        presence.announce(dana, "desk-dana", {mid: presence.REPLYING})
        assert notify.presence_mentions(arrived_within(listener)) == {mid}
        assert presence.others(lee, "desk-lee", mid)[0]["replying"]
        presence.leave(dana, "desk-dana")
        assert notify.presence_mentions(arrived_within(listener)) == {mid}
        assert presence.others(lee, "desk-lee", mid) == []
    finally:
        for db in (dana, lee, listener):
            db.close()


def test_presence_nobody_says_again_is_ignored_after_a_few_seconds(shared, pg_url):
    mid = add_mention(shared)
    dana = presence.open_for(pg_url)
    try:
        presence.announce(dana, "gone-desk", {mid: presence.VIEWING})
        with write(dana):   # the desk crashed FRESH_S seconds ago: it said nothing since
            dana.execute(f"UPDATE desk_presence SET seen_at = now() - interval '{presence.FRESH_S + 1} seconds'")
        assert presence.others(dana, "another-desk", mid) == []
    finally:
        dana.close()


def test_presence_names_the_session_login_whatever_the_desk_sends(shared, pg_url):
    mid = add_mention(shared)
    with write(shared):
        shared.execute("INSERT INTO desk_presence (desk, mention_id, what, login) VALUES ('d', ?, 'viewing', 'ceo')",
                       [mid])
    assert [p["login"] for p in presence.others(shared, "mine", mid)] == ["ccowner"]


def test_presence_on_a_folder_is_nobody(db):
    assert presence.open_for("/some/folder") is None
    presence.announce(db, "desk", {1: presence.VIEWING})
    assert presence.others(db, "desk", 1) == []


def test_poll_now_at_any_desk_wakes_the_running_poller_at_once(shared, pg_url, monkeypatch):
    """The schedule alone would look again in a minute here; the notice makes it look now."""
    monkeypatch.setattr(poller_module, "REFRESH_S", 60.0)
    server = FaultServer()
    desk = open_db(pg_url)
    try:
        sid = sources.add(shared, server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 3))),
                          internal=True, interval_s=3600)["id"]
        poller_db = open_db(pg_url)
        asked = notify.listener(pg_url, [notify.POLL_NOW_CHANNEL])
        stop = asyncio.Event()
        loop = asyncio.new_event_loop()

        async def run():
            async with Poller(poller_db) as p:
                await p.run(stop, asked=asked)

        thread = threading.Thread(target=loop.run_until_complete, args=(run(),))
        thread.start()
        try:
            deadline = time.monotonic() + 60
            while not sources.get(shared, sid)["last_polled"] and time.monotonic() < deadline:
                time.sleep(0.05)    # the first pass (due at once) is stored: the next is in an hour
            assert server.hits("/a.xml") == 1 and sources.get(shared, sid)["next_poll"] > now_iso()
            time.sleep(0.3)
            t = time.monotonic()
            assert poll_all_now(desk) == 1
            while server.hits("/a.xml") < 2 and time.monotonic() - t < 10:
                time.sleep(0.02)
            took = time.monotonic() - t
        finally:
            loop.call_soon_threadsafe(stop.set)
            thread.join(30)
            asked.close()
            poller_db.close()
        assert server.hits("/a.xml") == 2 and took < 2.0, took
    finally:
        desk.close()
        server.close()
