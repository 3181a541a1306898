"""Starting ourselves again as a child process (console/processes.py) from source and frozen."""

import ast
import subprocess
import sys
from pathlib import Path

from console import __version__
from console.processes import console_command

ROOT = Path(__file__).resolve().parents[2]


def test_from_source_python_runs_the_package():
    program, args = console_command("--version")
    assert (program, args[:2]) == (sys.executable, ["-m", "console"])
    r = subprocess.run([program, *args], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.returncode == 0 and r.stdout.strip() == f"crisis-console {__version__}"


def test_frozen_the_executable_takes_the_command_line_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/crisis-console/crisis-console")
    assert console_command("--workspace", Path("/w"), "poll") == (
        "/opt/crisis-console/crisis-console", ["--workspace", "/w", "poll"])


def test_no_other_module_starts_the_interpreter_itself():
    # `sys.executable -m console` breaks in the frozen build, where sys.executable is not Python.
    offenders = []
    for path in (ROOT / "console").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Attribute) and node.attr == "executable" and isinstance(node.value, ast.Name)
                    and node.value.id == "sys" and path.name != "processes.py"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders
