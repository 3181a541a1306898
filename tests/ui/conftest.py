"""Window tests: a real workspace filled with realistic mentions, the real main window (offscreen)
with its features, and Qt settings kept in the test's own folder, never the user's. Only the
desktop's notification service is replaced."""

import subprocess
from pathlib import Path

import pytest
from helpers import wall_samples
from helpers.window_wait import settle
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from console.resources import resource
from console.ui import i18n


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


class FakeNotifications:
    """Stands in for the desktop's notification service; records what would have been shown."""

    tray = None

    def __init__(self):
        self.shown: list[tuple[str, str, bool]] = []

    def show(self, title: str, body: str, critical: bool) -> None:
        self.shown.append((title, body, critical))


@pytest.fixture
def open_window(qtbot, workspace):
    """open_window(ws=workspace, **MainWindow options) -> the main window on `ws`, every feature
    built, shown at 1600×1000, started and settled; `window.notifications` records what the
    desktop would have been told. Closed and deleted at the end of the test, so nothing of it (a
    panel's timer) outlives the test and its files."""
    from console.ui.app import prepare_store
    from console.ui.main_window import MainWindow

    opened = []

    def make(ws=None, *, failing=(), **kw):
        """`failing`: the features expected to fail to build (none by default)."""
        ws = ws or workspace
        prepare_store(ws)
        kw.setdefault("remember", False)
        kw.setdefault("start_poller", False)
        w = MainWindow(ws, **kw)
        opened.append(w)
        assert w.features.failed == list(failing)
        w.features.alerts.notifier.service = w.notifications = FakeNotifications()
        w.resize(1600, 1000)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
        w.start()
        settle(qtbot, w)
        return w

    yield make
    for w in opened:
        w.close()
        w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="module")
def built_catalogs():
    """The .qm files the window loads, brought up to date from the .ts as the build does."""
    r = subprocess.run(["make", "-s", "translations-qm"], cwd=Path(__file__).resolve().parents[2], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return {lang: resource("translations", f"{i18n.CATALOG}_{lang}.qm") for lang in i18n.LANGUAGES
            if lang != i18n.SOURCE_LANGUAGE}


@pytest.fixture
def english_again():
    """The interface back in English after a test that installed another language."""
    yield
    i18n.install(QApplication.instance(), i18n.SOURCE_LANGUAGE)
