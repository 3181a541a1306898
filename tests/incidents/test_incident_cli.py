"""The incident and crisis commands on a real workspace: in process (`console.cli.main`, the same
code without an interpreter start per call), and once in a subprocess for the exit code."""

import json
import subprocess
import sys

import pytest
from incident_seed import storm

from console.workspace import Workspace


@pytest.fixture
def cli(cli_in_process):
    return cli_in_process


def seeded(cli, n=6):
    ws = Workspace(cli.folder)
    _, ids, alert_id = storm(ws.db, n=n)
    ws.close()
    return ids, alert_id


def test_incident_lifecycle_from_the_command_line(cli):
    ids, alert_id = seeded(cli)
    inc = json.loads(cli("incident", "open", "Exploding kettle", "--from-alert", alert_id, "--json").stdout)
    iid = inc["id"]
    assert inc["title"] == "Exploding kettle" and inc["mention_count"] == len(ids)
    cli("incident", "note", iid, "Holding statement approved by legal")
    cli("incident", "respond", iid, "--channel", "x", "--text", "We are so sorry. Updates: https://acme.example/status")
    cli("incident", "close", iid)
    show = json.loads(cli("incident", "show", iid, "--json").stdout)
    assert sorted(m["id"] for m in show["mentions"]) == sorted(ids)
    assert [e["kind"] for e in show["timeline"]] == ["detected", "opened", "note", "response", "closed"]
    assert "acme.example/status" in json.dumps(show)
    assert all(isinstance(show["metrics"][k], int) for k in ("time_to_crisis_mode_s", "time_to_first_response_s"))
    listed = json.loads(cli("incident", "list", "--json").stdout)
    assert [(r["id"], r["status"]) for r in listed] == [(iid, "closed")]
    text = cli("incident", "show", iid).stdout
    assert "Exploding kettle (closed)" in text and "[x] We are so sorry" in text


def test_crisis_on_and_off_from_the_command_line(cli):
    _, alert_id = seeded(cli, n=3)
    on = json.loads(cli("crisis", "on", "--alert", alert_id, "--json").stdout)
    assert on["opened"] and on["surge_until"] and on["checklist_run_id"] == 1
    runs = json.loads(cli("checklist", "runs", "--json").stdout)
    assert [(r["checklist_id"], r["incident_id"]) for r in runs] == [("activation", str(on["incident_id"]))]
    status = json.loads(cli("crisis", "status", "--json").stdout)
    assert status["on"] and status["incident"]["id"] == on["incident_id"]
    assert "Golden hour:" in cli("crisis", "status").stdout
    assert "already on" in cli("crisis", "on", "--alert", alert_id).stdout
    assert len(json.loads(cli("checklist", "runs", "--json").stdout)) == 1     # the same run, not a second
    assert f"incident {on['incident_id']} stays open" in cli("crisis", "off").stdout
    assert cli("crisis", "status").stdout.strip() == "crisis mode is off"


def test_an_unknown_incident_exits_2_in_a_real_process(tmp_path):
    r = subprocess.run([sys.executable, "-m", "console", "--workspace", str(tmp_path / "ws"), "incident", "show", "77"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stderr == "crisis-console: no incident with id 77\n"


def test_bad_input_is_one_line_and_exit_code_2(cli):
    seeded(cli, n=1)
    for args, said in [(("incident", "show", "77"), "no incident with id 77"),
                       (("incident", "open", "T", "--from-alert", "abc"), "--from-alert: not an id: 'abc'"),
                       (("incident", "respond", "1", "--channel", " ", "--text", "x"), "say on which channel"),
                       (("crisis", "off"), "crisis mode is not on")]:
        r = cli(*args, check=False)
        assert r.returncode == 2, (args, r.stderr)
        assert said in r.stderr and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
