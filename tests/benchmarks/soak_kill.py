"""`make soak`: kill -9, over and over (1,000 cycles by default; SOAK_CYCLES changes it), spread over
the three kinds of writer a workspace has: the poller (`poll --once --all` against feeds that grow
on every request), command-line triage (`mentions note`, console.db) and playbook writes
(`checklist note`, `contacts edit`: playbook.db and its TOML copy).

Each cycle starts one writer, SIGKILLs its whole process group at a random moment, and checks:
every mention committed before is still there and none twice; every write the writer had
acknowledged (its command exited 0) is still stored, or a later one of the same writer is;
console.db and playbook.db pass integrity_check; both audit chains verify; the playbook's TOML
copy is whole. Three workspaces run side by side."""

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from helpers import killharness
from helpers.faultserver import FaultServer

from console.cli import main
from console.playbook import exchange
from console.store import audit

CYCLES = int(os.environ.get("SOAK_CYCLES", "1000"))
LANES = 3
FEEDS = 6
KINDS = ("poller", "cli", "playbook")
# When the kill comes: after the start for the poller (its pass lasts about a second or two), after
# the worker said READY for the others.
WINDOW_S = {"poller": (0.2, 1.8), "cli": (0.0, 0.8), "playbook": (0.0, 0.8)}
WORKER = Path(__file__).parents[1] / "helpers" / "soak_worker.py"


@dataclass
class Soak:
    cycles: int = 0
    lost: int = 0
    duplicated: int = 0
    integrity_failures: int = 0
    acknowledged: int = 0
    by_kind: dict = None


def setup(folder: Path, server: FaultServer, lane: int) -> dict:
    ws = ["--workspace", str(folder)]
    for i in range(FEEDS):
        assert main([*ws, "feeds", "add", server.url(f"/grow/{lane * FEEDS + i}.xml"), "--internal"]) == 0
    assert main([*ws, "poll", "--once", "--all"]) == 0
    assert main([*ws, "checklist", "start", "activation"]) == 0
    assert main([*ws, "contacts", "add", "legal", "Soak Person", "--phone", "+1 555 0100"]) == 0
    con = sqlite3.connect(folder / "console.db")
    mentions = [r[0] for r in con.execute("SELECT id FROM mentions ORDER BY id LIMIT 4")]
    con.close()
    return {"cli": mentions, "playbook": [1, 1]}


def stored_tokens(folder: Path) -> dict[tuple[str, int], str]:
    out = {}
    con = sqlite3.connect(f"file:{folder / 'console.db'}?mode=ro", uri=True, timeout=30)
    out.update({("mention", r[0]): r[1] or "" for r in con.execute("SELECT id, notes FROM mentions")})
    con.close()
    con = sqlite3.connect(f"file:{folder / 'playbook.db'}?mode=ro", uri=True, timeout=30)
    out.update({("run", r[0]): r[1] or "" for r in con.execute("SELECT id, notes FROM runs")})
    out.update({("contact", r[0]): r[1] or "" for r in con.execute("SELECT id, notes FROM contacts")})
    con.close()
    return out


def sound(folder: Path) -> bool:
    for name in ("console.db", "playbook.db"):
        con = sqlite3.connect(f"file:{folder / name}?mode=ro", uri=True, timeout=30)
        try:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or not audit.verify(con).ok:
                return False
        finally:
            con.close()
    try:
        exchange.loads((folder / "playbook.toml").read_text("utf-8"), "playbook.toml")
    except Exception:  # noqa: BLE001 - any failure to read the copy back is what is counted
        return False
    return True


def lost_acks(acks: list[tuple[str, int, int]], seed: int, stored: dict) -> int:
    """Acknowledged writes of this cycle not found: the stored token must be this cycle's, at least as new."""
    last = {}
    for what, target, seq in acks:
        last[(what, target)] = max(seq, last.get((what, target), 0))
    lost = 0
    for key, seq in last.items():
        m = re.fullmatch(r"soak-(\d+)-(\d+)", stored.get(key, ""))
        lost += not (m and int(m.group(1)) == seed and int(m.group(2)) >= seq)
    return lost


def cycle(folder: Path, kind: str, targets: dict, seed: int, rng: random.Random, tally: Soak, before: set) -> set:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if kind == "poller":
        argv = killharness.poll_command(folder)
    else:
        argv = [sys.executable, str(WORKER), str(folder), kind, str(seed), ",".join(map(str, targets[kind]))]
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    if kind != "poller":
        p.stdout.readline()  # READY
    time.sleep(rng.uniform(*WINDOW_S[kind]))
    os.killpg(p.pid, signal.SIGKILL)
    out = p.communicate()[0].decode("utf-8", "replace")
    acks = [(w, int(t), int(s)) for w, t, s in re.findall(r"^ACK (\w+) (\d+) (\d+)$", out, re.M)]
    integrity, after, dupes = killharness.snapshot(folder / "console.db")
    tally.cycles += 1
    tally.by_kind[kind] = tally.by_kind.get(kind, 0) + 1
    tally.acknowledged += len(acks)
    tally.lost += len(before - after) + lost_acks(acks, seed, stored_tokens(folder))
    tally.duplicated = max(tally.duplicated, dupes)
    tally.integrity_failures += not (integrity == "ok" and sound(folder))
    return after


def lane(folder: Path, targets: dict, cycles: int, seed: int) -> Soak:
    rng = random.Random(seed)
    tally = Soak(by_kind={})
    _, before, _ = killharness.snapshot(folder / "console.db")
    for n in range(cycles):
        before = cycle(folder, KINDS[n % len(KINDS)], targets, seed * 1_000_000 + n, rng, tally, before)
    return tally


def test_soak_kill_9(tmp_path):
    server = FaultServer()
    try:
        folders = [tmp_path / f"ws{n}" for n in range(LANES)]
        targets = [setup(f, server, n) for n, f in enumerate(folders)]
        t0 = time.perf_counter()
        with ThreadPoolExecutor(LANES) as pool:
            tallies = list(pool.map(lane, folders, targets, [-(-CYCLES // LANES)] * LANES, range(1, LANES + 1)))
        elapsed = time.perf_counter() - t0
    finally:
        server.close()
    total = Soak(by_kind={})
    for t in tallies:
        total.cycles += t.cycles
        total.lost += t.lost
        total.duplicated = max(total.duplicated, t.duplicated)
        total.integrity_failures += t.integrity_failures
        total.acknowledged += t.acknowledged
        for k, v in t.by_kind.items():
            total.by_kind[k] = total.by_kind.get(k, 0) + v
    print(f"BENCH soak_cycles {total.cycles} cycles ({', '.join(f'{k} {v}' for k, v in total.by_kind.items())})")
    print(f"BENCH soak_rows_lost {total.lost} rows")
    print(f"BENCH soak_rows_duplicated {total.duplicated} rows")
    print(f"BENCH soak_integrity_failures {total.integrity_failures} cycles")
    print(f"BENCH soak_acknowledged_writes {total.acknowledged} writes")
    print(f"BENCH soak_s {elapsed:.0f} s")
    assert total.cycles >= CYCLES and total.lost == 0 and total.duplicated == 0 and total.integrity_failures == 0
    assert total.acknowledged > 0  # the kills landed among real writes, not only on starting processes
