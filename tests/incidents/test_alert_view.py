"""Alerts as the window and the timeline describe them, and their acknowledgement."""

import pytest
from incident_seed import add_alert, add_source, storm

from console.errors import UsageError
from console.incidents import alert_view
from console.store import audit


def test_each_kind_reads_as_one_sentence(db):
    src = add_source(db, name="Kettle forum")
    spike = alert_view.get(db, add_alert(db, [], term=None, current=14.0, baseline=2.25, window_s=3600))
    crit = alert_view.get(db, add_alert(db, [1, 2], kind="critical_mention", term="Acme", current=2))
    one = alert_view.get(db, add_alert(db, [1], kind="critical_mention", term=None, current=1))
    dark = alert_view.get(db, add_alert(db, [], kind="source_dark", term=None, source_id=src, window_s=2700,
                                        details='{"source": "Kettle forum"}'))
    assert alert_view.describe(spike) == "Spike: 14 negative mentions in 60 min (usually 2.2)"
    assert alert_view.describe(crit) == "2 critical mentions about “Acme”"
    assert alert_view.describe(one) == "Critical mention"
    assert alert_view.describe(dark) == "Source went dark: Kettle forum has brought nothing for 45 min"


def test_mentions_decode_from_ids_or_objects(db):
    aid = add_alert(db, [])
    db.execute("UPDATE alerts SET mentions = '[3, \"4\", {\"id\": 5}, \"x\", null]' WHERE id = ?", [aid])
    assert alert_view.get(db, aid)["mentions"] == [3, 4, 5]


def test_recent_lists_newer_alerts_newest_first(db):
    _, _, first = storm(db, n=1)
    second = add_alert(db, [])
    assert [a["id"] for a in alert_view.recent(db)] == [second, first]
    assert [a["id"] for a in alert_view.recent(db, since_id=first)] == [second]


def test_acknowledge_once_and_audited(db):
    _, _, aid = storm(db, n=1)
    assert alert_view.acknowledge(db, aid) is True
    assert alert_view.acknowledge(db, aid) is False
    assert [r["action"] for r in audit.rows(db)] == ["alert.acknowledge"]
    assert alert_view.recent(db, unacknowledged=True) == []
    with pytest.raises(UsageError, match="no alert with id 99"):
        alert_view.acknowledge(db, 99)


def test_explain_gathers_the_alerts_mentions_newest_first(db):
    _, ids, aid = storm(db, n=4)
    got = alert_view.explain(db, aid)
    assert [m["id"] for m in got["mentions"]] == list(reversed(ids))
    assert got["total_mentions"] == 4 and got["text"].startswith("Spike: 4 negative mentions about “Acme”")
    assert [m["id"] for m in alert_view.explain(db, aid, limit=2)["mentions"]] == [ids[1], ids[0]]
    assert alert_view.last_id(db) == aid
