"""The incidents dock in the real window: list and detail, and its actions (note, response,
adding the wall's selection, closing), each written through the core and shown back."""

from helpers.window_wait import OFFSCREEN_NOISE, settle
from incident_seed import add_mention, storm
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from console.incidents import operations, reading
from console.ui import plaintext
from console.ui.incidents import dialogs
from console.ui.wall.model import Role

pytestmark = OFFSCREEN_NOISE


def answer(monkeypatch, cls, fill):
    """Let a dialog be filled in as a user would, then accepted."""
    def run(self):
        fill(self)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(cls, "exec", run)


def shown_incidents(w):
    w.show_view("incident")
    panel = w.features.incidents
    return panel


def test_the_panel_lists_incidents_and_shows_the_timeline(open_window, workspace, qtbot):
    _, ids, alert_id = storm(workspace.db, n=5)
    iid = operations.open_incident(workspace.db, "Exploding kettle", alert_id=alert_id)
    w = open_window()
    panel = shown_incidents(w)
    qtbot.waitUntil(lambda: panel.incident is not None and panel.incident["id"] == iid, timeout=5000)
    assert panel.list.rowCount() == 1 and panel.list.item(0, 1).text() == "5"
    assert panel.title.text() == "Exploding kettle"
    assert [panel.timeline.item(r, 1).text() for r in range(panel.timeline.rowCount())] == ["Detected", "Incident opened"]
    assert panel.mentions.rowCount() == 5 and panel.tabs.tabText(1) == "Mentions (5)"
    assert "Golden hour:" in panel.clock_line.text() and "left" in panel.clock_line.text()


def test_note_response_and_close_from_the_panel(open_window, workspace, qtbot, monkeypatch):
    _, _, alert_id = storm(workspace.db, n=2)
    iid = operations.open_incident(workspace.db, "Kettle", alert_id=alert_id)
    w = open_window()
    panel = shown_incidents(w)
    qtbot.waitUntil(lambda: panel.incident is not None, timeout=5000)

    answer(monkeypatch, dialogs.NoteDialog, lambda d: d.text.setPlainText("Legal approved the holding statement"))
    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.timeline.rowCount() == 3, timeout=5000)
    assert panel.timeline.item(2, 3).text() == "Legal approved the holding statement"

    def respond(d):
        d.channel.setCurrentText("facebook")
        d.text.setPlainText("We are so sorry. Updates: https://acme.example/status")
    answer(monkeypatch, dialogs.ResponseDialog, respond)
    qtbot.mouseClick(panel.respond_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.timeline.rowCount() == 4, timeout=5000)
    assert panel.timeline.item(3, 3).text().startswith("[facebook] We are so sorry")
    assert "Golden hour: met ✓" in panel.clock_line.text()
    assert "to first response" in panel.metrics.text()

    monkeypatch.setattr(plaintext, "confirm", lambda *a: True)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.incident is not None and panel.incident["status"] == "closed", timeout=5000)
    assert not panel.respond_button.isEnabled() and panel.note_button.isEnabled()
    inc = reading.show(workspace.db, iid)
    assert [e["kind"] for e in inc["timeline"]] == ["detected", "opened", "note", "response", "closed"]


def test_new_incident_from_the_wall_selection(open_window, workspace, qtbot, monkeypatch):
    src, ids, _ = storm(workspace.db, n=3)
    w = open_window()
    panel = shown_incidents(w)
    settle(qtbot, w)
    sel = w.wall.view.selectionModel()
    for row in (0, 1):
        sel.select(w.wall.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    chosen = w.wall.view.selected_ids()
    assert len(chosen) == 2

    answer(monkeypatch, dialogs.NewIncidentDialog, lambda d: d.title.setText("Two angry posts"))
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.incident is not None and panel.incident["title"] == "Two angry posts",
                    timeout=5000)
    assert sorted(reading.mention_ids(workspace.db, panel.incident["id"])) == sorted(chosen)

    extra = add_mention(workspace.db, src, "a third one", minutes_ago=0)
    qtbot.waitUntil(lambda: w.wall.model.rowCount() == 7, timeout=5000)
    w.wall.view.selectRow(next(r for r in range(7) if w.wall.model.index(r, 0).data(Role.ID) == extra))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.incident["mention_count"] == 3, timeout=5000)

    qtbot.mouseClick(panel.wall_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.wall.model.filter.ids == frozenset([*chosen, extra]), timeout=5000)
