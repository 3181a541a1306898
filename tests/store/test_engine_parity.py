"""Parity: the demo workspace copied into PostgreSQL answers every command as its folder does.

Read commands must print the same JSON on both engines; the commands that change something
(triage, incidents, watch terms, routing, replies, checklists, crisis mode) must leave both
alike, and reports and drills must succeed on both."""

import json
import os
import re
import subprocess
import sys
import time

import pytest

MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
ACTORS = ("changed_by", "actor", "started_by", "ticked_by", "drafted_by", "by")
READS = [
    ["mentions", "--json", "--limit", "500"],
    ["mentions", "--json", "--order", "attention", "--limit", "50"],
    ["mentions", "--json", "--order", "severity", "--limit", "50"],
    ["mentions", "--json", "--search", "K2 burned", "--limit", "50"],
    ["mentions", "--json", "--search", "过热", "--limit", "50"],
    ["mentions", "summary", "--json"],
    ["alerts", "--json"],
    ["watch", "list", "--json"],
    ["feeds", "list", "--json"],
    ["incident", "list", "--json"],
    ["authors", "list", "--json"],
    ["checklist", "list", "--json"],
    ["contacts", "list", "--json"],
    ["route", "list", "--json"],
    ["drill", "list", "--json"],
]

CHANGES = [
    ["mentions", "set-status", "{m1}", "acknowledged"],
    ["mentions", "assign", "{m1}", "Lee Chen"],
    ["mentions", "tag", "{m1}", "refund"],
    ["mentions", "note", "{m1}", "called back"],
    ["watch", "add", "Acme kettle", "--kind", "product"],
    ["watch", "levels", "--critical", "85", "--high", "65", "--medium", "40"],
    ["incident", "open", "Kettle burns", "--mention", "{m1}"],
    ["incident", "add", "1", "{m2}"],
    ["incident", "set", "1", "--lead", "Dana Ruiz", "--tier", "2", "--stage", "responding"],
    ["incident", "respond", "1", "--text", "We are on it", "--channel", "web", "--mention", "{m1}"],
    ["route", "add", "escalation", "--min-level", "high"],
    ["reply", "draft", "--template", "holding_statement", "--mention", "{m1}"],
    ["checklist", "start", "activation"],
    ["checklist", "tick", "1", "1"],
    ["crisis", "on"],
    ["crisis", "off"],
    ["audit", "--verify"],
    ["playbook", "audit", "--verify"],
]


def cc(home, workspace, *args, timeout=180):
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run([sys.executable, "-m", "console", *(["--workspace", str(workspace)] if workspace else []),
                           *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture
def twins(pg_url, tmp_path):
    """The demo workspace as a folder, and the same copied into PostgreSQL."""
    home = tmp_path / "home"
    r = cc(home, None, "--demo", "feeds", "list")
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "folder"
    r = cc(home, None, "workspace", "copy", home / "data" / "crisis-console" / "demo", folder)
    assert r.returncode == 0, r.stderr
    r = cc(home, folder, "poll", "--once", "--all")  # the demo's bundled feeds, as the window polls them
    assert r.returncode == 0 and int(re.search(r"(\d+) new mentions", r.stdout).group(1)) > 200, r.stdout + r.stderr
    r = cc(home, None, "workspace", "copy", folder, pg_url)
    assert r.returncode == 0, r.stderr
    return home, folder, pg_url


def _same(data, since: str):
    """A listing as comparable text: keys sorted, and each moment and duration from this test's own
    commands (made a few seconds apart on the two engines) as one mark."""
    def norm(x):
        if isinstance(x, dict):  # who acted: the operator at a folder, the database login on PostgreSQL
            return {k: "<a duration>" if k.endswith("_s") and isinstance(v, int | float) else norm(v)
                    for k, v in x.items() if k not in ACTORS}
        if isinstance(x, list):
            return [norm(v) for v in x]
        if isinstance(x, str) and MOMENT.match(x) and x >= since:
            return "<during the test>"
        return x
    return json.dumps(norm(data), sort_keys=True, ensure_ascii=False)


@pytest.mark.slow
@pytest.mark.timeout(900)  # some hundred commands, each a process of its own
def test_both_engines_answer_every_read_alike_and_take_every_change(twins):
    home, folder, url = twins
    since = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - 1))

    def alike(reads):
        for args in reads:
            a, b = cc(home, folder, *args), cc(home, url, *args)
            assert a.returncode == b.returncode == 0, (args, a.stderr, b.stderr)
            assert _same(json.loads(a.stdout), since) == _same(json.loads(b.stdout), since), args

    alike(READS)
    first = json.loads(cc(home, folder, "mentions", "--json", "--limit", "2").stdout)
    ids = {"m1": first[0]["id"], "m2": first[1]["id"]}
    for args in ([a.format(**ids) for a in c] for c in CHANGES):
        a, b = cc(home, folder, *args), cc(home, url, *args)
        assert a.returncode == 0 and b.returncode == 0, (args, a.stderr, b.stderr)
    alike(READS + [["incident", "show", "1", "--json"], ["checklist", "show", "1", "--json"]])
    for ws in (folder, url):  # last: a drill's mentions are stamped with the moment it ran on each engine
        r = cc(home, ws, "drill", "run", "third-party-outage", "--speed", "600")
        assert r.returncode == 0, r.stderr
    for fmt in ("html", "pdf"):
        for where, ws in (("folder", folder), ("shared", url)):
            out = home / f"review-{where}.{fmt}"
            r = cc(home, ws, "report", "1", out)
            assert r.returncode == 0 and out.stat().st_size > 1000, (where, fmt, r.stderr)
