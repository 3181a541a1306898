"""Commands over feeds and polling: `feeds ...`, `poll`, and `self-test`.

The poller (and with it the HTTP client) is imported only by the commands that poll, so every
other command starts without it."""

import asyncio
import signal
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING

from console.cli.validate import row_id
from console.errors import ConsoleError, UsageError, WorkspaceError
from console.ingest import sources
from console.resources import resource

if TYPE_CHECKING:
    from console.ingest.poller import PollReport


def register(sub) -> None:
    p = sub.add_parser("feeds", help="the feeds polled into this workspace")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="add a feed URL, a file:// URL or a path to a local feed file")
    a.add_argument("url", metavar="URL_OR_PATH")
    a.add_argument("--name", help="a name to show instead of the feed's own title")
    a.add_argument("--interval", type=int, default=sources.DEFAULT_INTERVAL_S, metavar="SECONDS",
                   help=f"poll every SECONDS (default {sources.DEFAULT_INTERVAL_S}, at least {sources.MIN_INTERVAL_S})")
    a.add_argument("--priority", action="store_true", help="poll first, and faster during surge polling")
    a.add_argument("--internal", action="store_true",
                   help="the feed is on your own network: allow private, loopback and link-local addresses")
    a.add_argument("--reach", default="social", choices=sources.REACHES, help="what kind of source this is")
    a.set_defaults(handler=cmd_add)
    a = acts.add_parser("list", help="every feed with its health")
    a.add_argument("--json", action="store_true", help="print a JSON array")
    a.set_defaults(handler=cmd_list)
    for name, fn, text in (("enable", sources.enable, "poll a feed again"), ("disable", sources.disable, "stop polling a feed"),
                           ("remove", sources.remove, "stop polling a feed for good (its mentions are kept)")):
        a = acts.add_parser(name, help=text)
        a.add_argument("id", type=row_id)
        a.set_defaults(handler=lambda ctx, fn=fn, name=name: _change(ctx, fn, name))
    a = acts.add_parser("import", help="add the feeds of an OPML file")
    a.add_argument("file", metavar="FILE.opml")
    a.add_argument("--allow-internal", action="store_true",
                   help="honour the file's cc:internal flags (loopback and private addresses); off by default")
    a.add_argument("--allow-files", action="store_true",
                   help="add outlines that name local files (never under /proc, /sys or /dev); off by default")
    a.set_defaults(handler=cmd_import)
    a = acts.add_parser("export", help="write every feed to an OPML 2.0 file")
    a.add_argument("file", metavar="FILE.opml")
    a.set_defaults(handler=cmd_export)

    p = sub.add_parser("poll", help="poll feeds on schedule until interrupted, or once with --once")
    p.add_argument("--once", action="store_true", help="one pass over the due feeds, then exit")
    p.add_argument("--all", action="store_true", help="with --once: every enabled feed, due or not")
    p.add_argument("--json", action="store_true", help="with --once: print the pass as one JSON object")
    p.add_argument("--wait", action="store_true", help="when another poller runs on the workspace, wait for it to "
                                                       "stop instead of exiting (feeds are never polled twice at once)")
    p.set_defaults(handler=cmd_poll)

    p = sub.add_parser("self-test", help="poll a bundled feed into a temporary workspace and check the store")
    p.set_defaults(handler=cmd_self_test)


def cmd_add(ctx) -> int:
    a = ctx.args
    s = sources.add(ctx.db, a.url, name=a.name, interval_s=a.interval, priority=a.priority, internal=a.internal,
                    reach=a.reach)
    print(f"added feed {s['id']}: {s['url']}" + (" (internal)" if s["internal"] else ""))
    return 0


def cmd_list(ctx) -> int:
    return ctx.print_rows(sources.list_sources(ctx.db), _feed_line)


def _feed_line(s: dict) -> str:
    state = "on " if s["enabled"] else "off"
    health = s["last_status"] or "new"
    if s["last_error_category"] and health == "error":
        health = f"error: {s['last_error_category']} ({s['consecutive_failures']}x)"
    return f"{s['id']:>5} {state} {health:<28} {s['mentions']:>6} mentions  {s['name'] or s['url']}"


def _change(ctx, fn, verb: str) -> int:
    s = fn(ctx.db, ctx.args.id)
    print(f"feed {s['id']} {verb}d: {s['url']}" + (" (its mentions are kept)" if verb == "remove" else ""))
    return 0


def cmd_import(ctx) -> int:
    result = sources.import_opml(ctx.db, ctx.args.file, allow_internal=ctx.args.allow_internal,
                                 allow_files=ctx.args.allow_files)
    for s in result.added:
        print(f"added feed {s['id']}: {s['url']}" + (" (internal)" if s["internal"] else ""))
    for url, why in result.skipped:
        print(f"skipped {url}: {why}")
    print(f"{len(result.added)} feeds added, {len(result.skipped)} skipped")
    return 0


def cmd_export(ctx) -> int:
    n = sources.export_opml(ctx.db, ctx.args.file)
    print(f"{n} feeds written to {ctx.args.file}")
    return 0


def print_report(report: "PollReport", *, quiet_unchanged: bool = False) -> None:
    for s in report.sources:
        if quiet_unchanged and s.status == "unchanged":
            continue
        detail = {"ok": f"{s.new} new" + (f", {s.updated} updated" if s.updated else ""), "unchanged": "unchanged",
                  "error": f"{s.error_category}: {s.error_message}"}[s.status]
        print(f"{s.status:<9} {s.name or s.url}  {detail}" + (f"  [warning: {s.warning}]" if s.warning else ""))
    p = report.public()
    print(f"polled {p['polled']} feeds in {p['seconds']:.1f} s: {p['ok']} ok, {p['unchanged']} unchanged, "
          f"{p['errors']} errors, {p['new']} new mentions, {p['alerts_raised']} alerts"
          + (" - OFFLINE: nothing answered, feeds not blamed" if p["offline"] else ""))
    sys.stdout.flush()


def cmd_poll(ctx) -> int:
    a = ctx.args
    if (a.all or a.json) and not a.once:
        raise UsageError("--all and --json go with --once")
    if getattr(a, "offline", False):
        raise UsageError("the poller does not run in --offline mode")
    ws = ctx.workspace
    db = ctx.db
    with _writer_lock(ws, a.wait):
        from console.ingest import parsepool

        parsepool.warm_up()
        if a.once:
            report = asyncio.run(_once(db, a.all))
            if a.json:
                ctx.print_json(report.public())
            else:
                print_report(report)
            return 0
        asyncio.run(_forever(db))
    return 0


PROBE_GRACE_S = 1.0


@contextmanager
def _writer_lock(ws, wait: bool):
    """The one poller's lock, taken at once, or (--wait) once the running poller has stopped; a
    SIGTERM while waiting ends the command quietly, as it ends a running poller. A window asking
    whether a poller runs holds the lock for an instant, so a held lock is asked again for
    PROBE_GRACE_S before this poll gives up."""
    said = False
    give_up = time.monotonic() + PROBE_GRACE_S
    while True:
        try:
            lock = ws.writer_lock().acquire()
            break
        except WorkspaceError as e:
            if not wait:
                if time.monotonic() < give_up:
                    time.sleep(0.1)
                    continue
                raise WorkspaceError(f"{e}; poll --wait polls once it has stopped") from None
            if not said:
                print(f"waiting: {e}", file=sys.stderr, flush=True)
                signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
                said = True
            time.sleep(1)
    try:
        yield lock
    finally:
        lock.release()


async def _once(db, everything: bool) -> "PollReport":
    from console.ingest.poller import Poller

    async with Poller(db) as poller:
        return await poller.poll(everything=everything)


async def _forever(db) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, AttributeError, RuntimeError):  # Windows: Ctrl+C raises KeyboardInterrupt
            pass
    print("polling on schedule; Ctrl+C (or SIGTERM) stops", flush=True)

    def failed(e: BaseException) -> None:
        print(f"poll pass failed: {e}", file=sys.stderr, flush=True)

    from console.ingest.poller import Poller

    asked = _poll_now_listener(db)
    try:
        async with Poller(db) as poller:
            await poller.run(stop, on_report=lambda r: print_report(r, quiet_unchanged=True), on_error=failed,
                             asked=asked)
    finally:
        if asked is not None:
            asked.close()
    print("poller stopped", flush=True)


def _poll_now_listener(db):
    """On a shared workspace, a connection that hears "Poll now" from any desk; None on a folder."""
    from console.store import notify
    from console.store.engine import POSTGRES, engine_of

    return notify.listener(db.url, [notify.POLL_NOW_CHANNEL]) if engine_of(db) == POSTGRES else None


def _demo_feed():
    demo = resource("demo")
    files = sorted(p for p in demo.glob("*.xml") if p.is_file()) if demo.is_dir() else []
    if not files:
        raise WorkspaceError(f"self-test: no bundled demo feed (*.xml) in {demo}")
    return files[0]


def cmd_self_test(ctx) -> int:
    from console.store import audit
    from console.workspace import Workspace

    def ok(what: str) -> None:
        print(f"ok   {what}", flush=True)

    feed = _demo_feed()
    with tempfile.TemporaryDirectory(prefix="crisis-console-self-test-") as tmp:
        ws = Workspace(tmp)
        try:
            db = ws.db
            ok(f"opened a temporary workspace ({ws.db_path})")
            src = sources.add(db, str(feed))
            report = asyncio.run(_once(db, True))
            res = report.sources[0]
            if res.status != "ok" or res.new < 1:
                raise WorkspaceError(f"self-test: polling {feed.name} failed: {res.error_category}: {res.error_message}")
            ok(f"polled the bundled feed {feed.name} through the parser processes: {res.new} mentions")
            stored = db.execute("SELECT count(*) FROM mentions WHERE source_id = ?", [src["id"]]).fetchone()[0]
            if stored != res.new:
                raise WorkspaceError(f"self-test: {res.new} mentions reported but {stored} stored")
            ok(f"the store holds the {stored} mentions")
            check = db.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise WorkspaceError(f"self-test: integrity_check says {check}")
            ok("integrity_check: ok")
            v = audit.verify(db)
            if not v.ok:
                raise WorkspaceError(f"self-test: the audit chain is broken: {v.problem}")
            ok(f"audit chain verified ({v.rows} rows)")
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            score = SentimentIntensityAnalyzer().polarity_scores("The support was terrible and rude")["compound"]
            if not score < 0:
                raise WorkspaceError("self-test: the VADER lexicon did not score a negative sentence as negative")
            ok(f"built the VADER analyzer (a negative sentence scores {score:.2f})")
        except (sqlite3.Error, OSError) as e:
            raise ConsoleError(f"self-test: {e}") from e
        finally:
            ws.close()
    print("self-test passed")
    return 0
