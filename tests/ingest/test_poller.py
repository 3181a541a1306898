"""The poller end to end in one process: real loopback server, real parser processes, real
workspace database; time is a fake clock so hours of backoff and outage take no time."""

import asyncio
from datetime import timedelta

import pytest
from helpers import faultserver, slowparse
from helpers.fakedns import FakeResolver
from helpers.faultserver import FaultServer, closed_port

from console.analysis.pipeline import Analyzer
from console.ingest import sources
from console.ingest.fetch import Limits
from console.ingest.poller import BACKOFF_CAP_S, OFFLINE_RETRY_S, Poller, PollerConfig, failure_delay_s
from console.store import mentions, open_db
from console.timeutil import epoch_to_iso, from_iso, utcnow

FAST = PollerConfig(limits=Limits(deadline_s=2, connect_timeout_s=0.5, max_bytes=1 << 20), parse_workers=2,
                    parse_deadline_s=2)


class Clock:
    def __init__(self):
        self.now = utcnow()

    def __call__(self):
        return self.now

    def advance(self, **kw):
        self.now += timedelta(**kw)


@pytest.fixture
def clock():
    return Clock()


def poll(db, clock=None, everything=False, config=FAST, **kw):
    async def go():
        async with Poller(db, config, clock=clock or utcnow, **kw) as p:
            return await p.poll(everything=everything)
    return asyncio.run(go())


def add(db, url, **kw):
    return sources.add(db, url, internal=True, **kw)["id"]


def source(db, sid):
    return sources.get(db, sid)


def by_id(report):
    return {s.id: s for s in report.sources}


def test_a_first_pass_stores_everything_and_a_second_is_all_304(db, server):
    ids = [add(db, server.feed(f"/f{i}.xml", faultserver.rss(f"Feed {i}", faultserver.items(i, 10)))) for i in range(3)]
    first = poll(db)
    assert [(s.status, s.new) for s in first.sources] == [("ok", 10)] * 3
    assert first.public()["new"] == 30 and not first.offline
    assert source(db, ids[0])["name"] == "Feed 0" and source(db, ids[0])["kind"] == "rss"
    second = poll(db, everything=True)
    assert [(s.status, s.new) for s in second.sources] == [("unchanged", 0)] * 3
    assert server.hits("304") == 3
    assert len(mentions.query(db, limit=100)) == 30


def test_only_due_feeds_are_polled_unless_everything_is_asked(db, server, clock):
    a = add(db, server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 2))), interval_s=600)
    b = add(db, server.feed("/b.xml", faultserver.rss("B", faultserver.items(2, 2))), interval_s=60)
    off = add(db, server.feed("/c.xml", faultserver.rss("C", faultserver.items(3, 2))))
    sources.disable(db, off)
    assert {s.id for s in poll(db, clock).sources} == {a, b}
    assert poll(db, clock).sources == []
    clock.advance(seconds=61)
    assert [s.id for s in poll(db, clock).sources] == [b]
    assert {s.id for s in poll(db, clock, everything=True).sources} == {a, b}
    assert server.hits("/c.xml") == 0


def test_failures_back_off_exponentially_capped_and_recover(db, server, clock):
    port = closed_port()
    sid = add(db, f"http://127.0.0.1:{port}/feed.xml", interval_s=900)
    delays = []
    for _ in range(8):
        r = poll(db, clock, everything=True).sources[0]
        assert r.status == "error" and r.error_category == "network"
        delays.append((from_iso(r.next_poll) - clock.now).total_seconds())
        clock.advance(hours=7)
    assert delays == [900, 1800, 3600, 7200, 14400, BACKOFF_CAP_S, BACKOFF_CAP_S, BACKOFF_CAP_S]
    assert source(db, sid)["consecutive_failures"] == 8
    back = FaultServer(port)
    try:
        back.feed("/feed.xml", faultserver.rss("Back", faultserver.items(1, 3)))
        r = poll(db, clock).sources[0]   # due: the capped backoff has passed
        assert (r.status, r.new) == ("ok", 3)
        s = source(db, sid)
        assert s["consecutive_failures"] == 0 and s["last_error_category"] is None and s["last_status"] == "ok"
    finally:
        back.close()


def test_backoff_never_parks_a_feed_longer_than_the_cap_or_its_interval():
    assert failure_delay_s(60, 1) == 60
    assert failure_delay_s(60, 1000) == BACKOFF_CAP_S
    assert failure_delay_s(86400, 5) == 86400


def test_retry_after_is_honoured_in_the_next_poll_time(db, server, clock):
    sid = add(db, server.url("/status/503?retry=5000"), interval_s=60)
    r = poll(db, clock).sources[0]
    assert r.error_category == "http" and "5000 s" in r.error_message
    assert (from_iso(r.next_poll) - clock.now).total_seconds() == 5000
    clock.advance(seconds=4000)
    assert poll(db, clock).sources == []
    assert source(db, sid)["retry_after"] == r.next_poll


def test_no_network_at_all_is_offline_and_no_feed_is_blamed(db, clock):
    dns = FakeResolver({})   # every name fails to resolve, as with no network
    ids = [sources.add(db, f"https://news{i}.example/feed.xml")["id"] for i in range(3)]
    for _ in range(5):      # hours of outage
        report = poll(db, clock, everything=True, resolver=dns)
        assert report.offline
        assert {s.error_category for s in report.sources} == {"offline"}
        clock.advance(hours=1)
    for sid in ids:
        s = source(db, sid)
        assert s["consecutive_failures"] == 0 and s["last_status"] == "offline" and s["last_error_category"] is None
        assert (from_iso(s["next_poll"]) - (clock.now - timedelta(hours=1))).total_seconds() == OFFLINE_RETRY_S
    state = db.execute("SELECT value FROM settings WHERE key = 'poller_state'").fetchone()[0]
    assert '"offline": true' in state


def test_when_the_network_returns_every_feed_resumes_within_one_interval(db, clock):
    ports = [closed_port() for _ in range(3)]
    ids = [add(db, f"http://127.0.0.1:{p}/feed.xml", interval_s=600) for p in ports]
    for _ in range(3):
        assert poll(db, clock, everything=True).offline
        clock.advance(hours=2)
    servers = [FaultServer(p) for p in ports]
    try:
        for i, s in enumerate(servers):
            s.feed("/feed.xml", faultserver.rss(f"F{i}", faultserver.items(i, 4)))
        clock.advance(seconds=600)
        report = poll(db, clock)          # scheduled, not forced
        assert not report.offline
        assert sorted((s.id, s.status, s.new) for s in report.sources) == [(i, "ok", 4) for i in ids]
    finally:
        for s in servers:
            s.close()


def test_one_dead_host_among_live_ones_is_that_feeds_fault(db, server, clock):
    good = add(db, server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 2))))
    dead = add(db, f"http://127.0.0.1:{closed_port()}/feed.xml")
    report = poll(db, clock)
    assert not report.offline
    assert by_id(report)[good].status == "ok"
    assert source(db, dead)["consecutive_failures"] == 1 and source(db, dead)["last_error_category"] == "network"


def test_half_the_feeds_hanging_do_not_delay_the_others(db, server):
    config = PollerConfig(limits=Limits(deadline_s=4, connect_timeout_s=2), parse_workers=2)
    warm = add(db, server.feed("/warm.xml", faultserver.rss("warm", faultserver.items(99, 1))))

    async def go():
        async with Poller(db, config) as p:
            await p.poll()     # the parser processes are up before the pass that is measured
            healthy = [add(db, server.feed(f"/ok{i}.xml", faultserver.rss("ok", faultserver.items(i, 5))))
                       for i in range(8)]
            hanging = [add(db, server.url(f"/hang?{i}")) for i in range(8)]
            return healthy, hanging, by_id(await p.poll())
    healthy, hanging, report = asyncio.run(go())
    assert warm not in report
    for sid in healthy:
        assert report[sid].status == "ok" and report[sid].seconds < config.limits.deadline_s / 2
    for sid in hanging:
        assert report[sid].error_category == "timeout"


def test_while_hanging_feeds_run_a_due_feed_is_still_polled_on_time(db, server):
    """The scheduled loop starts a feed when it is due, even if an earlier pass is still waiting
    on hanging feeds."""
    for i in range(4):
        add(db, server.url(f"/hang?{i}"))
    fast = add(db, server.feed("/fast.xml", faultserver.rss("fast", faultserver.items(1, 2)), conditional=False))
    db.execute("UPDATE sources SET interval_s = 1 WHERE id = ?", [fast])   # below the CLI minimum, for the test
    db.conn.commit()
    slow = PollerConfig(limits=Limits(deadline_s=10, connect_timeout_s=2), parse_workers=1)

    async def go():
        stop = asyncio.Event()
        async with Poller(db, slow) as p:
            task = asyncio.create_task(p.run(stop))
            await asyncio.sleep(5)
            hits = server.hits("/fast.xml")
            stop.set()
            await task
        return hits
    assert asyncio.run(go()) >= 2      # polled again long before the hanging feeds' 10 s deadline


def test_a_parse_over_its_deadline_kills_that_parser_and_the_rest_go_on(db, server):
    slow = add(db, server.feed("/slow.xml", b"SLOW" + b" " * 100, conditional=False))
    crash = add(db, server.feed("/crash.xml", b"CRASH", conditional=False))
    good = [add(db, server.feed(f"/g{i}.xml", faultserver.rss("g", faultserver.items(i, 3)))) for i in range(4)]
    report = by_id(poll(db, parse=slowparse.parse))
    assert report[slow].error_category == "parse_timeout" and "2 s" in report[slow].error_message
    assert report[crash].error_category == "parse_failed"
    assert all(report[g].status == "ok" and report[g].new == 3 for g in good)
    assert source(db, slow)["last_error_category"] == "parse_timeout"


def test_hostile_answers_each_end_as_a_categorised_error_on_their_feed(db, server):
    routes = {"/hang": "timeout", "/drip": "timeout", "/endless": "too_large", "/gzip-bomb": "too_large",
              "/loop": "redirects", "/status/500": "http", "/short": "truncated"}
    ids = {add(db, server.url(r)): c for r, c in routes.items()}
    html = add(db, server.feed("/page.html", "<!doctype html><html><body>Log in</body></html>", content_type="text/html"))
    report = by_id(poll(db))
    for sid, category in ids.items():
        assert (report[sid].status, report[sid].error_category) == ("error", category), report[sid]
        assert report[sid].error_message and "\n" not in report[sid].error_message
    assert report[html].error_category == "not_a_feed"
    assert mentions.query(db) == []


def test_a_loopback_feed_not_marked_internal_is_refused_with_no_request(db, server):
    url = server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 2)))
    db.execute("INSERT INTO sources (url, added_at) VALUES (?, '2026-01-01T00:00:00Z')", [url])  # e.g. an old row
    db.conn.commit()
    r = poll(db).sources[0]
    assert r.error_category == "refused_address" and server.hits("/a.xml") == 0


def test_alerts_from_the_analysis_hook_are_reported(db, server):
    class Alerting(Analyzer):
        def after_insert(self, db, new_ids):
            return [1000 + len(new_ids)]

        def after_poll(self, db):
            return [7]
    add(db, server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 4))))
    report = poll(db, analyzer=Alerting(db))
    assert report.alerts == [1004, 7] and report.public()["alerts_raised"] == 2


def test_surge_polling_makes_healthy_priority_feeds_due_sooner(db, server, clock):
    from console.incidents import crisis_state
    pri = add(db, server.feed("/p.xml", faultserver.rss("P", faultserver.items(1, 2))), interval_s=900, priority=True)
    add(db, server.feed("/n.xml", faultserver.rss("N", faultserver.items(2, 2))), interval_s=900)
    poll(db, clock)
    with db.atomic():
        crisis_state.start(db, 1)
    clock.advance(seconds=crisis_state.SURGE_INTERVAL_S + 1)
    assert [s.id for s in poll(db, clock).sources] == [pri]


@pytest.mark.slow
def test_a_100k_entry_feed_is_kept_to_the_newest_5000_within_the_deadlines(db, server):
    items = "".join(f"<item><title>Acme {i}</title><guid>urn:big:{i}</guid>"
                    f"<pubDate>{faultserver.email.utils.formatdate(1_700_000_000 + i, usegmt=True)}</pubDate></item>"
                    for i in range(100_000))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'
    sid = add(db, server.feed("/big.xml", body, encoding="gzip"))
    r = poll(db, config=PollerConfig()).sources[0]    # the default limits: 30 s fetch, 20 s parse, 15 MiB
    assert (r.status, r.new) == ("ok", 5000), r
    assert "capped" in r.warning
    newest = db.execute("SELECT min(title), max(published) FROM mentions WHERE source_id = ?", [sid]).fetchone()
    assert newest == ("Acme 95000", epoch_to_iso(1_700_000_000 + 99_999))


def test_surge_polling_ends_by_the_pollers_clock(db, server, clock):
    from console.store import settings
    pri = add(db, server.feed("/p.xml", faultserver.rss("P", faultserver.items(1, 2))), interval_s=3 * 86400,
              priority=True)
    poll(db, clock)
    settings.start_crisis(db, 1, clock.now + timedelta(hours=1), 60)
    clock.advance(minutes=2)
    assert [s.id for s in poll(db, clock).sources] == [pri]
    clock.advance(hours=2)          # surge is over for the poller, whatever the wall clock says
    after = poll(db, clock).sources
    assert [s.id for s in after] == [pri] and from_iso(after[0].next_poll) == clock.now + timedelta(days=3)
    clock.advance(minutes=2)
    assert poll(db, clock).sources == []


def test_a_feed_whose_storing_fails_fails_alone_when_stored_with_others(db, server, monkeypatch):
    """Feeds parsed while the writer was busy are stored together; one that cannot be stored
    (here the analysis breaks on its text) is that feed's error, and the others are stored."""
    import time

    from console.ingest import poller

    ids = [add(db, server.feed(f"/f{i}.xml", faultserver.rss(f"Feed {i}", faultserver.items(i, 5)))) for i in range(6)]
    poison = [{"title": "Poison kettle", "guid": "urn:bad", "text": "poison"}]
    bad = add(db, server.feed("/bad.xml", faultserver.rss("Bad", poison)))
    groups = []

    def store_feeds(db, feeds, analyzer, **kw):
        groups.append(len(feeds))
        if len(groups) == 1:
            time.sleep(1.0)   # a busy writer: the other feeds are parsed meanwhile and wait together
        return poller_store_feeds(db, feeds, analyzer, **kw)

    poller_store_feeds = poller.store_feeds
    monkeypatch.setattr(poller, "store_feeds", store_feeds)

    class BreaksOnPoison(Analyzer):
        def score(self, rows, source, scores=None, scored_with=None):
            if any("Poison" in r["title"] for r in rows):
                raise RuntimeError("the analysis broke")
            super().score(rows, source, scores, scored_with)

    report = by_id(poll(db, analyzer=BreaksOnPoison(db)))
    assert max(groups) >= 3
    assert (report[bad].status, report[bad].error_category) == ("error", "internal")
    assert [(report[i].status, report[i].new) for i in ids] == [("ok", 5)] * 6
    assert len(mentions.query(db, limit=100)) == 30 and source(db, bad)["last_status"] == "error"


def test_a_feed_whose_task_was_cancelled_is_stored_by_the_next_and_none_goes_without(db, monkeypatch):
    """The writer's queue keeps its order when a task is cancelled while its feed waits: the next
    job takes it along (its entries are stored), and gets its own outcome even past the group's size."""
    from console.ingest import poller
    from console.ingest.fetch import Fetched, Validators
    from console.ingest.model import Entry, ParsedFeed
    from console.ingest.poller import _ToStore

    monkeypatch.setattr(poller, "GROUP_ENTRIES", 3)
    p = Poller(db, FAST, analyzer=Analyzer(db))
    jobs = []
    for n in range(3):
        sid = add(db, f"http://127.0.0.1:9/{n}.xml")
        entries = [Entry(dedupe_key=f"g:{n}:{i}", title=f"Acme {n} {i}", text="", guid=f"{n}:{i}", lang="en")
                   for i in range(3)]
        jobs.append(_ToStore(source(db, sid), Fetched("ok", "http://127.0.0.1:9/", Validators(etag=f"e{n}")),
                             ParsedFeed("rss", entries=entries), None))
    p._to_store.extend(jobs)
    p._store_waiting(jobs[1])             # the job of jobs[0] was cancelled: it never runs
    assert [len(j.outcome.new_ids) for j in jobs[:2]] == [3, 3] and jobs[2].outcome is None
    assert list(p._to_store) == [jobs[2]]
    p._store_waiting(jobs[2])
    assert len(jobs[2].outcome.new_ids) == 3 and not p._to_store
    etags = dict(db.execute("SELECT id, etag FROM sources").fetchall())
    assert [etags[j.src["id"]] for j in jobs] == ["e0", "e1", "e2"]
    p.writer.shutdown()



def test_on_a_shared_workspace_a_feed_the_store_refuses_is_one_feed_error_not_a_failed_pass(pg_url, server):
    """The server refuses the feed's mentions, and then the record of that failure on its source:
    the pass still ends with its report, the other feed stored (before, PostgreSQL's error
    escaped the pass where SQLite's did not)."""
    db = open_db(pg_url)
    try:
        bad = add(db, server.feed("/bad.xml", faultserver.rss("Bad", faultserver.items(1, 3))))
        good = add(db, server.feed("/good.xml", faultserver.rss("Good", faultserver.items(2, 3))))
        db.execute(f"""CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the server refuses source {bad}'; END $$""")
        db.execute(f"CREATE TRIGGER refuse_mentions BEFORE INSERT ON mentions FOR EACH ROW "
                   f"WHEN (NEW.source_id = {bad}) EXECUTE FUNCTION refuse()")
        db.execute(f"CREATE TRIGGER refuse_sources BEFORE UPDATE ON sources FOR EACH ROW "
                   f"WHEN (NEW.id = {bad}) EXECUTE FUNCTION refuse()")
        report = poll(db)
        feeds = by_id(report)
        assert (feeds[bad].status, feeds[bad].error_category) == ("error", "storage")
        assert f"the server refuses source {bad}" in feeds[bad].error_message
        assert (feeds[good].status, feeds[good].new) == ("ok", 3)
        assert [tuple(r) for r in db.execute("SELECT source_id, count(*) FROM mentions GROUP BY source_id")] == [(good, 3)]
    finally:
        db.close()
