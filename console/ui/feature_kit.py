"""Small helpers the window's features share (alerts, crisis mode, incidents, sources, watch
terms, charts): a window action, a safe slot, and the two ways to reach the store off the GUI
thread."""

from PySide6.QtGui import QAction, QKeySequence

from console.ui import refcount_guard  # noqa: F401 - see there: before any feature connects a signal


def action(window, text: str, slot, shortcut=None, name: str | None = None, tip: str | None = None) -> QAction:
    """An action owned by the window, so its shortcut works wherever the focus is."""
    a = QAction(text, window)
    if shortcut:
        a.setShortcut(QKeySequence(shortcut))
    if name:
        a.setObjectName(name)
    if tip:
        a.setStatusTip(tip)
        a.setToolTip(f"{text} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut else tip)
    a.triggered.connect(slot)
    window.addAction(a)
    return a


def slot(fn):
    """`fn()` as a Qt slot that returns None. PySide6 6.12 drops one reference to whatever a Python
    slot returns (True, False, a dialog...), which ends in a crash; so a function that returns
    something is never connected as it is."""
    def call(*_signal_args) -> None:
        fn()
    return call


def read(window, fn, *args, done=None, failed=None):
    """fn(connection, *args) on the read lane, through that lane's own read-only connection."""
    store = window.store
    return window.tasks.run(lambda: fn(store.conn, *args), lane="read", done=done, failed=failed)


def write(window, fn, *args, done=None, failed=None):
    """fn(database, *args) on the write lane: one short operator transaction."""
    return window.tasks.run(lambda: fn(window.write_db(), *args), lane="write", done=done, failed=failed)


def warn(window, what: str):
    """A `failed` callback: the error as one line in the status bar."""
    return lambda e: window.status_message(f"{what}: {e}", warning=True)
