"""A loopback feed server and an in-process command line for the author tests."""

import json

import pytest
from helpers.author_feeds import server_fixture  # noqa: F401 - the server fixture


@pytest.fixture
def cc(cli_in_process):
    """cc(ARGS...) -> the command's stdout, parsed as JSON when --json is among the arguments."""
    def call(*args, check=True):
        r = cli_in_process(*args, check=check)
        return json.loads(r.stdout) if "--json" in args and r.returncode == 0 else r

    call.folder = cli_in_process.folder
    return call
