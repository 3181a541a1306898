"""Window tests: a real workspace filled with realistic mentions, the real main window (offscreen),
and Qt settings kept in the test's own folder, never the user's."""

import pytest
from helpers import wall_samples
from helpers.window_wait import settle
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    from console.ui.app import create_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    create_app()
    yield


@pytest.fixture
def sample_ws(workspace):
    wall_samples.realistic(workspace.db, 120)
    return workspace


@pytest.fixture
def open_window(qtbot):
    """Open the main window on a workspace, shown and loaded; closed at the end of the test."""
    from console.ui.app import prepare_store
    from console.ui.main_window import MainWindow

    opened = []

    def make(ws, **kw):
        prepare_store(ws)
        kw.setdefault("remember", False)
        kw.setdefault("start_poller", False)
        w = MainWindow(ws, **kw)
        opened.append(w)
        w.resize(1400, 900)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
        w.start()
        settle(qtbot, w)
        return w

    yield make
    for w in opened:
        w.close()

