"""The feeds' and the poller's health as the window reads it, from a real workspace."""

from helpers import wall_samples

from console.ingest.health import failing_feeds, poller_state
from console.store.transaction import write


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
