"""The watch-terms manager in the real window: a live preview of the stored mentions a query
matches (the analysis' own matcher), a clear error for a bad query, adding, editing and
removing a term; and the what-if preview of severity levels."""

from helpers import qt_dialogs
from helpers.window_wait import OFFSCREEN_NOISE
from incident_seed import add_mention, add_source
from PySide6.QtCore import Qt

from console.analysis import watchterms
from console.store import audit
from console.ui import plaintext

pytestmark = OFFSCREEN_NOISE


def seed(db):
    src = add_source(db, name="Forum")
    add_mention(db, src, "The Acme K2 kettle exploded", level="critical", minutes_ago=5)
    add_mention(db, src, "acme's kettle is great", level="low", sentiment=0.6, minutes_ago=6)
    add_mention(db, src, "Acme delivery late", level="medium", minutes_ago=7)
    add_mention(db, src, "Acmeville fair this weekend", level="low", minutes_ago=8)
    db["mentions"].update(1, {"severity": 85})
    db["mentions"].update(3, {"severity": 40})
    db.conn.commit()


def test_live_preview_then_add_edit_and_remove(open_window, workspace, qtbot, monkeypatch):
    seed(workspace.db)
    w = open_window()
    tab = w.features.watch.show_manager().terms
    tab.query.setText("Acme AND kettle")
    qtbot.waitUntil(lambda: tab.preview.rowCount() == 2, timeout=5000)
    assert tab.status.text() == "2 stored mentions match"
    assert {tab.preview.item(r, 3).text() for r in range(2)} == {"The Acme K2 kettle exploded",
                                                                  "acme's kettle is great"}
    tab.query.setText("Acme AND (")
    qtbot.waitUntil(lambda: tab.status.styleSheet() != "", timeout=5000)
    assert tab.status.text() and not tab.save_button.isEnabled() and tab.preview.rowCount() == 0

    tab.query.setText("Acme")
    qtbot.waitUntil(lambda: tab.preview.rowCount() == 3, timeout=5000)   # not Acmeville: whole words
    tab.kind.setCurrentIndex(tab.kind.findData("brand"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.rowCount() == 1, timeout=5000)
    assert [(t["query"], t["kind"]) for t in watchterms.load(workspace.db)] == [("Acme", "brand")]
    assert w.statusBar().currentMessage() == "Watching Acme: 3 stored mentions match"

    tab.kind.setCurrentIndex(tab.kind.findData("risk"))
    qtbot.waitUntil(tab.save_button.isEnabled, timeout=5000)
    assert tab.save_button.text() == "Save changes"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: watchterms.load(workspace.db)[0]["kind"] == "risk", timeout=10000)

    monkeypatch.setattr(plaintext, "confirm", lambda *a: True)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.rowCount() == 0, timeout=5000)
    assert watchterms.load(workspace.db) == []
    assert [r["action"] for r in reversed(audit.rows(workspace.db))] == ["watch.add", "watch.edit", "watch.remove"]
    assert workspace.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4   # nothing deleted


def test_the_level_preview_counts_what_would_move(open_window, workspace, qtbot):
    seed(workspace.db)
    w = open_window()
    manager = w.features.watch.show_manager()
    manager.tabs.setCurrentIndex(1)
    levels = manager.levels
    qtbot.waitUntil(lambda: levels.summary.text() != "", timeout=5000)
    assert levels.summary.text() == "0 stored mentions would change level."
    levels.spins["critical"].setValue(90)
    qtbot.waitUntil(lambda: levels.summary.text().startswith("1 stored"), timeout=5000)
    rows = {levels.table.item(r, 0).text(): [levels.table.item(r, c).text() for c in (1, 2, 3)] for r in range(4)}
    assert rows["▲ CRITICAL"] == ["1", "0", "-1"] and rows["▲ HIGH"] == ["0", "1", "+1"]

    # Applied (after a confirmation naming the count), the stored mention moves; the tab knows it is saved.
    assert levels.apply.isEnabled()
    said = []
    qt_dialogs.answer("accept", record=said)
    qtbot.mouseClick(levels.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r["action"] == "severity.levels" for r in audit.rows(workspace.db)), timeout=5000)
    assert "1 stored mention will change level" in said[0]
    assert workspace.db.execute("SELECT count(*) FROM mentions WHERE level = 'critical'").fetchone()[0] == 0
    qtbot.waitUntil(lambda: levels.summary.text().startswith("0 stored") and not levels.apply.isEnabled(), timeout=5000)
    reopened = w.features.watch.show_manager().levels
    qtbot.waitUntil(lambda: reopened.spins["critical"].value() == 90, timeout=5000)
