"""The parser processes' fork server, started early by the poll command."""

import asyncio
import multiprocessing
import os
from pathlib import Path

import pytest

from console.ingest import parsepool

pytestmark = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods()
                                or not Path("/proc/self/stat").exists(),
                                reason="a platform without a fork server (parsers are spawned) or without /proc")

FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>urn:1</guid>'
        b"<title>Acme kettle</title><description>It broke.</description></item></channel></rss>")


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _parent(pid: int) -> int:
    return int(_stat(pid)[1])


def test_warm_up_starts_the_fork_server_once_and_the_parsers_come_from_it_niced():
    from multiprocessing import forkserver

    parsepool.warm_up()
    server = forkserver._forkserver._forkserver_pid
    assert server and _parent(server) == os.getpid()
    parsepool.warm_up()
    assert forkserver._forkserver._forkserver_pid == server

    async def parse_once():
        pool = parsepool.ParserPool(1).start()
        try:
            parsed = await pool.parse(FEED, {"content-type": "application/rss+xml"}, "http://127.0.0.1/f.xml")
            worker = pool.workers[0].proc.pid
            return parsed, _parent(worker), int(_stat(worker)[16])
        finally:
            pool.close()

    parsed, parent, niceness = asyncio.run(parse_once())
    assert [e.title for e in parsed.entries] == ["Acme kettle"] and parent == server
    assert niceness == min(19, os.nice(0) + parsepool.NICENESS)   # the writer goes first when the CPU is short
