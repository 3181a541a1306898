"""kill -9 during ingest, over and over: after every kill the database must pass integrity_check,
hold every mention committed before (none lost) and no entry twice (none duplicated).

The workload is a set of /grow/ feeds (the fault server moves each one's window on every
request), so every pass writes new mentions and a kill can land in the middle of a commit."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Tally:
    cycles: int = 0
    lost: int = 0              # committed mentions missing after a later kill
    duplicated: int = 0        # entries stored twice
    bad_integrity: int = 0     # integrity_check answers other than "ok"
    rows: int = 0
    killed_mid_write: int = 0  # kills that landed after the first commit of their pass


def poll_command(folder: Path) -> list[str]:
    return [sys.executable, "-m", "console", "--workspace", str(folder), "poll", "--once", "--all"]


def snapshot(db_path: Path) -> tuple[str, set[tuple[int, str]], int]:
    """(integrity_check, the committed (source, key) pairs, entries stored more than once)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        keys = set(con.execute("SELECT source_id, dedupe_key FROM mentions"))
        dupes = con.execute("SELECT count(*) - count(DISTINCT source_id || ' ' || url) FROM mentions").fetchone()[0]
    finally:
        con.close()
    return integrity, keys, dupes


def run_cycles(folder: Path, cycles: int, window: tuple[float, float], rng, tally: Tally | None = None) -> Tally:
    """`cycles` times: start `poll --once --all`, SIGKILL it after a random time in `window`, check."""
    tally = tally or Tally()
    db_path = Path(folder) / "console.db"
    _, before, _ = snapshot(db_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(cycles):
        # Its own process group, so the kill takes the poller and its parser processes at once (as a
        # crash or a power cut would) and no orphan keeps warming up on the CPU the next cycle needs.
        p = subprocess.Popen(poll_command(folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                             start_new_session=True)
        time.sleep(rng.uniform(*window))
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        integrity, after, dupes = snapshot(db_path)
        tally.cycles += 1
        tally.bad_integrity += integrity != "ok"
        tally.lost += len(before - after)
        tally.duplicated = max(tally.duplicated, dupes)
        tally.killed_mid_write += len(after) > len(before)
        before = after
    tally.rows = len(before)
    return tally


def first_commit_s(folder: Path) -> tuple[float, float]:
    """How long a pass takes to its first commit and to its end, measured once, so kills can be
    aimed at the part of a pass that writes."""
    db_path = Path(folder) / "console.db"
    start = time.monotonic()
    p = subprocess.Popen(poll_command(folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    n0 = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    first = None
    while p.poll() is None:
        if first is None and con.execute("SELECT count(*) FROM mentions").fetchone()[0] > n0:
            first = time.monotonic() - start
        time.sleep(0.01)
    con.close()
    end = time.monotonic() - start
    return (first or end), end
