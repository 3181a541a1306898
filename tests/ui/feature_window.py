"""The real main window with the features attached, for pytest-qt tests of alerts, crisis mode,
incidents, sources and charts. Only the OS notification service is replaced."""

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from console.ui.app import create_app, settle

# The offscreen platform says it ignores window size hints and raise(): true, and no concern here.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


class FakeNotifications:
    """Stands in for the desktop's notification service; records what would have been shown."""

    tray = None

    def __init__(self):
        self.shown: list[tuple[str, str, bool]] = []

    def show(self, title: str, body: str, critical: bool) -> None:
        self.shown.append((title, body, critical))


@pytest.fixture(name="console_window")
def console_window_fixture(workspace, qtbot, tmp_path):
    """console_window() -> a started MainWindow on `workspace`, settled (first page and lanes idle)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    create_app()
    from console.ui.main_window import MainWindow

    opened = []

    def make():
        w = MainWindow(workspace, remember=False, start_poller=False)
        opened.append(w)
        assert w.failed_features == []
        w.alert_center.notifier.service = w.notifications = FakeNotifications()
        w.resize(1600, 1000)
        w.show()
        w.start()
        settle(w)
        return w

    yield make
    # Closed and deleted, so nothing of it (a panel's timer) outlives the test and its files.
    for w in opened:
        w.close()
        w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

