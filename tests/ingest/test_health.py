"""The feeds' and the poller's health as the window reads it, from a real workspace."""

from datetime import timedelta

from helpers import wall_samples

from console.ingest import health
from console.ingest.health import failing_feeds, poller_state
from console.store.transaction import write
from console.timeutil import to_iso, utcnow


def test_poller_state_reads_the_pollers_row_and_feed_health(db):
    wall_samples.add_sources(db)
    with write(db):
        db.execute("UPDATE sources SET consecutive_failures = 2 WHERE id IN (1, 4)")
        db.execute("INSERT INTO settings (key, value) VALUES ('poller_state', "
                   "'{\"offline\": true, \"last_pass\": \"2026-01-02T03:04:05Z\", \"pid\": 1}')")
    s = poller_state(db)
    assert s == {"offline": True, "last_pass": "2026-01-02T03:04:05Z", "feeds": 7, "failing": 2}


def test_poller_state_without_a_pass_or_with_a_garbled_row_says_not_offline(db):
    wall_samples.add_sources(db)
    assert poller_state(db) == {"offline": False, "last_pass": None, "feeds": 7, "failing": 0}
    with write(db):
        db.execute("INSERT INTO settings (key, value) VALUES ('poller_state', '[1, 2')")
    assert poller_state(db)["offline"] is False
    with write(db):
        db.execute("UPDATE settings SET value = '[true]' WHERE key = 'poller_state'")
    assert poller_state(db)["offline"] is False


def test_failing_feeds_are_the_enabled_ones_in_error_worst_first(db):
    wall_samples.add_sources(db)
    with write(db):
        db.execute("UPDATE sources SET consecutive_failures = 2, last_error_category = 'timeout', "
                   "last_error_message = 'no answer in 20 s' WHERE id = 1")
        db.execute("UPDATE sources SET consecutive_failures = 5, last_error_category = 'http' WHERE id = 4")
        db.execute("UPDATE sources SET consecutive_failures = 9, enabled = 0 WHERE id = 2")
    rows = failing_feeds(db)
    assert [(cat, msg, n) for _name, cat, msg, n in rows] == [("http", None, 5), ("timeout", "no answer in 20 s", 2)]
    assert all(name for name, *_ in rows)


def test_health_in_words():
    now = utcnow()
    base = {"enabled": True, "retry_after": None, "consecutive_failures": 0, "last_success": None}
    assert health.state(base, now) == ("new", "Not polled yet")
    assert health.state({**base, "last_success": to_iso(now)}, now) == ("ok", "OK")
    assert health.state({**base, "consecutive_failures": 1}, now) == ("failing", "Failing (1 time in a row)")
    wait = to_iso(now + timedelta(minutes=10, seconds=5))
    assert health.state({**base, "retry_after": wait}, now) == ("waiting", "Server asked to wait (in 10 min)")
    assert health.state({**base, "enabled": False}, now) == ("disabled", "Disabled")
    assert health.error_words("timeout", "no complete answer within 30 s") == \
        "Timed out: no complete answer within 30 s"
    assert health.error_words("weird_thing", None) == "Weird thing"
    assert health.ago(to_iso(now - timedelta(hours=3, minutes=2)), now) == "3 h ago"
    assert health.in_(to_iso(now - timedelta(seconds=1)), now) == "due now"
