"""Drills: the shipped scenarios, their strict loading, and the replay through the real writer and
analyzer into a real workspace, with every mention and alert marked as a drill."""

import json
import textwrap

import pytest
from incident_seed import add_mention, add_source

from console.analysis import watchterms
from console.drills import scenario
from console.drills.replay import Replay, workspace_brand
from console.errors import UsageError
from console.store import audit
from console.timeutil import from_iso, utcnow
from console.workspace import Workspace

SCENARIOS = [s.id for s in scenario.scenarios()]


def test_at_least_three_scenarios_ship_and_load():
    assert len(SCENARIOS) >= 3
    assert len(set(SCENARIOS)) == len(SCENARIOS)
    assert {"product-safety-storm", "hacked-account", "third-party-outage"} <= set(SCENARIOS)
    for s in scenario.scenarios():
        assert s.title and s.summary and s.injects
        assert len(s.channels) >= 3


def test_plan_is_the_same_at_every_run_and_fills_in_the_brand():
    s = scenario.get("product-safety-storm")
    a, b = scenario.plan(s, "Contoso"), scenario.plan(s, "Contoso")
    assert a == b
    history = [m for m in a if m.at_s < 0]
    live = [m for m in a if m.at_s >= 0]
    assert history and live
    assert min(m.at_s for m in history) >= -s.history_hours * 3600
    assert max(m.at_s for m in live) <= s.duration_min * 60
    assert [m.at_s for m in a] == sorted(m.at_s for m in a)
    texts = " ".join(m.title + m.text for m in a)
    assert "{brand}" not in texts and "{n}" not in texts and "Contoso" in texts and "Acme" not in texts


def test_unknown_scenario_is_a_clear_error():
    with pytest.raises(UsageError, match="no drill scenario 'nope'; the scenarios are: .*hacked-account"):
        scenario.get("nope")


VALID = """\
id = "mini"
title = "Mini"
summary = "A small storm."
brand = "Acme"
history_hours = 30
duration_min = 20

[[channels]]
id = "social"
name = "Social"
reach = "social"

[[history]]
channel = "social"
every_min = 60
authors = ["@a"]
texts = ["{brand} is fine"]

[[posts]]
at = 5
channel = "social"
author = "@b"
text = "{brand} kettle burned me"
"""


@pytest.mark.parametrize(("change", "message"), [
    (("", ""), None),
    (('reach = "social"', 'reach = "tv"'), "channel social: reach must be one of"),
    (("history_hours = 30", "history_hours = 2"), "history_hours must cover at least 24 h"),
    (('at = 5\nchannel = "social"', 'at = 5\nchannel = "radio"'), "posts[0]: unknown channel 'radio'"),
    (("at = 5", "at = 50"), "posts[0]: at must be within 0..20"),
    (("at = 5", 'at = "five"'), "posts[0].at: expected a whole number"),
    (('id = "mini"', 'id = "other"'), "id 'other' differs from the file name 'mini'"),
    (('summary = "A small storm."', 'summary = "A small storm."\ncolour = "red"'), "unknown key 'colour'"),
    (('title = "Mini"', 'title = "Mini'), "mini.toml: "),
])
def test_scenario_files_are_checked_with_the_place_of_the_mistake(tmp_path, change, message):
    path = tmp_path / "mini.toml"
    path.write_text(VALID.replace(*change) if change[0] else VALID, encoding="utf-8")
    if message is None:
        assert scenario.load(path).id == "mini"
    else:
        with pytest.raises(UsageError) as e:
            scenario.load(path)
        assert message in str(e.value) and str(e.value).startswith("mini.toml")


# ---- the replay ------------------------------------------------------------------------------

def _mentions(db, where="1"):
    cur = db.execute(f"SELECT id, drill, lang, level, source_id, sort_time, text FROM mentions WHERE {where}")
    return [dict(zip([c[0] for c in cur.description], r, strict=True)) for r in cur.fetchall()]


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_replay_marks_every_mention_and_alert_and_the_storm_raises_a_spike(db, scenario_id):
    s = scenario.get(scenario_id)
    summary = Replay(db, s, speed=1e6).run()
    rows = _mentions(db)
    assert len(rows) == summary["mentions"] == len(scenario.plan(s, s.brand))
    assert all(r["drill"] == 1 for r in rows)
    alerts = db.execute("SELECT kind, drill FROM alerts").fetchall()
    assert alerts and all(d == 1 for _, d in alerts)
    assert "spike" in {k for k, _ in alerts}
    spike = next(a for a in summary["alerts"] if a["kind"] == "spike")
    assert 0 < spike["minute"] <= s.duration_min
    assert len(summary["by_language"]) >= 3 and "unknown" not in summary["by_language"]
    # Drill sources are never polled and say what they are.
    for url, enabled, name, kind in db.execute("SELECT url, enabled, name, kind FROM sources"):
        assert url.startswith(f"drill:{scenario_id}/") and not enabled and name.startswith("DRILL") and kind == "drill"
    actions = [r[0] for r in db.execute("SELECT action FROM audit ORDER BY id")]
    assert actions[0] == "drill.start" and actions[-1] == "drill.finish"
    assert audit.verify(db).ok


def test_replay_keeps_the_scenario_spacing_and_ends_at_the_real_time(db):
    s = scenario.get("hacked-account")

    class FakeTime:
        now, slept = 0.0, []

        def clock(self):
            return self.now

        def sleep(self, seconds):
            self.slept.append(seconds)
            self.now += seconds

    t = FakeTime()
    before = utcnow()
    summary = Replay(db, s, speed=60, clock=t.clock, sleep=t.sleep).run()
    live = [m for m in scenario.plan(s, s.brand) if m.at_s >= 0]
    # It waited for each moment of the live part, 60 times faster than the scenario.
    assert all(x > 0 for x in t.slept)
    assert sum(t.slept) == pytest.approx(max(m.at_s for m in live) / 60, abs=0.5)
    start = from_iso(summary["scenario_start"])
    assert (before - start).total_seconds() == pytest.approx(s.duration_min * 60 * (1 - 1 / 60), abs=5)
    times = sorted(from_iso(r["sort_time"]) for r in _mentions(db))
    assert (start - times[0]).total_seconds() <= s.history_hours * 3600
    assert times[-1] <= utcnow()
    assert (times[-1] - start).total_seconds() == max(m.at_s for m in live)


def test_replay_is_about_the_workspaces_brand(db):
    watchterms.add(db, "Contoso", "brand")
    assert workspace_brand(db) == "Contoso"
    summary = Replay(db, scenario.get("third-party-outage"), speed=1e6).run()
    assert summary["brand"] == "Contoso"
    assert all("Acme" not in r["text"] for r in _mentions(db))
    assert any(a["kind"] == "spike" and a["term"] == "Contoso" for a in summary["alerts"])
    assert summary["injects"] and all("{brand}" not in i["text"] for i in summary["injects"])


def test_a_complex_brand_query_is_not_used_as_a_name(db):
    watchterms.add(db, '"Acme Home" OR Acme', "brand")
    assert workspace_brand(db) is None


def test_real_data_stays_real_and_a_second_run_stores_again(db):
    src = add_source(db)
    real = [add_mention(db, src, f"Acme real mention {i}", minutes_ago=30 + i, terms=["Acme"]) for i in range(3)]
    s = scenario.get("product-safety-storm")
    first = Replay(db, s, speed=1e6).run()
    second = Replay(db, s, speed=1e6).run()
    assert second["mentions"] == first["mentions"] > 0 and second["run"] != first["run"]
    assert [r["drill"] for r in _mentions(db, f"id IN ({','.join(map(str, real))})")] == [0, 0, 0]
    assert len(_mentions(db, "drill = 1")) == first["mentions"] * 2
    # The same drill sources serve both runs.
    assert db.execute("SELECT count(*) FROM sources WHERE url LIKE 'drill:%'").fetchone()[0] == len(s.channels)


@pytest.mark.parametrize("speed", [0, -5, float("nan")])
def test_speed_must_be_positive(db, speed):
    with pytest.raises(UsageError, match="--speed must be a number above 0"):
        Replay(db, scenario.get("hacked-account"), speed=speed)


# ---- the command line ------------------------------------------------------------------------

def test_drill_commands(cli):
    listed = json.loads(cli("drill", "list", "--json").stdout)
    assert [d["id"] for d in listed] == SCENARIOS
    assert all(d["live_mentions"] > 10 and d["title"] for d in listed)
    out = json.loads(cli("drill", "run", "third-party-outage", "--speed", "100000", "--json").stdout)
    assert out["scenario"] == "third-party-outage" and out["mentions"] > 50
    assert any(a["kind"] == "spike" for a in out["alerts"])
    ws = Workspace(cli.folder)
    try:
        assert ws.db.execute("SELECT count(*), sum(drill) FROM mentions").fetchone() == (out["mentions"],) * 2
        assert ws.db.execute("SELECT count(*), sum(drill) FROM alerts").fetchone() == (len(out["alerts"]),) * 2
    finally:
        ws.close()
    text = cli("drill", "run", "hacked-account", "--speed", "100000").stdout
    assert "ALERT (drill)" in text and "crisis-console crisis on --alert" in text and "Facilitator's injects" in text


def test_drill_command_errors_are_one_line(cli):
    r = cli("drill", "run", "nope", check=False)
    assert r.returncode == 2 and "no drill scenario 'nope'" in r.stderr and "Traceback" not in r.stderr
    r = cli("drill", "run", "hacked-account", "--speed", "0", check=False)
    assert r.returncode == 2 and "--speed must be a number above 0" in r.stderr
    with Workspace(cli.folder).writer_lock():
        r = cli("drill", "run", "hacked-account", "--speed", "100000", check=False)
    assert r.returncode == 1 and "already writing" in r.stderr and "Traceback" not in r.stderr


def test_scenario_text_files_read_as_utf8(tmp_path):
    path = tmp_path / "mini.toml"
    path.write_text(textwrap.dedent(VALID).replace("{brand} is fine", "{brand} 很好"), encoding="utf-8")
    assert scenario.plan(scenario.load(path), "Acme")[0].text == "Acme 很好"
