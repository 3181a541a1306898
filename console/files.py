"""Reading and writing the files a person names, safely in a folder other people may share.

Writing: the data goes to a temporary file with a random name, created exclusively (never an
existing file, never through a symlink) and readable by its owner only, in the target's folder;
it is flushed to disk and renamed over the target. A reader or a crash sees the old file or the
new one; a failure (a full disk) leaves neither a partial nor a zero-byte file. A target that is
a symlink, a device, a FIFO or a folder is refused: the console writes regular files only.

Reading: only regular files (a FIFO or a device would hang or never end), opened without
blocking, and never more than a stated size.

Backups go through SQLite's online backup API: a consistent copy that includes everything
committed, even what still sits in the WAL (a file copy of a live database would lose it), made in
such a temporary file and renamed into place when complete."""

import errno
import os
import secrets
import sqlite3
import stat
from pathlib import Path

from console.errors import UsageError

PRIVATE = 0o600
_TEMP_TRIES = 16


def document_kind(path: Path, what: str) -> str:
    """'pdf' or 'html' from a file name the user gave for a printable document; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise UsageError(f"{Path(path).name}: the {what} is written as .pdf or .html")
    return "pdf" if suffix == ".pdf" else "html"


def user_path(text) -> Path:
    """A path as a person typed it, `~` and `~user` expanded; an unknown user is bad input, not a crash."""
    try:
        return Path(text).expanduser()
    except RuntimeError:  # "~nobody-here": no such home directory
        raise UsageError(f"{text}: no such user's home folder") from None


def output_path(path, *, replace: bool = True) -> Path:
    """The path of a file to write, checked before any work: a name, an existing folder, no special
    file (or, with replace=False, no file at all) in the way. UsageError says what is wrong."""
    text = os.fspath(path) if path is not None else ""
    if not str(text).strip():
        raise UsageError("give a file name to write to")
    path = user_path(text)
    if path.name in ("", ".", ".."):
        raise UsageError(f"{text}: give a file name, not a folder")
    if len(os.fsencode(path.name)) > 255:
        raise UsageError(f"{path.name[:40]}…: the file name is too long")
    try:
        folder = os.stat(path.parent)
    except OSError as e:
        raise UsageError(f"cannot write {path}: no folder {path.parent} ({e.strerror})") from None
    if not stat.S_ISDIR(folder.st_mode):
        raise UsageError(f"cannot write {path}: {path.parent} is not a folder")
    _refuse_special(path, replace)
    return path


def _refuse_special(path: Path, replace: bool = True) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror}") from None
    if stat.S_ISLNK(st.st_mode):
        raise UsageError(f"{path} is a symbolic link; refused (give the real file's path, or another name)")
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(f"{path} is not a regular file (a folder, device or pipe); refused")
    if not replace:
        raise UsageError(f"{path} already exists; choose a new file name")


def exclusive_temp(target: Path) -> tuple[int, Path]:
    """A new, empty, private file beside `target` with a random name: (fd, path). Created with
    O_EXCL and O_NOFOLLOW, so nothing planted in the folder can be reused or followed."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    _sweep_orphans(target.parent)
    for _ in range(_TEMP_TRIES):
        tmp = target.with_name(f".cc-{os.getpid()}-{secrets.token_hex(8)}.tmp")
        try:
            fd = os.open(tmp, flags, PRIVATE)
        except FileExistsError:
            continue
        try:
            os.fchmod(fd, PRIVATE)  # whatever the umask
        except OSError:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        return fd, tmp
    raise OSError(errno.EEXIST, "no free temporary name", str(target.parent))


def _sweep_orphans(folder: Path) -> None:
    """Remove the temporary files of writes killed half-way (their process is gone) that this user
    left in `folder`: a killed export leaves nothing behind for long. A live process's, another
    user's, or one whose process cannot be told are left alone."""
    try:
        names = [e for e in os.scandir(folder) if e.name.startswith(".cc-") and e.name.endswith(".tmp")]
    except OSError:
        return
    for entry in names:
        try:
            pid = int(entry.name.split("-")[1])
            if pid == os.getpid() or entry.stat(follow_symlinks=False).st_uid != os.geteuid():
                continue
            os.kill(pid, 0)
        except ProcessLookupError:
            try:
                os.unlink(entry.path)
            except OSError:
                pass
        except (ValueError, IndexError, OSError):
            continue


def finish_temp(tmp: Path, target: Path) -> None:
    """Rename a finished temporary file over its target (checked again just before), then make the
    rename itself durable."""
    _refuse_special(target)
    os.replace(tmp, target)
    try:
        fd = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` (mode 0600) so that no one ever sees half of it; see the module."""
    path = Path(path)
    _refuse_special(path)
    fd, tmp = exclusive_temp(path)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        finish_temp(tmp, path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


def write_user_file(path, data: bytes) -> Path:
    """An export the user asked for: a failure is one readable line for them, and leaves no file."""
    path = output_path(path)
    try:
        write_atomically(path, data)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UsageError(f"cannot write {path}: the disk is full; nothing was written") from None
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None
    return path


def read_user_file(path, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file the user named, at most `max_bytes` of them. FIFOs, devices and
    folders are refused without waiting on them; a larger file is refused, not cut."""
    text = os.fspath(path) if path is not None else ""
    if not str(text).strip():
        raise UsageError(f"give the {what} to read")
    path = user_path(text)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(f"{path} is not a regular file (a folder, device or pipe); refused")
        if st.st_size > max_bytes:
            raise UsageError(f"{path} is larger than {_size(max_bytes)}; refused (the {what} limit)")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # the file grew while being read
                raise UsageError(f"{path} is larger than {_size(max_bytes)}; refused (the {what} limit)")
        return b"".join(chunks)
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror or e}") from None
    finally:
        os.close(fd)


def read_user_text(path, max_bytes: int, what: str = "file") -> str:
    data = read_user_file(path, max_bytes, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{Path(os.fspath(path)).name} is not UTF-8 text") from None


def _size(n: int) -> str:
    return f"{n // (1 << 20)} MiB" if n >= 1 << 20 else f"{n // 1024} KiB"


def backup(db, dest) -> Path:
    """Copy the database `db` (sqlite-utils or sqlite3) to a new file `dest`; see the module."""
    dest = output_path(dest, replace=False)
    fd, tmp = exclusive_temp(dest)
    os.close(fd)  # SQLite opens it again by name: an empty file is an empty database to it
    try:
        target = sqlite3.connect(str(tmp))
        try:
            getattr(db, "conn", db).backup(target)
        finally:
            target.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        finish_temp(tmp, dest)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    return dest
