"""The three playbook panels and the offline window, as real widgets (pytest-qt, offscreen)."""

import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from console.playbook import responses, runs
from console.store import audit
from console.timeutil import to_iso, utcnow
from console.ui.playbook import ChecklistPanel, ContactsPanel, TemplatesPanel, open_offline_window
from console.ui.playbook import common as panel_common
from console.ui.playbook.checklist_panel import BOX, DONE, DUE, NOTE, TEXT
from console.ui.playbook.common import OVERDUE_BG
from console.ui.playbook.editors import ChecklistEditor, ContactEditor, TemplateEditor
from console.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
HOSTILE = "<b>bold</b><img src=http://127.0.0.1:9/pixel.png> & co"


@pytest.fixture
def shown_errors(monkeypatch):
    """Failed actions say so in a message box; record them instead of blocking on exec()."""
    said = []

    class Box:
        def __init__(self, parent, title, text, **kw):
            said.append(text)

        def exec(self):
            return 0

    monkeypatch.setattr(panel_common.plaintext, "message", Box)
    return said


def _panel(qtbot, cls, store):
    w = cls(store)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    return w


def _check_row(panel, row):
    panel.table.item(row, BOX).setCheckState(Qt.CheckState.Checked)


def test_ticking_with_no_run_starts_one_and_records_who(qtbot, store):
    panel = _panel(qtbot, ChecklistPanel, store)
    assert panel.run_id is None and panel.progress.value() == 0
    panel.who.setText("Maria")
    _check_row(panel, 0)
    qtbot.waitUntil(lambda: panel.run_id is not None and panel.progress.value() == 1)
    st = runs.state(store, panel.run_id)
    assert st["checklist_id"] == "activation" and st["items"][0]["ticked_by"] == "Maria"
    assert "Maria" in panel.table.item(0, DONE).text()
    assert panel.table.item(0, BOX).checkState() == Qt.CheckState.Checked
    panel.table.item(0, BOX).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: panel.progress.value() == 0)
    assert runs.state(store, panel.run_id)["done"] == 0


def test_overdue_items_stand_out(qtbot, store):
    run = runs.start(store, "activation", "en", incident_id="3")
    store.db.execute("UPDATE runs SET started_at = ? WHERE id = ?", [to_iso(utcnow() - timedelta(minutes=12)), run])
    panel = _panel(qtbot, ChecklistPanel, store)
    assert panel.run_id == run
    assert panel.overdue.text() == "5 overdue"
    overdue_rows = [r for r in range(panel.table.rowCount()) if "OVERDUE" in panel.table.item(r, DUE).text()]
    assert overdue_rows == [0, 1, 2, 3, 4]
    assert panel.table.item(0, TEXT).background().color().name() == OVERDUE_BG
    assert panel.table.item(6, TEXT).background().color().name() != OVERDUE_BG


def test_the_clock_updates_cells_in_place_and_only_what_changed(qtbot, store):
    run = runs.start(store, "activation", "en")
    panel = _panel(qtbot, ChecklistPanel, store)
    cells = [panel.table.item(0, c) for c in range(panel.table.columnCount())]
    changes = []
    panel.table.itemChanged.connect(lambda item: changes.append((item.row(), item.column())))
    panel.refresh()                       # what the clock does when nothing has changed
    assert changes == [] and [panel.table.item(0, c) for c in range(panel.table.columnCount())] == cells
    store.db.execute("UPDATE runs SET started_at = ? WHERE id = ?", [to_iso(utcnow() - timedelta(minutes=12)), run])
    panel.refresh()                       # item 1 is now overdue: its row changes, in the same cells
    assert panel.table.item(0, TEXT) is cells[TEXT]
    assert panel.table.item(0, TEXT).background().color().name() == OVERDUE_BG
    assert "OVERDUE" in panel.table.item(0, DUE).text() and panel.table.item(0, DUE).font().bold()
    assert {(r, TEXT) for r in range(5)} <= set(changes)           # turned red
    assert (6, TEXT) not in changes and (6, DUE) in changes         # only its due time moved


def test_the_overdue_clock_runs_only_while_the_panel_is_shown(qtbot, store):
    panel = _panel(qtbot, ChecklistPanel, store)
    assert not panel.timer.isActive()
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.timer.isActive()
    panel.hide()
    assert not panel.timer.isActive()


def test_notes_reset_and_language(qtbot, store, monkeypatch):
    run = runs.start(store, "activation", "en")
    panel = _panel(qtbot, ChecklistPanel, store)
    panel.table.selectRow(2)
    panel.note.setText("Newsletter paused too")
    panel.save_item_note()
    assert runs.state(store, run)["items"][2]["note"] == "Newsletter paused too"
    assert panel.table.item(2, NOTE).text() == "Newsletter paused too"
    panel.run_notes.setText("Drill, Q3")
    panel.save_notes()
    runs.tick(store, run, 1)
    panel.reset_now()
    st = runs.state(store, run)
    assert st["done"] == 0 and st["notes"] == "" and audit.rows(store.db, 1)[0]["action"] == "checklist.reset"
    panel.language.setCurrentIndex(panel.language.findData("uk"))
    assert panel.checklist.currentText().startswith("Активація")
    assert panel.title.text().startswith("Активація")


def test_show_run_switches_to_its_checklist_and_language(qtbot, store):
    run = runs.start(store, "hacked_account", "zh_CN", incident_id="9")
    panel = _panel(qtbot, ChecklistPanel, store)
    assert panel.checklist_id == "activation"
    panel.show_run(run)
    assert (panel.language.lang, panel.checklist_id, panel.run_id) == ("zh_CN", "hacked_account", run)
    assert panel.title.text() == "账号被盗" and panel.table.rowCount() == 8


def test_editing_a_checklist(qtbot, store, shown_errors):
    editor = ChecklistEditor(store, "en", "drill", "Maria")
    qtbot.addWidget(editor)
    editor.title.setText("Quarterly drill")
    editor.items.item(0, 0).setText(HOSTILE)
    editor._add_row(None)
    editor.items.item(editor.items.rowCount() - 1, 0).setText("Order pizza for the drill team")
    editor.accept()
    cl = store.playbook("en").checklist("drill")
    assert cl.title == "Quarterly drill" and cl.items[0].text == HOSTILE
    assert cl.items[-1].text == "Order pizza for the drill team" and cl.items[-1].id == "item_1"
    assert audit.rows(store.db, 1)[0]["actor"] == "Maria"
    panel = _panel(qtbot, ChecklistPanel, store)
    panel.checklist.setCurrentIndex(panel.checklist.findData("drill"))
    assert panel.table.item(0, TEXT).text() == HOSTILE  # shown as the literal text
    editor = ChecklistEditor(store, "en", "drill", "Maria")
    qtbot.addWidget(editor)
    editor.title.setText("")
    editor.accept()  # an empty title is still valid text; an empty checklist is not
    editor = ChecklistEditor(store, "en", "drill", "Maria")
    qtbot.addWidget(editor)
    editor.items.setRowCount(0)
    editor.accept()
    assert shown_errors and "has no items" in shown_errors[-1]
    assert len(store.playbook("en").checklist("drill").items) == 10


def test_templates_form_preview_and_warnings(qtbot, store):
    panel = _panel(qtbot, TemplatesPanel, store)
    panel.select("broadcast_redirect")
    assert set(panel.inputs) == {"customer_name", "crisis_page_url"}
    assert "{customer_name}" in panel.preview.toPlainText()
    assert "Customer's name" in panel.warnings.text() and not panel.warnings.isHidden()
    panel.inputs["customer_name"].setText("Sam, as per our policy")
    panel.inputs["crisis_page_url"].setText("https://status.example.com")
    assert panel.preview.toPlainText() == ("Hi Sam, as per our policy, we are very sorry about this problem. "
                                           "Please follow the latest updates here: https://status.example.com")
    assert "as per our policy" in panel.warnings.text() and "Not filled in" not in panel.warnings.text()
    panel.inputs["customer_name"].setText("Sam" + " x" * 200)
    assert panel.check_channel.currentData() == "x"
    assert "Too long for X (Twitter)" in panel.warnings.text() and panel.count.text().endswith("/ 280")
    panel.inputs["customer_name"].setText("Sam")
    assert panel.warnings.isHidden()
    panel.copy_reply()
    assert QGuiApplication.clipboard().text() == panel.preview.toPlainText()
    panel.select("holding_statement")  # the page link typed once is kept
    assert panel.inputs["crisis_page_url"].text() == "https://status.example.com"


def test_templates_filters_and_language(qtbot, store):
    panel = _panel(qtbot, TemplatesPanel, store)
    assert panel.list.count() == 15
    panel.channel.setCurrentIndex(panel.channel.findData("email"))
    assert 0 < panel.list.count() < 15
    ids = {panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())}
    assert all("email" in store.playbook("en").template(t).channels for t in ids)
    panel.category.setCurrentIndex(panel.category.findData("refund"))
    assert panel.list.count() == 1
    panel.language.setCurrentIndex(panel.language.findData("zh_TW"))
    assert panel.list.count() == 1 and panel.list.item(0).text() == "退款確認"
    assert panel.template.id == "refund_confirmation"


def test_recording_a_reply_and_editing_a_template(qtbot, store, shown_errors):
    panel = _panel(qtbot, TemplatesPanel, store)
    panel.select("praise_thanks")
    panel.inputs["customer_name"].setText("Lee")
    panel.target_type.setCurrentIndex(panel.target_type.findData("incident"))
    panel.target_id.setText("4")
    with qtbot.waitSignal(panel.reply_recorded) as signal:
        panel.record_reply()
    assert signal.args[:3] == ["incident", "4", "x"] and signal.args[3].startswith("Thank you so much, Lee!")
    sent = responses.listed(store, "incident", "4")
    assert len(sent) == 1 and sent[0]["text"].startswith("Thank you so much, Lee!")
    assert sent[0]["template_id"] == "praise_thanks" and "incident 4" in panel.recorded.text().lower()
    editor = TemplateEditor(store, "en", "praise_thanks", "Maria")
    qtbot.addWidget(editor)
    editor.body.setPlainText("Thanks {customer_name}, {unknown placeholder}")
    editor.accept()
    assert shown_errors and "not part of a {placeholder}" in shown_errors[-1]
    editor.body.setPlainText("Thanks a lot, {customer_name}!")
    editor.accept()
    assert store.playbook("en").template("praise_thanks").body == "Thanks a lot, {customer_name}!"


def test_contacts_panel_copy_chains_and_plain_text(qtbot, store, tmp_path):
    store.add_contact("crisis_lead", "Ann Lee", phone="+44 20 7946 0000", email="ann@example.com")
    store.add_contact("legal", HOSTILE, phone="555-0100")
    panel = _panel(qtbot, ContactsPanel, store)
    top = panel.tree.topLevelItem(0)
    assert top.text(0).startswith("Crisis lead") and top.child(0).text(0) == "Ann Lee"
    phone = panel.tree.itemWidget(top.child(0), 1)
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+44 20 7946 0000"
    legal = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                 if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "legal")
    assert legal.child(0).text(0) == HOSTILE
    chips = [lb.text() for lb in panel.approval.findChildren(QLabel) if lb.text() != "→"]
    assert chips[:2] == ["Communications and PR", "Nobody assigned yet"] and "Legal counsel" in chips
    assert any(HOSTILE in c for c in chips)
    assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in panel.findChildren(QLabel))
    path = tmp_path / "team.vcf"
    panel.export_file(str(path))
    assert path.read_text("utf-8").count("BEGIN:VCARD") == 2
    csv = tmp_path / "more.csv"
    csv.write_text("role,name,phone\nspokesperson,Pat,+1 555 0101\n", "utf-8")
    panel.import_file(str(csv))
    assert "1 added" in panel.status.text()
    assert any(panel.tree.topLevelItem(i).child(0).text(0) == "Pat" for i in range(panel.tree.topLevelItemCount()))


def test_contact_editor_adds_and_updates(qtbot, store):
    editor = ContactEditor(store, "zh_TW", role="spokesperson")
    qtbot.addWidget(editor)
    assert editor.role.currentText() == "發言人"
    editor.inputs["name"].setText("王小明")
    editor.inputs["phone"].setText("+886 2 2345 6789")
    editor.accept()
    person = store.contacts()[0]
    assert (person["role"], person["name"], person["phone"]) == ("spokesperson", "王小明", "+886 2 2345 6789")
    editor = ContactEditor(store, "en", person)
    qtbot.addWidget(editor)
    editor.inputs["email"].setText("ming@example.tw")
    editor.accept()
    assert store.contacts()[0]["email"] == "ming@example.tw"


def test_offline_window_opens_when_console_db_is_damaged(qtbot, tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.folder.mkdir()
    ws.db_path.write_bytes(b"not a database " * 100)
    win = open_offline_window(ws)
    qtbot.addWidget(win)
    assert win.tabs.currentWidget() is win.checklist and win.tabs.count() == 4
    banner = win.centralWidget().findChildren(QLabel)[0].text()
    assert banner.startswith("The mentions database cannot be used") and "not a database" in banner
    assert ws.db_path.read_bytes() == b"not a database " * 100
    win.write_binder(tmp_path / "binder.html")
    assert "Crisis binder" in (tmp_path / "binder.html").read_text("utf-8")


def test_offline_window_shows_the_mention_history_it_has(qtbot, workspace):
    db = workspace.db
    with db.atomic():
        src = db.execute("INSERT INTO sources (url, name, added_at) VALUES ('file:///x.xml', 'Forum', "
                         "'2026-01-01T00:00:00Z')").lastrowid
        for i in range(3):
            db.execute("INSERT INTO mentions (source_id, dedupe_key, title, first_seen, sort_time, level) "
                       "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', ?, 'high')",
                       [src, f"k{i}", f"{HOSTILE} {i}", f"2026-01-0{i + 1}T00:00:00Z"])
    win = open_offline_window(workspace)
    qtbot.addWidget(win)
    history = win.tabs.widget(3)
    assert history.rowCount() == 3 and history.item(0, 4).text() == f"{HOSTILE} 2"
    assert history.item(0, 3).text() == "Forum"


LOCKER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE IF NOT EXISTS held (x)")
print("locked", flush=True)
time.sleep(60)
"""


def test_offline_window_opens_when_console_db_is_locked(qtbot, tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.folder.mkdir()
    sqlite3.connect(ws.db_path).close()
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(ws.db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        win = open_offline_window(ws)
        qtbot.addWidget(win)
        assert "locked" in win.centralWidget().findChildren(QLabel)[0].text()
        assert win.checklist.table.rowCount() == 8
    finally:
        locker.kill()
        locker.wait()
