"""The feeds, poll and self-test commands as a user runs them: real subprocesses, a real loopback
server, exit codes and one-line errors."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from helpers import faultserver

from console.resources import resources_dir as resource_dir


def stored(folder) -> int:
    try:
        con = sqlite3.connect(f"file:{folder / 'console.db'}?mode=ro", uri=True)
        try:
            return con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def one_line_error(r, code):
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("crisis-console: ") and "Traceback" not in r.stderr
    return lines[0]


def test_feeds_add_list_disable_enable_remove(cli, server, tmp_path):
    url = server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 3)))
    assert "added feed 1" in cli("feeds", "add", url, "--internal", "--name", "Acme", "--interval", "300",
                                 "--priority").stdout
    local = tmp_path / "local.xml"
    local.write_text(faultserver.rss("L", faultserver.items(2, 2)))
    cli("feeds", "add", local)
    rows = json.loads(cli("feeds", "list", "--json").stdout)
    assert [r["url"] for r in rows] == [url, local.resolve().as_uri()]
    for key in ("id", "url", "name", "kind", "enabled", "priority", "internal", "interval_s", "last_success",
                "last_error_category", "last_error_message", "consecutive_failures", "next_poll"):
        assert key in rows[0]
    assert (rows[0]["name"], rows[0]["interval_s"], rows[0]["priority"], rows[0]["internal"]) == ("Acme", 300, True, True)
    assert "disabled" in cli("feeds", "disable", "1").stdout
    assert "enabled" in cli("feeds", "enable", "1").stdout
    assert "mentions are kept" in cli("feeds", "remove", "2").stdout
    assert [r["enabled"] for r in json.loads(cli("feeds", "list", "--json").stdout)] == [True, False]


def test_a_loopback_feed_without_internal_is_refused_at_add_with_no_request(cli, server):
    url = server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 3)))
    line = one_line_error(cli("feeds", "add", url, check=False), 2)
    assert "loopback" in line and "--internal" in line
    assert server.hits("/a.xml") == 0


@pytest.mark.parametrize("args, code, text", [
    (("feeds", "disable", "42"), 2, "no feed with id 42"),
    (("feeds", "add", "http://example.test/", "--interval", "5"), 2, "between 60 s"),
    (("feeds", "import", "/no/such.opml"), 2, "cannot read"),
    (("poll", "--all"), 2, "go with --once"),
])
def test_usage_errors_are_one_line_with_exit_code_2(cli, args, code, text):
    assert text in one_line_error(cli(*args, check=False), code)


def test_poll_once_json_then_all_unchanged(cli, server):
    good = [server.feed(f"/f{i}.xml", faultserver.rss(f"F{i}", faultserver.items(i, 4))) for i in range(3)]
    broken = server.url("/status/500")
    for url in good + [broken]:
        cli("feeds", "add", url, "--internal")
    first = json.loads(cli("poll", "--once", "--json").stdout)
    by_url = {s["url"]: s for s in first["sources"]}
    assert all((by_url[u]["status"], by_url[u]["new"]) == ("ok", 4) for u in good)
    assert by_url[broken]["status"] == "error" and by_url[broken]["error_category"] == "http"
    assert "HTTP 500" in by_url[broken]["error_message"]
    assert (first["offline"], first["new"], first["errors"], first["alerts_raised"]) == (False, 12, 1, 0)
    second = json.loads(cli("poll", "--once", "--all", "--json").stdout)
    assert {s["url"]: s["status"] for s in second["sources"] if s["url"] in good} == {u: "unchanged" for u in good}
    text = cli("poll", "--once", "--all").stdout
    assert "unchanged" in text and "polled 4 feeds" in text
    assert len(json.loads(cli("mentions", "--json", "--limit", "100").stdout)) == 12


def test_opml_export_and_import_through_the_command_line(cli, server, tmp_path):
    cli("feeds", "add", server.feed("/a.xml", "x"), "--internal", "--interval", "120")
    opml = tmp_path / "feeds.opml"
    assert "1 feeds written" in cli("feeds", "export", opml).stdout
    other = subprocess.run([sys.executable, "-m", "console", "--workspace", str(tmp_path / "other"), "feeds", "import",
                            str(opml)], capture_output=True, text=True, timeout=60)
    assert other.returncode == 0 and "0 feeds added, 1 skipped" in other.stdout  # its internal flag is not trusted
    assert "--allow-internal" in other.stdout
    other = subprocess.run([sys.executable, "-m", "console", "--workspace", str(tmp_path / "other"), "feeds", "import",
                            str(opml), "--allow-internal"], capture_output=True, text=True, timeout=60)
    assert other.returncode == 0 and "1 feeds added, 0 skipped" in other.stdout and "(internal)" in other.stdout


def test_a_second_poller_is_told_and_the_first_stops_cleanly_on_sigterm(cli, server):
    cli("feeds", "add", server.feed("/a.xml", faultserver.rss("A", faultserver.items(1, 3))), "--internal")
    first = subprocess.Popen([sys.executable, "-m", "console", "--workspace", str(cli.folder), "poll"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while stored(cli.folder) < 3 and time.monotonic() < deadline:   # its first pass is in the store
            time.sleep(0.1)
        line = one_line_error(cli("poll", "--once", check=False), 1)
        assert "already writing" in line
    finally:
        first.send_signal(signal.SIGTERM)
        out, err = first.communicate(timeout=30)
    assert first.returncode == 0 and "poller stopped" in out and err == ""
    assert "3 new" in out


def test_an_unwritable_workspace_location_exits_1_with_one_line(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    r = subprocess.run([sys.executable, "-m", "console", "--workspace", str(blocked / "ws"), "poll", "--once"],
                       capture_output=True, text=True, timeout=60)
    assert "cannot create the workspace folder" in one_line_error(r, 1)


def test_self_test_polls_a_bundled_feed_into_a_temporary_workspace(tmp_path):
    resources = tmp_path / "resources"   # the real resources, with a demo folder of our own
    (resources / "demo").mkdir(parents=True)
    for real in resource_dir().iterdir():
        if real.name != "demo":
            (resources / real.name).symlink_to(real)
    (resources / "demo" / "a-demo.xml").write_text(faultserver.rss("Demo", faultserver.items(1, 5)))
    env = dict(os.environ, CRISIS_CONSOLE_RESOURCES=str(resources))
    r = subprocess.run([sys.executable, "-m", "console", "self-test"], capture_output=True, text=True, timeout=120,
                       env=env)
    assert r.returncode == 0, r.stderr
    assert "5 mentions" in r.stdout and "integrity_check: ok" in r.stdout and "VADER" in r.stdout
    assert r.stdout.strip().endswith("self-test passed")
    (resources / "demo" / "a-demo.xml").unlink()
    r = subprocess.run([sys.executable, "-m", "console", "self-test"], capture_output=True, text=True, timeout=60,
                       env=env)
    assert "no bundled demo feed" in one_line_error(r, 1)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes through read-only permissions")
def test_a_read_only_workspace_exits_1_with_one_line(cli, tmp_path):
    cli("feeds", "list")                 # creates the workspace
    os.chmod(cli.folder / "console.db", 0o444)
    os.chmod(cli.folder, 0o555)
    try:
        line = one_line_error(cli("poll", "--once", check=False), 1)
        assert "console.db" in line
    finally:
        os.chmod(cli.folder, 0o755)
        os.chmod(cli.folder / "console.db", 0o644)
