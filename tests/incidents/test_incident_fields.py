"""An incident's lead, tier, stage, summary and next update; the activation steps the console ticks;
the public crisis-centre page. Real workspaces, in process through the command line where it says."""

import json
import re
from datetime import datetime, timedelta

import pytest
from incident_seed import storm

from console.errors import UsageError
from console.incidents import crisis, fields, operations, reading
from console.store import audit


@pytest.fixture
def cli(cli_in_process):
    return cli_in_process


def test_each_change_is_a_timeline_event_with_old_and_new_and_one_audit_row(db):
    iid = operations.open_incident(db, "Kettle")
    before = len(audit.rows(db))
    changes = fields.set_fields(db, iid, lead="Dana Ruiz", tier=1, stage="investigating", summary="K2 overheating",
                                next_update="2026-12-07T15:00:00Z")
    assert [c["field"] for c in changes] == ["lead", "tier", "stage", "summary", "next_update"]
    inc = reading.show(db, iid)
    assert (inc["lead"], inc["tier"], inc["stage"], inc["summary"], inc["next_update"]) == (
        "Dana Ruiz", 1, "investigating", "K2 overheating", "2026-12-07T15:00:00Z")
    stage = next(e for e in inc["timeline"] if e["kind"] == "stage")
    assert stage["details"] == {"from": "triage", "to": "investigating"}
    rows = audit.rows(db)
    assert len(rows) == before + 1 and rows[0]["action"] == "incident.set"
    assert fields.set_fields(db, iid, lead="Dana Ruiz") == []          # the same value changes nothing
    assert len(audit.rows(db)) == before + 1


def test_a_time_without_a_zone_is_local_time(db):
    iid = operations.open_incident(db, "Kettle")
    fields.set_fields(db, iid, next_update="2026-12-07T15:30")
    expected = datetime(2026, 12, 7, 15, 30).astimezone()
    stored = datetime.fromisoformat(reading.show(db, iid)["next_update"].replace("Z", "+00:00"))
    assert stored == expected


@pytest.mark.parametrize("change, words", [({"tier": "9"}, "1, 2, 3"), ({"stage": "done"}, "triage, investigating"),
                                            ({"next_update": "soon"}, "ISO 8601"), ({}, "nothing to change")])
def test_bad_values_are_refused_naming_what_is_allowed(db, change, words):
    iid = operations.open_incident(db, "Kettle")
    with pytest.raises(UsageError, match=re.escape(words)):
        fields.set_fields(db, iid, **change)


def test_stage_closed_closes_the_incident_and_ends_its_crisis_mode(db):
    _, ids, alert_id = storm(db, n=3)
    act = crisis.turn_on(db, alert_id=alert_id)
    fields.set_fields(db, act.incident_id, stage="closed")
    inc = reading.show(db, act.incident_id)
    assert (inc["status"], inc["stage"], inc["crisis_active"]) == ("closed", "closed", False)
    assert [e["kind"] for e in inc["timeline"]][-3:] == ["stage", "crisis_off", "closed"]
    with pytest.raises(UsageError, match="is closed"):
        fields.set_fields(db, act.incident_id, lead="Dana")


def test_incident_close_also_sets_the_stage(db):
    iid = operations.open_incident(db, "Kettle")
    operations.close(db, iid)
    assert reading.show(db, iid)["stage"] == "closed"


def test_the_command_line_sets_shows_the_tier_definition_and_refuses_in_one_line(cli):
    iid = json.loads(cli("incident", "open", "Kettle", "--json").stdout)["id"]
    cli("incident", "set", iid, "--lead", "Dana Ruiz", "--tier", "2", "--stage", "responding")
    shown = json.loads(cli("incident", "show", iid, "--json").stdout)
    assert shown["tier_title"] == "Tier 2: major" and "Communications leads" in shown["tier_definition"]
    assert "lead: Dana Ruiz; tier: Tier 2: major" in cli("incident", "show", iid).stdout
    for bad, allowed in ((["--tier", "9"], "1, 2, 3"), (["--stage", "nonsense"], "monitoring, closed")):
        r = cli("incident", "set", iid, *bad, check=False)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and allowed in r.stderr


def test_crisis_mode_ticks_the_incident_opened_by_the_console_also_when_it_reuses_one(cli):
    iid = json.loads(cli("incident", "open", "Kettle", "--json").stdout)["id"]
    on = json.loads(cli("crisis", "on", "--incident", iid, "--json").stdout)
    assert not on["opened"]
    items = json.loads(cli("checklist", "show", on["checklist_run_id"], "--json").stdout)["items"]
    ticked = {i["id"]: (i["ticked_by"], bool(i["ticked_at"])) for i in items if i["ticked_at"]}
    assert ticked == {"open_incident": ("console", True)}


def test_the_crisis_page_is_self_contained_escaped_in_the_language_asked_and_on_the_timeline(cli, tmp_path):
    iid = json.loads(cli("incident", "open", "Kettle", "--json").stdout)["id"]
    soon = (datetime.now().astimezone() + timedelta(hours=2)).replace(second=0, microsecond=0)
    cli("incident", "set", iid, "--summary", "K2 kettles <script>alert(1)</script> overheating",
        "--next-update", soon.strftime("%Y-%m-%dT%H:%M"), "--stage", "investigating")
    cli("incident", "respond", iid, "--channel", "x", "--text", "First statement")
    cli("incident", "respond", iid, "--channel", "x", "--text", "Second statement")
    out = tmp_path / "page.html"
    cli("incident", "page", iid, out, "--lang", "zh_TW")
    doc = out.read_text("utf-8")
    assert "<script" not in doc and "&lt;script&gt;" in doc
    assert not re.search(r"https?://", doc) and "<link" not in doc and "<img" not in doc
    assert "我們正在調查原因" in doc and soon.strftime("%H:%M") in doc and 'lang="zh-Hant-TW"' in doc
    assert doc.index("Second statement") < doc.index("First statement")          # newest first
    events = json.loads(cli("incident", "show", iid, "--json").stdout)["timeline"]
    assert events[-1]["kind"] == "page_published" and events[-1]["details"]["lang"] == "zh_TW"
    r = cli("incident", "page", iid, tmp_path / "xx.html", "--lang", "xx", check=False)
    assert r.returncode == 2 and "en, zh_TW, zh_CN, uk" in r.stderr and not (tmp_path / "xx.html").exists()

