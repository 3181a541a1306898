"""Analysis throughput: short mentions in four languages, all factors (sentiment, cues, category,
watch terms, severity with reasons, cluster key), one core, no SQL in the hot path. Timed in
process CPU time, so other work on a shared machine does not count against it.

And what analysis costs ingestion: bench_ingest's first poll (its corpus, server and workspace),
run as the same command with and without analysis (poll_without_analysis.py swaps in an analyzer
that does nothing). Wall clock as ingest_entries_per_s measures it, and the CPU time of all the
poll's processes (parser processes included), which a busy machine disturbs less; each command
is run twice, in turn with the other, and keeps its best figures."""

import ctypes
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench_ingest import ENTRIES, FEEDS, serve_corpus, workspace_with

from console.analysis import watchterms
from console.analysis.pipeline import Analyzer

WITHOUT_ANALYSIS = Path(__file__).with_name("poll_without_analysis.py")
PR_SET_CHILD_SUBREAPER = 36

TEXTS = [
    ("Our order from Acme arrived broken and support never answered", "en"),
    ("Loving the new Acme kettle, great design", "en"),
    ("Acme refund still missing after three weeks", "en"),
    ("@AcmeAir flight delayed 3 hours and nobody at the gate", "en"),
    ("Is Acme hacked? weird posts on their page", "en"),
    ("Thanks Acme, quick delivery and friendly staff", "en"),
    ("Acme 的水壺用了兩天就壞了,客服也不回覆", "zh_TW"),
    ("Acme 的快递三天都没到,客服电话也打不通", "zh_CN"),
    ("Замовлення Acme прийшло зламаним, підтримка мовчить", "uk"),
    ("Acme c'est vraiment nul, livraison en retard", "fr"),
]


def test_analysis_mentions_per_s(workspace):
    db = workspace.db
    for q, kind in [("Acme", "brand"), ("kettle OR 水壶", "product"), ('"food poisoning" OR recall OR exploded', "risk"),
                    ("Zenith", "competitor")]:
        watchterms.add(db, q, kind)
    analyzer = Analyzer(db)
    source = {"reach": "social"}
    n = 40_000
    rows = [{"title": "", "text": f"{t} #{i}", "lang": lang} for i in range(n // len(TEXTS))
            for t, lang in TEXTS]
    analyzer.score(rows[:500], source)  # warm the caches as a running poller would be
    t0 = time.process_time()
    for i in range(0, len(rows), 500):
        analyzer.score(rows[i:i + 500], source)
    rate = len(rows) / (time.process_time() - t0)
    print(f"BENCH analysis_mentions_per_s {rate:.0f} mentions/s")
    assert all(r["level"] for r in rows)


def _children_cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _adopt_orphans(on: bool) -> None:
    """Linux's child subreaper: the poll's parser fork server is never waited for by the poll (it
    exits after it), so without this its CPU and its parser processes' would count nowhere."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0)


def _reap_all() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _first_poll(folder: Path, launcher: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the whole process tree of the poll: the command, its parser
    fork server and parser processes)."""
    cmd = [sys.executable, *launcher, "--workspace", str(folder), "poll", "--once", "--all", "--json"]
    _adopt_orphans(True)
    try:
        cpu0, t0 = _children_cpu_s(), time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
        wall = time.perf_counter() - t0
        _reap_all()
        cpu = _children_cpu_s() - cpu0
    finally:
        _adopt_orphans(False)
    assert r.returncode == 0, r.stderr[-2000:]
    report = json.loads(r.stdout)
    assert (report["new"], report["errors"]) == (FEEDS * ENTRIES, 0), report["errors"]
    return wall, cpu


ROUNDS = 2   # each command twice, alternating: this machine's speed drifts within a minute


def test_ingest_with_and_without_analysis(tmp_path):
    """A ratio of two measurements is only as good as the machine's steadiness between them, so
    the two commands run in turn, ROUNDS times each, and each keeps its best (least) figures."""
    server, urls = serve_corpus()
    runs: dict[str, list[tuple[float, float]]] = {"off": [], "on": []}
    try:
        for r in range(ROUNDS):
            runs["off"].append(_first_poll(workspace_with(tmp_path / f"off{r}", urls), [str(WITHOUT_ANALYSIS)]))
            runs["on"].append(_first_poll(workspace_with(tmp_path / f"on{r}", urls), ["-m", "console"]))
    finally:
        server.close()
    for name, found in runs.items():
        print(f"note: {name} analysis, each round (wall s, CPU s): " + ", ".join(f"({w:.2f}, {c:.2f})" for w, c in found))
    off = (min(w for w, _ in runs["off"]), min(c for _, c in runs["off"]))
    on = (min(w for w, _ in runs["on"]), min(c for _, c in runs["on"]))
    n = FEEDS * ENTRIES
    print(f"BENCH ingest_no_analysis_entries_per_s {n / off[0]:.0f} entries/s")
    print(f"BENCH ingest_with_analysis_entries_per_s {n / on[0]:.0f} entries/s")
    print(f"BENCH ingest_analysis_wall_ratio {off[0] / on[0]:.2f} ratio")   # 1.00: analysis costs nothing
    print(f"BENCH ingest_analysis_cpu_ratio {off[1] / on[1]:.2f} ratio")
    print(f"BENCH ingest_no_analysis_cpu_us_per_entry {off[1] / n * 1e6:.0f} us")
    print(f"BENCH ingest_with_analysis_cpu_us_per_entry {on[1] / n * 1e6:.0f} us")
