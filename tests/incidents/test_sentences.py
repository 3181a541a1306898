"""The console's own sentences are data: alerts, the incident titles it makes and the timeline events it words
are a key and values, given in English for scripts and in each language from the catalogues; rows stored
before keep showing their text, and the migration reads back the values it can."""

import json

import sqlite_utils
from incident_seed import add_alert, add_source, storm

from console import sentences
from console.incidents import alert_view, crisis, operations, reading
from console.store.schema import migrations


def test_an_alert_is_a_kind_its_values_and_its_english(db):
    _, _, aid = storm(db, n=4)
    a = alert_view.with_sentence(alert_view.get(db, aid))
    assert a["kind"] == "spike" and a["sentence"] == "spike"
    assert a["values"] == {"term": "Acme", "current": 4, "minutes": 30, "baseline": 1.0}
    assert a["text"] == "Spike: 4 negative mentions about “Acme” in 30 min (usually 1)"


def test_sentences_read_in_each_language_with_its_numbers():
    values = {"term": "K2", "current": 1234, "minutes": 30, "baseline": 2.5}
    assert sentences.in_language("spike", values, "zh_TW") == "激增：30 分鐘內有 1,234 則關於「K2」的負面提及（平常為 2.5 則）"
    assert sentences.in_language("spike", values, "uk") == \
        "Сплеск: негативних згадок про «K2» за 30 хв — 1\u00a0234 (зазвичай 2,5)"
    assert sentences.in_language("evidence.velocity", {"similar": 12, "minutes": 30}, "zh_CN") == "30 分钟内有 12 条相似"
    assert sentences.in_language(None, {}, "uk", "as stored") == "as stored"


def test_the_console_words_its_events_and_titles_and_keeps_a_persons(db):
    _, _, aid = storm(db, n=3)
    made = crisis.turn_on(db, alert_id=aid).incident_id
    inc = reading.show(db, made)
    assert inc["title"] == "Spike: Acme" and inc["title_sentence"] == "title.spike"
    assert sentences.in_language(inc["title_sentence"], inc["title_params"], "zh_TW") == "激增：Acme"
    kinds = {e["kind"]: e for e in inc["timeline"]}
    assert kinds["detected"]["sentence"] == "spike" and kinds["detected"]["values"]["current"] == 3
    assert kinds["crisis_on"]["values"]["surge_until"] and kinds["crisis_on"]["text"].startswith("Crisis mode on")
    named = operations.open_incident(db, "Exploding kettle", alert_id=aid)
    assert reading.show(db, named)["title_sentence"] is None
    operations.add_note(db, named, "Legal approved")
    note = reading.show(db, named)["timeline"][-1]
    assert (note["sentence"], note["values"], note["text"]) == (None, {}, "Legal approved")


def test_the_migration_reads_back_old_english_rows(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m070_sentences_as_data")
    src = add_source(db)
    aid = add_alert(db, [], term=None, current=14.0, baseline=2.25, window_s=3600, source_id=src)
    db["incidents"].insert({"id": 1, "title": "Spike: all mentions", "alert_id": aid, "detected_at": "2026-01-01T00:00:00Z",
                            "opened_at": "2026-01-01T00:00:00Z"})
    old = [("detected", "Spike: 14 negative mentions in 1 h (usually 2.2)", {"alert_id": aid, "kind": "spike"}),
           ("crisis_on", "Crisis mode on; surge polling of priority feeds", {"surge_until": "2026-01-01T06:00:00Z"}),
           ("mentions_added", "3 mentions added", {}),
           ("note", "Call legal", {})]
    for kind, text, details in old:
        db["incident_events"].insert({"incident_id": 1, "at": "2026-01-01T00:00:00Z", "kind": kind, "actor": "root",
                                      "text": text, "details": json.dumps(details)})
    migrations.apply(db)
    events = {e["kind"]: e for e in reading.show(db, 1)["timeline"]}
    assert events["detected"]["sentence"] == "spike.overall" and events["detected"]["values"]["current"] == 14
    assert events["crisis_on"]["values"] == {"surge_until": "2026-01-01T06:00:00Z"}
    assert events["mentions_added"]["values"] == {"count": 3}
    assert events["note"]["sentence"] is None and events["note"]["text"] == "Call legal"
    assert reading.show(db, 1)["title_sentence"] == "title.spike.overall"
