"""Ingest end to end, as a user runs it: `crisis-console poll --once --all` against 500 feeds ×
50 entries (RSS and Atom, 200-800-character bodies with some HTML, six languages) served from
127.0.0.1 with ETag and Last-Modified, into a fresh workspace; then the same poll again (all 304),
the same against a server that ignores conditional GET, and newsboat on the same feeds.

Figures: ingest_entries_per_s (first full poll, wall clock of the whole command: interpreter start,
parser processes, analysis, SQLite), repoll_unchanged_s and repoll_no_conditional_s (the poll pass
itself, as the command reports it; the command's wall clock is printed too), poll_peak_rss_mb (the
largest process of the poll) and poll_tree_pss_mb (all of its processes together, shared pages
counted once), newsboat_ratio (our first poll's wall clock / newsboat's `-x reload`)."""

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from helpers.corpus import bench_feed
from helpers.faultserver import FaultServer

from console.ingest import sources
from console.workspace import Workspace

FEEDS = 500
ENTRIES = 50


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return out


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run_poll(folder: Path, everything: bool = True, workspace: str | None = None) -> tuple[float, dict, float, float]:
    """(wall seconds, the JSON report, peak RSS of the largest process in MB, peak summed PSS in MB).
    The workspace is `folder`, or `workspace` (a shared one's URL) with the command's output in `folder`."""
    cmd = [sys.executable, "-m", "console", "--workspace", workspace or str(folder), "poll", "--once", "--json"]
    cmd += ["--all"] if everything else []
    peak_pss = [0.0]
    out_path, err_path = folder / "poll.out", folder / "poll.err"
    t0 = time.perf_counter()
    with out_path.open("w") as out, err_path.open("w") as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err)

    def sample():
        while p.returncode is None:
            peak_pss[0] = max(peak_pss[0], _pss_mb(_tree(p.pid)))
            time.sleep(0.05)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(p.pid, 0)   # wait4: the rusage of this poll alone (and its children)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    assert p.returncode == 0, err_path.read_text()
    return wall, json.loads(out_path.read_text()), usage.ru_maxrss / 1024, peak_pss[0]


def serve_corpus() -> tuple[FaultServer, list[str]]:
    server = FaultServer()
    urls = []
    for n in range(FEEDS):
        body, ctype = bench_feed(n, ENTRIES)
        urls.append(server.feed(f"/bench/{n}.xml", body, content_type=ctype))
    return server, urls


def workspace_with(folder: Path | str, urls: list[str]) -> Path | str:
    ws = Workspace(folder)
    try:
        for url in urls:
            sources.add(ws.db, url, internal=True)
    finally:
        ws.close()
    return folder


def newsboat_reload_s(urls: list[str], tmp: Path) -> float | None:
    exe = shutil.which("newsboat")
    if not exe:
        return None
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "urls").write_text("\n".join(urls) + "\n")
    (tmp / "config").write_text("")   # newsboat as shipped: its own defaults
    t0 = time.perf_counter()
    r = subprocess.run([exe, "-u", str(tmp / "urls"), "-c", str(tmp / "cache.db"), "-C", str(tmp / "config"),
                        "-x", "reload"], capture_output=True, text=True, timeout=600,
                       env=dict(os.environ, HOME=str(tmp)))
    elapsed = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr[-500:]
    return elapsed


def test_ingest_first_poll_repolls_and_newsboat(tmp_path):
    server, urls = serve_corpus()
    try:
        folder = workspace_with(tmp_path / "ws", urls)
        wall, first, rss, pss = run_poll(folder)
        assert (first["ok"], first["new"], first["errors"]) == (FEEDS, FEEDS * ENTRIES, 0), first["errors"]
        print(f"BENCH ingest_entries_per_s {FEEDS * ENTRIES / wall:.0f} entries/s")
        print(f"BENCH first_poll_s {wall:.2f} s")
        print(f"BENCH poll_peak_rss_mb {rss:.0f} MB")
        print(f"BENCH poll_tree_pss_mb {pss:.0f} MB")
        wall2, second, _, _ = run_poll(folder)
        assert second["unchanged"] == FEEDS and server.hits("304") == FEEDS
        print(f"BENCH repoll_unchanged_s {second['seconds']:.2f} s")
        print(f"BENCH repoll_unchanged_wall_s {wall2:.2f} s")
        for feed in server.feeds.values():   # now a server that ignores conditional GET: full bodies again
            feed.conditional = False
        wall3, third, _, _ = run_poll(folder)
        assert third["unchanged"] == FEEDS and server.hits("304") == FEEDS
        print(f"BENCH repoll_no_conditional_s {third['seconds']:.2f} s")
        print(f"BENCH repoll_no_conditional_wall_s {wall3:.2f} s")
        nb = newsboat_reload_s(urls, tmp_path / "newsboat")
        if nb is None:
            print("note: newsboat is not installed (apt-get install newsboat); newsboat_ratio skipped")
        else:
            print(f"BENCH newsboat_reload_s {nb:.2f} s")
            print(f"BENCH newsboat_ratio {wall / nb:.2f} ratio")
    finally:
        server.close()
