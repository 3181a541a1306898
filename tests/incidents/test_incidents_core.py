"""Incidents: opening from an alert, notes, responses, closing; each action with its timeline
event and audit row, all or nothing."""

import sqlite3

import pytest
from incident_seed import add_alert, add_mention, add_source, storm

from console.errors import UsageError
from console.incidents import alert_view, operations, reading
from console.store import audit


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_open_from_alert_takes_its_mentions_terms_and_detection_time(db):
    _, ids, alert_id = storm(db, n=12)
    iid = operations.open_incident(db, "Exploding kettle", alert_id=alert_id)
    inc = reading.show(db, iid)
    assert sorted(m["id"] for m in inc["mentions"]) == sorted(ids)
    assert inc["terms"] == ["Acme"]
    assert inc["detected_at"] == alert_view.get(db, alert_id)["raised_at"]
    assert [e["kind"] for e in inc["timeline"]] == ["detected", "opened"]
    assert inc["timeline"][0]["text"] == "Spike: 12 negative mentions about “Acme” in 30 min (usually 1)"
    assert inc["metrics"]["time_to_crisis_mode_s"] >= 110  # the alert was raised two minutes before
    assert inc["metrics"]["time_to_first_response_s"] is None
    rows = audit.rows(db)
    assert rows[0]["action"] == "incident.open" and rows[0]["target_id"] == str(iid)
    assert rows[0]["details"]["mentions"] == 12


def test_terms_come_from_the_mentions_when_the_alert_has_none(db):
    src = add_source(db)
    ids = [add_mention(db, src, f"m{i}", terms=["Kettle", "Acme"] if i else ["Acme"]) for i in range(3)]
    iid = operations.open_incident(db, "Manual", mention_ids=ids)
    assert reading.show(db, iid)["terms"] == ["Acme", "Kettle"]


def test_bad_input_is_refused_and_nothing_is_written(db):
    _, ids, alert_id = storm(db, n=3)
    before = (count(db, "incidents"), count(db, "audit"))
    with pytest.raises(UsageError, match="no alert with id 999"):
        operations.open_incident(db, "x", alert_id=999)
    with pytest.raises(UsageError, match="no mention with id 424242"):
        operations.open_incident(db, "x", mention_ids=[ids[0], 424242])
    with pytest.raises(UsageError, match="needs a title"):
        operations.open_incident(db, "   ", alert_id=alert_id)
    with pytest.raises(UsageError, match="not an incident id"):
        operations.add_note(db, "seven", "hello")
    with pytest.raises(UsageError, match="no incident with id 5"):
        operations.add_note(db, 5, "hello")
    assert (count(db, "incidents"), count(db, "audit")) == before


def test_note_respond_close_make_the_timeline_and_metrics(db):
    _, ids, alert_id = storm(db, n=4)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    operations.add_note(db, iid, "Holding statement approved by legal")
    operations.add_response(db, iid, "x", "We are so sorry. Updates: https://acme.example/status", ids[0])
    operations.add_response(db, iid, "email", "Second reply")
    operations.close(db, iid)
    inc = reading.show(db, iid)
    assert inc["status"] == "closed" and inc["closed_at"]
    assert [e["kind"] for e in inc["timeline"]] == ["detected", "opened", "note", "response", "response", "closed"]
    assert inc["notes"][0]["text"] == "Holding statement approved by legal"
    assert inc["responses"][0] == {**inc["responses"][0], "channel": "x", "mention_id": ids[0]}
    assert inc["first_response_at"] == inc["timeline"][3]["at"]  # the first response sets the clock, not the second
    m = inc["metrics"]
    assert isinstance(m["time_to_first_response_s"], int) and m["time_to_first_response_s"] >= 110
    assert m["time_to_close_s"] >= m["time_to_first_response_s"]
    assert {c["key"]: c["state"] for c in inc["clocks"]} == {"golden_hour": "met", "day": "met"}
    actions = [r["action"] for r in reversed(audit.rows(db))]
    assert actions == ["incident.open", "incident.note", "incident.respond", "incident.respond", "incident.close"]
    assert audit.verify(db).ok


def test_a_closed_incident_takes_notes_but_not_responses_or_mentions(db):
    _, ids, alert_id = storm(db, n=2)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    operations.close(db, iid)
    with pytest.raises(UsageError, match="is closed"):
        operations.add_response(db, iid, "x", "late")
    with pytest.raises(UsageError, match="is closed"):
        operations.add_mentions(db, iid, ids)
    with pytest.raises(UsageError, match="is closed"):
        operations.close(db, iid)
    operations.add_note(db, iid, "Review: we answered late")
    assert reading.show(db, iid)["notes"][-1]["text"] == "Review: we answered late"


def test_add_mentions_counts_only_new_ones(db):
    src, ids, alert_id = storm(db, n=3)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    extra = add_mention(db, src, "another one")
    assert operations.add_mentions(db, iid, [ids[0], str(extra)]) == 1
    assert operations.add_mentions(db, iid, [extra]) == 0
    assert reading.show(db, iid)["mention_count"] == 4
    assert [e["kind"] for e in reading.show(db, iid)["timeline"]].count("mentions_added") == 1


def test_an_action_whose_audit_row_fails_leaves_nothing_behind(db, monkeypatch):
    _, _, alert_id = storm(db, n=2)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    events_before = count(db, "incident_events")

    def broken(*a, **k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(sqlite3.OperationalError):
        operations.add_response(db, iid, "x", "sorry")
    with pytest.raises(sqlite3.OperationalError):
        operations.open_incident(db, "Another", alert_id=alert_id)
    assert count(db, "incident_events") == events_before
    assert count(db, "incidents") == 1
    assert reading.show(db, iid)["first_response_at"] is None


def test_the_timeline_cannot_be_edited(db):
    _, _, alert_id = storm(db, n=1)
    operations.open_incident(db, "Kettle", alert_id=alert_id)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
        db.execute("DELETE FROM incident_events")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
        db.execute("UPDATE incident_events SET text = 'rewritten'")


def test_list_shows_open_incidents_first(db):
    _, _, alert_id = storm(db, n=2)
    a = operations.open_incident(db, "First", alert_id=alert_id)
    b = operations.open_incident(db, "Second")
    c = operations.open_incident(db, "Third")
    operations.close(db, c)
    rows = reading.list_incidents(db)
    assert [r["id"] for r in rows] == [b, a, c]
    assert rows[1]["mention_count"] == 2 and rows[0]["mention_count"] == 0
    assert [r["id"] for r in reading.list_incidents(db, status="closed")] == [c]


def test_show_can_limit_the_mentions_to_the_newest(db):
    _, ids, alert_id = storm(db, n=6)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    inc = reading.show(db, iid, mention_limit=2)
    assert [m["id"] for m in inc["mentions"]] == [ids[5], ids[4]] and inc["mention_count"] == 6


def test_another_alert_folds_into_an_open_incident(db):
    src, ids, alert_id = storm(db, n=3)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    more = [add_mention(db, src, f"more {i}") for i in range(2)]
    second = add_alert(db, [ids[0], *more], kind="critical_mention")
    assert operations.add_alert(db, iid, second) == 2
    inc = reading.show(db, iid)
    assert inc["mention_count"] == 5 and inc["timeline"][-1]["kind"] == "mentions_added"
    assert inc["timeline"][-1]["details"] == {"alert_id": second, "mentions": 2}
    assert alert_view.get(db, second)["acknowledged_at"]
    assert [r["action"] for r in audit.rows(db)][:2] == ["incident.add_alert", "alert.acknowledge"]


def test_a_template_reply_is_recorded_on_the_incident_it_answers(db):
    from console.incidents import crisis_state

    _, ids, alert_id = storm(db, n=4)
    older = operations.open_incident(db, "Earlier thread", mention_ids=ids[:2])
    crisis_iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    other = operations.open_incident(db, "Newest, not the crisis", mention_ids=ids[:1])
    with db.atomic():
        crisis_state.start(db, crisis_iid)
    # A mention in several open incidents: the crisis incident takes the reply.
    assert operations.record_reply(db, "mention", str(ids[0]), "x", "We are on it") == crisis_iid
    inc = reading.show(db, crisis_iid)
    assert inc["first_response_at"] and inc["timeline"][-1]["kind"] == "response"
    with db.atomic():
        crisis_state.end(db)
    assert operations.record_reply(db, "mention", str(ids[0]), "x", "Update") == other   # else the newest
    assert operations.record_reply(db, "incident", str(older), "", "Follow-up") == older
    loose = add_mention(db, add_source(db, url="http://127.0.0.1:9/other.xml"), "unrelated")
    assert operations.record_reply(db, "mention", str(loose), "x", "Thanks") is None
    with pytest.raises(UsageError):
        operations.record_reply(db, "incident", "twelve", "x", "text")
