"""Shared fixtures: a fresh real workspace per test, with migrations applied; for team mode, a
PostgreSQL cluster of the tests' own (session-wide) and a fresh database in it per test."""

import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from console.cli import main  # noqa: E402
from console.workspace import Workspace  # noqa: E402


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.db  # noqa: B018 - opening creates and migrates
    yield ws
    ws.close()


@pytest.fixture
def db(workspace):
    return workspace.db


@pytest.fixture
def cli_in_process(tmp_path, capsys):
    """cli(ARGS...) -> (stdout, stderr, returncode) of `crisis-console --workspace WS ARGS...`, run in this
    process (same code as the command, without an interpreter start per call)."""
    folder = tmp_path / "ws"

    def call(*args, check=True):
        capsys.readouterr()
        code = main(["--workspace", str(folder), *map(str, args)])
        out, err = capsys.readouterr()
        if check and code != 0:
            raise AssertionError(f"crisis-console {' '.join(map(str, args))} exited {code}: {err}")
        return SimpleNamespace(stdout=out, stderr=err, returncode=code)

    call.folder = folder
    return call


@pytest.fixture
def cli(tmp_path):
    """Run the real command line in a subprocess against a temporary workspace."""
    folder = tmp_path / "cli-ws"

    def run(*args, check=True, timeout=120):
        r = subprocess.run([sys.executable, "-m", "console", "--workspace", str(folder), *map(str, args)],
                           capture_output=True, text=True, timeout=timeout,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        if check and r.returncode != 0:
            raise AssertionError(f"crisis-console {' '.join(map(str, args))} exited {r.returncode}: {r.stderr}")
        return r

    run.folder = folder
    return run


@pytest.fixture(autouse=True)
def operator_of_the_test(tmp_path, monkeypatch):
    """No test sees the name saved on this computer or set in the environment: the operator comes
    from the test's own config folder (empty), so audit rows carry the login name unless a test says."""
    from console.store import operator

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(operator.ENV_VAR, raising=False)
    yield
    operator.use(None)
    operator.pin_login(None)


@pytest.fixture(scope="session")
def pg_cluster():
    """The tests' own PostgreSQL cluster. Missing server binaries skip the PostgreSQL tests on a
    developer's machine (`make test` installs them when run as root); under CI they fail."""
    from helpers.pgcluster import Cluster, required_bindir

    cluster = Cluster(required_bindir()).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """The owner's URL of a new, empty database (dropped afterwards)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(db=name)
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request, tmp_path):
    """A migrated workspace database on each engine, through the same opening code."""
    from console.store import open_db

    if request.param == "sqlite":
        db = open_db(tmp_path / "console.db")
    else:
        db = open_db(request.getfixturevalue("pg_url"))
    yield db
    db.conn.close()
