"""First run: the welcome shows on an empty workspace only, leads to the watch terms, the sources
and the crisis team, and stays away once dismissed."""

from feature_window import OFFSCREEN_NOISE, console_window_fixture  # noqa: F401 - the console_window fixture
from incident_seed import add_source
from PySide6.QtCore import Qt

pytestmark = OFFSCREEN_NOISE


def test_welcome_on_an_empty_workspace_leads_to_setup(console_window, workspace, qtbot):
    w = console_window()
    welcome = w.welcome
    qtbot.waitUntil(welcome.isVisible, timeout=5000)
    qtbot.mouseClick(welcome.terms, Qt.MouseButton.LeftButton)
    assert w.watch_feature.manager.isVisible()
    qtbot.mouseClick(welcome.sources, Qt.MouseButton.LeftButton)
    assert w.sources_feature.manager.editor.isVisible()
    w.sources_feature.manager.editor.close()
    qtbot.mouseClick(welcome.team, Qt.MouseButton.LeftButton)
    assert w.docks["contacts"].isVisible()
    add_source(workspace.db)                     # something is set up: the welcome goes away
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=5000)


def test_no_welcome_on_a_workspace_in_use_or_once_dismissed(console_window, workspace, qtbot, tmp_path):
    w = console_window()
    qtbot.waitUntil(w.welcome.isVisible, timeout=5000)
    qtbot.mouseClick(w.welcome.dismiss, Qt.MouseButton.LeftButton)
    assert not w.welcome.isVisible()
    w.close()
    again = console_window()
    qtbot.wait(300)
    assert not again.welcome.isVisible()


def test_no_welcome_when_there_are_feeds(console_window, workspace, qtbot):
    add_source(workspace.db)
    w = console_window()
    qtbot.wait(300)
    assert not w.welcome.isVisible()
