"""Editing a feed from the sources manager, and retrying one now: audited, validated."""

import pytest

from console.errors import UsageError
from console.ingest import source_edits, sources
from console.store import audit
from console.timeutil import now_iso


@pytest.fixture
def feed(db):
    return sources.add(db, "https://news.example/feed.xml", name="News")


def test_update_changes_only_what_differs_and_audits_it(db, feed):
    got = source_edits.update(db, feed["id"], name="  Acme news ", interval_s=300, priority=True, internal=False,
                              reach="news")
    assert (got["name"], got["interval_s"], got["priority"], got["internal"], got["reach"]) == \
        ("Acme news", 300, True, False, "news")
    row = audit.rows(db)[0]
    assert row["action"] == "source.edit"
    assert set(row["details"]) == {"url", "name", "interval_s", "priority", "reach"}
    n = len(audit.rows(db))
    assert source_edits.update(db, feed["id"], name="Acme news", priority=True) == got
    assert len(audit.rows(db)) == n      # nothing changed, nothing recorded


@pytest.mark.parametrize("changes, said", [
    ({"interval_s": 5}, "between 60 s"),
    ({"reach": "tv"}, "unknown reach"),
    ({"url": "https://elsewhere.example/"}, "url cannot be edited"),
])
def test_bad_edits_are_refused(db, feed, changes, said):
    with pytest.raises(UsageError, match=said):
        source_edits.update(db, feed["id"], **changes)
    assert sources.get(db, feed["id"]) == feed


def test_a_private_address_cannot_stop_being_internal(db):
    local = sources.add(db, "http://127.0.0.1:8080/rss", internal=True)
    with pytest.raises(UsageError, match="127.0.0.1"):
        source_edits.update(db, local["id"], internal=False)
    assert sources.get(db, local["id"])["internal"] is True


def test_retry_now_makes_the_feed_due_but_honours_retry_after(db, feed):
    db.execute("UPDATE sources SET next_poll = '2099-01-01T00:00:00Z' WHERE id = ?", [feed["id"]])
    before = now_iso()
    got = source_edits.retry_now(db, feed["id"])
    assert before <= got["next_poll"] <= now_iso()
    assert audit.rows(db)[0]["action"] == "source.retry_now"
    db.execute("UPDATE sources SET retry_after = '2099-01-01T00:00:00Z' WHERE id = ?", [feed["id"]])
    with pytest.raises(UsageError, match="Retry-After"):
        source_edits.retry_now(db, feed["id"])
    sources.disable(db, feed["id"])
    with pytest.raises(UsageError, match="disabled"):
        source_edits.retry_now(db, feed["id"])
