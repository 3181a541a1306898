"""Parsing in a few worker processes: parsing is CPU-bound (it scales with processes, not
threads) and a hostile feed may make it take forever, so every parse has a deadline and a worker
that overruns it is killed and replaced. The poller's event loop never parses.

A worker also scores the new entries' texts when the job carries an analysis context (the text
part of analysis needs no database: console/analysis/pipeline.py), so scoring runs in parallel
next to parsing and the writer only stores. One job is one whole feed, and its answer all of
its entries: one round trip per feed.

Workers come from a fork server (spawn where there is none) that has already imported the
parser, so replacing a killed worker is cheap. A worker whose parent dies sees its pipe close
and exits, so a poller killed with SIGKILL leaves no parsers behind.
"""

import asyncio
import multiprocessing
import os
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection

from console.ingest.model import FeedError, ParsedFeed

WARM_MODULE = "console.ingest.warmparser"
SCORING_SHARE = 0.5  # of the parse deadline, from the job's start, that scoring may use
STARTUP_S = 60.0     # a worker's first answer ("ready") may take this long: it loads the language models
# Parsers work ahead of the writer, and what they make is worth something only once it is stored.
# So when the CPU is short the writer (and a window or a person's command) goes first: measured on
# two cores, the writer then keeps up instead of draining a backlog alone at the end of a poll
# (the 500-feed benchmark's first poll ran 8-15 % sooner).
NICENESS = 10


def default_parse(body: bytes, headers: dict, url: str, *, max_entries: int) -> ParsedFeed:
    from console.ingest.parse import parse_feed

    return parse_feed(body, headers, url, max_entries=max_entries)


def _serve(conn: Connection, parse) -> None:
    """A worker's life: warm up, say so, then parse what arrives until the pipe closes."""
    from console.analysis import pipeline
    from console.ingest import language

    if hasattr(os, "nice"):
        os.nice(NICENESS)
    language.preload()   # already done when forked from a warm fork server
    pipeline.preload()
    conn.send(("ready",))
    while True:
        try:
            body, headers, url, max_entries, context, skip, deadline_s = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        started = time.monotonic()
        try:
            parsed = parse(body, headers, url, max_entries=max_entries)
            if context is not None:   # within half the deadline; the writer scores what is left
                pipeline.score_entries(parsed.entries, context, skip, until=started + deadline_s * SCORING_SHARE)
                parsed.scored_with = context
            reply = ("ok", parsed)
        except FeedError as e:
            reply = ("error", e.category, e.message)
        except MemoryError:
            reply = ("error", "too_large", "the feed needs more memory to parse than a feed may take")
        except Exception as e:  # a parser bug on one feed must not take the worker down
            reply = ("error", "parse_failed", f"the parser failed: {type(e).__name__}: {e}"[:300])
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


def _context():
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload([WARM_MODULE])
    return ctx


def warm_up() -> None:
    """Start the fork server now, so that it loads the parser and its models while the poller
    opens the workspace and fetches: its workers are then ready when the first feed arrives
    instead of a second later. (It is started at the first parse anyway.)"""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


class _Worker:
    def __init__(self, ctx, parse):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, parse), daemon=True, name="crisis-console-parser")
        self.proc.start()
        child.close()
        self.doomed = False
        self.ready = False

    def call(self, job: tuple, deadline_s: float):
        """Runs on a helper thread: send one job, wait at most `deadline_s` for the answer."""
        try:
            if not self.ready:   # the deadline is for parsing, not for starting up
                if not self.conn.poll(STARTUP_S):
                    self.kill()
                    raise FeedError("parse_failed", f"the parser process did not start within {STARTUP_S:g} s")
                self.ready = self.conn.recv() == ("ready",)
            self.conn.send(job)
            if not self.conn.poll(deadline_s):
                self.kill()
                raise FeedError("parse_timeout", f"parsing took longer than {deadline_s:g} s; the parser was stopped")
            return self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise FeedError("parse_failed", "the parser process died on this feed") from None

    def stop(self) -> None:
        """Kill the process; a thread waiting on it then sees the pipe close and returns."""
        self.doomed = True
        if self.proc.is_alive():
            self.proc.kill()

    def kill(self) -> None:
        self.stop()
        self.proc.join(5)
        self.conn.close()


class ParserPool:
    """`await pool.parse(body, headers, url)` in one of `size` worker processes, under a deadline;
    with `context`, the new entries (dedupe key not in `skip`) are scored there too."""

    def __init__(self, size: int | None = None, deadline_s: float = 20.0, max_entries: int = 5000, parse=None):
        self.size = size or max(1, min(4, os.cpu_count() or 1))
        self.deadline_s = deadline_s
        self.max_entries = max_entries
        self.parse_fn = parse or default_parse
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.idle: asyncio.Queue[_Worker] | None = None
        self.threads = ThreadPoolExecutor(self.size, thread_name_prefix="parse-wait")
        self.spawner = ThreadPoolExecutor(1, thread_name_prefix="parse-spawn")
        self.closed = False

    def _spawn(self) -> None:
        """Start a worker on a helper thread (a fork server's first start takes a second or so:
        fetching goes on meanwhile) and make it available when it is up."""
        loop = asyncio.get_running_loop()
        loop.run_in_executor(self.spawner, _Worker, self.ctx, self.parse_fn).add_done_callback(self._arrived)

    def _arrived(self, started) -> None:
        if started.cancelled() or started.exception() is not None:
            self.idle.put_nowait(None)   # wakes a waiting parse, which reports the failure
            return
        w = started.result()
        if self.closed:
            w.kill()
            return
        self.workers.append(w)
        self.idle.put_nowait(w)

    def start(self) -> "ParserPool":
        self.idle = asyncio.Queue()
        for _ in range(self.size):
            self._spawn()
        return self

    async def parse(self, body: bytes, headers: dict, url: str, context=None,
                    skip: frozenset[str] = frozenset()) -> ParsedFeed:
        if self.idle is None:   # started on first use: a pass where every feed is unchanged needs none
            self.start()
        w = await self.idle.get()
        if w is None:
            self.idle.put_nowait(None)
            raise FeedError("parse_failed", "no parser process could be started")
        try:
            reply = await asyncio.get_running_loop().run_in_executor(
                self.threads, w.call, (body, headers, url, self.max_entries, context, skip, self.deadline_s), self.deadline_s)
        except asyncio.CancelledError:
            w.stop()   # its answer would otherwise reach the next job
            raise
        finally:
            self._release(w)
        if reply[0] == "ok":
            return reply[1]
        raise FeedError(reply[1], reply[2])

    def _release(self, w: _Worker) -> None:
        if not w.doomed:
            self.idle.put_nowait(w)
            return
        self.workers.remove(w)
        if not self.closed:
            self._spawn()

    def close(self) -> None:
        self.closed = True
        self.spawner.shutdown(wait=True, cancel_futures=True)
        for w in self.workers:
            w.stop()
        self.threads.shutdown(wait=True, cancel_futures=True)
        for w in self.workers:
            w.kill()
        self.workers.clear()
