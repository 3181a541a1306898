"""Spike, critical-mention and source-dark alerts, through the real writer and Analyzer."""

import json
from datetime import datetime, timedelta

import pytest

from console.analysis import alerts, watchterms
from console.timeutil import to_iso
from console.workspace import Workspace

H = timedelta(hours=1)


def history(feed, days=7, brands=("Acme", "Zenith", "Bolt")):
    """A mild complaint an hour per brand for `days` (the baseline of the acceptance storm)."""
    feed.post([feed.entry(f"{b} delivery was a bit late today, order {h}", ago=h * H + timedelta(minutes=10 * i))
               for h in range(days * 24, 1, -1) for i, b in enumerate(brands)])


def storm(feed, text="Acme kettle exploded and burned my hand, recall it now #{}", n=40, start=timedelta(minutes=30)):
    return feed.post([feed.entry(text.format(i), ago=start - timedelta(seconds=40 * i)) for i in range(n)])


def spikes(db):
    return [a for a in alerts.listing(db) if a["kind"] == "spike"]


@pytest.fixture
def brands(db):
    for term, kind in [("Acme", "brand"), ("Zenith", "competitor"), ("Bolt", "competitor")]:
        watchterms.add(db, term, kind)


def test_a_storm_raises_one_explained_alert_per_term_and_overall(feed, db, brands):
    history(feed)
    assert spikes(db) == []                        # a week of mild complaints is the baseline, not a spike
    stored = storm(feed)
    raised = spikes(db)
    assert sorted(a["term"] or "" for a in raised) == ["", "Acme"]
    acme = next(a for a in raised if a["term"] == "Acme")
    assert set(stored.alerts) >= {a["id"] for a in raised}
    assert acme["current"] >= 39 and acme["baseline"] < 1 and acme["window_s"] == 1800
    assert acme["current"] > acme["baseline"] + 2 * acme["sigma"]
    assert len(set(acme["mentions"]) & set(stored.new_ids)) >= 39 and acme["details"]["k"] == 2.0
    assert "Zenith" not in json.dumps(raised) and "Bolt" not in json.dumps(raised)
    # more of the same storm, ten minutes later: the cool-down holds, still one alert
    feed.clock.advance(minutes=10)
    storm(feed, n=10, start=timedelta(minutes=5), text="Acme kettle exploded again #{}")
    assert len(spikes(db)) == 2
    # after the cool-down a storm that goes on may alert again
    feed.clock.advance(minutes=61)
    storm(feed, n=40, start=timedelta(minutes=20), text="Acme kettle exploded, still going #{}")
    assert len([a for a in spikes(db) if a["term"] == "Acme"]) == 2


def test_a_happy_surge_raises_nothing(feed, db, brands):
    history(feed)
    storm(feed, text="Bolt just launched the best phone ever, love it, amazing #{}")
    assert spikes(db) == []


def test_last_weeks_storm_found_in_a_first_poll_is_history(feed, db, brands):
    history(feed)
    storm(feed, start=timedelta(days=6))
    assert spikes(db) == []
    assert [a for a in alerts.listing(db) if a["kind"] == "critical_mention"] == []   # old news, no alarm


def test_no_spike_without_enough_history(feed, db, brands):
    history(feed, days=0)
    storm(feed)
    assert spikes(db) == []


def test_sensitivity_presets(feed, db, brands):
    history(feed)
    db.execute("INSERT INTO settings (key, value) VALUES ('analysis.spike_sensitivity', 'calm')")
    storm(feed, n=6)   # six exploding kettles on a quiet day: above min_count, calm k=3 still alerts
    got = spikes(db)
    assert got and all(a["details"]["k"] == 3.0 and a["details"]["sensitivity"] == "calm" for a in got)


def test_critical_mentions_alert_once_per_cluster(feed, db, brands):
    watchterms.add(db, '"food poisoning" OR exploded', "risk")
    storm(feed, n=5)
    crit = [a for a in alerts.listing(db) if a["kind"] == "critical_mention"]
    assert len(crit) == 1 and crit[0]["term"] == "Acme" and len(crit[0]["mentions"]) == 5
    assert crit[0]["details"]["cluster"].startswith("acme|product_defect|")
    storm(feed, n=5, text="Acme kettle exploded and burned my hand, recall it now! #{}")
    assert len([a for a in alerts.listing(db) if a["kind"] == "critical_mention"]) == 1   # rate-limited


def test_source_dark(db, clock, make_feed):
    quiet = make_feed("http://127.0.0.1:9/a.xml", priority=True)
    make_feed("http://127.0.0.1:9/b.xml", priority=False)   # not a priority: never alerts
    failing = make_feed("http://127.0.0.1:9/c.xml", priority=True)
    offline = make_feed("http://127.0.0.1:9/d.xml", priority=True)
    ok = to_iso(clock.now)
    for f in (quiet, failing, offline):
        db.execute("UPDATE sources SET last_success = ?, interval_s = 600 WHERE id = ?", [ok, f.source_id])
    db.execute("UPDATE sources SET consecutive_failures = 4 WHERE id = ?", [failing.source_id])
    db.execute("UPDATE sources SET last_status = 'offline' WHERE id = ?", [offline.source_id])
    a = quiet.analyzer
    first = a.after_poll(db)
    assert [x["source_id"] for x in alerts.listing(db) if x["id"] in first] == [failing.source_id]
    clock.advance(minutes=31)                        # three 10-minute intervals without a success
    second = a.after_poll(db)
    assert [x["source_id"] for x in alerts.listing(db) if x["id"] in second] == [quiet.source_id]
    assert a.after_poll(db) == []                    # one alert per dark spell
    clock.advance(minutes=1)
    db.execute("UPDATE sources SET last_success = ? WHERE id = ?", [to_iso(clock.now), quiet.source_id])
    clock.advance(minutes=31)
    third = a.after_poll(db)                         # it came back, then went dark again
    assert [x["source_id"] for x in alerts.listing(db) if x["id"] in third] == [quiet.source_id]
    dark = alerts.listing(db)[0]
    assert dark["kind"] == "source_dark" and dark["details"]["interval_s"] == 600 and dark["window_s"] == 1800


def test_alerts_command(cli):
    cli("watch", "add", "Acme", "--kind", "brand")
    ws = Workspace(cli.folder)
    try:
        alerts.raise_alert(ws.db, "spike", datetime(2026, 1, 1), term="Acme", baseline=0.5,
                           current=40, sigma=0.5, window_s=1800, mentions=[3, 4], details={"k": 2.0})
        alerts.raise_alert(ws.db, "spike", datetime(2026, 1, 2), baseline=1.5, current=41,
                           sigma=0.7, window_s=1800, mentions=[3, 4, 5])
        ws.db.conn.commit()
    finally:
        ws.close()
    got = json.loads(cli("alerts", "--json").stdout)
    assert [(a["term"], a["current"], a["mentions"]) for a in got] == [(None, 41, [3, 4, 5]), ("Acme", 40, [3, 4])]
    assert set(got[0]) >= {"id", "kind", "term", "baseline", "current", "sigma", "window_s", "raised_at", "mentions"}
    assert "spike" in cli("alerts").stdout


def test_a_drill_storm_neither_alerts_nor_cools_down_nor_moves_the_real_baseline(feed, db, brands):
    history(feed)
    drill = storm(feed, text="DRILL: Acme kettle exploded and burned my hand #{}")
    with db.atomic():        # as console.drills.replay marks what a drill stores and raises
        db.execute("UPDATE mentions SET drill = 1 WHERE id IN (SELECT value FROM json_each(?))",
                   [json.dumps(drill.new_ids)])
        db.execute("UPDATE alerts SET drill = 1")
    drilled = {a["id"] for a in spikes(db)}
    # One real complaint in the same half hour: the drill's forty are not its company.
    feed.post([feed.entry("Acme kettle exploded, I am so angry", ago=timedelta(minutes=1))])
    assert {a["id"] for a in spikes(db)} == drilled
    # A real storm right after the drill is still a spike: no cool-down from the drill's alert.
    feed.clock.advance(minutes=5)
    storm(feed, n=12, start=timedelta(minutes=4), text="Acme kettle exploded for real #{}")
    real = [a for a in spikes(db) if a["id"] not in drilled]
    assert real and not any(a["drill"] for a in real)
    acme = next(a for a in real if a["term"] == "Acme")
    assert acme["baseline"] < 1 and 12 <= acme["current"] < 20      # drill mentions in neither count
