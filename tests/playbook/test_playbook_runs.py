"""Running a checklist: ticks with time and who, notes, progress, overdue items, reset for a drill."""

from datetime import timedelta

import pytest

from console.errors import UsageError
from console.playbook import runs
from console.store import audit
from console.timeutil import from_iso


def test_a_run_ticks_items_with_time_and_who(store):
    run = runs.start(store, "activation", "en", incident_id="12", by="ann")
    row = runs.tick(store, run, "2", by="bo", note="incident #12 opened")
    assert (row["n"], row["item_id"], row["ticked_by"], row["note"]) == (2, "open_incident", "bo", "incident #12 opened")
    runs.tick(store, run, "pause_ads")  # by item id, by the OS user
    st = runs.state(store, run)
    assert (st["done"], st["total"], st["percent"]) == (2, 8, 25)
    assert st["incident_id"] == "12" and st["started_by"] == "ann"
    assert [i["n"] for i in st["items"] if i["ticked_at"]] == [2, 4]
    actions = [(r["action"], r["actor"]) for r in reversed(audit.rows(store.db))][1:]
    assert actions[0] == ("checklist.start", "ann") and actions[1] == ("checklist.tick", "bo")


def test_ticking_twice_changes_nothing(store):
    run = runs.start(store, "activation", "en")
    first = runs.tick(store, run, 1, by="ann")
    n = len(audit.rows(store.db))
    again = runs.tick(store, run, 1, by="bo")
    assert again == first and len(audit.rows(store.db)) == n


def test_untick_and_notes(store):
    run = runs.start(store, "assessment", "zh_TW")
    runs.tick(store, run, 3)
    runs.untick(store, run, 3, by="ann")
    runs.set_note(store, run, 1, "三則批評")
    runs.set_note(store, run, None, "drill for Q3")
    st = runs.state(store, run)
    assert st["done"] == 0 and st["items"][0]["note"] == "三則批評" and st["notes"] == "drill for Q3"
    assert st["items"][0]["owner_title"] == "社群負責人"
    assert audit.rows(store.db, 1)[0]["action"] == "checklist.note"


def test_overdue_and_late_against_the_time_targets(store):
    run = runs.start(store, "activation", "en")
    started = from_iso(runs.state(store, run)["started_at"])
    st = runs.state(store, run, now=started + timedelta(minutes=11))
    overdue = [i["id"] for i in st["items"] if i["overdue"]]
    assert overdue == ["confirm", "open_incident", "pause_posts", "pause_ads", "alert_office"]
    assert st["overdue"] == 5
    store.db.execute("UPDATE run_items SET ticked_at = ? WHERE run_id = ? AND n = 1",
                     [(started + timedelta(minutes=7)).strftime("%Y-%m-%dT%H:%M:%SZ"), run])
    st = runs.state(store, run, now=started + timedelta(minutes=11))
    assert st["items"][0]["late"] and not st["items"][0]["overdue"] and st["overdue"] == 4
    assert st["items"][7]["due_at"] == (started + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_reset_for_a_drill_clears_ticks_and_restarts_the_clock(store):
    run = runs.start(store, "drill", "uk")
    runs.tick(store, run, 1)
    runs.set_note(store, run, 2, "x")
    store.db.execute("UPDATE runs SET started_at = '2020-01-01T00:00:00Z' WHERE id = ?", [run])
    runs.reset(store, run, by="trainer")
    st = runs.state(store, run)
    assert st["done"] == 0 and all(i["note"] == "" for i in st["items"])
    assert st["started_at"] > "2020-01-01T00:00:00Z"
    last = audit.rows(store.db, 1)[0]
    assert last["action"] == "checklist.reset" and last["details"] == {"was_started": "2020-01-01T00:00:00Z", "ticked": 1}


def test_a_run_keeps_its_items_when_the_checklist_is_edited(store):
    run = runs.start(store, "activation", "en")
    store.edit("en", "checklist:activation", lambda pb: pb.checklist("activation").item("confirm"),
               {"text": "Changed afterwards"})
    assert runs.state(store, run)["items"][0]["text"].startswith("Confirm it is a crisis")


@pytest.mark.parametrize("run, item, message", [
    (99, 1, "no checklist run with id 99"),
    ("abc", 1, "not a run id"),
    (None, 42, "has no item '42'"),
    (None, "nope", "has no item 'nope'"),
])
def test_bad_references_are_clear_errors(store, run, item, message):
    real = runs.start(store, "activation", "en")
    with pytest.raises(UsageError, match=message):
        runs.tick(store, real if run is None else run, item)


def test_unknown_checklist(store):
    with pytest.raises(UsageError, match="no checklist 'nap'"):
        runs.start(store, "nap", "en")


def test_runs_listed_newest_first_with_progress(store):
    a = runs.start(store, "activation", "en")
    b = runs.start(store, "review", "zh_CN")
    runs.tick(store, b, 1)
    listed = runs.list_runs(store)
    assert [(r["id"], r["done"], r["total"]) for r in listed] == [(b, 1, 9), (a, 0, 8)]
    assert [r["id"] for r in runs.list_runs(store, "activation")] == [a]
    assert [r["id"] for r in runs.list_runs(store, lang="zh_CN")] == [b]
    assert runs.list_runs(store, "activation", "uk") == []
