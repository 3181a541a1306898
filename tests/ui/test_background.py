"""The background lanes, the poller client (a real poller process started and stopped, or
attached to when another process writes) and bulk triage in the store."""

import threading
import time

import pytest
from helpers import wall_samples
from PySide6.QtCore import QProcess

from console.errors import UsageError
from console.ingest.source_edits import poll_all_now
from console.store import audit, mentions
from console.ui import poller_client
from console.ui.poller_client import PollerClient
from console.ui.tasks import Tasks


def test_results_and_errors_come_back_on_the_gui_thread_in_lane_order(qtbot):
    tasks = Tasks()
    seen = []
    gui = threading.get_ident()

    def slow(x):
        time.sleep(0.02)
        return x, threading.get_ident()

    for i in range(5):
        tasks.run(slow, i, done=lambda r: seen.append((r[0], r[1] != gui, threading.get_ident() == gui)))
    errors = []
    tasks.run(lambda: 1 / 0, lane="write", failed=errors.append)
    qtbot.waitUntil(lambda: tasks.idle, timeout=3000)
    assert seen == [(i, True, True) for i in range(5)]
    assert isinstance(errors[0], ZeroDivisionError)
    tasks.shutdown()


def test_unhandled_errors_are_reported_and_nothing_runs_after_shutdown(qtbot):
    tasks = Tasks()
    with qtbot.waitSignal(tasks.failed) as failed:
        tasks.run(lambda: [][1], lane="io")
    assert isinstance(failed.args[1], IndexError)
    later = []
    tasks.run(lambda: time.sleep(0.1), done=lambda _r: later.append("late"))
    tasks.shutdown()
    assert tasks.run(lambda: 1, done=later.append) is None
    qtbot.wait(150)
    assert later == []


def test_poll_now_honours_retry_after_and_is_audited(db):
    wall_samples.add_sources(db)
    with db.atomic():
        db.execute("UPDATE sources SET next_poll = '2999-01-01T00:00:00Z'")
        db.execute("UPDATE sources SET retry_after = '2999-01-01T00:00:00Z' WHERE id = 2")
        db.execute("UPDATE sources SET enabled = 0 WHERE id = 3")
    assert poll_all_now(db) == len(wall_samples.SOURCES) - 2
    assert db.execute("SELECT id FROM sources WHERE next_poll > '2999'").fetchall() == [(2,), (3,)]
    assert audit.rows(db, 1)[0]["action"] == "feeds.poll_now"


def test_window_attaches_when_another_process_holds_the_writer_lock(qtbot, workspace):
    with workspace.writer_lock():
        client = PollerClient(workspace, offline=False)
        client.start_or_attach()
        assert client.attached and client.process is None and client.running


def test_window_starts_a_real_poller_and_stops_it(qtbot, workspace):
    client = PollerClient(workspace, offline=False)
    client.start_or_attach()
    p = client.process
    lock = workspace.folder / ".writer.lock"
    # The poller holds the writer lock and writes its pid in it (read, not probed: no contention).
    qtbot.waitUntil(lambda: lock.exists() and lock.read_text() == str(p.processId()), timeout=20000)
    assert client.running
    client.stop()
    assert p.state() == QProcess.ProcessState.NotRunning and not client.running
    workspace.writer_lock().acquire().release()                 # released with its process


def test_a_poller_that_fails_at_start_is_tried_again_only_after_a_pause(qtbot, tmp_path):
    """A poller that cannot run (here its workspace database is a folder) ends at once: the window
    does not start it again on the next tick, but after a pause that grows with each failure."""
    from console.workspace import Workspace

    broken = Workspace(tmp_path / "broken")
    broken.ensure_folder()
    broken.db_path.mkdir()
    client = PollerClient(broken, offline=False)
    client.start_or_attach()
    first = client.process
    qtbot.waitUntil(lambda: first.state() == QProcess.ProcessState.NotRunning, timeout=20000)
    qtbot.wait(50)      # its finished signal delivered
    client.keep_polling()
    assert client.process is first and not client.running
    assert client._next_try - time.monotonic() > poller_client.RETRY_S[0] - 1
    client._next_try = 0        # the pause is over
    client.keep_polling()
    assert client.process is not first
    qtbot.waitUntil(lambda: client.process.state() == QProcess.ProcessState.NotRunning, timeout=20000)
    qtbot.wait(50)
    assert client._next_try - time.monotonic() > poller_client.RETRY_S[1] - 1   # longer after the second


def test_offline_mode_starts_no_poller(qtbot, workspace):
    client = PollerClient(workspace, offline=True)
    client.start_or_attach()
    assert client.process is None and not client.running


def test_the_poller_command_runs_this_package():
    program, args = poller_client.poller_command("/w")
    assert args[-3:] == ["--workspace", "/w", "poll"]


def test_bulk_triage_is_all_or_nothing_with_one_audit_row_each(db):
    ids = wall_samples.realistic(db, 6)
    n = len(audit.rows(db))
    with pytest.raises(UsageError):
        mentions.apply_many(db, [ids[0], ids[1], 999999], mentions.set_status, "resolved")
    assert {r[0] for r in db.execute("SELECT status FROM mentions WHERE id IN (?, ?)", ids[:2])} != {"resolved"}
    assert len(audit.rows(db)) == n
    changes = mentions.apply_many(db, ids[:4], mentions.set_status, "resolved")
    assert len(changes) == 4 and len(audit.rows(db)) == n + 4
    mentions.undo_many(db, changes)
    assert [db.execute("SELECT status FROM mentions WHERE id = ?", [c["mention_id"]]).fetchone()[0]
            for c in changes] == [c["old"] for c in changes]
    assert len(audit.rows(db)) == n + 8 and audit.verify(db).ok
