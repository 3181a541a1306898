"""Who is at the desk: the name ticks, drafts, approvals and the audit log carry.

In order: the name given for this run (the command line's `--operator`), else
CRISIS_CONSOLE_OPERATOR, else the name saved once on this computer (the window asks at the first
start), else the login name. On a shared workspace the database login comes before all of these
(a desk cannot act under another name, whatever its environment says). The roles of that person are the roles under which the playbook's
Contacts list that exact name, so approval follows the crisis team as the workspace defines it."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

import platformdirs

from console import APP_ID

ENV_VAR = "CRISIS_CONSOLE_OPERATOR"
FILE_NAME = "operator.json"

_given: str | None = None
_login: str | None = None


def config_file() -> Path:
    return platformdirs.user_config_path(APP_ID, appauthor=False) / FILE_NAME


def clean(name: str | None) -> str:
    return " ".join((name or "").split())


def use(name: str | None) -> None:
    """The name for the rest of this process (the command line's --operator)."""
    global _given
    _given = clean(name) or None


def pin_login(login: str | None) -> None:
    """The database login of the shared workspace this process opened (None: a folder again)."""
    global _login
    _login = login


def saved() -> str | None:
    try:
        return clean(json.loads(config_file().read_text("utf-8")).get("name")) or None
    except (OSError, ValueError, AttributeError):
        return None


def save(name: str) -> None:
    """Remember the name on this computer (the window asks for it once)."""
    name = clean(name)
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{FILE_NAME}.tmp")
    tmp.write_text(json.dumps({"name": name}, ensure_ascii=False), "utf-8")
    os.replace(tmp, path)


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "operator"


def chosen() -> bool:
    """Someone said who is at the desk (given, in the environment, or saved), rather than the login name."""
    return bool(_login or _given or clean(os.environ.get(ENV_VAR)) or saved())


def name() -> str:
    return _login or _given or clean(os.environ.get(ENV_VAR)) or saved() or login_name()


def roles_of(person: str, contacts: list[dict]) -> list[str]:
    """The role ids under which the contacts list exactly this name."""
    return list(dict.fromkeys(c["role"] for c in contacts if c["name"] == clean(person) and c["role"]))
