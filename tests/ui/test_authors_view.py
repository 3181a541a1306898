"""The Authors view in the real window, on mentions polled from a loopback feed: from a mention
to its author's profile in one click, a label and a note set there (audited, and shown on the
wall and in the detail pane), the list sorted by reach and filtered by label; names stay plain."""

import time

import pytest
from helpers.author_feeds import rss, server_fixture  # noqa: F401 - the server fixture
from helpers.window_wait import OFFSCREEN_NOISE, settle
from PySide6.QtCore import Qt

from console.store import audit

pytestmark = [OFFSCREEN_NOISE, pytest.mark.qt_log_ignore("propagateSizeHints")]
HOSTILE = "<b>Bold</b> <img src=x>"


@pytest.fixture
def polled(cli_in_process, server):
    now = time.time()
    posts = [(f"g{k}", now - k * 86400 - 60, "grumpy_gus", f"Acme broke again, awful service, day {k}") for k in range(4)]
    posts += [("h1", now - 30, HOSTILE, "Acme is great, love it")]
    cli_in_process("watch", "add", "Acme", "--kind", "brand")
    cli_in_process("feeds", "add", server.feed("/s.xml", rss("Social", posts)), "--internal", "--name", "Social")
    cli_in_process("poll", "--once", "--all", "--json")


def wall_row(w, author):
    m = w.wall.model
    return next(i for i in range(m.rowCount()) if m.row_at(i).author == author)


def test_from_a_mention_to_its_author_and_a_label_and_note_set_there(open_window, polled, workspace, qtbot):
    w = open_window()
    view = w.wall.view
    view.setCurrentIndex(view.model().index(wall_row(w, "grumpy_gus"), 0))
    settle(qtbot, w)
    detail = w.wall.detail
    assert detail.author_button.isEnabled()
    qtbot.mouseClick(detail.author_button, Qt.MouseButton.LeftButton)
    panel = w.features.authors
    qtbot.waitUntil(lambda: panel.profile.author is not None, timeout=5000)
    profile = panel.profile
    assert w.docks["authors"].isVisible() and profile.title.text() == "grumpy_gus"
    assert "Repeat complainer: 4 negative mentions over 3 days" in profile.reasons.text()
    assert profile.recent.rowCount() == 4

    profile.new_label.setCurrentIndex(profile.new_label.findData("journalist"))
    qtbot.mouseClick(profile.add_label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: profile.author["labels"] == ["journalist"], timeout=5000)
    profile.note.setText("Asked for a callback on Monday")
    qtbot.mouseClick(profile.add_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(profile.author["notes"]) == 1, timeout=5000)
    assert "Asked for a callback on Monday" in profile.notes.toPlainText()
    actions = [(r["action"], r["details"]) for r in audit.rows(workspace.db, 2)]
    gus = profile.author["id"]
    assert actions == [("author.note", {"author_id": gus, "note_id": 1, "chars": 30}),
                       ("author.label", {"author_id": gus, "label": "journalist"})]

    w.wall.model.reload()
    settle(qtbot, w)
    qtbot.waitUntil(lambda: "journalist" in w.wall.model.row_at(wall_row(w, "grumpy_gus")).cells[3], timeout=5000)
    view.setCurrentIndex(view.model().index(wall_row(w, "grumpy_gus"), 0))
    settle(qtbot, w)
    assert "journalist" in detail.meta.text()

    panel.label_filter.setCurrentIndex(panel.label_filter.findData("journalist"))
    qtbot.waitUntil(lambda: [a["name"] for a in panel.rows] == ["grumpy_gus"], timeout=5000)
    panel.label_filter.setCurrentIndex(0)
    panel.list.horizontalHeader().sectionClicked.emit(5)           # last seen: the newest author first
    qtbot.waitUntil(lambda: panel.order == "recent" and panel.rows[0]["name"] == HOSTILE, timeout=5000)
    assert panel.list.item(0, 0).text() == HOSTILE                  # a name is text, never markup
    panel.list.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: profile.author["name"] == HOSTILE, timeout=5000)
    assert profile.title.textFormat() == Qt.TextFormat.PlainText and profile.title.text() == HOSTILE


def test_a_coordinated_alert_explains_itself():
    from console.ui.alerts.explain import figures

    alert = {"kind": "coordinated", "term": "Acme", "current": 14, "window_s": 1800,
             "details": {"text": "Acme kettles explode", "new_authors": 13, "min_authors": 10, "min_new_share": 0.6,
                         "authors": [{"id": i, "name": f"v{i}", "new": True} for i in range(14)]}}
    cards, text = figures(alert)
    assert cards == [("Authors", "14"), ("New among them", "13"), ("Threshold", "10"), ("Window", "30 min")]
    assert text.startswith("14 different authors about “Acme” posted the same text within 30 min: "
                           "“Acme kettles explode”")
    assert "at least 60% of them are new" in text and text.endswith("v10, v11 and 2 more.")
