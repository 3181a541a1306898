"""Untrusted text through every widget that shows mention or feed text: table cells, tooltips,
the detail pane, the status bar and dialogs. HTML must show literally, an <img> must fetch
nothing (a canary HTTP server on 127.0.0.1 counts requests) and read nothing (inotify watches a
local image file), and bidi overrides, invisible characters and piles of combining marks must
not disguise the text. A positive control proves the file watch sees a rich-text label load."""

import ctypes
import http.server
import json
import os
import threading

import pytest
from helpers.qt_dialogs import answer
from helpers.window_wait import OFFSCREEN_NOISE, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from console.ui import plaintext
from console.ui.wall.model import COL, Role

pytestmark = OFFSCREEN_NOISE

IN_ACCESS, IN_OPEN = 0x1, 0x20
RLO, ZWSP = "\u202e", "\u200b"


class Canary(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - the handler's name is the protocol's
        Canary.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def canary_server():
    Canary.hits = []
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Canary)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


class FileWatch:
    """Linux inotify on one file: did anyone open or read it?"""

    def __init__(self, path):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        if self.fd < 0 or self.libc.inotify_add_watch(self.fd, str(path).encode(), IN_OPEN | IN_ACCESS) < 0:
            pytest.skip("inotify is not available here")

    def touched(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self):
        os.close(self.fd)


@pytest.fixture
def canary_file(tmp_path):
    path = tmp_path / "canary.png"
    img = QImage(4, 4, QImage.Format.Format_RGB32)
    img.fill(0xFF0000)
    img.save(str(path))
    watch = FileWatch(path)
    yield path, watch
    watch.close()


def hostile(http_url, file_path) -> str:
    return (f'<b>bold</b><img src="{http_url}/pixel.png"><img src="{file_path}">'
            f'<a href="javascript:alert(1)">click</a> {RLO}txet desrever{ZWSP} Z' + "\u0301" * 1000 + " 🙂 end")


def test_positive_control_a_rich_text_label_does_open_the_local_image(qtbot, canary_file, canary_server):
    path, watch = canary_file
    label = QLabel()
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(hostile(canary_server, path))
    label.show()
    label.grab()
    assert watch.touched()


def test_hostile_text_is_shown_literally_everywhere_and_loads_nothing(qtbot, open_window, sample_ws, db,
                                                                     canary_server, canary_file):
    path, watch = canary_file
    evil = hostile(canary_server, path)
    long_text = evil + " filler" * 150_000          # over 1 MB
    with db.atomic():
        db.execute("UPDATE sources SET name = ?, last_error_message = ?, consecutive_failures = 3, "
                   "last_error_category = 'http' WHERE id = 1", [evil, evil])
        mid = db.execute(
            "INSERT INTO mentions (source_id, dedupe_key, url, title, text, author, first_seen, sort_time, level, "
            "severity, reasons, matched_terms, notes, tags, assignee) VALUES (1, 'evil', 'javascript:alert(1)', ?, ?, "
            "?, '2999-01-01T00:00:00Z', '2999-01-01T00:00:00Z', 'critical', 90, ?, ?, ?, ?, ?)",
            [evil, long_text, evil, json.dumps([{"factor": evil, "points": 90, "evidence": evil}]),
             json.dumps([evil]), evil, json.dumps([evil]), evil]).lastrowid
    w = open_window(sample_ws)
    view = w.wall.view
    assert view.model().index(0, 0).data(Role.ID) == mid
    view.selectRow(0)
    settle(qtbot, w)

    # Table cells: one plain line, cut, undisguised.
    for col in ("source", "author", "headline"):
        cell = view.model().index(0, COL[col]).data()
        assert cell.startswith("<b>bold</b><img src=") and RLO not in cell and ZWSP not in cell
        assert len(cell) <= plaintext.LIST_CHARS + 1 and "\u0301" * 4 not in cell
    # Tooltips: escaped, so shown literally; then really shown.
    for col in ("source", "author", "headline", "severity"):
        tip = view.model().index(0, COL[col]).data(Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tip and "&lt;img" in tip
        QToolTip.showText(view.mapToGlobal(QPoint(10, 10)), tip, view)
        qtbot.wait(20)
    # The detail pane: plain labels, the full text plain and cut with a note, no link to open.
    d = w.wall.detail
    assert d.title.textFormat() == Qt.TextFormat.PlainText and d.title.text().startswith("<b>bold</b>")
    assert d.text.toPlainText().startswith("<b>bold</b><img src=")
    assert d.cut_note.isVisible() and f"{len(long_text):,}" in d.cut_note.text()
    assert not d.open_link.isEnabled()
    assert d.reasons.item(0, 2).text().startswith("<b>bold</b>")
    assert d.notes.toPlainText().startswith("<b>bold</b>")
    # The status bar and a dialog quoting the feed's own error message.
    w.status_message(evil)
    said = []
    answer("accept", said)
    w.show_feed_errors()
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert "<img src=" in said[0]
    w.grab()                                   # paint everything once more
    for label in w.findChildren(QLabel):
        if "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    QApplication.processEvents()
    assert Canary.hits == []
    assert not watch.touched()


def test_clean_neutralises_disguises_but_keeps_real_text():
    assert plaintext.clean(f"a{RLO}b{ZWSP}c\x00d") == "abcd"
    assert plaintext.clean("e" + "\u0301" * 50) == "e" + "\u0301" * 3
    assert plaintext.clean("👩\u200d💻 Привіт 水壺 مرحبا") == "👩\u200d💻 Привіт 水壺 مرحبا"
    assert plaintext.line("two\nlines\tand  tabs") == "two lines and tabs"
    assert plaintext.tooltip("<img src=x>") == "<p style='white-space:pre-wrap'>&lt;img src=x&gt;</p>"
    assert len(plaintext.line("x" * 1_000_000)) == plaintext.LIST_CHARS + 1
