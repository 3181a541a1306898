"""A private PostgreSQL cluster for the tests: initdb in a temporary folder, loopback only, a
socket folder of its own, durability off (nothing here survives the run). Never the machine's own
server. initdb and postgres refuse to run as root, so as root they run as the `postgres` user.

Roles: the superuser `postgres` (over the socket only), an owner that may create roles and
owns the test databases, and desk logins with passwords over TCP (scram), as a team sets it up."""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

OWNER = "ccowner"
DESKS = ("dana", "lee")


def find_bindir() -> str | None:
    """The newest server binaries: Debian's /usr/lib/postgresql/N/bin, pg_config, or PATH."""
    def version(p: str) -> int:
        v = p.split("/")[-3]
        return int(v) if v.isdigit() else 0

    cands = [str(Path(p).parent) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)[-1:]]
    if shutil.which("pg_config"):
        cands.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip())
    if shutil.which("initdb"):
        cands.append(str(Path(shutil.which("initdb")).parent))
    return next((c for c in cands if c and all(Path(c, t).exists() for t in ("initdb", "pg_ctl", "postgres"))), None)


def required_bindir() -> str:
    """The server binaries, or the calling test skipped on a developer's machine without them
    (`make test` installs them when run as root); under CI they must be there."""
    import pytest

    bindir = find_bindir()
    if bindir is None:
        why = "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why}; CI must run the team-mode tests")
        pytest.skip(why)
    return bindir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, bindir: str, durable: bool = False):
        self.bindir = bindir
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="cc-pg-"))
        self.data, self.sock, self.log = self.root / "data", self.root / "sock", self.root / "server.log"
        self.port = free_port()
        self.passwords = {r: secrets.token_hex(8) for r in (OWNER, *DESKS)}
        self._as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self._dbs = 0

    def _run(self, *args: str, timeout: float = 120) -> None:
        r = subprocess.run([*self._as_pg, *args], capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if r.returncode:
            log = self.log.read_text()[-500:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed: {(r.stderr or r.stdout)[-500:]} {log}")

    def start(self) -> Cluster:
        self.sock.mkdir()
        if self._as_pg:
            u = pwd.getpwnam("postgres")
            for d in (self.root, self.sock):
                os.chown(d, u.pw_uid, u.pw_gid)
        self._run(f"{self.bindir}/initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--no-locale",
                  "--auth=trust", timeout=180)
        with open(self.data / "postgresql.conf", "a") as f:
            f.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{self.sock}'\n"
                    "password_encryption = 'scram-sha-256'\nmax_connections = 200\n")
            if not self.durable:
                f.write("fsync = off\nfull_page_writes = off\nsynchronous_commit = off\n")
        (self.data / "pg_hba.conf").write_text("local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
        self._run(f"{self.bindir}/pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")
        self.sql(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{self.passwords[OWNER]}'")
        for d in DESKS:
            self.sql(f"CREATE ROLE {d} LOGIN PASSWORD '{self.passwords[d]}'")
        return self

    def add_login(self, role: str) -> str:
        """One more desk login with a password of its own; its name."""
        self.passwords[role] = secrets.token_hex(8)
        self.sql(f"CREATE ROLE {role} LOGIN PASSWORD '{self.passwords[role]}'")
        return role

    def halt(self) -> None:
        """The server down (an outage), its files kept."""
        if (self.data / "postmaster.pid").exists():
            self._run(f"{self.bindir}/pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.root, ignore_errors=True)

    def sql(self, statement: str, db: str = "postgres", params=None) -> list[tuple]:
        """Run one statement as the superuser over the cluster's socket; its rows, if any."""
        import psycopg

        with psycopg.connect(host=str(self.sock), port=self.port, user="postgres", dbname=db, autocommit=True) as c:
            cur = c.execute(statement, params)
            return cur.fetchall() if cur.description else []

    def url(self, role: str = OWNER, db: str = "postgres") -> str:
        return f"postgresql://{role}:{self.passwords[role]}@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        """An empty database owned by the owner role; its name."""
        self._dbs += 1
        name = f"cc_test_{self._dbs}"
        self.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
