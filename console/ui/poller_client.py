"""The window's side of the poller process: start it (the same `crisis-console poll` that runs
headless) unless another process already holds the workspace's writer lock (a lock file in a
folder, a session advisory lock on a shared workspace), in which case the window attaches to it
and only reads, and takes over when that poller is gone (stopped, crashed, its computer off).
"Poll now" (F5) makes every feed due at once and asks the running poller, whichever desk runs
it, to look now (console.ingest.source_edits.poll_all_now). The poller's state (offline, last
pass) is read with console.ingest.health.poller_state.

The lock is asked for off the GUI thread (on a shared workspace that is a connection to the
server). The URL reaches the poller in its environment, never on its command line (which anyone
on the computer may read)."""

import time

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from console.errors import WorkspaceError
from console.processes import console_command
from console.workspace import ENV_VAR

STOP_WAIT_MS = 3000
SHORT_LIFE_S = 60        # a poller of this window that ended sooner than this failed: wait before the next
RETRY_S = (5, 30, 120, 300)   # how long, after 1, 2, 3, 4 and more such failures in a row


def poller_command(workspace_folder) -> tuple[str, list[str]]:
    return console_command("--workspace", workspace_folder, "poll")


class PollerClient(QObject):
    state_changed = Signal()

    def __init__(self, workspace, *, offline: bool, tasks=None, parent=None):
        """`tasks`: the window's lanes (console.ui.tasks), needed on a shared workspace."""
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self.offline_mode = offline
        self.process: QProcess | None = None
        self.attached = False
        self._asking = False
        self._started_at = 0.0
        self._failures = 0          # this window's pollers in a row that ended soon after starting
        self._next_try = 0.0

    @property
    def running(self) -> bool:
        return self.attached or (self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning)

    def start_or_attach(self) -> None:
        if self.offline_mode or self.running or self._asking:
            return
        self._ask(self._start_or_attach)

    def keep_polling(self) -> None:
        """Called every few seconds: when the poller this window relies on is gone (another
        window's or a headless `poll` that stopped or died, or this window's own that crashed),
        start one here, so the workspace is never left unpolled for long."""
        if self.offline_mode or self._asking:
            return
        if self.attached or (not self.running and time.monotonic() >= self._next_try):
            self._ask(self._start_or_attach)

    def _ask(self, done) -> None:
        """done(whether the poller lock is free), asked off the GUI thread: on a shared workspace a
        connection to the server ("team" lane), on a folder a lock file that may be on a network
        share ("io" lane)."""
        if self._tasks is None:
            done(self._lock_is_free())
            return
        self._asking = True
        self._tasks.run(self._lock_is_free, lane="team" if self._ws.url else "io", done=done,
                        failed=lambda _e: setattr(self, "_asking", False))

    def _lock_is_free(self) -> bool:
        try:
            self._ws.writer_lock().acquire().release()
        except WorkspaceError:
            return False
        return True

    def _start_or_attach(self, free: bool) -> None:
        """Attach while another process holds the lock; once it is free, start this window's poller."""
        self._asking = False
        if not free:
            if not self.attached:
                self.attached = True     # another window or a headless `poll` already writes here
                self.state_changed.emit()
            return
        self.attached = False
        if self.running:
            return
        p = QProcess(self)
        if self._ws.url:
            program, args = console_command("poll")
            env = QProcessEnvironment.systemEnvironment()
            env.insert(ENV_VAR, self._ws.url)
            p.setProcessEnvironment(env)
        else:
            program, args = poller_command(self._ws.folder)
        p.setProgram(program)
        p.setArguments(args)
        p.setStandardOutputFile(QProcess.nullDevice())
        p.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        p.stateChanged.connect(self.state_changed)
        p.finished.connect(self._finished)
        self.process = p
        self._started_at = time.monotonic()
        p.start()

    def _finished(self, _code: int, _status=None) -> None:
        """A poller that ended soon after its start (another took the lock first, a full disk, a
        database it cannot use) is asked about again only after a pause, longer after each such
        end: keep_polling then attaches to the other poller, or tries again."""
        lived = time.monotonic() - self._started_at
        self._failures = self._failures + 1 if lived < SHORT_LIFE_S else 0
        if self._failures:
            self._next_try = time.monotonic() + RETRY_S[min(self._failures, len(RETRY_S)) - 1]

    def stop(self) -> None:
        """Stop the poller this window started (another process's poller is left running)."""
        p = self.process
        if p is None or p.state() == QProcess.ProcessState.NotRunning:
            return
        p.terminate()
        if not p.waitForFinished(STOP_WAIT_MS):
            p.kill()
            p.waitForFinished(STOP_WAIT_MS)
