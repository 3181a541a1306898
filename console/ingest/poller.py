"""The poller: which feeds are due, fetching them concurrently, parsing them in worker processes,
storing them through one writer, and each feed's health and next poll time.

It runs in its own process (`crisis-console poll`; the window starts the same command), so
CPU-bound parsing and scoring never stall the window. Inside it: one asyncio loop for the
network (every fetch under its own deadline, so hanging feeds cannot delay the others), a few
parser processes (parsepool.py), and one writer thread that owns every database write.

Health rules:
- success: the feed's interval (shorter for priority feeds while surge polling is on);
- failure: capped exponential backoff, never parked for good, and never sooner than a
  429/503's Retry-After (itself capped);
- offline: when no server at all answered across at least two hosts since the last answer, the
  poller is offline and those feeds are not blamed: no failure is counted, and they are retried
  within min(interval, 60 s) so that every feed resumes within one interval of the network's return.
"""

import asyncio
import os
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from functools import partial
from urllib.parse import urlsplit

from console.analysis.pipeline import Analyzer
from console.errors import WorkspaceError
from console.ingest.addresses import is_local
from console.ingest.fetch import Fetched, Fetcher, Limits, Validators
from console.ingest.model import FeedError, ParsedFeed
from console.ingest.parsepool import ParserPool
from console.ingest.writer import Feed, Stored, store_feeds, update_source
from console.store import settings
from console.store.engine import driver_errors
from console.store.rows import as_dicts
from console.store.transaction import write
from console.timeutil import from_iso, to_iso, utcnow

BACKOFF_CAP_S = 6 * 3600
OFFLINE_RETRY_S = 60
OFFLINE_AFTER_HOSTS = 2       # unanswered hosts, with no answer from anyone, that make us "offline"
REFRESH_S = 5.0               # how often the scheduler looks for new or re-enabled sources
WAKE_COALESCE_S = 0.1
STOP_GRACE_S = 8.0            # after a stop: feeds already fetched are parsed and stored within this
STOPPED = "stopped"           # a feed whose fetch was cut short by a stop: not its fault, nothing recorded
NOT_NETWORK_EVIDENCE = ("refused_address", "bad_url")
GROUP_ENTRIES = 1000          # entries of waiting feeds the writer takes at once (store_feeds)


class _Stopped(Exception):
    """A fetch cut short because the poller is stopping."""


@dataclass(frozen=True)
class PollerConfig:
    limits: Limits = Limits()
    concurrency: int = 64          # feeds fetched (and waiting for a parser) at once
    parse_workers: int | None = None
    parse_deadline_s: float = 20.0
    max_entries: int = 5000


@dataclass(eq=False)
class _ToStore:
    """A fetched and parsed feed waiting for the writer; `outcome` is its Stored, or what failed."""
    src: dict
    fetched: Fetched
    parsed: ParsedFeed
    surge_s: int | None
    health: dict = field(default_factory=dict)
    outcome: Stored | Exception | None = None


@dataclass
class SourceResult:
    id: int
    url: str
    name: str | None
    status: str = "error"            # ok, unchanged, error
    new: int = 0
    updated: int = 0
    error_category: str | None = None
    error_message: str | None = None
    warning: str | None = None
    seconds: float = 0.0
    next_poll: str | None = None
    alerts: list[int] = field(default_factory=list)
    retry_after: float | None = field(default=None, repr=False)
    unreachable: bool = field(default=False, repr=False)

    def public(self) -> dict:
        out = asdict(self)
        for k in ("retry_after", "unreachable", "alerts"):
            out.pop(k)
        return out


@dataclass
class PollReport:
    started: str
    finished: str = ""
    seconds: float = 0.0
    offline: bool = False
    sources: list[SourceResult] = field(default_factory=list)
    alerts: list[int] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for s in self.sources if s.status == status)

    def public(self) -> dict:
        return {"started": self.started, "finished": self.finished, "seconds": round(self.seconds, 3),
                "offline": self.offline, "polled": len(self.sources), "ok": self.count("ok"),
                "unchanged": self.count("unchanged"), "errors": self.count("error"),
                "new": sum(s.new for s in self.sources), "updated": sum(s.updated for s in self.sources),
                "alerts": self.alerts, "alerts_raised": len(self.alerts),
                "sources": [s.public() for s in self.sources]}


def failure_delay_s(interval_s: int, failures: int) -> float:
    """Capped exponential backoff: the interval after the first failure, doubling after each
    further one, at most BACKOFF_CAP_S (or the interval itself when that is longer)."""
    return min(interval_s * 2 ** max(0, min(failures - 1, 20)), max(interval_s, BACKOFF_CAP_S))


def _host(url: str) -> str:
    return urlsplit(url).netloc


class Poller:
    """`async with Poller(db) as p: report = await p.poll()`; or `await p.run(stop_event)`."""

    def __init__(self, db, config: PollerConfig = PollerConfig(), *, resolver=None, analyzer=None,
                 clock=utcnow, parse=None):
        self.db = db
        self.config = config
        self.clock = clock
        self.resolver = resolver
        self.analyzer = analyzer
        self.parse = parse
        self.offline = False
        self._stop: asyncio.Event | None = None  # set by run(): fetches in flight end when it is set
        self._dark_hosts: set[str] = set()
        self._stored_keys: dict[int, frozenset[str]] = {}   # per source, its entries' keys at its last store
        self._to_store: deque[_ToStore] = deque()            # parsed feeds, in the order given to the writer
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="writer")

    async def __aenter__(self) -> "Poller":
        cfg = self.config
        self.fetcher = Fetcher(cfg.limits, resolver=self.resolver, concurrency=cfg.concurrency)
        self.pool = ParserPool(cfg.parse_workers, cfg.parse_deadline_s, cfg.max_entries, parse=self.parse)
        self.slots = asyncio.Semaphore(cfg.concurrency)
        if self.analyzer is None:
            self.analyzer = await self._db(Analyzer, self.db)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.fetcher.close()
        self.pool.close()
        self.writer.shutdown(wait=True)

    async def _db(self, fn, *args, **kw):
        """Run `fn` on the writer thread: every database access of the poller goes through it."""
        return await asyncio.get_running_loop().run_in_executor(self.writer, partial(fn, *args, **kw))

    # --- which feeds, and when -------------------------------------------------------------

    def _surge_s(self) -> int | None:
        return settings.surge_interval_s(self.db, self.clock())

    def _due(self, everything: bool, busy: set[int]) -> list[dict]:
        now = self.clock()
        surge = self._surge_s()
        if everything:
            where, params = "enabled = 1", []
        else:
            # Due by schedule; during surge polling, healthy priority feeds are also due once their
            # last poll is older than the surge interval (Retry-After still holds).
            where = ("enabled = 1 AND (next_poll IS NULL OR next_poll <= ? OR (? IS NOT NULL AND priority = 1 "
                     "AND consecutive_failures = 0 AND (last_polled IS NULL OR last_polled <= ?) "
                     "AND (retry_after IS NULL OR retry_after <= ?)))")
            cut = to_iso(now - timedelta(seconds=surge)) if surge else None
            params = [to_iso(now), cut, cut, to_iso(now)]
        # Feeds that failed last time go last, so that a crowd of hanging feeds cannot hold every slot.
        cur = self.db.execute(f"SELECT * FROM sources WHERE {where} "
                              "ORDER BY priority DESC, consecutive_failures, next_poll, id", params)
        return [s for s in as_dicts(cur) if s["id"] not in busy]

    def _interval(self, src: dict, surge_s: int | None) -> int:
        return min(src["interval_s"], surge_s) if surge_s and src["priority"] else src["interval_s"]

    def _at(self, seconds: float) -> str:
        return to_iso(self.clock() + timedelta(seconds=seconds))

    # --- recording outcomes (writer thread) -------------------------------------------------

    def _success_health(self, src: dict, fetched: Fetched, status: str, surge_s) -> dict:
        now = to_iso(self.clock())
        v = fetched.validators
        return {"etag": v.etag, "last_modified": v.last_modified, "body_hash": v.body_hash, "last_polled": now,
                "last_success": now, "last_status": status, "last_error_category": None, "last_error_message": None,
                "consecutive_failures": 0, "retry_after": None, "next_poll": self._at(self._interval(src, surge_s))}

    def _ok_health(self, job: _ToStore) -> dict:
        health = self._success_health(job.src, job.fetched, "ok", job.surge_s)
        health.update(kind=job.parsed.kind, last_warning="; ".join(job.parsed.warnings)[:500] or None)
        if not job.src["name"] and job.parsed.title:
            health["name"] = job.parsed.title[:200]
        return health

    async def _store(self, job: _ToStore) -> Stored:
        self._to_store.append(job)   # before the writer's job is queued: they keep the same order
        await self._db(self._store_waiting, job)
        if isinstance(job.outcome, Exception):
            raise job.outcome
        self._stored_keys[job.src["id"]] = frozenset(e.dedupe_key for e in job.parsed.entries)
        return job.outcome

    def _store_waiting(self, job: _ToStore) -> None:
        """Writer thread: store `job` with the parsed feeds waiting with it, in one go
        (writer.store_feeds), unless an earlier job took it already. The writer runs its jobs in
        the order they were queued, so the feeds ahead of `job` (one whose task was cancelled
        meanwhile included) are taken with it; others behind it too, up to GROUP_ENTRIES."""
        if job.outcome is not None:
            return
        group: list[_ToStore] = []
        while self._to_store and job not in group:
            group.append(self._to_store.popleft())
        entries = sum(len(j.parsed.entries) for j in group)
        while self._to_store and entries + len(self._to_store[0].parsed.entries) <= GROUP_ENTRIES:
            group.append(self._to_store.popleft())
            entries += len(group[-1].parsed.entries)
        outcomes: list = []
        try:
            for j in group:
                j.health = self._ok_health(j)
            feeds = [Feed(j.src, j.parsed.entries, j.health, j.parsed.scored_with) for j in group]
            outcomes = store_feeds(self.db, feeds, self.analyzer, now=group[0].health["last_polled"])
        except Exception as e:
            outcomes = [e] * len(group)
        except BaseException:
            outcomes = [RuntimeError("the writer was interrupted")] * len(group)
            raise
        finally:   # every feed taken gets its outcome, whatever happened
            for j, outcome in zip(group, outcomes, strict=False):
                j.outcome = outcome

    def _record_unchanged(self, src: dict, fetched: Fetched, surge_s) -> dict:
        health = self._success_health(src, fetched, "unchanged", surge_s)
        with write(self.db):
            update_source(self.db, src["id"], health)
        return health

    def _record_error(self, src: dict, res: SourceResult, surge_s, blamed: bool) -> str:
        interval = self._interval(src, surge_s)
        now = to_iso(self.clock())
        if not blamed:   # offline, or our own storage failing: not the feed's fault
            delay = min(interval, OFFLINE_RETRY_S)
            values = {"last_polled": now, "last_status": "offline" if res.unreachable else "error",
                      "next_poll": self._at(delay)}
        else:
            failures = src["consecutive_failures"] + 1
            delay = max(failure_delay_s(interval, failures), res.retry_after or 0)
            values = {"last_polled": now, "last_status": "error", "last_error_category": res.error_category,
                      "last_error_message": res.error_message, "consecutive_failures": failures,
                      "next_poll": self._at(delay),
                      "retry_after": self._at(res.retry_after) if res.retry_after is not None else None}
        with write(self.db):
            update_source(self.db, src["id"], values)
        return values["next_poll"]

    def _finish_pass(self, report: PollReport) -> list[int]:
        with write(self.db):
            alerts = list(self.analyzer.after_poll(self.db) or [])
            settings.put_poller_state(self.db, settings.PollerState(self.offline, report.finished, os.getpid()))
        return alerts

    # --- one feed ---------------------------------------------------------------------------

    async def _one(self, src: dict, surge_s) -> SourceResult:
        t0 = time.monotonic()
        res = SourceResult(src["id"], src["url"], src["name"])
        old = Validators(src["etag"], src["last_modified"], src["body_hash"])
        try:
            async with self.slots:
                fetched = await self._unless_stopped(
                    self.fetcher.fetch(src["url"], internal=bool(src["internal"]), old=old))
                parsed = None
                if fetched.status == "ok":
                    # The parser scores the entries it has not seen stored (the writer checks them).
                    parsed = await self.pool.parse(fetched.body, fetched.headers, fetched.url,
                                                   self.analyzer.context(src), self._stored_keys.get(src["id"], frozenset()))
                    fetched.body = b""
            if parsed is None:
                health = await self._db(self._record_unchanged, src, fetched, surge_s)
                res.status = "unchanged"
            else:
                job = _ToStore(src, fetched, parsed, surge_s)
                stored, health = await self._store(job), job.health
                res.status, res.new, res.updated, res.alerts = "ok", len(stored.new_ids), stored.updated, stored.alerts
                res.warning = health.get("last_warning")
                res.name = res.name or health.get("name")
            res.next_poll = health["next_poll"]
        except _Stopped:
            res.error_category, res.error_message = STOPPED, "the poller stopped before the feed answered"
        except FeedError as e:
            res.error_category, res.error_message = e.category, e.message
            res.retry_after = getattr(e, "retry_after", None)
            res.unreachable = getattr(e, "unreachable", False)
        except driver_errors() as e:
            res.error_category, res.error_message = "storage", f"cannot write to the workspace: {e}"
        except Exception as e:  # a bug on one feed is reported on that feed, never a crash of the pass
            res.error_category, res.error_message = "internal", f"{type(e).__name__}: {e}"[:300]
        res.seconds = round(time.monotonic() - t0, 3)
        if res.status == "error" and not res.unreachable and res.error_category != STOPPED:
            await self._record_error_safely(src, res, surge_s, blamed=res.error_category != "storage")
        return res

    async def _unless_stopped(self, work):
        """`work`'s result, or _Stopped as soon as the poller is told to stop (the work cancelled)."""
        if self._stop is None:
            return await work
        task, stop = asyncio.ensure_future(work), asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
        if task.done():
            return task.result()
        task.cancel()
        raise _Stopped

    async def _record_error_safely(self, src, res: SourceResult, surge_s, blamed: bool) -> None:
        try:
            res.next_poll = await self._db(self._record_error, src, res, surge_s, blamed)
        except driver_errors():
            pass  # the pass reports the error; the store cannot take it now (full, read-only, its server gone)

    # --- a pass -----------------------------------------------------------------------------

    def _judge_reach(self, results: list[tuple[dict, SourceResult]]) -> None:
        network = [(s, r) for s, r in results if not is_local(s["url"]) and r.error_category not in NOT_NETWORK_EVIDENCE]
        if not network:
            return
        if any(not r.unreachable for _, r in network):
            self.offline = False
            self._dark_hosts.clear()
        else:
            self._dark_hosts |= {_host(s["url"]) for s, _ in network}
            self.offline = len(self._dark_hosts) >= OFFLINE_AFTER_HOSTS

    async def _pass(self, due: list[dict], released=None) -> PollReport:
        """Poll `due` concurrently. `released(id)` is called as soon as a feed's outcome is
        recorded, so the scheduler may start it again without waiting for the slowest feed."""
        report = PollReport(started=to_iso(self.clock()))
        t0 = time.monotonic()
        surge_s = await self._db(self._surge_s)

        def finished(src: dict, task: asyncio.Task) -> None:
            if released and not task.cancelled() and not task.result().unreachable:
                released(src["id"])

        tasks = []
        for src in due:
            tasks.append(asyncio.create_task(self._one(src, surge_s)))
            tasks[-1].add_done_callback(partial(finished, src))
        try:
            results = await asyncio.gather(*tasks)
        finally:
            for t in tasks:
                t.cancel()
        pairs = list(zip(due, results, strict=True))
        self._judge_reach(pairs)
        for src, res in pairs:
            if res.unreachable:   # recorded only now: whether it is the feed's fault depends on the others
                if self.offline:
                    res.error_category = "offline"
                    res.error_message = f"no network: nothing answered ({res.error_message})"
                await self._record_error_safely(src, res, surge_s, blamed=not self.offline)
                if released:
                    released(src["id"])
        report.sources = results
        report.offline = self.offline
        report.finished = to_iso(self.clock())
        report.seconds = time.monotonic() - t0
        report.alerts = [a for r in results for a in r.alerts] + await self._db(self._finish_pass, report)
        return report

    async def poll(self, *, everything: bool = False) -> PollReport:
        """One pass over the due feeds (`everything`: every enabled feed, now)."""
        due = await self._db(self._due, everything, set())
        return await self._pass(due)

    @staticmethod
    def _hear(asked, wake: asyncio.Event, on_error) -> int:
        """Wake the schedule whenever `asked`'s socket brings a notice; the socket watched. A lost
        connection is reported once and no longer watched: the schedule still looks every REFRESH_S."""
        loop = asyncio.get_running_loop()
        fd = asked.fileno()

        def readable() -> None:
            try:
                if asked.arrived():
                    wake.set()
            except WorkspaceError as e:
                loop.remove_reader(fd)
                if on_error:
                    on_error(e)

        loop.add_reader(fd, readable)
        return fd

    def _seconds_to_next(self, busy: set[int]) -> float:
        row = self.db.execute("SELECT min(next_poll) FROM sources WHERE enabled = 1 AND next_poll IS NOT NULL "
                              f"AND id NOT IN ({','.join(str(i) for i in busy) or '0'})").fetchone()
        if not row or not row[0]:
            return REFRESH_S
        return max(0.0, min(REFRESH_S, (from_iso(row[0]) - self.clock()).total_seconds()))

    async def run(self, stop: asyncio.Event, on_report=None, on_error=None, asked=None) -> None:
        """Poll on schedule until `stop` is set. Passes overlap: a feed that is due is started
        even while slow feeds of an earlier pass are still running. `asked`: a listener
        (console.store.notify) whose notices ("Poll now" at any desk) make it look at once."""
        busy: set[int] = set()
        passes: set[asyncio.Task] = set()
        wake = asyncio.Event()
        heard = self._hear(asked, wake, on_error) if asked is not None else None

        def released(sid: int) -> None:
            busy.discard(sid)
            wake.set()

        def done(task: asyncio.Task) -> None:
            passes.discard(task)
            if task.cancelled():
                return
            if task.exception() is not None:
                if on_error:
                    on_error(task.exception())
            elif on_report:
                on_report(task.result())

        async def relay_stop() -> None:
            await stop.wait()
            wake.set()

        self._stop = stop
        relay = asyncio.create_task(relay_stop())
        while not stop.is_set():
            wake.clear()
            try:
                due = await self._db(self._due, False, set(busy))
                wait = await self._db(self._seconds_to_next, busy | {s["id"] for s in due})
            except Exception as e:  # either engine's error, a server gone: the service keeps its schedule
                if on_error:
                    on_error(e)
                due, wait = [], REFRESH_S
            if due:
                busy |= {s["id"] for s in due}
                task = asyncio.create_task(self._pass(due, released))
                passes.add(task)
                task.add_done_callback(done)
            try:
                # Whole seconds are the schedule's resolution: wake just after the next one is due.
                await asyncio.wait_for(wake.wait(), wait + 0.05)
                await asyncio.sleep(WAKE_COALESCE_S)   # many feeds finishing at once: look once
            except TimeoutError:
                pass
        relay.cancel()
        if heard is not None:
            asyncio.get_running_loop().remove_reader(heard)
        if passes:  # fetches in flight end at once; what was fetched is still stored
            await asyncio.wait(set(passes), timeout=STOP_GRACE_S)
        for task in list(passes):
            task.cancel()
        await asyncio.gather(*passes, return_exceptions=True)
