"""A `~user` path for a user this machine does not have is bad input (one line, exit 2), not a crash."""

import pytest

from console.cli import main


@pytest.mark.parametrize("argv", [["backup", "~no-such-user-here"], ["feeds", "import", "~no-such-user-here/x.opml"],
                                  ["feeds", "add", "~no-such-user-here/feed.xml"]])
def test_unknown_users_home_is_one_line(tmp_path, capsys, argv):
    code = main(["--workspace", str(tmp_path / "ws"), *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == ["crisis-console: ~no-such-user-here" + argv[-1].split("~no-such-user-here")[1]
                                        + ": no such user's home folder"]


def test_unknown_users_home_as_the_workspace(capsys):
    assert main(["--workspace", "~no-such-user-here/ws", "mentions"]) == 2
    assert "no such user's home folder" in capsys.readouterr().err
