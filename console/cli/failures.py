"""What the person at the command line is told when a command fails: one line and an exit code.

ConsoleError says it itself. Everything else that can escape a command is turned into the same
kind of line, by what it means for the person: a full disk, a read-only or locked workspace, a
file that cannot be read or written (exit 1), a value out of range (exit 2). Nothing is printed
that the person did not give (no phone numbers, no notes): only file names and the system's
reason."""

import errno
import sqlite3

from console.errors import ConsoleError

FULL = "the disk is full; nothing was changed. Free some space and run the command again"
READ_ONLY = "the workspace is read-only (a folder or file you cannot write); reading commands work, changes do not"


def one_line(e: BaseException) -> tuple[int, str]:
    if isinstance(e, ConsoleError):
        return e.exit_code, _flat(str(e))
    if isinstance(e, sqlite3.Error):
        return 1, _sqlite(e)
    if isinstance(e, OSError):
        return 1, _os(e)
    if isinstance(e, OverflowError):
        return 2, "a number is out of range (whole numbers up to 9223372036854775807)"
    if isinstance(e, UnicodeError):
        return 2, "text that is not valid UTF-8 was refused"
    if isinstance(e, MemoryError | RecursionError):
        return 2, "the input is too large or too deeply nested to process"
    return 1, _flat(f"unexpected error ({type(e).__name__}: {e}); set CRISIS_CONSOLE_TRACEBACK=1 for details")


def _sqlite(e: sqlite3.Error) -> str:
    text = str(e).lower()
    if "full" in text:
        return FULL
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return "the workspace is busy (another process holds it); nothing was changed, try again in a moment"
    if "unable to open" in text or "disk i/o" in text:
        return _flat(f"the workspace database cannot be used: {e}")
    return _flat(f"the workspace database refused the change: {e}")


def _os(e: OSError) -> str:
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return FULL
    if e.errno == errno.EROFS:
        return READ_ONLY
    where = f"{e.filename}: " if e.filename else ""
    return _flat(f"{where}{e.strerror or e}")


def _flat(text: str) -> str:
    """One line, however the message was built."""
    return " ".join(str(text).split())[:2000]
