"""Background operations: run a function off the GUI thread, then call back on the GUI thread
with its result or its error. The function never touches a widget; the callbacks do.

Work runs in named lanes, each one thread, so operations of a lane run in the order they were
asked for: "read" for the window's page and detail queries, "count" for slow queries nobody
waits on (counts, filter choices, status), "write" for operator actions (one write
connection), "io" for files, "team" for a shared workspace's own connections (the live
listener's opening, presence, the poller's lock), which may wait seconds for a server that does
not answer. A lane never waits on another.

    tasks.run(store.page, flt, sort, lane="read", done=model.add_page)
"""

import logging
import sys
import traceback
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
LANES = ("read", "count", "write", "io", "team")


class Tasks(QObject):
    failed = Signal(str, object)       # what failed (the function's name), the exception: when no `failed` callback
    idle_changed = Signal(bool)
    _finished = Signal(object)         # emitted from a worker thread, delivered on the GUI thread

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lanes = {name: ThreadPoolExecutor(1, thread_name_prefix=f"console-{name}") for name in LANES}
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    def run(self, fn, *args, lane: str = "read", done=None, failed=None) -> Future | None:
        """Run fn(*args) on `lane`; then done(result) or failed(exception) on the GUI thread.
        Once the runner is shut down (its window is closing) nothing more runs: returns None."""
        if self._closed:
            return None
        self._pending += 1
        if self._pending == 1:
            self.idle_changed.emit(False)
        future = self._lanes[lane].submit(fn, *args)
        future.add_done_callback(lambda f: self._finished.emit((f, fn, done, failed)))
        return future

    def _deliver(self, item) -> None:
        future, fn, done, failed = item
        self._pending -= 1
        try:
            if self._closed or future.cancelled():
                return
            error = future.exception()
            if error is None:
                if done is not None:
                    done(future.result())
            elif failed is not None:
                failed(error)
            else:
                name = getattr(fn, "__qualname__", repr(fn))
                log.error("background task %s failed", name, exc_info=error)
                traceback.print_exception(error, file=sys.stderr)
                self.failed.emit(name, error)
        finally:
            if self._pending == 0:
                self.idle_changed.emit(True)

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def shutdown(self) -> None:
        """Finish what is running, drop what is queued, and deliver nothing more."""
        self._closed = True
        for pool in self._lanes.values():
            pool.shutdown(wait=True, cancel_futures=True)
