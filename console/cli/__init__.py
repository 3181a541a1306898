"""The command line: a thin skin over the core. With no subcommand it opens the window.

Each area registers its own subcommands from a module of this package (listed in COMMANDS),
so the parser stays small and every command lives next to its siblings."""

import argparse
import importlib
import os
import sys

from console import __version__
from console.cli.context import Context
from console.cli.failures import one_line
from console.cli.validate import check_text
from console.errors import ConsoleError, UsageError
from console.store import operator

COMMANDS = [
    "console.cli.store_cmds",
    "console.cli.playbook_cmds",
    "console.cli.incident_cmds",
    "console.cli.preview_cmds",
    "console.cli.ingest_cmds",
    "console.cli.ui_cmds",
    "console.cli.analysis_cmds",
    "console.cli.report_cmds",
    "console.cli.drill_cmds",
    "console.cli.author_cmds",
    "console.cli.workflow_cmds",
    "console.cli.team_cmds",
    "console.cli.workspace_cmds",
]


def _global_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workspace", metavar="DIR|URL", help="the workspace folder, or a shared one in PostgreSQL "
                                                          "(postgresql://USER@HOST:PORT/DBNAME; default: "
                                                          "$CRISIS_CONSOLE_WORKSPACE, else the user data folder)")
    p.add_argument("--demo", action="store_true", help="open the bundled demo workspace")
    p.add_argument("--offline", action="store_true", help="start without touching the network (outage mode)")
    p.add_argument("--operator", metavar="NAME", help="who is at the desk, for ticks, drafts, approvals and the audit "
                                                      "(default: $CRISIS_CONSOLE_OPERATOR, else the saved name, "
                                                      "else the login name)")


class OneLineErrors(argparse.ArgumentParser):
    """A bad option is one line on stderr and exit code 2, as every other usage error (argparse
    would print the usage above it): it goes through main's one error path. Its subcommands'
    parsers are of this class too."""

    def error(self, message: str):
        if "expected one argument" in message:      # e.g. `--search -Acme`: the value looks like an option
            message += " (a value that starts with '-' is written --option=VALUE)"
        where = self.prog.removeprefix("crisis-console").strip()
        raise UsageError(f"{where + ': ' if where else ''}{message}; see {self.prog} --help")


def build_parser() -> argparse.ArgumentParser:
    p = OneLineErrors(prog="crisis-console", description="Crisis Console: listen, detect, respond.")
    p.add_argument("--version", action="version", version=f"crisis-console {__version__}")
    _global_options(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return p


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """A plain start (global options, no command) parsed without importing every command module:
    the window must be on screen in half a second, and some commands pull in the network stack."""
    p = argparse.ArgumentParser(prog="crisis-console", add_help=False, exit_on_error=False)
    _global_options(p)
    try:
        args, rest = p.parse_known_args(argv)
    except argparse.ArgumentError:
        return None            # the full parser says what is wrong
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    """Every failure ends here as one line on stderr and an exit code: 2 for bad input, 1 for a
    workspace that cannot be used (full, read-only, locked, damaged). Set CRISIS_CONSOLE_TRACEBACK=1
    to see the traceback of an unexpected error instead."""
    umask = os.umask(0o077)  # whatever the console creates (databases, WAL, exports, logs) is its user's alone
    argv = sys.argv[1:] if argv is None else list(argv)
    ctx = None
    try:
        args = _window_args(argv) or build_parser().parse_args(argv)
        check_text(args)
        operator.use(args.operator)
        ctx = Context(args)
        if args.command is None:
            from console.ui.app import run_gui  # Qt is only imported when the window is wanted

            return run_gui(ctx) or 0
        code = args.handler(ctx) or 0
        for warning in ctx.warnings:
            print(f"crisis-console: {warning}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - the one place every failure becomes one line
        if os.environ.get("CRISIS_CONSOLE_TRACEBACK") and not isinstance(e, ConsoleError):
            raise
        code, line = one_line(e)
        print(f"crisis-console: {line}", file=sys.stderr)
        return code
    finally:
        if ctx is not None:
            try:
                ctx.close()
            except Exception:  # noqa: BLE001 - closing after a failure must not add a second line
                pass
        os.umask(umask)
