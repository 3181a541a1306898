"""Where a workspace lives and how it is opened. A workspace is one folder holding
`console.db` and its exports, or (team mode) a PostgreSQL database named by a URL, whose local
files (the desk's playbook, exports) live in a folder of the desk's own named after the URL
without its password; `--workspace DIR|URL` or CRISIS_CONSOLE_WORKSPACE choose it, otherwise
the platform's user data folder does."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from console import APP_ID
from console.errors import WorkspaceError
from console.files import user_path
from console.store import open_db
from console.store.db import can_write
from console.store.engine import is_url, local_name, redact
from console.store.lock import WorkspaceLock

if TYPE_CHECKING:
    from sqlite_utils import Database

    from console.playbook.store import PlaybookStore

ENV_VAR = "CRISIS_CONSOLE_WORKSPACE"
DB_NAME = "console.db"


def data_root() -> Path:
    return platformdirs.user_data_path(APP_ID, appauthor=False)


def default_folder() -> Path:
    return data_root() / "workspace"


def demo_folder() -> Path:
    return data_root() / "demo"


def resolve_folder(explicit: str | None = None, demo: bool = False) -> Path | str:
    """The workspace folder, or a PostgreSQL URL as it was given."""
    if demo:
        return demo_folder()
    given = explicit or os.environ.get(ENV_VAR)
    if is_url(given):
        return given
    return user_path(given) if given else default_folder()


class Workspace:
    def __init__(self, location: Path | str, offline: bool = False):
        self.url = location if is_url(location) else None
        self.offline = offline  # --offline: a shared workspace's server is not even tried
        if self.url:
            self.folder = data_root() / "shared" / local_name(self.url)
            self.db_path = self.url
        else:
            self.folder = Path(location)
            self.db_path = self.folder / DB_NAME

    @property
    def name(self) -> str:
        return redact(self.url) if self.url else self.folder.name

    def ensure_folder(self) -> None:
        """The folder, created private (0700) when new. An existing one is left as its owner set it."""
        try:
            if self.folder.is_dir():
                return
            self.folder.mkdir(parents=True, mode=0o700)
            os.chmod(self.folder, 0o700)  # whatever the umask
        except FileExistsError:
            if not self.folder.is_dir():
                raise WorkspaceError(f"{self.folder} is a file, not a workspace folder") from None
        except OSError as e:
            raise WorkspaceError(f"cannot create the workspace folder {self.folder}: {e.strerror or e}") from e

    @property
    def read_only(self) -> bool:
        """Whether this process may only read the workspace (a read-only mount, someone else's folder;
        on a shared workspace the engine's privileges say so instead)."""
        if self.url:
            return False
        try:
            return self.db_path.exists() and not can_write(self.db_path)
        except OSError:
            return False

    @cached_property
    def db(self) -> Database:
        if self.read_only:
            return open_db(self.db_path, readonly=True)
        self.ensure_folder()
        if self.url and self.offline:
            raise WorkspaceError(f"started with --offline: the shared workspace {self.name} is not contacted")
        db = open_db(self.db_path)
        if self.url:
            from console.playbook import desk_copy

            if desk_copy.behind(db, self.folder):  # the desk's copy for an outage, kept current
                from console.playbook import shared

                shared.open_shared(self.url, self.folder).close()
        return db

    def playbook(self, unusable: str | None = None) -> PlaybookStore:
        """The playbook: the folder's own; on a shared workspace the shared one, or this desk's
        copy of it when the server cannot be reached (or with --offline). `unusable`: why the
        shared workspace was just found unusable, so the copy opens at once, without asking again."""
        from console.playbook import shared
        from console.playbook.store import PlaybookStore

        if not self.url:
            return PlaybookStore.open(self.folder)
        self.ensure_folder()
        if self.offline or unusable:
            return shared.offline_copy(self.url, self.folder, None)  # whoever found it unusable says why
        try:
            return shared.open_shared(self.url, self.folder)
        except WorkspaceError as e:
            return shared.offline_copy(self.url, self.folder, str(e))

    def exposure(self) -> str | None:
        """A warning, with the fix, when other users of this computer can read the workspace."""
        try:
            loose = any(os.stat(p).st_mode & 0o044 for p in (self.folder, *self.folder.iterdir()))
        except OSError:
            return None
        return (f"warning: other users of this computer can read the workspace {self.folder}; "
                f"make it private: chmod -R go= {self.folder}") if loose else None

    def writer_lock(self):
        """The one poller's lock: a lock file in the folder, or a session advisory lock on a
        shared workspace."""
        if self.url:
            from console.store.pg import SessionLock

            return SessionLock(self.url)
        self.ensure_folder()
        return WorkspaceLock(self.folder, "writer")

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.conn.close()
            del self.__dict__["db"]
