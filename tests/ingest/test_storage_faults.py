"""Storage faults around ingest: kill -9 during polls, and a backup taken while the poller writes."""

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from helpers import faultserver, killharness

from console.ingest import sources
from console.workspace import Workspace

FEEDS = 20


@pytest.fixture
def growing(tmp_path, server):
    folder = tmp_path / "ws"
    ws = Workspace(folder)
    for i in range(FEEDS):
        sources.add(ws.db, server.url(f"/grow/{i}.xml"), internal=True)
    ws.close()
    return folder


@pytest.mark.slow
def test_kill_9_during_polls_loses_and_duplicates_nothing(growing, server):
    first, end = killharness.first_commit_s(growing)
    tally = killharness.run_cycles(growing, 3, (max(0.1, first - 0.2), end + 0.1), random.Random(11))
    assert (tally.cycles, tally.bad_integrity, tally.lost, tally.duplicated) == (3, 0, 0, 0)
    # One pass to the end afterwards: every entry of every window, exactly once.
    r = subprocess.run(killharness.poll_command(growing), capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    integrity, keys, dupes = killharness.snapshot(growing / "console.db")
    assert integrity == "ok" and dupes == 0
    hits = server.hits("/grow/0.xml")
    newest = faultserver.GROW_STEP * (hits - 1) + 50
    assert len([k for k in keys if k[0] == 1]) == newest   # feed 1 (/grow/0): entries 0 .. newest-1


@pytest.mark.slow
def test_a_backup_taken_while_the_poller_writes_holds_the_latest_commit(growing, tmp_path):
    ws = Workspace(growing)
    ws.db.execute("UPDATE sources SET interval_s = 1")   # below the command line's minimum: constant writing
    ws.db.conn.commit()
    ws.close()
    db_path = growing / "console.db"

    def latest() -> int:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
        try:
            return con.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
        finally:
            con.close()

    poller = subprocess.Popen([sys.executable, "-m", "console", "--workspace", str(growing), "poll"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while latest() == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        start = latest()
        for n in range(3):
            before = latest()
            copy = tmp_path / f"copy-{n}.db"
            r = subprocess.run([sys.executable, "-m", "console", "--workspace", str(growing), "backup", str(copy)],
                               capture_output=True, text=True, timeout=60)
            assert r.returncode == 0, r.stderr
            con = sqlite3.connect(copy)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT max(id) FROM mentions").fetchone()[0] >= before > 0
            con.close()
            time.sleep(1.2)
        assert latest() > start   # the poller kept writing all along
    finally:
        poller.send_signal(signal.SIGTERM)
        _, err = poller.communicate(timeout=60)
    assert poller.returncode == 0 and err == ""


def test_two_pollers_never_write_at_once(growing):
    ws = Workspace(growing)
    try:
        with ws.writer_lock():
            r = subprocess.run(killharness.poll_command(growing), capture_output=True, text=True, timeout=60)
        assert r.returncode == 1 and "already writing" in r.stderr
        assert ws.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    finally:
        ws.close()
