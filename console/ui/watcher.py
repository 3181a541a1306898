"""How the window learns that the workspace changed, cheaply: the database's data version
(console.store.db.data_version) on a connection of its own, once a second. It changes when any
other connection (the poller, the command line, this window's write lane) commits, and costs
microseconds, so nothing is re-read until something was written."""

from PySide6.QtCore import QObject, QTimer, Signal

from console.store.db import connect_reader, data_version

INTERVAL_MS = 1000


class StoreWatcher(QObject):
    changed = Signal()

    def __init__(self, db_path, parent=None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.conn = connect_reader(db_path)
        self._version = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)   # a slot returns nothing (PySide6 6.12: see refcount_guard)

    def _read(self) -> int:
        return data_version(self.conn)

    def start(self) -> None:
        self._timer.start()

    def _tick(self) -> None:
        self.check()

    def check(self) -> bool:
        v = self._read()
        if v != self._version:
            self._version = v
            self.changed.emit()
            return True
        return False

    def close(self) -> None:
        self._timer.stop()
        self.conn.close()
