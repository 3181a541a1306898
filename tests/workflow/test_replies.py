"""Replies prefilled from what they answer and approved before they go out: the whole path through
the command line on a real workspace, as three people at their desks (--operator)."""

import json
from datetime import UTC, datetime

import pytest
from incident_seed import add_mention, add_source

from console.incidents import reply_values
from console.store import operator
from console.workspace import Workspace

PAGE = "https://acme.example/crisis"


@pytest.fixture
def desk(cli_in_process):
    """desk(NAME, ARGS...) runs the command line as NAME; the crisis team has a lead, PR and an agent."""
    cli = cli_in_process
    ws = Workspace(cli.folder)
    src = add_source(ws.db)
    mention = add_mention(ws.db, src, "My K2 kettle smokes", author="@jo_smith", level="critical")
    ws.close()
    for role, name in (("crisis_lead", "Dana Ruiz"), ("communications", "Lee Chen"), ("customer_service_lead", "Sam Agent")):
        cli("contacts", "add", role, name)

    def run(name, *args, check=True):
        return cli("--operator", name, *args, check=check)

    run.mention = mention
    return run


def draft(desk, who, mention, *extra):
    return json.loads(desk(who, "reply", "draft", "--mention", mention, "--template", "holding_statement",
                           "--channel", "x", *extra, "--json").stdout)


def crisis_incident(desk):
    iid = json.loads(desk("Dana Ruiz", "incident", "open", "Kettle", "--mention", desk.mention, "--json").stdout)["id"]
    desk("Dana Ruiz", "incident", "set", iid, "--summary", "K2 kettles overheating",
         "--next-update", "2026-12-07T15:00:00Z")
    desk("Dana Ruiz", "crisis", "page-url", PAGE)
    on = json.loads(desk("Dana Ruiz", "crisis", "on", "--incident", iid, "--json").stdout)
    return iid, on["checklist_run_id"]


def test_in_crisis_mode_an_agents_draft_waits_for_a_validating_role_then_goes_out(desk):
    iid, run_id = crisis_incident(desk)
    d = draft(desk, "Sam Agent", desk.mention)
    assert d["state"] == "awaiting" and d["unfilled"] == []
    assert "K2 kettles overheating" in d["text"] and PAGE in d["text"] and "{" not in d["text"]
    r = desk("Sam Agent", "reply", "sent", d["id"], check=False)
    assert r.returncode == 2 and "only an approved reply" in r.stderr
    r = desk("Sam Agent", "reply", "approve", d["id"], check=False)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert all(w in r.stderr for w in ("Crisis lead", "Communications and PR", "Legal counsel", "Executive sponsor"))
    assert json.loads(desk("Lee Chen", "reply", "approve", d["id"], "--json").stdout)["state"] == "approved"
    assert json.loads(desk("Sam Agent", "reply", "sent", d["id"], "--json").stdout)["state"] == "sent"
    shown = json.loads(desk("Dana Ruiz", "incident", "show", iid, "--json").stdout)
    assert [(x["text"], x["mention_id"]) for x in shown["responses"]] == [(d["text"], desk.mention)]
    assert shown["first_response_at"]
    items = json.loads(desk("Dana Ruiz", "checklist", "show", run_id, "--json").stdout)["items"]
    holding = next(i for i in items if i["id"] == "holding_statement")
    assert holding["ticked_by"] == "console" and holding["ticked_at"]
    actions = [(a["action"], a["actor"]) for a in json.loads(desk("x", "audit", "--json").stdout)
               if a["action"].startswith("reply.")]
    assert actions == [("reply.sent", "Sam Agent"), ("reply.approve", "Lee Chen"), ("reply.draft", "Sam Agent")]


def test_an_approver_returns_with_a_note_and_the_lists_follow_the_states(desk):
    crisis_incident(desk)
    first, second = draft(desk, "Sam Agent", desk.mention), draft(desk, "Sam Agent", desk.mention)
    r = desk("Sam Agent", "reply", "return", first["id"], "--note", "tone", check=False)
    assert r.returncode == 2
    returned = json.loads(desk("Dana Ruiz", "reply", "return", first["id"], "--note", "tone", "--json").stdout)
    assert (returned["state"], returned["note"], returned["decided_by"]) == ("returned", "tone", "Dana Ruiz")
    waiting = json.loads(desk("x", "reply", "list", "--state", "awaiting", "--json").stdout)
    assert [w["id"] for w in waiting] == [second["id"]]
    assert json.loads(desk("x", "mentions", "summary", "--json").stdout)["awaiting_approval"] == 1
    r = desk("x", "reply", "list", "--state", "pending", check=False)
    assert r.returncode == 2 and "awaiting, approved, returned, sent" in r.stderr


def test_an_approver_drafting_in_crisis_mode_and_anyone_outside_it_are_approved_as_drafted(desk):
    assert draft(desk, "Sam Agent", desk.mention)["state"] == "approved"        # no crisis mode
    desk("x", "reply", "policy", "always")
    assert draft(desk, "Sam Agent", desk.mention)["state"] == "awaiting"
    crisis_incident(desk)
    assert draft(desk, "Lee Chen", desk.mention)["state"] == "approved"
    r = desk("x", "reply", "policy", "sometimes", check=False)
    assert r.returncode == 2 and "crisis, always" in r.stderr


def test_a_reply_with_an_unfilled_placeholder_cannot_be_sent_until_it_is_finished(desk):
    d = draft(desk, "Sam Agent", desk.mention)        # no incident: nothing says what happened
    assert d["state"] == "approved" and d["unfilled"] == ["issue_summary", "next_update_time", "crisis_page_url"]
    r = desk("Sam Agent", "reply", "sent", d["id"], check=False)
    assert r.returncode == 2 and "unfilled placeholders: issue_summary" in r.stderr
    given = draft(desk, "Sam Agent", desk.mention, "--set", "issue_summary=a late parcel",
                  "--set", "next_update_time=noon", "--set", f"crisis_page_url={PAGE}")
    assert given["unfilled"] == [] and "a late parcel" in given["text"]
    assert json.loads(desk("Sam Agent", "reply", "sent", given["id"], "--json").stdout)["state"] == "sent"


def test_the_customer_and_the_agent_are_filled_from_the_mention_and_the_operator(desk):
    d = json.loads(desk("Sam Agent", "reply", "draft", "--mention", desk.mention, "--template", "private_follow_up",
                        "--json").stdout)
    assert d["text"].startswith("Hi jo_smith, this is Sam from")
    assert d["unfilled"] == ["brand", "case_id"]


def test_the_next_update_reads_in_the_templates_language_with_its_zone(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    at = datetime(2026, 12, 7, 15, 0, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert reply_values.local_time(at, "en") == "15:00 UTC, 7 December 2026"
    assert reply_values.local_time(at, "zh_TW") == "2026年12月7日 15:00（UTC）"
    assert reply_values.local_time(at, "uk") == "15:00 UTC, 7 грудня 2026"


def test_the_operator_is_the_given_name_else_the_environment_else_the_saved_one(monkeypatch):
    assert operator.name() == operator.login_name()
    operator.save("Dana  Ruiz")
    assert operator.name() == "Dana Ruiz"
    monkeypatch.setenv(operator.ENV_VAR, "Lee Chen")
    assert operator.name() == "Lee Chen"
    operator.use("Sam Agent")
    assert operator.name() == "Sam Agent"
    assert operator.roles_of("Sam Agent", [{"name": "Sam Agent", "role": "legal"}, {"name": "Sam", "role": "x"}]) == [
        "legal"]
