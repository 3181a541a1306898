"""Starting this program again as a child process (the window's poller, a feed's test fetch, a
second window). In a frozen build `sys.executable` is the crisis-console executable itself, which
takes the command line directly; from source it is Python, which runs the package."""

import sys


def console_command(*args) -> tuple[str, list[str]]:
    """The program and arguments that run `crisis-console ARGS`."""
    args = [str(a) for a in args]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "console", *args]
