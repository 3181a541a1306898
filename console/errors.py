"""Errors that reach the user as one readable line and an exit code, never a traceback."""


class ConsoleError(Exception):
    """A failure the user can act on. `exit_code` follows the command-line contract."""

    exit_code = 1


class UsageError(ConsoleError):
    """Bad input from the user: an unknown id, status, option value or file."""

    exit_code = 2


class WorkspaceError(ConsoleError):
    """The workspace cannot be used: damaged, foreign, locked, or unwritable."""

    exit_code = 1


class CrisisModeOff(UsageError):
    """Crisis mode was asked to end, but it is not on (someone else may have turned it off)."""
