"""One writer per workspace: an advisory lock file that the OS releases when the process dies,
so a killed poller never leaves a stale lock behind."""

import errno
import os
from pathlib import Path

from console.errors import WorkspaceError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt


class WorkspaceLock:
    def __init__(self, folder: Path, name: str = "writer"):
        self.path = Path(folder) / f".{name}.lock"
        self._fd: int | None = None

    def acquire(self) -> "WorkspaceLock":
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except IsADirectoryError:
            raise WorkspaceError(f"{self.path} is a folder, not the workspace's lock file; move it aside") from None
        except OSError as e:
            if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise WorkspaceError(f"the workspace {self.path.parent} is read-only for you; nothing was changed") from None
            raise WorkspaceError(f"cannot take the workspace's write lock {self.path}: {e.strerror or e}") from None
        try:
            if fcntl:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            holder = os.read(fd, 64).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise WorkspaceError(
                f"another Crisis Console process (pid {holder}) is already writing to {self.path.parent}"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
