"""The window on a workspace this user can only read (a read-only mount): it opens on the wall,
says "read-only", offers no action that would change the workspace, starts no poller, and still
searches, shows a mention and backs up elsewhere."""

import sqlite3

import pytest
from helpers import wall_samples
from helpers.readonly_mount import read_only_copy_of
from helpers.window_wait import OFFSCREEN_NOISE, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from console.ui.feature_kit import write
from console.workspace import Workspace

pytestmark = [OFFSCREEN_NOISE, pytest.mark.slow]


@pytest.fixture
def read_only_ws(workspace, tmp_path):
    wall_samples.realistic(workspace.db, 80)
    workspace.playbook().close()
    workspace.close()
    with read_only_copy_of(workspace.folder, tmp_path / "ro") as folder:
        ws = Workspace(folder)
        yield ws
        ws.close()


def test_a_read_only_workspace_opens_on_the_wall_with_no_write_actions(qtbot, open_window, read_only_ws, tmp_path,
                                                                       monkeypatch):
    w = open_window(read_only_ws, start_poller=True)
    assert w.read_only and "(read-only)" in w.windowTitle()
    assert w.wall.model.rowCount() == 80
    assert any("Read-only" in b.text() for b in w.findChildren(QLabel) if b.isVisible())
    assert w.poller.process is None and "Read-only" in w.poller_label.text()
    t = w.wall.triage
    assert not any(a.isEnabled() for a in (*t.status_actions.values(), t.assign_action, t.tag_action, t.note_action))
    assert not w.act_poll.isEnabled()
    assert not w.features.crisis.action.isEnabled()
    alert = w.features.alerts.banner
    assert alert.crisis.isHidden() and alert.dismiss.isHidden() and not alert.why.isHidden()
    assert not w.features.sources.act_add.isEnabled() and not w.features.sources.act_import.isEnabled()
    assert not w.features.watch.act.isEnabled()
    assert not w.features.incidents.new_button.isEnabled()
    manager = w.features.sources.show_manager()
    settle(qtbot, w)
    manager.table.selectRow(0)
    assert manager.rows and manager.test_button.isEnabled()      # a test fetch stores nothing
    assert not any(b.isEnabled() for b in (manager.add_button, manager.edit_button, manager.toggle_button,
                                            manager.retry_button))
    manager.close()

    checklist, contacts, templates = w.playbook.checklist, w.playbook.contacts, w.playbook.templates
    assert "read-only" in w.playbook.store.problem
    assert not any(b.isEnabled() for b in (checklist.new_run, checklist.edit, checklist.save_note, contacts.add,
                                            contacts.import_button, templates.edit, templates.record))
    box = checklist.table.item(0, 0)
    assert box is not None and not box.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert contacts.export_button.isEnabled() and checklist.print_button.isEnabled()

    w.wall.view.setCurrentIndex(w.wall.model.index(0, 0))
    settle(qtbot, w)
    detail = w.wall.detail
    assert detail.mention is not None
    assert not detail.reply.isEnabled() and detail.notes.isReadOnly() and detail.save_note.isHidden()
    assert t.open_link_action.isEnabled()     # reading the source is not a change

    refused = []
    write(w, lambda db: db.execute("UPDATE mentions SET status = 'hidden'"), failed=lambda e: refused.append(str(e)))
    settle(qtbot, w)
    assert refused and "read-only" in refused[0]

    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.back_up()
    settle(qtbot, w)
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM mentions").fetchone()[0] == 80
