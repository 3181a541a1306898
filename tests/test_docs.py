"""Docs that tests keep true: every command and sub-action of the command line appears in the
README's command list."""

import argparse
import re
from pathlib import Path

from console.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def command_paths() -> list[str]:
    def subparsers(parser):
        return [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]

    out = []
    for name, parser in subparsers(build_parser())[0].choices.items():
        out.append(name)
        out += [f"{name} {action}" for sub in subparsers(parser) for action in sub.choices]
    return out


def command_section() -> str:
    text = README.read_text(encoding="utf-8")
    return re.search(r"^## Command line\n(.*?)^## ", text, re.S | re.M).group(1)


def test_every_command_is_in_the_readme_command_list():
    section = command_section()
    missing = [path for path in command_paths() if f"`{path}" not in section]
    assert missing == []


def test_the_check_sees_commands():
    paths = command_paths()
    assert "mentions set-status" in paths and "feeds add" in paths and "poll" in paths
