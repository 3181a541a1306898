"""Every command, driven with generated hostile arguments, ends in exit 0, 1 or 2, says what went wrong
in one line, never shows a traceback, finishes within its time, and leaves the workspace sound.

The commands are read from the parser itself, so a command added later is driven too."""

import argparse
import contextlib
import io
import os
import signal
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.cli import build_parser, main
from console.store import audit
from console.workspace import Workspace

FEED = Path(__file__).parents[1] / "fixtures" / "feeds" / "rss20_basic.xml"
SECONDS = 20  # one command; a hang is a failure, not a slow test


def commands(parser: argparse.ArgumentParser, path=()) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(words, parser) for every command and subcommand that does something."""
    found = [(path, parser)] if path and parser.get_default("handler") else []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += commands(sub, (*path, name))
    return found


COMMANDS = commands(build_parser())
# Long by design, with any argument: `poll` without --once polls until stopped.
FORCED = {("poll",): ["--once"]}
# Runs until interrupted whatever it is given (it has no argument but --json): driven by its own tests.
UNTIL_INTERRUPTED = {("mentions", "follow")}
DRIVEN = [(w, p) for w, p in COMMANDS if w not in UNTIL_INTERRUPTED]


class Hung(BaseException):
    """Raised by the alarm: not an Exception, so the command line's own catch-all cannot swallow it."""


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    os.mkfifo(d / "pipe.csv")
    (d / "folder.opml").mkdir()
    (d / "big.csv").write_bytes(b"\0" * (3 << 20))
    os.symlink("/dev/zero", d / "zero.toml")
    os.symlink(d / "nowhere", d / "dangling.vcf")
    return d


def hostile_values(d: Path):
    fixed = ["99999999999999999999", "9223372036854775808", "-1", "0", "1", "1e10", "", " ", "ten",
             "\udcff", "caf\udce9", "\ud800", "x\x00y", "=1+1", "\uff1d1", "\u200b=1", "a\u2028NOTE:x", "Eve\rROLE:x",
             "notadate", "2024-02-30", "2024-01-01T25:00", "2024-01-01T00:00:00+99:00", "mention:99999999999999999999",
             "incident:0", "mention:x", "http://[::1", "file:///proc/self/environ", "/proc/self/environ", "/dev/zero",
             "/dev/null", "../../../../etc/passwd", "a" * 300, "x" * 5000, str(d / "pipe.csv"), str(d / "folder.opml"),
             str(d / "big.csv"), str(d / "zero.toml"), str(d / "dangling.vcf"), str(d / "missing" / "x.csv"),
             str(d / ("n" * 300 + ".csv")), "--json", "-h"]
    known = st.sampled_from(fixed)
    return st.one_of(known, known, known, st.integers(-2**70, 2**70).map(str), st.text(max_size=30),
                     st.text(alphabet=st.characters(codec="utf-8"), max_size=8).map(lambda t: t + ".csv"))


def slots(parser: argparse.ArgumentParser):
    """The positionals (in order) and the options of a command, without --help."""
    pos, opts = [], []
    for a in parser._actions:
        if isinstance(a, argparse._SubParsersAction | argparse._HelpAction | argparse._VersionAction):
            continue
        (opts if a.option_strings else pos).append(a)
    return pos, opts


@st.composite
def argvs(draw, d: Path):
    words, parser = draw(st.sampled_from(DRIVEN))
    value = hostile_values(d)
    pos, opts = slots(parser)
    argv = [*words, *FORCED.get(words, [])]
    for a in draw(st.lists(st.sampled_from(opts), max_size=3, unique_by=id)) if opts else []:
        if a.nargs == 0:
            argv.append(a.option_strings[-1])
        else:
            argv += [a.option_strings[-1], draw(value)]
    for a in pos:
        argv += [draw(value) for _ in range(2 if a.nargs in ("+", "*") else 1)]
    if not pos and draw(st.booleans()):
        argv.append(draw(value))  # a command without positionals, given one anyway
    return argv


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-ws") / "ws"
    for args in (["feeds", "add", str(FEED)], ["poll", "--once", "--all"], ["incident", "open", "Seed", "--mention", "1"],
                 ["checklist", "start", "activation"], ["contacts", "add", "legal", "Pat", "--phone", "+1 555 0100"],
                 ["watch", "add", "Acme", "--kind", "brand"]):
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--workspace", str(folder), *args]) == 0, args
    return folder


def inside(tmp_path: Path) -> Path:
    """A working folder for the commands so deep in `tmp_path` that a generated relative name,
    "../../../../etc/passwd" included, is written inside it, never into the project or the system
    (the suite may run as root)."""
    deep = tmp_path.joinpath(*"abcdefgh")
    deep.mkdir(parents=True, exist_ok=True)
    return deep


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()

    def alarm(*_):
        raise Hung(f"still running after {SECONDS} s: {argv!r}")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as e:  # --help and --version end through argparse
                code = e.code or 0
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return code, out.getvalue(), err.getvalue()


def sound(folder: Path) -> None:
    for name in ("console.db", "playbook.db"):
        con = sqlite3.connect(folder / name)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", name
        finally:
            con.close()
    ws = Workspace(folder)
    try:
        assert audit.verify(ws.db).ok
    finally:
        ws.close()
    from console.playbook.store import PlaybookStore

    store = PlaybookStore.open(folder)
    try:
        assert audit.verify(store.db).ok
    finally:
        store.close()


def test_every_command_is_found_in_the_parser():
    words = {w for w, _ in COMMANDS}
    assert {("mentions",), ("mentions", "set-status"), ("feeds", "import"), ("backup",), ("playbook", "audit")} <= words
    assert len(COMMANDS) >= 50


def check(folder: Path, argv: list[str]) -> None:
    code, out, err = run(["--workspace", str(folder), *argv])
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err + out, (argv, err)
    if code:
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("crisis-console: "), (argv, err)
        assert "unexpected error" not in err, (argv, err)  # the catch-all caught what a check should have


@pytest.mark.slow
@pytest.mark.parametrize("words", [w for w, _ in DRIVEN], ids=" ".join)
def test_each_command_refuses_the_worst_values_in_every_slot(seeded, hostile_files, tmp_path, monkeypatch, words):
    """A sweep that does not depend on chance: every positional of the command gets each value at once."""
    monkeypatch.chdir(inside(tmp_path))
    parser = dict(DRIVEN)[words]
    pos, _ = slots(parser)
    for value in ("99999999999999999999", "\udcff", "", "a" * 300, "-1", "0", str(hostile_files / "pipe.csv"),
                  str(hostile_files / "folder.opml"), "/dev/zero", "\u2028"):
        argv = [*words, *FORCED.get(words, [])] + [value] * sum(2 if a.nargs in ("+", "*") else 1 for a in pos)
        check(seeded, argv)
    sound(seeded)


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "150")), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_arguments_end_in_one_line(seeded, hostile_files, tmp_path, monkeypatch, data):
    monkeypatch.chdir(inside(tmp_path))
    check(seeded, data.draw(argvs(hostile_files)))
    sound(seeded)
