"""How a window on a shared workspace learns at once that another desk changed it: a connection of
its own LISTENs (console.store.notify) and Qt watches that connection's socket (QSocketNotifier),
so the GUI thread neither polls nor waits; when the socket turns readable, what arrived is read
without blocking. A burst of notices (a poll storing five hundred mentions) is one refresh.

The connection is opened on the "team" lane (a server that does not answer takes seconds to say
so), and opened again a few seconds after it is lost; each (re)opening counts as a change, for
what was written while nobody listened. The same interface as StoreWatcher (console.ui.watcher),
which does this for a folder by reading SQLite's data version."""

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from console.errors import WorkspaceError
from console.store import notify

COALESCE_MS = 150      # notices arriving this close together are one refresh
RETRY_MS = 5000        # after the connection is lost, or could not be opened


class LiveWatcher(QObject):
    changed = Signal()                 # something was written to the workspace, by anyone
    playbook_changed = Signal()        # the shared playbook (a tick, a run, a contact)
    presence_changed = Signal(object)  # the set of mention ids whose presence changed

    def __init__(self, url: str, tasks, parent=None):
        super().__init__(parent)
        self._url = url
        self._tasks = tasks
        self._db = None
        self._notifier: QSocketNotifier | None = None
        self._closed = False
        self._tables: set[str] = set()
        self._presence: set[int] = set()
        self._flush = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._flush.timeout.connect(self._emit)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.start)

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def start(self) -> None:
        if self._closed or self._db is not None:
            return
        self._tasks.run(notify.listener, self._url, notify.WINDOW_CHANNELS, lane="team",
                        done=self._attach, failed=lambda _e: self._retry.start())

    def _attach(self, db) -> None:
        if self._closed:
            db.close()
            return
        self._db = db
        self._notifier = QSocketNotifier(db.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._tables.add("")           # whatever happened while nobody listened
        self._flush.start()

    def _readable(self, *_args) -> None:
        try:
            arrived = self._db.arrived()
        except WorkspaceError:
            self._drop()
            self._retry.start()
            return
        self._tables |= notify.changed_tables(arrived)
        self._presence |= notify.presence_mentions(arrived)
        if (self._tables or self._presence) and not self._flush.isActive():
            self._flush.start()

    def _emit(self) -> None:
        tables, presence = self._tables, self._presence
        self._tables, self._presence = set(), set()
        if tables:
            self.changed.emit()
        if "" in tables or any(t.startswith("playbook.") for t in tables):
            self.playbook_changed.emit()
        if presence:
            self.presence_changed.emit(presence)

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._db is not None:
            self._db.close()
            self._db = None

    def close(self) -> None:
        self._closed = True
        self._flush.stop()
        self._retry.stop()
        self._drop()
