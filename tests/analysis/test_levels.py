"""The severity thresholds of a workspace: applied, they re-level every stored mention in one
audited transaction, and the mentions that arrive after are scored with them."""

import pytest

from console.analysis import levels, preview
from console.errors import UsageError
from console.store import audit, settings

TEXTS = ["My Acme kettle exploded and burned my hand, this is dangerous, I want a refund now",
         "Acme support never answered, still waiting for my refund, terrible service",
         "The Acme app logs me out sometimes, a bit annoying",
         "Loving the new Acme kettle, boils fast and looks great",
         "Question: does the Acme warranty cover limescale?"]


def by_level(db) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute("SELECT id, level FROM mentions")}


def test_applying_thresholds_relevels_what_is_stored_as_the_preview_said_and_audits_it(db, feed):
    feed.post([feed.entry(t) for t in TEXTS * 4])
    before = by_level(db)
    severities = {r[0]: r[1] for r in db.execute("SELECT id, severity FROM mentions")}
    assert levels.load(db) == levels.defaults()
    new = levels.Levels(critical=60, high=40, medium=20)
    said = preview.level_counts(db.conn, {"critical": 60, "high": 40, "medium": 20})
    changed = levels.save(db, new)
    after = by_level(db)
    assert changed == said["changed"] == sum(before[i] != after[i] for i in before) > 0
    assert {lv: list(after.values()).count(lv) for lv in ("critical", "high", "medium", "low")} == said["would"]
    positive = {r[0] for r in db.execute("SELECT id FROM mentions WHERE positive = 1")}
    for mid, sev in severities.items():        # the new rule, and praise stays low
        assert after[mid] == ("low" if mid in positive else new.of(sev))
    assert levels.load(db) == new
    row = audit.rows(db)[0]
    assert row["action"] == "severity.levels" and row["details"]["mentions_changed"] == changed
    assert row["details"]["old"]["critical"] == levels.defaults().critical and row["details"]["new"]["critical"] == 60
    assert audit.verify(db).ok


def test_praise_stays_low_whatever_the_thresholds(db, feed):
    feed.post([feed.entry(TEXTS[3])])
    db.execute("UPDATE mentions SET severity = 34")         # capped below the medium threshold of its day
    levels.save(db, levels.Levels(critical=60, high=40, medium=20))
    assert set(by_level(db).values()) == {"low"}


def test_new_mentions_are_scored_with_the_workspaces_thresholds(db, feed):
    levels.save(db, levels.Levels(critical=99, high=98, medium=97))
    feed.post([feed.entry(t) for t in TEXTS])
    assert set(by_level(db).values()) == {"low"}
    levels.save(db, levels.defaults())
    assert "low" in set(by_level(db).values()) and len(set(by_level(db).values())) > 1


@pytest.mark.parametrize("values", [(50, 60, 20), (60, 40, 40), (101, 60, 30), (60, 40, 0), (60.5, 40, 20)])
def test_thresholds_that_do_not_go_down_are_refused_and_nothing_changes(db, feed, values):
    feed.post([feed.entry(t) for t in TEXTS])
    before = by_level(db)
    with pytest.raises(UsageError):
        levels.save(db, levels.Levels(*values))
    assert by_level(db) == before and levels.load(db) == levels.defaults()


def test_the_command_line_shows_and_applies_thresholds(cli_in_process, db, feed):
    import json

    feed.post([feed.entry(t) for t in TEXTS])
    out = json.loads(cli_in_process("watch", "levels", "--json").stdout)
    assert out["critical"] == levels.defaults().critical and out["mentions_changed"] is None
    out = json.loads(cli_in_process("watch", "levels", "--critical", "70", "--json").stdout)
    assert out["critical"] == 70 and out["high"] == levels.defaults().high and levels.load(db).critical == 70
    r = cli_in_process("watch", "levels", "--high", "90", check=False)
    assert r.returncode == 2 and "go down" in r.stderr and "Traceback" not in r.stderr


def test_watch_term_changes_rescore_with_the_workspaces_thresholds(db, feed):
    from console.analysis import watchterms

    feed.post([feed.entry(t) for t in TEXTS])
    levels.save(db, levels.Levels(critical=99, high=98, medium=97))
    watchterms.add(db, "Acme", "brand")            # adds a reason to every mention, re-scoring them
    assert set(by_level(db).values()) == {"low"}


def test_thresholds_stored_out_of_order_fall_back_to_the_shipped_ones(db):
    settings.put(db, settings.SEVERITY_LEVELS, '{"critical": 50, "high": 60, "medium": 20}')
    assert levels.load(db) == levels.defaults()
    settings.put(db, settings.SEVERITY_LEVELS, "not json")
    assert levels.load(db) == levels.defaults()
