"""The test fetch behind the sources manager: a real loopback server, nothing stored."""

import json

import pytest
from helpers import faultserver

from console.errors import UsageError
from console.ingest.model import FeedError
from console.ingest.preview import preview


def test_preview_shows_the_first_entries(server):
    url = server.feed("/a.xml", faultserver.rss("Acme news", faultserver.items(1, 30)))
    got = preview(url, internal=True, limit=5)
    assert (got["kind"], got["title"], got["count"]) == ("rss", "Acme news", 30)
    assert len(got["entries"]) == 5 and all(e["title"] for e in got["entries"])


def test_a_loopback_feed_must_be_marked_internal(server):
    url = server.feed("/a.xml", faultserver.rss("Acme", faultserver.items(1, 2)))
    with pytest.raises(UsageError, match="internal"):
        preview(url)
    assert server.hits("/a.xml") == 0


def test_an_html_page_is_not_a_feed(server):
    url = server.feed("/page", "<html><body>Hello</body></html>", content_type="text/html")
    with pytest.raises(FeedError) as e:
        preview(url, internal=True)
    assert e.value.category == "not_a_feed"


def test_the_command_stores_nothing_and_reports_errors_as_json(server, cli):
    url = server.feed("/a.xml", faultserver.rss("Acme", faultserver.items(1, 3)))
    ok = json.loads(cli("test-feed", url, "--internal", "--json").stdout)
    assert ok["ok"] and ok["count"] == 3
    bad = cli("test-feed", server.url("/status/503"), "--internal", "--json", check=False)
    assert bad.returncode == 1 and json.loads(bad.stdout)["category"] == "http"
    text = cli("test-feed", server.url("/status/404"), "--internal", check=False)
    assert text.returncode == 1 and text.stderr.startswith("crisis-console: http: HTTP 404")
    assert not (cli.folder / "console.db").exists()
