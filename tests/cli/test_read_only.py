"""A workspace on a read-only mount opens read-only: reading commands and a backup elsewhere work,
writing ones fail with one line and exit code 1."""

import json
from pathlib import Path

import pytest
from helpers.readonly_mount import read_only_copy_of

from console.cli import main

FEED = Path(__file__).parents[1] / "fixtures" / "feeds" / "rss20_basic.xml"
pytestmark = pytest.mark.slow


@pytest.fixture
def read_only_copy(tmp_path, capsys):
    src = tmp_path / "src"
    for args in (["feeds", "add", str(FEED)], ["poll", "--once", "--all"], ["contacts", "add", "legal", "Pat"]):
        assert main(["--workspace", str(src), *args]) == 0
    capsys.readouterr()
    with read_only_copy_of(src, tmp_path / "ro") as ws:
        yield ws


def run(capsys, folder, *args):
    capsys.readouterr()
    code = main(["--workspace", str(folder), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, [ln for ln in err.splitlines() if ln.strip()]


def test_a_read_only_workspace_reads_and_refuses_writes_in_one_line(read_only_copy, tmp_path, capsys):
    code, out, _ = run(capsys, read_only_copy, "mentions", "--json")
    mentions = json.loads(out)
    assert code == 0 and mentions
    assert run(capsys, read_only_copy, "audit", "--verify")[0] == 0
    assert run(capsys, read_only_copy, "crisis", "status")[0] == 0
    code, out, _ = run(capsys, read_only_copy, "contacts", "list", "--json")
    assert code == 0 and [p["name"] for p in json.loads(out)] == ["Pat"]
    assert run(capsys, read_only_copy, "backup", tmp_path / "copy.db")[0] == 0
    for args in (["mentions", "set-status", mentions[0]["id"], "acknowledged"], ["contacts", "add", "legal", "Lee"],
                 ["poll", "--once", "--all"]):
        code, _, err = run(capsys, read_only_copy, *args)
        assert code == 1 and len(err) == 1 and ("read-only" in err[0] or "only readable" in err[0]), (args, err)
