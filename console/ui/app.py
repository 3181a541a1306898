"""Starting the window: the application object (its name and organisation key QSettings), the
icon, a quick open of the workspace, and the main window (or, when the workspace database
cannot be opened at all, the playbook's offline window)."""

import gc
import signal
import sys
import time

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from console import APP_ID, APP_NAME
from console.errors import WorkspaceError
from console.resources import resource
from console.store import open_db
from console.store.db import is_current_file
from console.ui import i18n

ORGANIZATION = "Crisis Console"


def create_app(argv=None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if app.property("language") is None:
        i18n.install(app)   # the interface language: the setting, else the system's
    icon = resource("icons", f"{APP_ID}.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def prepare_store(workspace) -> None:
    """Make sure the database exists, is ours and is migrated, without reading all of it: the
    full integrity check runs later, off the GUI thread (see MainWindow). A workspace this user may
    only read opens read-only; if its database needs an upgrade first, as the offline playbook.

    A shared workspace is opened once here, before any window is on screen (a server that does not
    answer says so within the connection timeout, and the offline playbook opens instead); that
    also brings this desk's copy of the shared playbook up to date."""
    if workspace.url:
        try:
            workspace.db  # noqa: B018 - opening checks, migrates and refreshes the playbook's copy
        finally:
            workspace.close()
        return
    if workspace.read_only:     # the window opens read-only (MainWindow.read_only) if it can read the mentions as they are
        if not is_current_file(workspace.db_path, readonly=True):
            raise WorkspaceError(f"{workspace.folder} is read-only for you (a read-only folder or mount) and its "
                                 "mentions need an upgrade first: the playbook is shown read-only")
        return
    workspace.ensure_folder()
    if not is_current_file(workspace.db_path):
        open_db(workspace.db_path).conn.close()    # creates, migrates, or refuses with a clear WorkspaceError


def open_window(ctx, *, remember: bool = True, start_poller: bool = True, defer_features: bool = False):
    from console.ui.main_window import MainWindow

    ws = ctx.workspace
    prepare_store(ws)
    return MainWindow(ws, offline=bool(getattr(ctx.args, "offline", False)), remember=remember,
                      start_poller=start_poller, defer_features=defer_features)


def settle(window, timeout_s: float = 15.0) -> None:
    """Process events until the window has loaded what it shows and its lanes are idle."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        busy = not window.ready or not window.tasks.idle or window.wall.busy
        quiet = 0 if busy else quiet + 1
        if busy:
            time.sleep(0.01)


def run_gui(ctx) -> int:
    app = create_app(sys.argv)
    try:
        window = open_window(ctx, defer_features=True)
    except WorkspaceError as e:
        fallback = _offline_window(ctx.workspace, str(e))
        if fallback is None:
            raise
        print(f"crisis-console: {e}; opening the offline playbook", file=sys.stderr)
        fallback.show()
        return app.exec()
    window.show()
    if window.offline:
        window.show_view("checklist")
    window.start()
    window.wall.view.first_paint.connect(_freeze_start_up_objects, Qt.ConnectionType.SingleShotConnection)
    _close_on_signals(window)
    return app.exec()


def _freeze_start_up_objects() -> None:
    """What start-up made (modules, classes, the window and its features: some 60,000 objects)
    lives as long as the process. Out of the cycle collector's sight, its full passes, which hold
    the GUI thread while mentions pour in, take a few milliseconds instead of tens. Runs once the
    first page is painted and the features are attached (they attach on the same signal, first)."""
    gc.collect()
    gc.freeze()


def _close_on_signals(window) -> None:
    """Ctrl+C in a terminal, or a SIGTERM from the session, closes the window as its Quit does:
    the layout is saved and the poller it started is stopped, not orphaned."""
    def close(*_args) -> None:
        window.close()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, close)
    # Python runs signal handlers between bytecodes; a timer gives it some while Qt waits for events.
    window._signal_timer = QTimer(window, interval=250)
    window._signal_timer.timeout.connect(lambda: None)
    window._signal_timer.start()


def _offline_window(workspace, reason: str):
    """The playbook on its own (its own file), for when the mentions database cannot be used."""
    from console.ui.playbook import open_offline_window

    return open_offline_window(workspace, reason)
