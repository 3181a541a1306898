"""What every command receives: the parsed arguments, the workspace, and output helpers."""

import json
import sys
from functools import cached_property

from console.workspace import Workspace, resolve_folder


class Context:
    def __init__(self, args):
        self.args = args
        self.warnings: list[str] = []

    @cached_property
    def workspace(self) -> Workspace:
        ws = Workspace(resolve_folder(getattr(self.args, "workspace", None), getattr(self.args, "demo", False)),
                       offline=bool(getattr(self.args, "offline", False)))
        warning = ws.exposure()
        if warning:  # said once the command has done its work: a failure stays one line
            self.warnings.append(warning)
        if getattr(self.args, "demo", False):
            from console.demo import prepare_demo

            prepare_demo(ws)
        return ws

    @property
    def db(self):
        return self.workspace.db

    def print_json(self, data) -> None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")

    def print_rows(self, rows: list, line) -> int:
        """A listing: the rows as a JSON array with --json, else `line(row)` for each. Exit code 0."""
        if self.args.json:
            self.print_json(rows)
        else:
            for row in rows:
                print(line(row))
        return 0

    def close(self) -> None:
        if "workspace" in self.__dict__:
            self.workspace.close()
