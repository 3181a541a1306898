"""kill -9 during ingest, 200 times: `crisis-console poll --once --all` subprocesses against feeds
that grow on every request are SIGKILLed at a random moment of their pass (aimed at the part that
writes). After every kill the database passes integrity_check and holds every mention committed
before it, none twice. Two workspaces run side by side to keep the whole under a few minutes."""

import random
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

from helpers import killharness
from helpers.faultserver import FaultServer

from console.ingest import sources
from console.workspace import Workspace

CYCLES = 200
LANES = 2
FEEDS = 8


def lane(folder, cycles, seed):
    first, end = killharness.first_commit_s(folder)
    return killharness.run_cycles(folder, cycles, (max(0.2, first - 0.3), end + 0.1), random.Random(seed))


def test_kill_9_cycles(tmp_path):
    server = FaultServer()
    try:
        folders = []
        for n in range(LANES):
            ws = Workspace(tmp_path / f"ws{n}")
            for i in range(FEEDS):
                sources.add(ws.db, server.url(f"/grow/{n * FEEDS + i}.xml"), internal=True)
            ws.close()
            folders.append(tmp_path / f"ws{n}")
        t0 = time.perf_counter()
        with ThreadPoolExecutor(LANES) as pool:
            tallies = list(pool.map(lane, folders, [CYCLES // LANES] * LANES, range(LANES)))
        elapsed = time.perf_counter() - t0
        for folder in folders:   # a pass to the end afterwards: still sound, nothing twice
            assert subprocess.run(killharness.poll_command(folder), capture_output=True, timeout=300).returncode == 0
            integrity, _, dupes = killharness.snapshot(folder / "console.db")
            assert integrity == "ok" and dupes == 0
    finally:
        server.close()
    cycles = sum(t.cycles for t in tallies)
    lost = sum(t.lost for t in tallies)
    print(f"BENCH killed_cycles {cycles} cycles")
    print(f"BENCH killed_rows_lost {lost} rows")
    print(f"BENCH killed_rows_duplicated {max(t.duplicated for t in tallies)} rows")
    print(f"BENCH killed_integrity_failures {sum(t.bad_integrity for t in tallies)} cycles")
    print(f"BENCH killed_mid_write {sum(t.killed_mid_write for t in tallies)} cycles")
    print(f"BENCH killed_harness_s {elapsed:.0f} s")
    assert cycles >= CYCLES and lost == 0 and all(t.bad_integrity == 0 and t.duplicated == 0 for t in tallies)
