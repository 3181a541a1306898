"""Workspace settings through their typed accessors: each reads what it wrote, reads the values
existing workspaces already hold under the same keys, and falls back on anything unreadable."""

from datetime import UTC, datetime, timedelta

from console.analysis import levels, spikes
from console.playbook.store import PlaybookStore
from console.store import settings

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def stored(db) -> dict:
    return dict(db.execute("SELECT key, value FROM settings").fetchall())


def test_crisis_mode_and_surge_polling_round_trip_under_their_old_keys(db):
    assert settings.crisis_incident(db) is None and settings.surge_polling(db, T0) is None
    settings.start_crisis(db, 7, T0 + timedelta(hours=24), 60)
    assert stored(db) == {"crisis_incident_id": "7", "surge_until": "2026-11-24T12:00:00Z", "surge_interval_s": "60"}
    assert settings.crisis_incident(db) == 7
    assert settings.surge_polling(db, T0) == settings.SurgePolling(T0 + timedelta(hours=24), 60)
    assert settings.surge_polling(db, T0 + timedelta(hours=24)) is None      # over, by the clock asked
    settings.end_crisis(db)
    assert stored(db) == {} and settings.crisis_incident(db) is None


def test_unreadable_crisis_values_read_as_absent(db):
    settings.put(db, settings.CRISIS_INCIDENT, "seven")
    settings.put(db, settings.SURGE_UNTIL, "2026-11-24T12:00:00Z")
    settings.put(db, settings.SURGE_INTERVAL, "fast")
    assert settings.crisis_incident(db) is None
    assert settings.surge_polling(db, T0).interval_s == settings.SURGE_INTERVAL_S == 60
    settings.put(db, settings.SURGE_UNTIL, "tomorrow")
    assert settings.surge_polling(db, T0) is None


def test_poller_state_round_trips_and_reads_what_older_pollers_wrote(db):
    assert settings.poller_state(db) == settings.PollerState()
    settings.put(db, "poller_state", '{"offline": true, "last_pass": "2026-11-23T12:00:00Z", "pid": 42}')
    assert settings.poller_state(db) == settings.PollerState(True, "2026-11-23T12:00:00Z", 42)
    settings.put_poller_state(db, settings.PollerState(False, "2026-11-23T12:05:00Z", 43))
    assert stored(db)["poller_state"] == '{"offline": false, "last_pass": "2026-11-23T12:05:00Z", "pid": 43}'
    settings.put(db, "poller_state", "not json")
    assert settings.poller_state(db) == settings.PollerState()


def test_the_accessors_read_through_a_plain_sqlite3_connection_too(workspace, db):
    settings.put_spike_sensitivity(db, " calm ")
    import sqlite3
    conn = sqlite3.connect(workspace.folder / "console.db")
    assert settings.spike_sensitivity(conn) == "calm"
    conn.close()


def test_spike_sensitivity_a_preset_a_number_or_the_default(db):
    default = spikes.sensitivity(db)
    assert settings.spike_sensitivity(db) is None
    settings.put_spike_sensitivity(db, "calm")
    assert stored(db) == {"analysis.spike_sensitivity": "calm"} and spikes.sensitivity(db)[0] == "calm"
    settings.put_spike_sensitivity(db, "2.5")
    assert spikes.sensitivity(db) == ("custom", 2.5)
    settings.put_spike_sensitivity(db, "nonsense")
    assert spikes.sensitivity(db) == default
    settings.put(db, settings.SPIKE_SENSITIVITY, "   ")
    assert settings.spike_sensitivity(db) is None


def test_severity_levels_as_stored_and_unreadable_ones(db):
    assert settings.severity_levels(db) is None
    levels.save(db, levels.Levels(critical=90, high=70, medium=40))
    assert settings.severity_levels(db) == {"critical": 90, "high": 70, "medium": 40}
    assert levels.load(db) == levels.Levels(90, 70, 40)
    for bad in ("[1, 2, 3]", "not json", '{"critical": "high"}'):
        settings.put(db, settings.SEVERITY_LEVELS, bad)
        assert levels.load(db) == levels.defaults()


def test_demo_markers(db):
    assert not settings.demo_team_seeded(db) and settings.demo_crisis_started(db) is None
    settings.mark_demo_team_seeded(db)
    settings.put_demo_crisis_started(db, T0)
    assert settings.demo_team_seeded(db) and settings.demo_crisis_started(db) == T0
    assert stored(db) == {"demo.team_added": "1", "demo.crisis_started": "2026-11-23T12:00:00Z"}


def test_the_playbook_language_lives_in_playbook_db(tmp_path):
    store = PlaybookStore.open(tmp_path)
    try:
        assert settings.playbook_language(store.db) is None
        store.set_language("uk")
        assert settings.playbook_language(store.db) == "uk" and store.default_lang() == "uk"
        assert dict(store.db.execute("SELECT key, value FROM settings").fetchall()) == {"language": "uk"}
    finally:
        store.close()
