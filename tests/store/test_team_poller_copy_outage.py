"""Team mode, the service and the day the server is down: the one poller stops on SIGTERM keeping
what it fetched, a second poller waits with --wait; `workspace copy` moves a workspace between a
folder and PostgreSQL with its ids and audit chain; the shared playbook has a copy on each desk
that opens offline and queues ticks until the server is back."""

import json
import os
import signal
import subprocess
import sys
import time

from helpers.faultserver import FaultServer, items, rss


def cc(url, *args, home=None, timeout=90):
    env = dict(os.environ)
    if home:  # a desk of its own: its local copies live under its data folder
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run([sys.executable, "-m", "console", "--workspace", str(url), *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=env)


def spawn(url, *args):
    return subprocess.Popen([sys.executable, "-m", "console", "--workspace", str(url), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def desk_url(pg_cluster, pg_url, login):
    """`login`'s URL of the same database, once the owner has added it to the team."""
    db = pg_url.rsplit("/", 1)[1]
    assert cc(pg_url, "team", "add", login).returncode == 0
    return pg_cluster.url(role=login, db=db)


def test_sigterm_stops_the_poller_at_once_keeping_what_was_fetched(pg_url):
    srv = FaultServer()
    try:
        quick = srv.feed("/quick.xml", rss("Quick", items(1, 7)))
        for url in (quick, srv.url("/hang")):
            assert cc(pg_url, "feeds", "add", url, "--internal").returncode == 0
        poller = spawn(pg_url, "poll")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (srv.hits("/quick.xml") and srv.hits("/hang")):
            time.sleep(0.1)
        assert srv.hits("/hang"), "the hanging feed is being fetched"
        time.sleep(0.3)
        poller.send_signal(signal.SIGTERM)
        t = time.monotonic()
        assert poller.wait(15) == 0, poller.stderr.read()
        assert time.monotonic() - t < 10
    finally:
        srv.close()
    stored = json.loads(cc(pg_url, "mentions", "--json", "--limit", "100").stdout)
    assert len(stored) == 7  # the quick feed's entries, although the pass never finished
    feeds = {f["url"]: f for f in json.loads(cc(pg_url, "feeds", "list", "--json").stdout)}
    assert not feeds[srv.url("/hang")].get("consecutive_failures")  # a stop is not the feed's fault


def test_a_second_poller_refuses_or_waits_for_the_first(pg_url):
    first = spawn(pg_url, "poll")
    try:
        assert "polling on schedule" in first.stdout.readline()
        r = cc(pg_url, "poll", "--once")
        assert r.returncode == 1 and "--wait" in r.stderr and len(r.stderr.strip().splitlines()) == 1
        second = spawn(pg_url, "poll", "--once", "--wait")
        assert "waiting: another poller" in second.stderr.readline()
        assert second.poll() is None  # still waiting for the lock
        first.send_signal(signal.SIGTERM)
        assert first.wait(15) == 0
        assert second.wait(60) == 0, second.stderr.read()
    finally:
        for p in (first,):
            if p.poll() is None:
                p.kill()


def test_workspace_copy_there_and_back_keeps_ids_statuses_and_the_audit_chain(pg_url, tmp_path):
    srv = FaultServer()
    folder = tmp_path / "desk"
    try:
        assert cc(folder, "feeds", "add", srv.feed("/a.xml", rss("Acme", items(1, 9))), "--internal").returncode == 0
        assert cc(folder, "poll", "--once").returncode == 0
    finally:
        srv.close()
    assert cc(folder, "mentions", "set-status", "3", "responded").returncode == 0
    assert cc(folder, "mentions", "assign", "4", "Lee").returncode == 0
    assert cc(folder, "contacts", "add", "legal", "Pat Doe", "--phone", "+1 555 0100").returncode == 0
    before = json.loads(cc(folder, "mentions", "--json", "--limit", "100").stdout)
    audit_before = json.loads(cc(folder, "audit", "--json").stdout)

    r = cc(pg_url, "workspace", "copy", folder, pg_url)  # --workspace is not what copy reads
    assert r.returncode == 0 and r.stdout.strip() == f"copied 9 mentions, {len(audit_before)} audit rows", r.stderr
    shared = json.loads(cc(pg_url, "mentions", "--json", "--limit", "100").stdout)
    key = lambda ms: sorted((m["id"], m["status"], m["assignee"]) for m in ms)  # noqa: E731
    assert key(shared) == key(before)
    assert cc(pg_url, "audit", "--verify").returncode == 0
    audit_shared = json.loads(cc(pg_url, "audit", "--json").stdout)
    copied = {a["hash"] for a in audit_before}
    assert [a["hash"] for a in audit_shared if a["hash"] in copied] == [a["hash"] for a in audit_before]
    assert len(audit_shared) == len(audit_before) + 1  # and one row recording the copy
    assert "Pat Doe" in cc(pg_url, "contacts", "list").stdout
    # New rows on the shared workspace continue after the copied ids.
    assert cc(pg_url, "incident", "open", "After the move", "--mention", "3").returncode == 0

    back = tmp_path / "back"
    r = cc(pg_url, "workspace", "copy", pg_url, back)
    assert r.returncode == 0 and r.stdout.startswith("copied 9 mentions"), r.stderr
    assert key(json.loads(cc(back, "mentions", "--json", "--limit", "100").stdout)) == key(before)
    assert cc(back, "audit", "--verify").returncode == 0
    assert "Pat Doe" in cc(back, "contacts", "list").stdout

    again = cc(pg_url, "workspace", "copy", folder, pg_url)
    assert again.returncode == 2 and "already holds a workspace" in again.stderr
    assert len(json.loads(cc(pg_url, "mentions", "--json", "--limit", "100").stdout)) == 9  # untouched


def test_the_shared_playbook_opens_offline_and_sends_queued_ticks_when_back(pg_cluster, pg_url, tmp_path):
    dana = desk_url(pg_cluster, pg_url, "dana")
    home = tmp_path / "dana-home"
    assert cc(pg_url, "checklist", "start", "activation").returncode == 0  # the owner starts the shared run
    assert cc(pg_url, "contacts", "add", "legal", "Pat Doe", "--phone", "+1 555 0100").returncode == 0
    assert cc(dana, "checklist", "list", home=home).returncode == 0         # dana's desk gets its copy

    for args in (["checklist", "list"], ["templates", "list"], ["contacts", "list"]):
        r = cc(dana, "--offline", *args, home=home)
        assert r.returncode == 0 and r.stdout.strip(), (args, r.stderr)
        assert "this desk's copy" in r.stderr  # said once, after the listing
    assert "Pat Doe" in r.stdout
    r = cc(dana, "--offline", "checklist", "tick", "1", "2", home=home)
    assert r.returncode == 0 and "by dana" in r.stdout, r.stderr
    refused = cc(dana, "--offline", "checklist", "start", "response", home=home)
    assert refused.returncode == 1 and "must wait" in refused.stderr

    shared = json.loads(cc(pg_url, "checklist", "show", "1", "--json").stdout)
    assert not shared["items"][1]["ticked_at"]  # not sent yet: the server never heard of it
    assert cc(dana, "mentions", "--json", home=home).returncode == 0  # dana's next command reaches the server
    item = json.loads(cc(pg_url, "checklist", "show", "1", "--json").stdout)["items"][1]
    assert item["ticked_by"] == "dana" and item["ticked_at"] < time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    # Sent once: the next command sends nothing more.
    assert cc(dana, "mentions", "--json", home=home).returncode == 0
    ticks = [a for a in json.loads(cc(pg_url, "playbook", "audit", "--json").stdout) if a["action"] == "checklist.tick"]
    assert len(ticks) == 1 and ticks[0]["actor"] == "dana"


def test_a_desk_that_never_opened_the_workspace_has_no_copy_and_says_so(pg_cluster, pg_url, tmp_path):
    lee = desk_url(pg_cluster, pg_url, "lee")
    r = cc(lee, "--offline", "checklist", "list", home=tmp_path / "lee-home")
    assert r.returncode == 1 and "no copy of the shared playbook yet" in r.stderr
    assert pg_cluster.passwords["lee"] not in r.stderr
