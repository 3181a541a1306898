"""The main window on a shared workspace (team mode), against the tests' own PostgreSQL server: it
opens and shows the mentions, another desk's change is on screen within a second (pushed by
LISTEN/NOTIFY, no polling), the detail pane shows who else has the mention open and forgets them
when they leave, no second poller is started, and a server that cannot be used gives the
offline playbook."""

import os
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
from helpers import wall_samples
from helpers.window_wait import OFFSCREEN_NOISE, settle

from console.errors import WorkspaceError
from console.store import mentions, notify, open_db, presence, team
from console.store.pg import SessionLock
from console.store.transaction import write
from console.timeutil import now_iso
from console.ui.app import prepare_store
from console.ui.playbook import open_offline_window
from console.workspace import ENV_VAR, Workspace

pytestmark = OFFSCREEN_NOISE
LIVE_MS = 1000      # another desk's change is on screen within this


@pytest.fixture
def shared_ws(pg_url, tmp_path, monkeypatch):
    """A shared workspace with 60 mentions; this desk's local folder (its playbook copy) in the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ws = Workspace(pg_url)
    wall_samples.realistic(ws.db, 60)
    ws.close()
    return ws


@pytest.fixture
def other_desk(pg_url):
    """Another desk on the same workspace: the login `dana` of the team, named Dana Kim."""
    from helpers.pgcluster import DESKS

    owner = open_db(pg_url)
    team.add(owner, DESKS[0], name="Dana Kim")
    owner.close()
    parts = urlsplit(pg_url)
    yield pg_url.replace(f"{parts.username}:{parts.password}@", f"{DESKS[0]}:{{}}@")


def desk_url(other_desk, pg_cluster):
    return other_desk.format(pg_cluster.passwords["dana"])


def shown_row(w, mid):
    return w.wall.model.row_at(w.wall.model.row_for_id(mid))


def select(qtbot, w, row):
    w.wall.view.setCurrentIndex(w.wall.model.index(row, 0))
    settle(qtbot, w)


def test_the_window_opens_on_a_shared_workspace_and_shows_its_mentions(qtbot, open_window, shared_ws, pg_url):
    w = open_window(shared_ws)
    password = urlsplit(pg_url).password
    assert w.wall.model.rowCount() == 60 and w.count_label.text() == "60 active mentions"
    assert w.watcher.listening
    assert w.playbook.store is not None and w.playbook.checklist is not None
    assert "***" in w.workspace_label.text()
    assert password not in w.windowTitle() + w.workspace_label.text() + w.workspace_label.toolTip()
    assert "Not polling" in w.poller_label.text()
    for view in ("wall", "crisis", "checklist", "templates", "contacts", "incident", "authors"):
        w.show_view(view)
        settle(qtbot, w)


def test_another_desks_change_is_on_screen_within_a_second(qtbot, open_window, shared_ws, other_desk, pg_cluster):
    w = open_window(shared_ws)
    qtbot.waitUntil(lambda: w.watcher.listening, timeout=5000)
    mid = w.wall.model.row_at(0).id
    before = shown_row(w, mid).status
    desk = open_db(desk_url(other_desk, pg_cluster))
    try:
        changed_to = "in_progress" if before != "in_progress" else "acknowledged"
        mentions.set_status(desk, mid, changed_to)
        qtbot.waitUntil(lambda: shown_row(w, mid).status == changed_to, timeout=LIVE_MS)
        mentions.assign(desk, mid, "Dana")
        qtbot.waitUntil(lambda: shown_row(w, mid).assignee == "Dana", timeout=LIVE_MS)
        with write(desk):   # a new mention, as the poller stores it
            sid = desk.execute("SELECT min(id) FROM sources").fetchone()[0]
            new = desk.execute("INSERT INTO mentions (source_id, dedupe_key, title, first_seen, sort_time, level) "
                               "VALUES (?, 'live-1', 'Acme kettle recall rumour', ?, ?, 'high')",
                               [sid, now_iso(), now_iso()]).lastrowid
        qtbot.waitUntil(lambda: w.wall.model.row_for_id(new) >= 0, timeout=LIVE_MS)
    finally:
        desk.close()


def test_a_tick_at_another_desk_is_on_the_checklist_at_once(qtbot, open_window, shared_ws, pg_url):
    from console.playbook import runs, shared

    w = open_window(shared_ws)
    qtbot.waitUntil(lambda: w.watcher.listening, timeout=5000)
    w.show_view("checklist")
    panel = w.playbook.checklist
    other = shared.open_shared(pg_url, shared_ws.folder)
    try:
        run_id = runs.start(other, panel.checklist_id, panel.language.lang)
        panel.show_run(run_id)
        assert panel.progress.value() == 0
        runs.tick(other, run_id, 1)
        qtbot.waitUntil(lambda: panel.progress.value() == 1, timeout=LIVE_MS)
    finally:
        other.close()


def test_presence_shows_who_else_has_the_mention_open_and_forgets_them(qtbot, open_window, shared_ws, other_desk,
                                                                       pg_cluster):
    w = open_window(shared_ws)
    qtbot.waitUntil(lambda: w.watcher.listening, timeout=5000)
    select(qtbot, w, 0)
    mid = w.wall.detail.mention_id
    label = w.wall.detail.presence
    assert not label.isVisible()
    dana = presence.open_for(desk_url(other_desk, pg_cluster))
    try:
        # This desk is seen by the other within a heartbeat.
        qtbot.waitUntil(lambda: [p["login"] for p in presence.others(dana, "dana-desk", mid)] == ["ccowner"],
                        timeout=5000)
        presence.announce(dana, "dana-desk", {mid: presence.VIEWING})
        qtbot.waitUntil(lambda: label.isVisible() and label.text() == "Also viewing: Dana Kim", timeout=LIVE_MS)
        presence.announce(dana, "dana-desk", {mid: presence.REPLYING})
        qtbot.waitUntil(lambda: label.text() == "Replying now: Dana Kim", timeout=LIVE_MS)
        presence.leave(dana, "dana-desk")
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=LIVE_MS)
        # A desk that stops saying it (crashed, cut off) is gone within seconds.
        presence.announce(dana, "dana-desk", {mid: presence.VIEWING})
        qtbot.waitUntil(lambda: label.isVisible(), timeout=LIVE_MS)
        with write(dana):
            dana.execute(f"UPDATE desk_presence SET seen_at = now() - interval '{presence.FRESH_S + 1} seconds' "
                         "WHERE desk = 'dana-desk'")
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)
        # Another mention: nobody there.
        presence.announce(dana, "dana-desk", {mid: presence.VIEWING})
        select(qtbot, w, 1)
        assert not label.isVisible()
    finally:
        dana.close()
    # Closing the window says goodbye: its desk is gone at once.
    w.close()
    watcher = open_db(desk_url(other_desk, pg_cluster))
    try:
        qtbot.waitUntil(lambda: presence.others(watcher, "dana-desk", w.wall.detail.mention_id) == [], timeout=3000)
    finally:
        watcher.close()


def test_a_window_starts_no_poller_while_another_holds_the_lock_and_asks_it_to_poll(qtbot, open_window, shared_ws,
                                                                                     pg_url):
    lock = SessionLock(pg_url).acquire()       # the team's running `poll`
    heard = notify.listener(pg_url, [notify.POLL_NOW_CHANNEL])
    try:
        w = open_window(shared_ws, start_poller=True)
        qtbot.waitUntil(lambda: w.poller.attached, timeout=5000)
        assert w.poller.process is None and w.poller.running
        w.poll_now()
        settle(qtbot, w)
        deadline = time.monotonic() + 3
        arrived = []
        while not arrived and time.monotonic() < deadline:
            arrived = heard.arrived()
            qtbot.wait(20)
        assert [c for c, _p in arrived] == [notify.POLL_NOW_CHANNEL]
        assert w.poller.process is None
    finally:
        heard.close()
        lock.release()


def test_a_window_on_a_free_shared_workspace_starts_the_poller_which_takes_the_lock(qtbot, open_window, shared_ws,
                                                                                    pg_url):
    w = open_window(shared_ws, start_poller=True)
    qtbot.waitUntil(lambda: w.poller.process is not None, timeout=5000)
    assert pg_url not in " ".join(w.poller.process.arguments())   # the URL (and its password) is not on the command line

    def held() -> bool:
        try:
            SessionLock(pg_url).acquire().release()
        except WorkspaceError:
            return True
        return False

    qtbot.waitUntil(held, timeout=30000)
    w.poller.stop()
    assert not held()


def test_a_window_takes_over_when_the_teams_poller_dies(qtbot, open_window, shared_ws, pg_url):
    """The team's headless `poll` is killed (its computer went off): a window attached to it starts
    its own poller within a few status refreshes, so the workspace is not left unpolled."""
    env = {**os.environ, ENV_VAR: pg_url}
    team_poller = subprocess.Popen([sys.executable, "-m", "console", "poll"], env=env, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert "polling on schedule" in team_poller.stdout.readline()
        w = open_window(shared_ws, start_poller=True)
        qtbot.waitUntil(lambda: w.poller.attached, timeout=5000)
        assert w.poller.process is None
        team_poller.kill()
        team_poller.wait(10)
        qtbot.waitUntil(lambda: w.poller.process is not None, timeout=20000)
        assert not w.poller.attached
        with pytest.raises(WorkspaceError, match="another poller"):
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:    # the window's poller takes the lock once it has started
                SessionLock(pg_url).acquire().release()
                qtbot.wait(200)
        w.poller.stop()
    finally:
        if team_poller.poll() is None:
            team_poller.kill()


def test_a_shared_workspace_that_cannot_be_used_opens_the_offline_playbook_at_once(qtbot, open_window, shared_ws,
                                                                                    pg_url):
    open_window(shared_ws).close()    # a first start: this desk's copy of the shared playbook is made
    offline = Workspace(pg_url, offline=True)
    with pytest.raises(WorkspaceError) as e:
        prepare_store(offline)
    t = time.monotonic()
    window = open_offline_window(offline, str(e.value))
    took = time.monotonic() - t
    qtbot.addWidget(window)
    assert took < 1.0, took
    assert window.store.problem and "copy" in window.store.problem
    assert window.checklist is not None
    window.store.close()


def test_an_unreachable_server_is_one_line_within_the_connect_timeout(pg_cluster):
    from helpers.faultserver import closed_port

    url = f"postgresql://dana:{pg_cluster.passwords['dana']}@127.0.0.1:{closed_port()}/nodb"
    t = time.monotonic()
    with pytest.raises(WorkspaceError) as e:
        prepare_store(Workspace(url))
    assert time.monotonic() - t < 6
    assert "\n" not in str(e.value) and pg_cluster.passwords["dana"] not in str(e.value)


def test_back_up_writes_the_shared_workspaces_portable_copy(qtbot, open_window, shared_ws, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = open_window(shared_ws)
    target = tmp_path / "portable"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.back_up()
    settle(qtbot, w)
    copy = Workspace(target)
    try:
        assert copy.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 60
    finally:
        copy.close()
