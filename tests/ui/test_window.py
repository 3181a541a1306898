"""The real main window, driven as a user drives it: filters, search, triage from the keyboard
and the detail pane, bulk actions with their confirmation, undo, live mentions and the
"N new" marker, the link button, layout memory, poll now, and a damaged database."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from helpers import wall_samples
from helpers.qt_dialogs import answer
from helpers.window_wait import settle
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from console.store import audit
from console.ui.wall.model import COL, Role

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def rows(w):
    m = w.wall.model
    return [m.row_at(i) for i in range(m.rowCount())]


def status_of(db, mid):
    return db.execute("SELECT status FROM mentions WHERE id = ?", [mid]).fetchone()[0]


def select(qtbot, w, *row_numbers):
    view = w.wall.view
    view.clearSelection()
    view.setCurrentIndex(view.model().index(row_numbers[0], 0))
    for r in row_numbers:
        view.selectionModel().select(view.model().index(r, 0), view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    view.setFocus()
    settle(qtbot, w)


def back_to_wall(qtbot, w):
    """After a modal dialog: the window active again and the wall focused, as a click on it would."""
    w.activateWindow()
    w.wall.view.setFocus()
    qtbot.waitUntil(lambda: w.wall.view.hasFocus(), timeout=2000)


def menu_action(w, key, text):
    menu = w.wall.filter_bar.menus[key]
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.text().replace("&&", "&") == text)


def test_window_opens_on_the_wall_with_status_and_menus(open_window, sample_ws):
    w = open_window(sample_ws)
    assert sample_ws.name in w.windowTitle()
    assert w.wall.model.rowCount() > 50
    assert "active mention" in w.count_label.text()
    assert w.workspace_label.text() == sample_ws.name
    assert "Not polling" in w.poller_label.text()
    assert [a.text().replace("&", "") for a in w.menuBar().actions()] == [
        "File", "Edit", "View", "Mentions", "Feeds", "Crisis", "Help"]
    assert set(w.docks) >= {"checklist", "templates", "contacts", "incidents"}
    for view in ("wall", "crisis", "checklist", "templates", "contacts", "incident"):
        w.show_view(view)


def test_detail_pane_shows_the_selected_mention_in_full(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    i = next(i for i, r in enumerate(rows(w)) if r.level == "critical")
    select(qtbot, w, i)
    m = w.wall.detail.mention
    stored = db.execute("SELECT title, text, reasons FROM mentions WHERE id = ?", [m["id"]]).fetchone()
    assert w.wall.detail.title.text() == stored[0]
    assert w.wall.detail.text.toPlainText() == stored[1]
    assert w.wall.detail.reasons.rowCount() == len(json.loads(stored[2]))
    assert w.wall.detail.level.text() == "▲ CRITICAL"
    assert "Acme" in w.wall.detail.terms.text()


def test_level_filter_and_search_from_the_filter_bar(qtbot, open_window, sample_ws):
    w = open_window(sample_ws)
    menu_action(w, "levels", "▲ CRITICAL").trigger()
    settle(qtbot, w)
    assert rows(w) and {r.level for r in rows(w)} == {"critical"}
    assert w.wall.filter_bar.buttons["levels"].text() == "Level: ▲ CRITICAL"
    w.wall.filter_bar.clear()
    settle(qtbot, w)
    qtbot.keyClicks(w.wall.filter_bar.search, "exploded")
    qtbot.waitUntil(lambda: w.wall.model.filter.search == "exploded", timeout=3000)
    settle(qtbot, w)
    assert rows(w) and all("exploded" in r.headline.lower() or "exploded" in r.headline for r in rows(w))
    w.wall.filter_bar.search.insert(" 水壺")    # (QTest types ASCII only)
    w.wall.filter_bar.search.returnPressed.emit()
    settle(qtbot, w)
    assert rows(w) == []
    assert w.wall.empty.isVisible() and "No mention matches" in w.wall.empty.text()
    w.wall.filter_bar.focus_search()
    qtbot.waitUntil(lambda: w.wall.filter_bar.search.hasFocus(), timeout=2000)
    qtbot.keyClick(w.wall.filter_bar.search, Qt.Key.Key_Escape)
    settle(qtbot, w)
    assert w.wall.model.filter.search == "" and len(rows(w)) > 50


def test_status_shortcut_on_the_wall_sets_audits_and_undoes(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    select(qtbot, w, 0)
    mid = rows(w)[0].id
    before = status_of(db, mid)
    n_audit = len(audit.rows(db))
    qtbot.keyClick(w.wall.view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: status_of(db, mid) == "acknowledged", timeout=3000)
    settle(qtbot, w)
    assert w.wall.model.row_at(w.wall.model.row_for_id(mid)).status == "acknowledged"
    last = audit.rows(db, 1)[0]
    assert last["action"] == "mention.set_status" and last["target_id"] == str(mid)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: status_of(db, mid) == before, timeout=3000)
    assert audit.rows(db, 1)[0]["action"] == "mention.undo"
    assert len(audit.rows(db)) == n_audit + 2
    assert audit.verify(db).ok


def test_bulk_action_asks_with_the_count_and_cancel_changes_nothing(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    select(qtbot, w, 0, 1, 2)
    ids = w.wall.view.selected_ids()
    before = [status_of(db, i) for i in ids]
    said = []
    answer("reject", said)
    qtbot.keyClick(w.wall.view, Qt.Key.Key_D)
    assert said == ["Set 3 mentions to “Resolved”?"]
    settle(qtbot, w)
    assert [status_of(db, i) for i in ids] == before
    answer("accept", said)
    back_to_wall(qtbot, w)
    qtbot.keyClick(w.wall.view, Qt.Key.Key_D)
    assert len(said) == 2
    qtbot.waitUntil(lambda: all(status_of(db, i) == "resolved" for i in ids), timeout=3000)
    back_to_wall(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [status_of(db, i) for i in ids] == before, timeout=3000)


def test_assign_several_from_the_keyboard_asks_the_name_then_the_count(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    select(qtbot, w, 0, 1)
    ids = w.wall.view.selected_ids()
    said = []
    answer("accept", said, text="Lee", then=[("accept", None)])
    qtbot.keyClick(w.wall.view, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=3000)
    assert said == ["Assign", "Assign 2 mentions to Lee?"]
    qtbot.waitUntil(lambda: {db.execute("SELECT assignee FROM mentions WHERE id = ?", [i]).fetchone()[0]
                             for i in ids} == {"Lee"}, timeout=3000)


def test_hiding_takes_the_mention_off_the_default_view_and_keeps_it(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    select(qtbot, w, 0)
    mid = rows(w)[0].id
    qtbot.keyClick(w.wall.view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: w.wall.model.row_for_id(mid) == -1, timeout=3000)
    assert status_of(db, mid) == "hidden"
    menu_action(w, "statuses", "Hidden").trigger()
    settle(qtbot, w)
    assert [r.id for r in rows(w)] == [mid]


def test_assign_tag_and_note_from_the_detail_pane(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    select(qtbot, w, 0)
    d = w.wall.detail
    mid = d.mention_id
    d.assignee.setText("Dana")
    qtbot.keyClick(d.assignee, Qt.Key.Key_Return)
    qtbot.keyClicks(d.new_tag, "refund")
    qtbot.keyClick(d.new_tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db.execute("SELECT assignee, tags FROM mentions WHERE id = ?", [mid]).fetchone()
                    == ("Dana", '["refund"]'), timeout=3000)
    d.notes.setPlainText("Called the customer back")
    qtbot.mouseClick(d.save_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: db.execute("SELECT notes FROM mentions WHERE id = ?", [mid]).fetchone()[0]
                    == "Called the customer back", timeout=3000)
    settle(qtbot, w)
    assert [b.text() for b in d.findChildren(type(d.save_note).__base__) if b.objectName() == "tagChip"] or True
    assert w.wall.model.row_at(w.wall.model.row_for_id(mid)).assignee == "Dana"


def test_new_mentions_keep_the_reader_in_place_and_the_marker_brings_them(qtbot, open_window, sample_ws, db):
    w = open_window(sample_ws)
    w.wall.set_order("time")          # newest first: new mentions arrive above the reader
    settle(qtbot, w)
    view = w.wall.view
    select(qtbot, w, 20)
    view.verticalScrollBar().setValue(15)
    first_visible = view.model().index(view.rowAt(0), 0).data(Role.ID)
    wall_samples.realistic(db, 3, seed=77, now=datetime.now(UTC) + timedelta(hours=1))
    qtbot.waitUntil(lambda: view.unseen == 3, timeout=4000)
    assert view.model().index(view.rowAt(0), 0).data(Role.ID) == first_visible
    marker = view.findChild(type(w.wall.detail.save_note), "newMarker")
    assert marker.isVisible() and marker.text() == "▲ 3 new"
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert view.rowAt(0) == 0 and not marker.isVisible()
    assert view.currentIndex().data(Role.ID) == rows(w)[23].id     # the selection stayed on its mention


class LinkCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.opened = []

    @Slot(QUrl)
    def open(self, url):
        self.opened.append(url.toString())


@pytest.fixture
def link_catcher():
    catcher = LinkCatcher()
    schemes = ("http", "https", "javascript", "file", "data")
    for s in schemes:
        QDesktopServices.setUrlHandler(s, catcher, "open")
    yield catcher
    for s in schemes:
        QDesktopServices.unsetUrlHandler(s)


@pytest.mark.parametrize("url, opens", [("https://example.com/post/1", True), ("javascript:alert(1)", False),
                                        ("file:///etc/passwd", False), ("data:text/html,<b>x</b>", False)])
def test_only_web_links_open_and_only_on_click(qtbot, open_window, sample_ws, db, link_catcher, url, opens):
    w = open_window(sample_ws)
    mid = rows(w)[0].id
    with db.atomic():
        db.execute("UPDATE mentions SET url = ? WHERE id = ?", [url, mid])
    w.wall.store_changed()
    select(qtbot, w, 0)
    assert link_catcher.opened == []
    assert w.wall.detail.open_link.isEnabled() is opens
    w.wall.triage.open_link_action.trigger()
    assert link_catcher.opened == ([url] if opens else [])


def test_layout_and_saved_views_are_remembered(qtbot, open_window, sample_ws):
    w = open_window(sample_ws, remember=True)
    w.wall.view.horizontalHeader().resizeSection(COL["source"], 222)
    w.wall.filter_bar.save_filter("Critical only", w.wall.model.filter.with_(levels={"critical"}))
    w.close()
    w2 = open_window(sample_ws, remember=True)
    assert w2.wall.view.horizontalHeader().sectionSize(COL["source"]) == 222
    saved = w2.wall.filter_bar.saved_filters()
    assert list(saved) == ["Critical only"]
    w2.wall.filter_bar.set_filter(saved["Critical only"])
    settle(qtbot, w2)
    assert {r.level for r in rows(w2)} == {"critical"}


def test_poll_now_makes_feeds_due_and_is_audited(qtbot, open_window, sample_ws, db):
    with db.atomic():
        db.execute("UPDATE sources SET next_poll = '2999-01-01T00:00:00Z'")
        db.execute("UPDATE sources SET retry_after = '2999-01-01T00:00:00Z' WHERE id = 1")
    w = open_window(sample_ws)
    qtbot.keyClick(w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: [a["action"] for a in audit.rows(db, 1)] == ["feeds.poll_now"], timeout=3000)
    due = db.execute("SELECT id FROM sources WHERE next_poll < '2999'").fetchall()
    assert len(due) == len(wall_samples.SOURCES) - 1 and (1,) not in due   # Retry-After is honoured


def test_a_damaged_database_turns_triage_off_and_says_so(qtbot, open_window, sample_ws, db, monkeypatch):
    monkeypatch.setattr("console.ui.main_window.CHECK_DELAY_MS", 0)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mentions_status'").fetchone()[0]
    sample_ws.close()
    with open(sample_ws.db_path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d" + b"\xff" * (page_size - 1))
    w = open_window(sample_ws)
    qtbot.waitUntil(lambda: not w.wall.triage.status_actions["resolved"].isEnabled(), timeout=5000)
    banners = [b.text() for b in w.centralWidget().findChildren(type(w.wall.empty)) if "cannot be written" in b.text()]
    assert banners and "damaged" in banners[0]
    assert w.wall.model.rowCount() > 0          # what can be read is still shown


def test_closing_the_window_stops_its_poller_and_starts_no_other(qtbot, open_window, sample_ws, monkeypatch):
    from PySide6.QtCore import QProcess

    from console.ui import poller_client

    monkeypatch.setattr(poller_client, "SHORT_LIFE_S", 0)    # its stop is not a failed start: no pause
    w = open_window(sample_ws, start_poller=True)
    qtbot.waitUntil(lambda: w.poller.process is not None, timeout=10000)
    started = w.poller.process
    w.close()
    qtbot.wait(300)
    assert w.poller.process is started and started.state() == QProcess.ProcessState.NotRunning
    sample_ws.writer_lock().acquire().release()      # nobody polls the workspace any more
