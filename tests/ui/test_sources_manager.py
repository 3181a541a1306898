"""The sources manager in the real window: adding a feed through a builder with a real test
fetch (a loopback server, a child process), editing, enabling, retrying, OPML out and in."""

import pytest
from helpers import faultserver
from helpers.faultserver import FaultServer
from helpers.window_wait import OFFSCREEN_NOISE
from PySide6.QtCore import Qt

from console.ingest import sources
from console.store import audit

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def server():
    s = FaultServer()
    yield s
    s.close()


def fill(dlg, kind, **values):
    dlg.kind.setCurrentIndex(dlg.kind.findData(kind))
    for key, text in values.items():
        dlg.inputs[key].setText(text)


def feed_row(manager, name):
    return next(r for r in range(manager.table.rowCount()) if manager.table.item(r, 0).text() == name)


def test_add_a_feed_after_a_test_fetch(open_window, workspace, qtbot, server):
    url = server.feed("/acme.xml", faultserver.rss("Acme Home news", faultserver.items(1, 25)))
    w = open_window()
    manager = w.features.sources.show_manager()
    dlg = manager.add_feed()
    fill(dlg, "any", url=url)
    assert dlg.url.text() == url and dlg.url.isReadOnly()
    dlg.internal.setChecked(True)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.entries.rowCount() == 20, timeout=30000)   # the preview's first entries
    assert dlg.test_status.text() == "rss feed “Acme Home news”: 25 entries"
    assert dlg.entries.item(0, 2).text().startswith("Acme item 1-")
    assert sources.list_sources(workspace.db) == []        # a test fetch stores nothing
    dlg.name.setText("Acme intranet")
    dlg.interval.setValue(5)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    [src] = sources.list_sources(workspace.db)
    assert (src["url"], src["name"], src["internal"], src["interval_s"]) == (url, "Acme intranet", True, 300)
    qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=5000)
    assert manager.table.item(0, 1).text() == "● Not polled yet"


def test_a_failed_test_fetch_and_a_refused_address_are_said_and_nothing_is_stored(open_window, workspace,
                                                                                   qtbot, server):
    w = open_window()
    dlg = w.features.sources.add_feed()
    fill(dlg, "any", url=server.url("/status/404"))
    dlg.internal.setChecked(True)
    dlg.test_fetch()
    qtbot.waitUntil(lambda: "failed" in dlg.test_status.text(), timeout=30000)
    assert dlg.test_status.text() == "Test fetch failed: The server refused: HTTP 404 Not Found"
    dlg.internal.setChecked(False)                     # a loopback address is refused unless internal
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dlg.save_error.text()), timeout=5000)
    assert "internal" in dlg.save_error.text() and dlg.isVisible()
    assert sources.list_sources(workspace.db) == []


def test_builders_make_the_address_in_the_dialog(open_window, qtbot):
    w = open_window()
    dlg = w.features.sources.add_feed()
    fill(dlg, "google_news", query='"Acme" kettle', locale="zh-TW")
    assert dlg.url.text() == ("https://news.google.com/rss/search?q=%22Acme%22+kettle&hl=zh-TW&gl=TW"
                              "&ceid=TW%3Azh-Hant")
    assert dlg.reach.currentData() == "news"
    fill(dlg, "appstore", app="not an app", country="us")
    assert dlg.url.text() == "" and "not an App Store app id" in dlg.url_error.text()
    assert not dlg.save_button.isEnabled() and not dlg.test_button.isEnabled()


def test_edit_disable_enable_and_retry_from_the_list(open_window, workspace, qtbot):
    feed = sources.add(workspace.db, "https://news.example/feed.xml", name="News")
    w = open_window()
    manager = w.features.sources.show_manager()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=5000)
    manager.table.selectRow(0)
    dlg = manager.edit_feed()
    assert dlg.url.text() == feed["url"] and not dlg.kind.isEnabled()
    dlg.priority.setChecked(True)
    dlg.interval.setValue(30)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sources.get(workspace.db, feed["id"])["priority"], timeout=5000)
    assert sources.get(workspace.db, feed["id"])["interval_s"] == 1800

    qtbot.waitUntil(lambda: manager.table.item(0, 6).text().startswith("priority"), timeout=5000)
    manager.table.selectRow(0)
    qtbot.mouseClick(manager.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not sources.get(workspace.db, feed["id"])["enabled"], timeout=5000)
    qtbot.waitUntil(lambda: manager.table.item(0, 1).text() == "▲ Disabled", timeout=5000)
    assert not manager.retry_button.isEnabled() and manager.toggle_button.text() == "Enable"
    qtbot.mouseClick(manager.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manager.retry_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(manager.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "next look" in manager.message.text(), timeout=5000)
    actions = [r["action"] for r in reversed(audit.rows(workspace.db))]
    assert actions == ["source.add", "source.edit", "source.disable", "source.enable", "source.retry_now"]


def test_opml_export_and_import_from_the_menu(open_window, workspace, qtbot, tmp_path):
    sources.add(workspace.db, "https://news.example/feed.xml", name="News", priority=True)
    w = open_window()
    out = tmp_path / "feeds.opml"
    w.features.sources.export_opml(str(out))
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "1 feed exported", timeout=5000)
    assert b'xmlUrl="https://news.example/feed.xml"' in out.read_bytes()
    other = tmp_path / "more.opml"
    other.write_text('<?xml version="1.0"?><opml version="2.0"><head/><body>'
                     '<outline text="Forum" xmlUrl="https://forum.example/rss"/>'
                     '<outline text="Again" xmlUrl="https://news.example/feed.xml"/></body></opml>')
    w.features.sources.import_opml(str(other))
    qtbot.waitUntil(lambda: len(sources.list_sources(workspace.db)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "1 feed added, 1 skipped", timeout=5000)
