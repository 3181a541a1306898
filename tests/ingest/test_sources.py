"""Sources: add/list/enable/disable/remove with their audit rows, address rules at add time, and
OPML export then import restoring our settings, with hostile OPML refused."""

import json
import shutil

import pytest
from lxml import etree

from console.errors import UsageError
from console.ingest import sources
from console.store import audit


@pytest.fixture
def feed_file(tmp_path):
    p = tmp_path / "local feed.xml"
    p.write_text("<rss/>")
    return p


def actions(db):
    return [r["action"] for r in reversed(audit.rows(db))]


def test_add_list_disable_enable_remove_each_audited(db, feed_file):
    a = sources.add(db, "https://news.example/acme.rss", name="Acme news", interval_s=300, priority=True,
                    reach="news")
    b = sources.add(db, str(feed_file))
    assert b["url"] == feed_file.resolve().as_uri() and b["kind"] == "file"
    listed = sources.list_sources(db)
    assert [s["id"] for s in listed] == [a["id"], b["id"]]
    assert listed[0]["priority"] is True and listed[0]["interval_s"] == 300 and listed[0]["reach"] == "news"
    assert listed[0]["mentions"] == 0 and listed[0]["enabled"] is True
    assert sources.disable(db, a["id"])["enabled"] is False
    assert sources.enable(db, a["id"])["enabled"] is True
    assert sources.remove(db, b["id"])["enabled"] is False
    assert actions(db) == ["source.add", "source.add", "source.disable", "source.enable", "source.remove"]
    assert audit.verify(db).ok


@pytest.mark.parametrize("url, why", [
    ("http://127.0.0.1:8080/feed", "loopback"),
    ("http://[::1]/feed", "loopback"),
    ("http://10.0.0.2/feed", "private"),
    ("http://169.254.169.254/latest", "link-local"),
    ("http://localhost/feed", "this machine"),
    ("ftp://example.test/feed", "not a feed address"),
    ("javascript:alert(1)", "not a feed address"),
    ("/no/such/file.xml", "not an existing feed file"),
    ("", "cannot be empty"),
])
def test_addresses_that_cannot_be_public_sources_are_refused_at_add_time(db, url, why):
    with pytest.raises(UsageError, match=why):
        sources.add(db, url)
    assert sources.list_sources(db) == [] and audit.rows(db) == []


def test_internal_sources_may_use_local_addresses(db):
    s = sources.add(db, "http://127.0.0.1:8080/feed", internal=True)
    assert s["internal"] is True


def test_bad_ids_intervals_and_duplicates_are_usage_errors(db):
    sources.add(db, "https://news.example/a.rss")
    with pytest.raises(UsageError, match="already feed 1"):
        sources.add(db, "https://news.example/a.rss")
    with pytest.raises(UsageError, match="between 60 s"):
        sources.add(db, "https://news.example/b.rss", interval_s=5)
    with pytest.raises(UsageError, match="no feed with id 99"):
        sources.disable(db, 99)
    with pytest.raises(UsageError, match="not a feed id"):
        sources.enable(db, "x")


def test_opml_export_then_import_restores_every_setting(db, tmp_path, feed_file, workspace):
    sources.add(db, "https://news.example/acme.rss", name="Acme & Co <news>", interval_s=120, priority=True,
                reach="news")
    sources.add(db, "http://10.1.1.1/intranet.rss", internal=True)
    off = sources.add(db, str(feed_file))
    sources.disable(db, off["id"])
    path = tmp_path / "feeds.opml"
    assert sources.export_opml(db, path) == 3
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "2.0" and root.find("head/title") is not None
    assert [o.get("xmlUrl") for o in root.iter("outline")][0] == "https://news.example/acme.rss"

    from console.workspace import Workspace
    other = Workspace(tmp_path / "other")
    try:
        result = sources.import_opml(other.db, path)  # by default the file's trust is not taken
        assert [s["url"] for s in result.added] == ["https://news.example/acme.rss"] and len(result.skipped) == 2
        other.close()
        shutil.rmtree(tmp_path / "other")
        other = Workspace(tmp_path / "other")
        result = sources.import_opml(other.db, path, allow_internal=True, allow_files=True)  # our own export
        assert len(result.added) == 3 and result.skipped == []
        keys = ("url", "name", "interval_s", "priority", "internal", "enabled", "reach")
        assert [{k: s[k] for k in keys} for s in sources.list_sources(other.db)] == \
               [{k: s[k] for k in keys} for s in sources.list_sources(db)]
        again = sources.import_opml(other.db, path, allow_internal=True, allow_files=True)  # twice adds nothing
        assert again.added == [] and len(again.skipped) == 3 and "already feed" in again.skipped[0][1]
        assert audit.verify(other.db).ok and actions(other.db).count("source.add") == 3
    finally:
        other.close()


def test_opml_from_a_reader_without_our_attributes_imports_with_defaults(db, tmp_path):
    path = tmp_path / "reader.opml"
    path.write_text("""<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
      <outline text="News"><outline text="A" type="rss" xmlUrl="https://a.example/feed"/>
      <outline text="Local" type="rss" xmlUrl="http://192.168.0.10/feed"/></outline></body></opml>""")
    result = sources.import_opml(db, path)
    assert [s["url"] for s in result.added] == ["https://a.example/feed"]
    assert result.skipped[0][0] == "http://192.168.0.10/feed" and "private" in result.skipped[0][1]
    assert result.added[0]["interval_s"] == sources.DEFAULT_INTERVAL_S and result.added[0]["name"] == "A"


@pytest.mark.parametrize("doc, why", [
    ('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]>'
     '<opml version="2.0"><body><outline text="&b;" xmlUrl="https://a.example/"/></body></opml>', "entities"),
    ('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example/"/></body></opml>', "entit"),
    ('<?xml version="1.0"?><!DOCTYPE opml [' + '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' for i in range(1, 10)) +
     ']><opml version="2.0"><body><outline text="&a9;" xmlUrl="https://a.example/"/></body></opml>', "OPML"),
    ("<rss><channel/></rss>", "not OPML"),
    ("not xml at all", "not readable OPML"),
])
def test_hostile_or_foreign_opml_is_refused_whole(db, tmp_path, doc, why):
    path = tmp_path / "bad.opml"
    path.write_text(doc)
    with pytest.raises(UsageError, match=why):
        sources.import_opml(db, path)
    assert sources.list_sources(db) == []


def test_feed_list_rows_are_json_ready(db):
    sources.add(db, "https://news.example/acme.rss")
    json.dumps(sources.list_sources(db))
