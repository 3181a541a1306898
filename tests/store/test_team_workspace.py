"""Team mode: a workspace in PostgreSQL, opened by URL. Against the tests' own cluster
(conftest `pg_cluster`): the first command migrates an empty database in one transaction, a
foreign database is refused untouched, bad URLs and unreachable servers are one line within the
connect timeout, and no password ever shows."""

import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from console.errors import WorkspaceError
from console.store import open_db, pg_schema
from console.store.engine import local_name, redact
from console.store.pg import translate
from console.store.schema import migrations


def cc(url, *args, env=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "console", "--workspace", url, *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})


def one_line(r) -> bool:
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    return r.returncode in (1, 2) and len(lines) == 1 and "Traceback" not in r.stderr


def test_placeholders_translate_outside_quotes_only():
    assert translate("SELECT ? , '?%' FROM t WHERE a LIKE ?", [1, 2]) == \
        ("SELECT %s , '?%%' FROM t WHERE a LIKE %s", [1, 2])
    assert translate("UPDATE t SET a = :a WHERE b = :b AND c::text = 'x:y'", {"a": 1, "b": 2})[0] == \
        "UPDATE t SET a = %(a)s WHERE b = %(b)s AND c::text = 'x:y'"
    assert translate("INSERT OR IGNORE INTO t (a) VALUES (?)", [1])[0] == \
        "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    assert translate("SELECT 1", None) == ("SELECT 1", None)
    assert translate("UPDATE a SET f = min(coalesce(f, :x), :x), n = max(coalesce(n, :y), :y)", {"x": 1, "y": 2})[0] == \
        "UPDATE a SET f = least(coalesce(f, %(x)s), %(x)s), n = greatest(coalesce(n, %(y)s), %(y)s)"
    assert "author_id IN (SELECT value::bigint FROM json_each(%s))" in \
        translate("SELECT 1 FROM l WHERE author_id IN (SELECT value FROM json_each(?))", ["[1]"])[0]


def test_each_sqlite_migration_has_its_postgres_step():
    """A new SQLite migration without a PostgreSQL step fails here, naming it."""
    assert [n for n, _ in pg_schema.MIGRATIONS if not n.startswith("pg_")] == [m.name for m in migrations._migrations]


def test_redact_and_local_name_drop_the_password():
    url = "postgresql://dana:s3cret@db.example:5433/crisis"
    assert redact(url) == "postgresql://dana:***@db.example:5433/crisis"
    assert "s3cret" not in local_name(url) and local_name(url) == "dana@db.example-5433-crisis"
    assert local_name("postgresql://lee@db.example/crisis") == "lee@db.example-crisis"
    assert local_name("postgresql:///?service=office") == "service-office"


def test_first_command_migrates_an_empty_database_with_the_sqlite_table_names(pg_cluster, pg_url):
    r = cc(pg_url, "feeds", "list", "--json")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
    db = pg_url.rsplit("/", 1)[1]
    tables = {t for (t,) in pg_cluster.sql("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = 'public'", db=db)}
    assert {"mentions", "sources", "audit", "settings", "incidents", "incident_events", "watch_terms",
            "alerts", "schema_migrations"} <= tables
    steps = [n for (n,) in pg_cluster.sql("SELECT name FROM schema_migrations ORDER BY name", db=db)]
    assert steps == sorted(n for n, _ in pg_schema.MIGRATIONS)


def test_a_failing_step_leaves_nothing_half_migrated(pg_cluster, pg_url, monkeypatch):
    monkeypatch.setattr(pg_schema, "MIGRATIONS", [*pg_schema.MIGRATIONS, ("m999_broken", ["CREATE TABLE nope (x nosuchtype)"])])
    with pytest.raises(Exception, match="nosuchtype"):
        open_db(pg_url)
    db = pg_url.rsplit("/", 1)[1]
    assert pg_cluster.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", db=db) == []


def test_a_database_of_another_application_is_refused_and_left_untouched(pg_cluster, pg_url):
    db = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql("CREATE TABLE invoices (id int PRIMARY KEY, amount numeric)", db=db)
    pg_cluster.sql("INSERT INTO invoices VALUES (1, 99.50)", db=db)
    r = cc(pg_url, "feeds", "list")
    assert one_line(r), r.stderr
    assert "another application" in r.stderr and "invoices" in r.stderr
    assert pg_cluster.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", db=db) == \
        [("invoices",)]
    assert pg_cluster.sql("SELECT count(*) FROM invoices", db=db) == [(1,)]


def test_a_desk_login_cannot_migrate_an_empty_database(pg_cluster, pg_url):
    db = pg_url.rsplit("/", 1)[1]
    r = cc(pg_cluster.url("dana", db), "feeds", "list")
    assert one_line(r) and "owner" in r.stderr, r.stderr
    assert pg_cluster.passwords["dana"] not in r.stderr + r.stdout


def test_the_environment_variable_takes_a_url(pg_url):
    r = subprocess.run([sys.executable, "-m", "console", "feeds", "list", "--json"], capture_output=True, text=True,
                       timeout=60, env={**os.environ, "CRISIS_CONSOLE_WORKSPACE": pg_url})
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stderr


def test_libpq_takes_the_password_from_pgpassword(pg_cluster, pg_url):
    db = pg_url.rsplit("/", 1)[1]
    r = cc(f"postgresql://ccowner@127.0.0.1:{pg_cluster.port}/{db}", "feeds", "list", "--json",
           env={"PGPASSWORD": pg_cluster.passwords["ccowner"]})
    assert r.returncode == 0, r.stderr


def test_bad_urls_are_one_line_without_the_password(pg_cluster, pg_url):
    db = pg_url.rsplit("/", 1)[1]
    secret = pg_cluster.passwords["ccowner"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    cases = {"password authentication failed": f"postgresql://ccowner:wrong{secret}@127.0.0.1:{pg_cluster.port}/{db}",
             "does not exist": f"postgresql://ccowner:{secret}@127.0.0.1:{pg_cluster.port}/nosuchdb",
             "refused": f"postgresql://ccowner:{secret}@127.0.0.1:{closed}/{db}",
             "invalid": f"postgresql://ccowner:{secret}@127.0.0.1:notaport/{db}"}
    for says, url in cases.items():
        r = cc(url, "mentions", "--json")
        assert one_line(r), (says, r.stderr)
        assert says in r.stderr.lower(), (says, r.stderr)
        assert secret not in r.stderr + r.stdout, r.stderr


def test_a_server_that_never_answers_is_given_up_within_the_connect_timeout():
    """Accepts TCP and says nothing, as a server behind a dropping firewall looks to libpq."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    url = f"postgresql://dana:hunter22@127.0.0.1:{silent.getsockname()[1]}/crisis"
    try:
        t = time.monotonic()
        with pytest.raises(WorkspaceError, match="no answer within 5 s") as e:
            open_db(url)
        took = time.monotonic() - t  # timed in this process: an interpreter's start is not the connection's
        r = cc(url, "mentions", "--json")
    finally:
        silent.close()
    assert 4.5 <= took <= 6.5, took
    assert "hunter22" not in str(e.value)
    assert one_line(r), r.stderr
    assert "no answer within 5 s" in r.stderr and "hunter22" not in r.stderr


def test_open_db_refuses_in_process_with_a_workspace_error(pg_cluster):
    with pytest.raises(WorkspaceError, match="does not exist") as e:
        open_db(pg_cluster.url(db="nosuchdb"))
    assert pg_cluster.passwords["ccowner"] not in str(e.value)


def test_the_commands_of_a_desk_run_on_a_shared_workspace(pg_url):
    """Feeds, a poll, the mention list and search, triage, the audit and crisis mode, end to end."""
    from helpers.faultserver import FaultServer, items, rss

    srv = FaultServer()
    try:
        feed = srv.feed("/a.xml", rss("Acme news", items(1, 12)))
        assert cc(pg_url, "feeds", "add", feed, "--internal").returncode == 0
        r = cc(pg_url, "poll", "--once")
        assert r.returncode == 0 and "12 new mentions" in r.stdout, r.stdout + r.stderr
    finally:
        srv.close()
    import json

    listed = json.loads(cc(pg_url, "mentions", "--json", "--limit", "100").stdout)
    assert len(listed) == 12
    found = json.loads(cc(pg_url, "mentions", "--json", "--search", "item").stdout)
    assert {m["id"] for m in found} == {m["id"] for m in listed}
    mid = listed[0]["id"]
    for action in (["set-status", mid, "acknowledged"], ["assign", mid, "Lee"], ["tag", mid, "refund"],
                   ["note", mid, "called back"]):
        r = cc(pg_url, "mentions", *action)
        assert r.returncode == 0, r.stderr
    m = next(x for x in json.loads(cc(pg_url, "mentions", "--json").stdout) if x["id"] == mid)
    assert (m["status"], m["assignee"], m["tags"], m["notes"]) == ("acknowledged", "Lee", ["refund"], "called back")
    trail = json.loads(cc(pg_url, "audit", "--json").stdout)
    assert [a["action"] for a in trail if a["target_id"] == str(mid)][::-1] == \
        ["mention.set_status", "mention.assign", "mention.tag", "mention.note"]
    assert {a["actor"] for a in trail} == {"ccowner"}
    assert cc(pg_url, "audit", "--verify").returncode == 0
    assert cc(pg_url, "crisis", "on").returncode == 0
    assert "open" in cc(pg_url, "incident", "list").stdout
    assert cc(pg_url, "crisis", "off").returncode == 0


def test_team_add_grants_desk_privileges_and_remove_revokes_them(pg_cluster, pg_url):
    import json

    import psycopg

    db = pg_url.rsplit("/", 1)[1]
    assert cc(pg_url, "team", "add", "dana", "--name", "Dana Ruiz").returncode == 0
    team = json.loads(cc(pg_url, "team", "list", "--json").stdout)
    assert [(m["login"], m["name"]) for m in team] == [("dana", "Dana Ruiz")]
    r = cc(pg_url, "team", "add", "nosuchlogin")
    assert r.returncode == 2 and one_line(r)
    dana = pg_cluster.url("dana", db)
    r = cc(dana, "incident", "open", "Kettle fires", env={"USER": "lee", "LOGNAME": "lee"})
    assert r.returncode == 0, r.stderr
    assert {a["actor"] for a in json.loads(cc(pg_url, "audit", "--json").stdout) if a["action"] != "team.add"} == {"dana"}
    with psycopg.connect(dana, autocommit=True) as c:
        assert c.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        for sql in ("DELETE FROM mentions WHERE false", "TRUNCATE mentions", "UPDATE audit SET actor = actor WHERE false",
                    "DELETE FROM audit WHERE false", "TRUNCATE audit", "CREATE TABLE public.hack (x int)",
                    "ALTER TABLE mentions ADD COLUMN hack int"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(sql)
    assert cc(pg_url, "team", "remove", "dana").returncode == 0
    assert json.loads(cc(pg_url, "team", "list", "--json").stdout) == []
    r = cc(dana, "mentions", "--json")
    assert one_line(r) and "permission denied" in r.stderr
    assert [a["actor"] for a in json.loads(cc(pg_url, "audit", "--json").stdout)].count("dana") == 1


def test_team_commands_need_a_shared_workspace(tmp_path):
    r = cc(str(tmp_path / "ws"), "team", "list")
    assert r.returncode == 2 and "shared workspace" in r.stderr


def test_one_poller_per_shared_workspace(pg_url):
    first = subprocess.Popen([sys.executable, "-m", "console", "--workspace", pg_url, "poll"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "polling on schedule" in first.stdout.readline()
        r = cc(pg_url, "poll", "--once", "--all")
        assert one_line(r) and r.returncode == 1, r.stderr
        assert "another poller is already running" in r.stderr and f"pid {first.pid}" in r.stderr
    finally:
        first.terminate()
        assert first.wait(20) == 0
    assert cc(pg_url, "poll", "--once").returncode == 0


def test_a_window_asking_whether_a_poller_runs_does_not_stop_one_starting(pg_url):
    """A window asks by taking the lock for an instant; a poll starting in that instant waits it out."""
    from console.cli.ingest_cmds import PROBE_GRACE_S, _writer_lock
    from console.store.pg import SessionLock
    from console.workspace import Workspace

    probe = SessionLock(pg_url).acquire()
    threading.Timer(PROBE_GRACE_S / 3, probe.release).start()
    with _writer_lock(Workspace(pg_url), wait=False) as lock:
        assert lock._conn is not None


def test_opening_a_shared_workspace_leaves_sqlite_utils_for_later(pg_url, tmp_path):
    """What the window does before its first paint on a shared workspace (open it, check it, ask
    whether this desk's playbook copy is behind) imports no sqlite-utils, and so not the numpy it
    loads (half a second), once the desk has its copy."""
    env = {"XDG_DATA_HOME": str(tmp_path)}
    assert cc(pg_url, "checklist", "list", env=env).returncode == 0   # the shared playbook, and this desk's copy
    code = ("import sys\nfrom console.workspace import Workspace\nWorkspace(sys.argv[1]).db\n"
            "print('sqlite_utils' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code, pg_url], capture_output=True, text=True, timeout=60,
                       env={**os.environ, **env})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"
