"""Crisis mode in the core: one transaction opens the incident, acknowledges the alert, starts
surge polling; turning it off (or closing its incident) stops it."""

import pytest
from incident_seed import storm

from console.errors import CrisisModeOff, UsageError
from console.incidents import alert_view, crisis, crisis_state, operations, reading
from console.store import audit
from console.timeutil import from_iso, utcnow


def settings(db):
    return dict(db.execute("SELECT key, value FROM settings").fetchall())


def test_crisis_on_from_an_alert_opens_the_incident_and_starts_surge(db):
    _, ids, alert_id = storm(db, n=5)
    act = crisis.turn_on(db, alert_id=alert_id)
    assert act.opened and not act.already_on
    inc = reading.show(db, act.incident_id)
    assert inc["crisis_active"] and inc["alert_id"] == alert_id and inc["mention_count"] == 5
    assert inc["title"] == "Spike: Acme"
    assert [e["kind"] for e in inc["timeline"]] == ["detected", "opened", "crisis_on"]
    s = settings(db)
    assert s["crisis_incident_id"] == str(act.incident_id) and s["surge_interval_s"] == "60"
    hours = (from_iso(s["surge_until"]) - utcnow()).total_seconds() / 3600
    assert 23.9 < hours <= 24
    assert crisis_state.surge_until(db) == s["surge_until"]
    assert alert_view.get(db, alert_id)["acknowledged_at"]
    assert {"incident.open", "alert.acknowledge", "crisis.on"} <= {r["action"] for r in audit.rows(db)}
    assert inc["metrics"]["time_to_crisis_mode_s"] >= 110


def test_crisis_on_twice_for_the_same_alert_changes_nothing(db):
    _, _, alert_id = storm(db, n=2)
    first = crisis.turn_on(db, alert_id=alert_id)
    n_audit = len(audit.rows(db))
    again = crisis.turn_on(db, alert_id=alert_id)
    assert again.already_on and again.incident_id == first.incident_id
    assert len(audit.rows(db)) == n_audit


def test_crisis_on_for_another_incident_is_refused_while_on(db):
    _, _, alert_id = storm(db, n=2)
    crisis.turn_on(db, alert_id=alert_id)
    other = operations.open_incident(db, "Unrelated")
    with pytest.raises(UsageError, match="already on for incident"):
        crisis.turn_on(db, incident_id=other)


def test_crisis_on_reuses_the_open_incident_of_the_alert(db):
    _, _, alert_id = storm(db, n=2)
    iid = operations.open_incident(db, "Kettle", alert_id=alert_id)
    act = crisis.turn_on(db, alert_id=alert_id)
    assert act.incident_id == iid and not act.opened


def test_crisis_off_stops_surge_and_keeps_the_incident_open(db):
    _, _, alert_id = storm(db, n=2)
    act = crisis.turn_on(db, alert_id=alert_id)
    assert crisis.turn_off(db) == act.incident_id
    assert settings(db) == {}
    assert crisis_state.active_incident(db) is None and crisis_state.surge_until(db) is None
    inc = reading.show(db, act.incident_id)
    assert inc["status"] == "open" and inc["timeline"][-1]["kind"] == "crisis_off"
    with pytest.raises(CrisisModeOff, match="not on"):
        crisis.turn_off(db)


def test_closing_the_crisis_incident_ends_crisis_mode(db):
    _, _, alert_id = storm(db, n=2)
    act = crisis.turn_on(db, alert_id=alert_id)
    operations.close(db, act.incident_id)
    assert crisis_state.active_incident(db) is None
    assert [e["kind"] for e in reading.show(db, act.incident_id)["timeline"]][-2:] == ["crisis_off", "closed"]


def test_crisis_on_without_an_alert_opens_a_fresh_incident(db):
    act = crisis.turn_on(db, title="Outage at the data centre")
    inc = reading.show(db, act.incident_id)
    assert inc["title"] == "Outage at the data centre" and inc["alert_id"] is None
    assert inc["detected_at"] == inc["opened_at"] and inc["metrics"]["time_to_crisis_mode_s"] == 0


def test_a_past_surge_reads_as_off(db):
    db.execute("INSERT INTO settings (key, value) VALUES ('surge_until', '2020-01-01T00:00:00Z')")
    assert crisis_state.surge_until(db) is None
