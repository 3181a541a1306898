"""Which engine holds a workspace, and the few things that differ between the two.

A workspace is a SQLite folder (the default, one desk) or a PostgreSQL database named by a URL
(`postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME`, or `postgresql:///?service=NAME`: a team on
one shared workspace). The query functions of the store run on both; what differs lives here
and in console.store.pg, so that the rest of the core never asks which engine it talks to.
This module imports no driver: the window's start on a folder never loads psycopg.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from urllib.parse import urlsplit, urlunsplit

URL_SCHEMES = ("postgresql://", "postgres://")
SQLITE, POSTGRES = "sqlite", "postgres"

# Advisory lock keys (PostgreSQL): one per thing that must have one holder at a time.
WRITE_KEY = 0x43434F4E0001   # the write door: one writing transaction at a time (the audit chain)
PLAYBOOK_WRITE_KEY = 0x43434F4E0003  # the shared playbook's door (its own audit chain, as its own file on a desk)
POLLER_KEY = 0x43434F4E0002  # one poller per workspace
PRESENCE_WRITE_KEY = 0x43434F4E0004  # who looks at what (console.store.presence): never waits for the mentions' writers


def driver_errors(name: str = "Error") -> tuple[type[Exception], ...]:
    """The drivers' error class `name` (DB-API: Error, or OperationalError for a failure of the
    database itself), for an `except` that must hold on either engine: sqlite3's, and psycopg's
    once a shared workspace has loaded it (never loaded for it here)."""
    pg = sys.modules.get("psycopg")
    return (getattr(sqlite3, name), getattr(pg, name)) if pg is not None else (getattr(sqlite3, name),)


def is_url(text) -> bool:
    """True when `text` names a PostgreSQL database rather than a folder."""
    return isinstance(text, str) and text.lower().startswith(URL_SCHEMES)


def redact(url: str) -> str:
    """`url` without its password (for messages and logs): user:***@host."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def scrub(text: str, url: str) -> str:
    """`text` with the password of `url` taken out wherever it appears (a driver's message may
    quote the connection string)."""
    password = urlsplit(url).password
    if password:
        text = text.replace(password, "***")
    return text


def local_name(url: str) -> str:
    """A folder name for a PostgreSQL workspace's local files (its playbook copy, exports):
    user, host, port and database, never the password."""
    p = urlsplit(url)
    service = re.search(r"service=([^&]+)", p.query)
    host = p.netloc.rsplit("@", 1)[-1].replace(":", "-") or "local"  # never .port: it raises on a bad one
    raw = f"service-{service.group(1)}" if service and not p.hostname else \
        f"{p.username or 'user'}@{host}-{p.path.strip('/') or 'db'}"
    return re.sub(r"[^A-Za-z0-9@._-]", "_", raw)


def identity(db) -> str:
    """Which database `db` is (a key for what a process caches about one): its file or its URL."""
    url = getattr(db, "url", None)
    return redact(url) if url else db.execute("PRAGMA database_list").fetchone()[2]


def engine_of(db) -> str:
    return getattr(db, "engine", SQLITE)


def login(db) -> str | None:
    """The database login of a shared workspace (the actor a desk cannot forge), None on SQLite."""
    return getattr(db, "login", None)
