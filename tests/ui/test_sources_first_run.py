"""First run: the welcome shows on an empty workspace only, leads to the watch terms, the sources
and the crisis team, and stays away once dismissed."""

from helpers.window_wait import OFFSCREEN_NOISE
from incident_seed import add_source
from PySide6.QtCore import Qt

pytestmark = OFFSCREEN_NOISE


def test_welcome_on_an_empty_workspace_leads_to_setup(open_window, workspace, qtbot):
    w = open_window()
    welcome = w.features.welcome
    qtbot.waitUntil(welcome.isVisible, timeout=5000)
    qtbot.mouseClick(welcome.terms, Qt.MouseButton.LeftButton)
    assert w.features.watch.manager.isVisible()
    qtbot.mouseClick(welcome.sources, Qt.MouseButton.LeftButton)
    assert w.features.sources.manager.editor.isVisible()
    w.features.sources.manager.editor.close()
    qtbot.mouseClick(welcome.team, Qt.MouseButton.LeftButton)
    assert w.docks["contacts"].isVisible()
    add_source(workspace.db)                     # something is set up: the welcome goes away
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=5000)


def test_no_welcome_on_a_workspace_in_use_or_once_dismissed(open_window, workspace, qtbot, tmp_path):
    w = open_window()
    qtbot.waitUntil(w.features.welcome.isVisible, timeout=5000)
    qtbot.mouseClick(w.features.welcome.dismiss, Qt.MouseButton.LeftButton)
    assert not w.features.welcome.isVisible()
    w.close()
    again = open_window()
    qtbot.wait(300)
    assert not again.features.welcome.isVisible()


def test_no_welcome_when_there_are_feeds(open_window, workspace, qtbot):
    add_source(workspace.db)
    w = open_window()
    qtbot.wait(300)
    assert not w.features.welcome.isVisible()
